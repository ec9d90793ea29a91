# Shared helpers of the build scripts: the JDK for Tycho, Debian packages, a display.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# Tycho 5 needs Java 21 or newer to run Maven; the machine's default Java may be 17.
use_jdk21() {
	local candidate major
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
		[ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
		major=$(java_major "$candidate/bin/java")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			export PATH="$JAVA_HOME/bin:$PATH"
			return 0
		fi
	done
	echo "No JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm). Tycho 5 needs one to build." >&2
	echo "Install one, for example: apt-get install openjdk-21-jdk-headless (or Temurin 21/25), or set JAVA_HOME." >&2
	exit 1
}

# need_packages PKG... : installs missing Debian packages when root, otherwise names them and stops.
need_packages() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		echo "Installing missing packages: ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		echo "These Debian packages are missing: ${missing[*]}" >&2
		echo "Install them with: sudo apt-get install ${missing[*]}" >&2
		exit 1
	fi
}

# Runtime packages of the console on Debian: GTK 3, and a font with CJK glyphs for Chinese.
RUNTIME_PACKAGES=(libgtk-3-0 fonts-noto-cjk)
# What the UI tests add: a virtual display, real input events, and pseudo-terminals for the serial tests.
TEST_PACKAGES=(xvfb xauth xdotool socat)
