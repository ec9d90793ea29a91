@echo off
rem Starts the SwitchDesk attendant console with the Equinox launcher jar (the product ships no
rem native launcher, so this script chooses the Java runtime and passes the VM arguments).
rem   switchdesk.cmd [--profile DIR] [--language LANG] [other Eclipse arguments, e.g. -data DIR]
rem --profile   the customer profile folder (default: the profile\ folder next to this script)
rem --language  en, zh_CN or system; default: the SWITCHDESK_LANGUAGE variable, else the choice saved in the
rem             console (%USERPROFILE%\.switchdesk\language), else the profile's "language"
rem             key, else the Windows display language. Passed to the platform as -nl.
rem Java 21 or newer: %SWITCHDESK_JAVA%, a jre\ folder next to this script, %JAVA_HOME%, or javaw on the PATH.
setlocal EnableExtensions
set "HERE=%~dp0"
set "JAVA=javaw.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" set "JAVA=%JAVA_HOME%\bin\javaw.exe"
if exist "%HERE%jre\bin\javaw.exe" set "JAVA=%HERE%jre\bin\javaw.exe"
if defined SWITCHDESK_JAVA set "JAVA=%SWITCHDESK_JAVA%"

set "LAUNCHER="
for %%F in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fF"
if not defined LAUNCHER (
  echo switchdesk: plugins\org.eclipse.equinox.launcher_*.jar is missing; the installation is damaged. 1>&2
  exit /b 1
)

set "PROFILE=%HERE%profile"
set "LANGUAGE=%SWITCHDESK_LANGUAGE%"
:options
if /i "%~1"=="--profile" (
  set "PROFILE=%~f2"
  shift
  shift
  goto options
)
if /i "%~1"=="--language" (
  set "LANGUAGE=%~2"
  shift
  shift
  goto options
)
if not exist "%PROFILE%\profile.properties" (
  echo switchdesk: customer profile %PROFILE% has no profile.properties. 1>&2
  exit /b 1
)

rem the language this user chose in the console (Window, Preferences, Language), unless --language or
rem SWITCHDESK_LANGUAGE chose one
if not defined LANGUAGE if exist "%USERPROFILE%\.switchdesk\language" set /p LANGUAGE=<"%USERPROFILE%\.switchdesk\language"
rem the profile's language=... line, unless --language or SWITCHDESK_LANGUAGE chose one or the user did
if not defined LANGUAGE (
  for /f "usebackq eol=# tokens=1,* delims==" %%A in ("%PROFILE%\profile.properties") do (
    if "%%A"=="language" set "LANGUAGE=%%B"
    if "%%A"=="language " set "LANGUAGE=%%B"
  )
)
if defined LANGUAGE set "LANGUAGE=%LANGUAGE: =%"
set "NL="
if /i "%LANGUAGE%"=="en" set "NL=-nl en"
if /i "%LANGUAGE%"=="zh_CN" set "NL=-nl zh_CN"
if not defined NL if defined LANGUAGE if /i not "%LANGUAGE%"=="system" (
  echo switchdesk: unknown language '%LANGUAGE%'; use en, zh_CN or system 1>&2
  exit /b 1
)

rem the profile's start-up picture, shown by Java itself while the platform starts (the console takes over)
set "SPLASH="
for /f "usebackq eol=# tokens=1,* delims==" %%A in ("%PROFILE%\profile.properties") do (
  if "%%A"=="image.splash" set "SPLASH=%%B"
  if "%%A"=="image.splash " set "SPLASH=%%B"
)
if defined SPLASH set "SPLASH=%SPLASH: =%"
set SPLASHARG=
if defined SPLASH if exist "%PROFILE%\%SPLASH%" set SPLASHARG="-splash:%PROFILE%\%SPLASH%"

set ARGS=
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect

:run
start "SwitchDesk" "%JAVA%" -Xms256m -Xmx1g %SPLASHARG% -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED "-Dswitchdesk.profile=%PROFILE%" %SWITCHDESK_VMARGS% -jar "%LAUNCHER%" %NL% %ARGS%
