#!/usr/bin/env bash
# Make a drag-to-Applications disk image from the Tepi.app that build/tepi.spec makes on macOS.
# Runs on macOS only (hdiutil, codesign). PyInstaller has already signed the app ad hoc, which is
# enough to run it on Apple silicon; set CODESIGN_IDENTITY ("Developer ID Application: ...") to
# sign it for distribution (notarisation is a separate `xcrun notarytool` step).
#
# Usage: build/macos/make_dmg.sh dist/lite/Tepi.app VERSION OUTPUT.dmg
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 APP_BUNDLE VERSION OUTPUT.dmg" >&2
    exit 2
fi
app=$1 version=$2 out=$3
if [ "$(uname -s)" != Darwin ]; then
    echo "$0 needs macOS (hdiutil)" >&2
    exit 1
fi
[ -x "$app/Contents/MacOS/tepi" ] || { echo "$app is not a Tepi app bundle: build it first" >&2; exit 1; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/tepi-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/Tepi.app"
ln -s /Applications "$stage/Applications"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$stage/Tepi.app"
fi
codesign --verify --deep --strict "$stage/Tepi.app"

mkdir -p "$(dirname "$out")"
hdiutil create -volname "Tepi $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$out"
hdiutil verify "$out"
echo "$out"
