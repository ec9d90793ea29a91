#!/usr/bin/env bash
# Benchmarks (not tests): figures for docs/PERFORMANCE.md.
#
#   releng/scripts/benchmark.sh [startup] [RUNS]
#
# startup: cold start of the product to a visible operator window, next to a bare e4 application
#          built from the same target and runtime feature; median of RUNS (default 7) alternating runs.
#          Cold = new configuration area (OSGi cache) and new instance area for every run, as on a
#          first start after installation; the OS file cache is warm.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"
use_jdk21
need_packages "${RUNTIME_PACKAGES[@]}" xvfb xauth xdotool

what=${1:-startup}
runs=${2:-7}

build_products() {
	./mvnw -B -q -Pbench -DskipTests clean verify
}

# time_to_window INSTALL_DIR TITLE -> milliseconds from JVM launch to the window being mapped
time_to_window() {
	local install=$1 title=$2 scratch launcher start end pid
	scratch=$(mktemp -d)
	cp -r "$install/configuration" "$scratch/configuration"
	launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar)
	start=$(date +%s%N)
	"$JAVA_HOME/bin/java" -Xms256m -Xmx1g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED \
		-Dswitchdesk.profile="$root/product/customers/default" \
		-jar "$launcher" -install "$install" -configuration "$scratch/configuration" -data "$scratch/data" \
		>/dev/null 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --name "^$title" >/dev/null 2>&1; do
		if ! kill -0 $pid 2>/dev/null; then echo "the application exited before showing its window" >&2; return 1; fi
		sleep 0.02
	done
	end=$(date +%s%N)
	kill $pid; wait $pid 2>/dev/null || true
	rm -rf "$scratch"
	echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

startup() {
	local console bare c b cs=() bs=()
	console=$(echo "$root"/product/target/products/com.switchdesk.console/linux/gtk/x86_64/switchdesk)
	bare=$(echo "$root"/releng/bench/com.switchdesk.bench.product/target/products/com.switchdesk.bench.bare.product/linux/gtk/x86_64/bare)
	for i in $(seq 1 "$runs"); do
		c=$(time_to_window "$console" "SwitchDesk"); cs+=("$c")
		b=$(time_to_window "$bare" "Bare e4"); bs+=("$b")
		echo "run $i: console ${c} ms, bare e4 ${b} ms"
	done
	c=$(printf '%s\n' "${cs[@]}" | median)
	b=$(printf '%s\n' "${bs[@]}" | median)
	echo "cold start, median of $runs: console ${c} ms, bare e4 ${b} ms, ratio $(awk "BEGIN {printf \"%.2f\", $c/$b}")"
	echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%F)"
}

build_products
if [ -z "${DISPLAY:-}" ]; then
	for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
	Xvfb ":$n" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb_pid=$!
	trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
	export DISPLAY=":$n"
	until xdotool getmouselocation >/dev/null 2>&1; do sleep 0.05; done
fi
case "$what" in
	startup) startup ;;
	*) echo "unknown benchmark: $what (known: startup)" >&2; exit 2 ;;
esac
