@echo off
rem Starts the SwitchDesk attendant console with the Equinox launcher jar (the product ships no
rem native launcher, so this script chooses the Java runtime and passes the VM arguments).
rem   switchdesk.cmd [--profile DIR] [other Eclipse arguments...]
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
if /i "%~1"=="--profile" (
  set "PROFILE=%~f2"
  shift
  shift
)
if not exist "%PROFILE%\profile.properties" (
  echo switchdesk: customer profile %PROFILE% has no profile.properties. 1>&2
  exit /b 1
)

set ARGS=
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect

:run
start "SwitchDesk" "%JAVA%" -Xms256m -Xmx1g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED "-Dswitchdesk.profile=%PROFILE%" %SWITCHDESK_VMARGS% -jar "%LAUNCHER%" %ARGS%
