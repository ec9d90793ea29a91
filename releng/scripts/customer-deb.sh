#!/usr/bin/env bash
# Makes a customer's Debian package from its staged Linux product. Called by package-customer.sh, which
# exports the PROFILE_* values of the customer's profile (see CheckProfileCommand --shell).
#
#   customer-deb.sh <staged product folder> <customer id> <version> <output folder>
#
# Installs to /opt/switchdesk-<id>/, with /usr/bin/switchdesk-<id> and a menu entry with the customer's
# name (English and Chinese) and icon. profile/profile.properties is a conffile: an upgrade keeps a
# deployer's edits on site (dpkg asks). The operators' data is in their home folders and is never touched.
set -euo pipefail

tree=$1 id=$2 version=$3 out=$4
name="switchdesk-$id"
deb="$(dirname "$tree")/deb"
rm -rf "$deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" "$deb/usr/share/pixmaps"
cp -al "$tree" "$deb/opt/$name" # hard links: the staged tree is a private copy already
# gzip, not xz: the jars inside are compressed already, xz saves 3 % and takes 15 s more

cat > "$deb/usr/bin/$name" <<WRAPPER
#!/bin/sh
# $PROFILE_NAME: the SwitchDesk attendant console with the "$id" customer profile
exec /opt/$name/switchdesk "\$@"
WRAPPER
chmod 755 "$deb/usr/bin/$name"

if [ -n "$PROFILE_ICON" ]; then
	cp "$PROFILE_ICON" "$deb/usr/share/pixmaps/$name.png"
else # a profile without icons uses the product's own
	unzip -p "$(ls "$tree"/plugins/com.switchdesk.product_*.jar | head -n 1)" icons/app-256.png > "$deb/usr/share/pixmaps/$name.png"
fi

cat > "$deb/usr/share/applications/$name.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=$PROFILE_NAME
Name[zh_CN]=$PROFILE_NAME_ZH
Comment=$PROFILE_ABOUT
Exec=/usr/bin/$name
Icon=$name
Terminal=false
Categories=Network;Telephony;
DESKTOP

cat > "$deb/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: amd64
Maintainer: ${DEB_MAINTAINER:-SwitchDesk deployment <deploy@switchdesk.invalid>}
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Depends: libgtk-3-0 | libgtk-3-0t64
Recommends: fonts-noto-cjk, openjdk-21-jre | openjdk-25-jre | temurin-21-jre | temurin-25-jre | temurin-21-jdk | temurin-25-jdk
Section: comm
Priority: optional
Description: $PROFILE_NAME (SwitchDesk attendant console)
 ${PROFILE_ABOUT:-Soft attendant console.}
 .
 Needs Java 21 or newer: the launcher takes \$SWITCHDESK_JAVA, \$JAVA_HOME,
 java on the PATH or a JDK under /usr/lib/jvm.
CONTROL
echo "/opt/$name/profile/profile.properties" > "$deb/DEBIAN/conffiles"

dpkg-deb --root-owner-group -Zgzip --build "$deb" "$out/${name}_${version}_amd64.deb" >/dev/null
rm -rf "$deb"
