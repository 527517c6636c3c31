#!/usr/bin/env bash
# Package a one-dir bundle as a Debian package, with dpkg-deb alone (no debhelper):
#   /opt/tepi/             the bundle (tepi + _internal/)
#   /usr/bin/tepi          a link to /opt/tepi/tepi
#   /usr/share/applications/tepi.desktop     "Open with Tepi" for images and CSV files
#   /usr/share/icons/hicolor/*/apps/tepi.*   the icon at each size
# The desktop database and icon cache are refreshed by the dpkg triggers of desktop-file-utils and
# hicolor-icon-theme, so the package needs no maintainer scripts.
#
# Usage: build/linux/make_deb.sh BUNDLE_DIR VERSION ARCH OUTPUT.deb
set -euo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 BUNDLE_DIR VERSION ARCH OUTPUT.deb" >&2
    exit 2
fi
bundle=$1 version=$2 arch=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../resources/icons" && pwd)
[ -x "$bundle/tepi" ] || { echo "$bundle/tepi is missing: build the bundle first" >&2; exit 1; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/tepi-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
pkg=$stage/tepi
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
         "$pkg/usr/share/doc/tepi" "$pkg/usr/share/icons/hicolor/scalable/apps"

cp -a "$bundle" "$pkg/opt/tepi"
chmod -R u+rwX,go+rX,go-w "$pkg/opt/tepi"
ln -s /opt/tepi/tepi "$pkg/usr/bin/tepi"
install -m 644 "$here/tepi.desktop" "$pkg/usr/share/applications/tepi.desktop"
install -D -m 644 "$here/tepi-watch.service" "$pkg/usr/share/doc/tepi/examples/tepi-watch.service"
install -m 644 "$icons/tepi.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/tepi.svg"
for size in 16 24 32 48 64 128 256 512; do
    src=$icons/tepi-$size.png
    [ "$size" = 256 ] && src=$icons/tepi.png
    dir=$pkg/usr/share/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    install -m 644 "$src" "$dir/tepi.png"
done
printf 'Tepi %s, packaged from a PyInstaller bundle.\nLicense: Apache-2.0\n' "$version" \
    > "$pkg/usr/share/doc/tepi/copyright"

installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
# The bundle carries its own Python, Qt and numpy; these are the system libraries Qt's xcb/wayland
# platform plugins load and PyInstaller deliberately leaves to the system.
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: tepi
Version: $version
Architecture: $arch
Section: science
Priority: optional
Maintainer: Tepi project <maintainers@tepi.invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= ${TEPI_DEB_LIBC:-2.28}), libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0,
 libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libdbus-1-3,
 libglib2.0-0t64 | libglib2.0-0
Description: Run trained models on your own machine, offline and fast
 Tepi opens a TensorFlow Lite model pack and classifies pictures and CSV
 tables on this computer, without Python or a network connection; models
 too heavy for the laptop can run on a remote inference endpoint instead.
 .
 This is the lite build: LiteRT only, without TensorFlow.
CONTROL

mkdir -p "$(dirname "$out")"
# xz keeps the package small; dpkg-deb compresses with several threads where it can.
dpkg-deb --root-owner-group -Zxz -z6 --build "$pkg" "$out" >/dev/null
echo "$out"
