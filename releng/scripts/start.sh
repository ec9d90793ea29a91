#!/usr/bin/env bash
# Builds the product when the sources changed since the last build, then starts it on the
# embedded PBX simulator.
#
#   releng/scripts/start.sh [--profile DIR] [other arguments for the console...]
#
# --profile DIR  a customer profile folder (default: product/customers/default)
# Without a display (no $DISPLAY) it starts a virtual one (Xvfb) and says so; with
# SWITCHDESK_SCREENSHOT=FILE.png it saves a picture of the window once it is up.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"

use_jdk21
need_packages "${RUNTIME_PACKAGES[@]}"

product="$root/product/target/products/com.switchdesk.console/linux/gtk/x86_64/switchdesk"
stamp="$product/switchdesk"
if [ ! -x "$stamp" ] || [ -n "$(find pom.xml bundles features product releng -path '*/target' -prune -o -type f -newer "$stamp" -print -quit)" ]; then
	echo "Building the product (tests skipped; releng/scripts/test.sh runs them)..."
	./mvnw -B -q -DskipTests clean verify
fi

args=()
if [ "${1:-}" != "--profile" ]; then
	args+=(--profile "$root/product/customers/default")
fi

if [ -z "${DISPLAY:-}" ]; then
	need_packages xvfb xauth
	for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
	Xvfb ":$n" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb_pid=$!
	trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
	export DISPLAY=":$n"
	echo "No display: the console runs on a virtual screen ($DISPLAY). Set SWITCHDESK_SCREENSHOT=file.png to see it."
fi

if [ -n "${SWITCHDESK_SCREENSHOT:-}" ]; then
	need_packages xdotool imagemagick
	(
		if xdotool search --sync --onlyvisible --name "SwitchDesk" >/dev/null 2>&1; then
			# the window is mapped; give the parts a moment to paint before the picture is taken
			timeout 3 xdotool search --sync --onlyvisible --name "NeverMatches" >/dev/null 2>&1 || true
			import -window root "$SWITCHDESK_SCREENSHOT" && echo "Screenshot saved to $SWITCHDESK_SCREENSHOT"
		fi
	) &
fi

"$stamp" "${args[@]}" "$@"
