#!/usr/bin/env bash
# Builds one customer's packages from its profile folder product/customers/<id>/ (docs/deploying.md):
#
#   releng/scripts/package-customer.sh <id> [--no-build] [--no-deb]
#
# into product/target/customers/<id>/:
#   switchdesk-<id>-<version>-linux-x86_64.tar.gz    unpack anywhere, run switchdesk-<id>/switchdesk
#   switchdesk-<id>_<version>_amd64.deb              /opt/switchdesk-<id>/, /usr/bin/switchdesk-<id>, menu entry
#   switchdesk-<id>-<version>-windows-x86_64.zip     unpack anywhere, run switchdesk-<id>\switchdesk.cmd
#   SHA256SUMS
#
# The product is the same for every customer: it is built once (./mvnw -B -DskipTests verify, only when
# its sources changed since the last build; extra Maven arguments in $MAVEN_ARGS, e.g. -o), and each
# customer's packages are the materialized product with the customer's profile folder as profile/. The
# console reads its name, pictures, language and default settings from that folder at run time.
# A profile with a missing or malformed file stops the script with a message naming the file.
# --no-build  use the product as last built, even if the sources changed
# --no-deb    skip the .deb (it also needs dpkg-deb, which is skipped with a note when absent)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() { echo "usage: $0 <customer-id> [--no-build] [--no-deb]   (a folder under product/customers/)" >&2; exit 2; }

id=""
build=yes
deb=yes
for arg in "$@"; do
	case "$arg" in
		--no-build) build=no ;;
		--no-deb) deb=no ;;
		-*) usage ;;
		*) [ -z "$id" ] || usage; id=$arg ;;
	esac
done
[ -n "$id" ] || usage

root=$(repo_root)
cd "$root"
profile="$root/product/customers/$id"
if [ ! -d "$profile" ]; then
	echo "No customer profile folder $profile." >&2
	echo "Customers: $(ls "$root/product/customers" | tr '\n' ' ')" >&2
	exit 1
fi
started=$(date +%s%N)
use_jdk21

# The archives Tycho wrote at build time, not the materialized folders beside them: those are where
# start.sh runs the console, so their configuration/ holds that machine's caches after a run.
products="$root/product/target/products"
linux_archive() { ls "$products"/switchdesk-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1; }
windows_archive() { ls "$products"/switchdesk-*-win32.win32.x86_64.zip 2>/dev/null | head -n 1; }
stamp=$(linux_archive)
# profiles are not part of the build: editing one never needs a rebuild
if [ "$build" = yes ] && { [ -z "$stamp" ] || [ -n "$(find pom.xml bundles features product/pom.xml \
	product/switchdesk.product releng -path '*/target' -prune -o -type f -newer "$stamp" -print -quit)" ]; }; then
	echo "Building the product (tests skipped; releng/scripts/test.sh runs them)..."
	# shellcheck disable=SC2086
	./mvnw -B -q -DskipTests ${MAVEN_ARGS:-} verify
fi
[ -n "$(linux_archive)" ] && [ -n "$(windows_archive)" ] || {
	echo "No product archives in $products; run without --no-build." >&2
	exit 1
}

name="switchdesk-$id"
out="$root/product/target/customers/$id"
stage="$out/stage"
rm -rf "$out"
mkdir -p "$stage/linux" "$stage/win"
tar -C "$stage/linux" -xzf "$(linux_archive)"
unzip -q "$(windows_archive)" -d "$stage/win"

# the profile checker is plain Java in the product's own profile bundle: the same rules as at run time
checker=$(ls "$stage"/linux/switchdesk/plugins/com.switchdesk.profile_*.jar | head -n 1)
"$JAVA_HOME/bin/java" -cp "$checker" com.switchdesk.profile.internal.CheckProfileCommand "$profile" --id "$id" || {
	rm -rf "$out"
	exit 1
}
eval "$("$JAVA_HOME/bin/java" -cp "$checker" com.switchdesk.profile.internal.CheckProfileCommand "$profile" --shell)"
export PROFILE_ID PROFILE_NAME PROFILE_NAME_ZH PROFILE_ABOUT PROFILE_CONTACT PROFILE_ICON PROFILE_LANGUAGE

version=$(basename "$(ls "$stage"/linux/switchdesk/plugins/com.switchdesk.product_*.jar | head -n 1)" .jar)
version=${version#com.switchdesk.product_}

# brand <unpacked product> <folder>: renames it and puts the customer's profile in as profile/
brand() {
	mv "$1" "$2"
	rm -rf "$2/profile"
	cp -R "$profile" "$2/profile"
	chmod -R u+rwX,go+rX,go-w "$2"
}

echo "Packaging $id ($PROFILE_NAME), version $version..."
brand "$stage/linux/switchdesk" "$stage/$name"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$out/$name-$version-linux-x86_64.tar.gz" "$name"
brand "$stage/win/switchdesk" "$stage/win/$name"
(cd "$stage/win" && zip -q -r -X "$out/$name-$version-windows-x86_64.zip" "$name")

if [ "$deb" = yes ] && command -v dpkg-deb >/dev/null; then
	"$root/releng/scripts/customer-deb.sh" "$stage/$name" "$id" "$version" "$out"
elif [ "$deb" = yes ]; then
	echo "dpkg-deb not found: no .deb (Debian: apt-get install dpkg)." >&2
fi

rm -rf "$stage"
(cd "$out" && sha256sum -- *.tar.gz *.zip $(ls -- *.deb 2>/dev/null) > SHA256SUMS)
echo "Packages for $id in $out ($(( ($(date +%s%N) - started) / 1000000 )) ms):"
(cd "$out" && ls -l --block-size=K -- *.tar.gz *.zip $(ls -- *.deb 2>/dev/null) | awk '{print "  " $5 "  " $NF}')
