#!/usr/bin/env bash
# Copies the screenshots the manuals use from the last UI test run into docs/images/.
#
#   releng/scripts/test.sh            # the UI tests save their pictures under tests/com.switchdesk.ui.tests/target/screenshots/
#   releng/scripts/doc-images.sh      # then this refreshes docs/images/
#
# The manuals (docs/*.md) decide which pictures are needed: every "images/NAME.png" they reference is
# copied, nothing else. If the tests did not produce a referenced picture, the script names it and
# fails without copying anything, so the manuals never point at a missing or stale picture by accident.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shots="$root/tests/com.switchdesk.ui.tests/target/screenshots"
images="$root/docs/images"

mapfile -t wanted < <(grep -ohE 'images/[A-Za-z0-9._-]+\.png' "$root"/docs/*.md | sed 's|^images/||' | sort -u)
if [ "${#wanted[@]}" -eq 0 ]; then
	echo "doc-images: no docs/*.md references images/*.png; nothing to do." >&2
	exit 0
fi
if [ ! -d "$shots" ]; then
	echo "doc-images: $shots does not exist; run releng/scripts/test.sh first." >&2
	exit 1
fi

missing=()
for name in "${wanted[@]}"; do
	[ -f "$shots/$name" ] || missing+=("$name")
done
if [ "${#missing[@]}" -gt 0 ]; then
	echo "doc-images: the UI tests did not produce these pictures the manuals reference:" >&2
	for name in "${missing[@]}"; do
		referenced_by=$(grep -lF "images/$name" "$root"/docs/*.md | xargs -n1 basename | paste -sd, -)
		echo "  $name (in $referenced_by)" >&2
	done
	echo "doc-images: nothing copied." >&2
	exit 1
fi

mkdir -p "$images"
for name in "${wanted[@]}"; do
	cp "$shots/$name" "$images/$name"
done
echo "doc-images: copied ${#wanted[@]} pictures to docs/images/."

# pictures left in docs/images/ that no manual references any more
for file in "$images"/*.png; do
	[ -e "$file" ] || continue
	name=$(basename "$file")
	if ! printf '%s\n' "${wanted[@]}" | grep -qxF "$name"; then
		echo "doc-images: docs/images/$name is not referenced by any manual (remove it with git rm)." >&2
	fi
done
