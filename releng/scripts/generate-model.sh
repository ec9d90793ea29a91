#!/usr/bin/env bash
# Regenerates the EMF model code (src-gen/) of a model bundle from its .genmodel, with the EMF generator
# from Maven Central, outside Eclipse and outside the Tycho reactor. See docs/model.md.
#
# Usage: releng/scripts/generate-model.sh [--check] [GENMODEL] [MAVEN-ARGS...]
#   --check     write nothing; fail if the genmodel or src-gen/ is not what the generator makes
#   GENMODEL    a *.genmodel; default: bundles/com.switchdesk.model/model/switchdesk.genmodel
#   MAVEN-ARGS  go to the Maven run that builds the generator, e.g. -o to stay offline
set -euo pipefail
. "$(dirname "$0")/lib.sh"
root=$(repo_root)

tool_args=()
if [ $# -gt 0 ] && [ "$1" = --check ]; then
	tool_args+=(--check)
	shift
fi
genmodel="$root/bundles/com.switchdesk.model/model/switchdesk.genmodel"
if [ $# -gt 0 ] && [[ "$1" == *.genmodel ]]; then
	genmodel=$(realpath "$1")
	shift
fi

use_jdk21
tool="$root/releng/emf-codegen"
(cd "$root" && ./mvnw -B -q -f "$tool/pom.xml" compile "$@")
exec "$JAVA_HOME/bin/java" -cp "$tool/target/classes:$(cat "$tool/target/classpath.txt")" \
	com.switchdesk.releng.emfcodegen.GenerateModel "${tool_args[@]}" "$genmodel"
