#!/usr/bin/env bash
# Benchmarks (not tests): figures for docs/PERFORMANCE.md.
#
#   releng/scripts/benchmark.sh [startup] [RUNS]
#   releng/scripts/benchmark.sh store [CUSTOMERS] [IMPORT_ROWS]
#   releng/scripts/benchmark.sh board
#   releng/scripts/benchmark.sh serial [EXTENSIONS] [SECONDS]
#
# startup: cold start of the product to its first window (the login dialog) and, logging in with xdotool, to
#          the operator perspective, next to a bare e4 application built from the same target and runtime
#          feature; median of RUNS (default 7) alternating runs.
#          Cold = new configuration area (OSGi cache) and new instance area for every run, as on a
#          first start after installation; the OS file cache is warm.
# store:   the customer database (com.switchdesk.store.tests.bench.StoreBenchmark): password hash cost,
#          CSV import of IMPORT_ROWS (default 100,000) next to Derby's SYSCS_IMPORT_TABLE_BULK, caller look-up
#          and search-as-you-type among CUSTOMERS (default 1,000,000; kept in $STORE_BENCH_DIR, default
#          target/store-bench, and reused by the next run). Needs no display.
# board:   the busy-lamp board (releng/bench/board, plain Java on the product's jars): 10,000 extensions,
#          500 PBX events/s from another thread through the real board view; event -> tile latency p50/p99,
#          display-thread busy fraction, page turn, heap after GC. Twice: events on any extension (most are
#          off screen, as in real use), then every event on a tile on screen. Also saves screenshots of the
#          board in English and Chinese to releng/bench/board/target/.
# serial:  the serial PBX link (com.switchdesk.pbx.serial.tests.bench.SerialBenchmark, in the serial test
#          fragment, not a test; plain JVM on the built jars and jSerialComm, socat for a pseudo-terminal
#          pair): codec + link layer on one thread as a multiple of the 115,200-baud line rate; over the pty
#          unthrottled, events/s and latency from the simulator to the connector and to call control's board;
#          paced to 115,200 baud, the share of the line that carries events; the embedded simulator's
#          events/s. Event mix recorded from the simulator with EXTENSIONS (default 10,000) extensions;
#          SECONDS (default 10) per measurement, about 2 minutes in all. Needs no display.
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

store() {
	local work=${STORE_BENCH_DIR:-$root/target/store-bench} cp
	./mvnw -B -q -DskipTests verify -pl releng/com.switchdesk.target,bundles/com.switchdesk.model,bundles/com.switchdesk.pbx,bundles/com.switchdesk.profile,bundles/com.switchdesk.callcontrol,bundles/com.switchdesk.derby,bundles/com.switchdesk.store,tests/com.switchdesk.store.tests
	./mvnw -B -q -f releng/bench/store/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	cp=$(printf '%s:' bundles/com.switchdesk.{store,model,callcontrol}/target/com.switchdesk.*-1.0.0-SNAPSHOT.jar \
		tests/com.switchdesk.store.tests/target/com.switchdesk.store.tests-1.0.0-SNAPSHOT.jar)$(cat releng/bench/store/target/classpath.txt)
	"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" com.switchdesk.store.tests.bench.StoreBenchmark "$work" "${1:-1000000}" "${2:-100000}"
}

serial() {
	local jserialcomm cp
	need_packages socat
	./mvnw -B -q -o -DskipTests verify -pl releng/com.switchdesk.target,bundles/com.switchdesk.pbx,bundles/com.switchdesk.profile,bundles/com.switchdesk.pbx.sim,bundles/com.switchdesk.pbx.serial,bundles/com.switchdesk.callcontrol,tests/com.switchdesk.pbx.serial.tests
	jserialcomm=$(find ~/.m2/repository/com/fazecast -name 'jSerialComm-*.jar' | sort -V | tail -1)
	[ -n "$jserialcomm" ] || { echo "jSerialComm is not in ~/.m2: build the repository once online" >&2; exit 1; }
	cp=$(printf '%s:' bundles/com.switchdesk.{pbx,pbx.serial,pbx.sim,callcontrol,profile}/target/com.switchdesk.*-1.0.0-SNAPSHOT.jar \
		tests/com.switchdesk.pbx.serial.tests/target/com.switchdesk.pbx.serial.tests-1.0.0-SNAPSHOT.jar)$jserialcomm
	"$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$cp" com.switchdesk.pbx.serial.tests.bench.SerialBenchmark \
		"$root/target/serial-bench" "${1:-10000}" "${2:-10}"
	echo "machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
}

