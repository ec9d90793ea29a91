#!/usr/bin/env bash
# Runs every test: a clean build of the whole reactor with the headless and the UI tests.
# Starts a virtual display (Xvfb) when there is none. Extra arguments go to Maven (e.g. -o).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"

use_jdk21
need_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"

status=0
if [ -z "${DISPLAY:-}" ]; then
	xvfb-run -a -s "-screen 0 1366x900x24 -nolisten tcp" ./mvnw -B clean verify "$@" || status=$?
else
	./mvnw -B clean verify "$@" || status=$?
fi

python3 - "$root" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
tests = failures = errors = skipped = 0
for f in glob.glob(sys.argv[1] + "/tests/*/target/surefire-reports/TEST-*.xml"):
    r = ET.parse(f).getroot()
    tests += int(r.get("tests", 0)); failures += int(r.get("failures", 0))
    errors += int(r.get("errors", 0)); skipped += int(r.get("skipped", 0))
print(f"Test summary: {tests} tests, {failures} failures, {errors} errors, {skipped} skipped")
PY
exit $status
