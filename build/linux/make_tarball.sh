#!/usr/bin/env bash
# Pack a one-dir bundle as tepi-VERSION/ in a .tar.gz, for Linux systems without dpkg.
# Unpack anywhere and run tepi-VERSION/tepi. Owners and times are normalised so two builds of the
# same bundle give the same archive listing.
#
# Usage: build/linux/make_tarball.sh BUNDLE_DIR OUTPUT.tar.gz
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BUNDLE_DIR OUTPUT.tar.gz" >&2
    exit 2
fi
bundle=$1 out=$2
[ -x "$bundle/tepi" ] || { echo "$bundle/tepi is missing: build the bundle first" >&2; exit 1; }
name=$(basename "$out" .tar.gz)
name=${name%-linux-*}   # tepi-0.1.0-linux-x86_64.tar.gz unpacks to tepi-0.1.0/

mkdir -p "$(dirname "$out")"
parent=$(cd "$(dirname "$bundle")" && pwd)
tar -C "$parent" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
    --transform "s,^$(basename "$bundle"),$name," -czf "$out.partial" "$(basename "$bundle")"
mv "$out.partial" "$out"
echo "$out"