if [ "$what" = store ]; then
	store "${@:2}"
	exit
fi
if [ "$what" = serial ]; then
	serial "${@:2}"
	exit
fi

# launch INSTALL_DIR SCRATCH: starts a product in the background with its own configuration, data and database
# under SCRATCH (sets $pid); its output goes to SCRATCH/out.log
launch() {
	local install=$1 scratch=$2 launcher
	launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar)
	"$JAVA_HOME/bin/java" -Xms256m -Xmx1g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED \
		-Dswitchdesk.profile="$root/product/customers/default" -Dswitchdesk.db="$scratch/db" \
		-jar "$launcher" -install "$install" -configuration "$scratch/configuration" -data "$scratch/data" -nl en \
		>"$scratch/out.log" 2>&1 &
	pid=$!
}

# wait_window TITLE_REGEX SCRATCH: until a window whose title starts so is mapped; fails if the product died
wait_window() {
	until xdotool search --onlyvisible --name "^$1" >/dev/null 2>&1; do
		if ! kill -0 $pid 2>/dev/null; then
			echo "the application exited before showing '$1'; its output:" >&2
			tail -20 "$2/out.log" >&2
			return 1
		fi
		sleep 0.02
	done
}

# type_into TITLE_REGEX TEXT...: gives the window the keyboard, then types each TEXT, Tab between them, Enter
type_into() {
	local w
	w=$(xdotool search --onlyvisible --name "^$1" | head -1)
	shift
	xdotool windowfocus --sync "$w"
	xdotool type --delay 5 "$1"
	shift
	for text in "$@"; do xdotool key Tab; xdotool type --delay 5 "$text"; done
}

stop() {
	kill $pid; wait $pid 2>/dev/null || true
}

# time_to_window INSTALL_DIR TITLE -> milliseconds from JVM launch to the window being mapped
time_to_window() {
	local scratch start end
	scratch=$(mktemp -d)
	cp -r "$1/configuration" "$scratch/configuration"
	start=$(date +%s%N)
	launch "$1" "$scratch"
	wait_window "$2" "$scratch" || { stop; return 1; }
	end=$(date +%s%N)
	stop
	rm -rf "$scratch"
	echo $(((end - start) / 1000000))
}

BENCH_PASSWORD='Bench-2026!'

# prepare_database INSTALL_DIR TARGET: a database whose administrator has logged in once and chosen a password
prepare_database() {
	local scratch
	scratch=$(mktemp -d)
	cp -r "$1/configuration" "$scratch/configuration"
	launch "$1" "$scratch"
	wait_window "Log in: " "$scratch"
	type_into "Log in: " admin admin
	xdotool key Return
	wait_window "Change your password" "$scratch"
	type_into "Change your password" "$BENCH_PASSWORD" "$BENCH_PASSWORD"
	xdotool key Return
	wait_window "SwitchDesk" "$scratch"
	stop
	cp -r "$scratch/db" "$2"
	rm -rf "$scratch"
}

# console_run INSTALL_DIR DATABASE -> "LOGIN_WINDOW_MS PERSPECTIVE_MS LOGIN_TO_PERSPECTIVE_MS": from launch to the
# login dialog, from launch to the operator perspective (login typed by xdotool), and from Enter to it
console_run() {
	local scratch start t_login t_enter t_main
	scratch=$(mktemp -d)
	cp -r "$1/configuration" "$scratch/configuration"
	cp -r "$2" "$scratch/db"
	start=$(date +%s%N)
	launch "$1" "$scratch"
	wait_window "Log in: " "$scratch" || { stop; return 1; }
	t_login=$(date +%s%N)
	type_into "Log in: " admin "$BENCH_PASSWORD"
	t_enter=$(date +%s%N)
	xdotool key Return
	wait_window "SwitchDesk" "$scratch" || { stop; return 1; }
	t_main=$(date +%s%N)
	stop
	rm -rf "$scratch"
	echo "$(((t_login - start) / 1000000)) $(((t_main - start) / 1000000)) $(((t_main - t_enter) / 1000000))"
}

board() {
	local plugins out cp
	plugins=$root/product/target/products/com.switchdesk.console/linux/gtk/x86_64/switchdesk/plugins
	out=$root/releng/bench/board/target
	rm -rf "$out"
	mkdir -p "$out/classes"
	cp=$(ls "$plugins"/*.jar | grep -v equinox.launcher | tr '\n' ':')
	# shellcheck disable=SC2046
	"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" $(find releng/bench/board/src -name '*.java')
	board_java() { "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$out/classes:$cp" "$@" 2>&1 | grep -v SessionManager; }
	echo "== events on any of the 10,000 extensions (most off screen, as in real use)"
	board_java com.switchdesk.bench.board.BoardBenchmark --extensions 10000 --rate 500 --seconds 60 --targets all
	echo "== flood: every event on a tile on screen"
	board_java com.switchdesk.bench.board.BoardBenchmark --extensions 10000 --rate 500 --seconds 30 --targets visible
	board_java com.switchdesk.bench.board.BoardScreenshot --screenshot "$out/board-en.png" --extensions 10000 --locate 8124
	board_java -Duser.language=zh -Duser.country=CN com.switchdesk.bench.board.BoardScreenshot \
		--screenshot "$out/board-zh_CN.png" --extensions 400 --width 900 --height 700 --locate 8042
	echo "machine: $(nproc) cores, $(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), Xvfb $DISPLAY, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

startup() {
	local console bare database c p e b r cs=() ps=() es=() bs=()
	console=$(echo "$root"/product/target/products/com.switchdesk.console/linux/gtk/x86_64/switchdesk)
	bare=$(echo "$root"/releng/bench/com.switchdesk.bench.product/target/products/com.switchdesk.bench.bare.product/linux/gtk/x86_64/bare)
	database=$(mktemp -d)/db
	prepare_database "$console" "$database"
	for i in $(seq 1 "$runs"); do
		r=$(console_run "$console" "$database"); read -r c p e <<<"$r"; cs+=("$c"); ps+=("$p"); es+=("$e")
		b=$(time_to_window "$bare" "Bare e4"); bs+=("$b")
		echo "run $i: console login dialog ${c} ms, operator perspective ${p} ms (${e} ms after Enter), bare e4 ${b} ms"
	done
	c=$(printf '%s\n' "${cs[@]}" | median)
	p=$(printf '%s\n' "${ps[@]}" | median)
	e=$(printf '%s\n' "${es[@]}" | median)
	b=$(printf '%s\n' "${bs[@]}" | median)
	echo "cold start, median of $runs: console to its login dialog ${c} ms (ratio $(awk "BEGIN {printf \"%.2f\", $c/$b}") to bare e4 ${b} ms);" \
		"to the operator perspective ${p} ms (ratio $(awk "BEGIN {printf \"%.2f\", $p/$b}"); login alone ${e} ms)"
	echo "machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
	rm -rf "$(dirname "$database")"
}

# BENCH_NO_BUILD=1: the products of the last build are measured again
[ -n "${BENCH_NO_BUILD:-}" ] || build_products
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
	board) board ;;
	*) echo "unknown benchmark: $what (known: startup, store, board, serial)" >&2; exit 2 ;;
esac
