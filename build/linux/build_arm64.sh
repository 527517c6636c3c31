#!/usr/bin/env bash
# Tepi's lite bundle, .deb and tarball for linux-aarch64 (a Raspberry Pi 4/5 with a 64-bit OS, arm64
# servers), built on an x86-64 Debian host in an arm64 Debian root that runs under qemu-user-static:
#
#   1. host tools, from Debian: qemu-user-static and debootstrap (installed when missing)
#   2. binfmt_misc runs aarch64 programs through qemu; mounted and registered when missing, with the
#      F flag, so the emulator is opened once on the host and needs no copy inside the root
#   3. an arm64 Debian trixie root (`debootstrap --arch arm64`): Python 3.13 and glibc 2.41. PySide6's
#      aarch64 wheels need glibc 2.39, so bookworm (2.36) cannot run them; the .deb therefore needs
#      Debian 13 / Raspberry Pi OS trixie or newer
#   4. wheels for manylinux aarch64, CPython 3.13, downloaded on the host (`pip download --platform`)
#      and installed in a venv inside the root with no network (`--no-index`): the lite requirements
#      (build/lite_requirements.py) and the server's, since a Pi can be a team's `tepi serve`
#   5. PyInstaller inside the root (the lite spec, `--server`), then make_deb.sh and make_tarball.sh
#
# Every arm64 instruction is emulated, so this is slow (see README, "Raspberry Pi and arm64"). Run it
# through `make dist-arm64`; `make test-arm64` adds the bundle's self-test, `watch` and `serve` there.
#
# Usage: build/linux/build_arm64.sh ROOT_DIR OUT_DIR VERSION
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 ROOT_DIR OUT_DIR VERSION" >&2
    exit 2
fi
root=$(realpath -m "$1") out=$(realpath -m "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
suite=${TEPI_ARM64_SUITE:-trixie}
mirror=${TEPI_ARM64_MIRROR:-http://deb.debian.org/debian}
python_version=${TEPI_ARM64_PYTHON:-3.13}
glibc_minor=${TEPI_ARM64_GLIBC_MINOR:-41}
wheels=$root.wheels
stamp() { printf '%s %s\n' "$(date +%T)" "$*"; }

# -- 1, 2: host tools and binfmt -------------------------------------------------------------------
need=()
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
command -v debootstrap >/dev/null || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
    stamp "installing ${need[*]}"
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
binfmt=/proc/sys/fs/binfmt_misc
[ -e $binfmt/register ] || mount -t binfmt_misc binfmt_misc $binfmt
if [ ! -e $binfmt/qemu-aarch64 ]; then
    stamp "registering qemu-aarch64 with binfmt_misc"
    cat /usr/lib/binfmt.d/qemu-aarch64.conf > $binfmt/register
fi
grep -q '^flags: .*F' $binfmt/qemu-aarch64 || {
    echo "binfmt's qemu-aarch64 lacks the F flag; unregister it (echo -1 > $binfmt/qemu-aarch64)" >&2; exit 1; }

# -- 3: the arm64 root -----------------------------------------------------------------------------
if [ ! -e "$root/.tepi-root-ready" ]; then
    stamp "debootstrap $suite arm64 into $root"
    rm -rf "$root"
    debootstrap --arch arm64 --variant=minbase \
        --include=python3,python3-venv,binutils,ca-certificates,libglib2.0-0t64,libegl1,libgl1,libfontconfig1,libdbus-1-3,libxkbcommon-x11-0,libxcb-cursor0,libxcb-icccm4,libxcb-image0,libxcb-keysyms1,libxcb-randr0,libxcb-render-util0,libxcb-shape0,libxcb-xinerama0 \
        "$suite" "$root" "$mirror"
    touch "$root/.tepi-root-ready"
fi

mounted=()
cleanup() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for fs in proc dev; do
    if ! mountpoint -q "$root/$fs"; then
        if [ $fs = proc ]; then mount -t proc proc "$root/proc"; else mount --bind /dev "$root/dev"; fi
        mounted+=("$root/$fs")
    fi
done
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}

# -- 4: wheels, downloaded here, installed there ---------------------------------------------------
requirements=$root/build/requirements.txt
mkdir -p "$root/build" "$wheels"
{ python3 "$repo/build/lite_requirements.py"; python3 "$repo/build/lite_requirements.py" --server; \
  echo "setuptools>=68"; } | sort -u > "$requirements.new"
if ! cmp -s "$requirements.new" "$requirements" || [ ! -x "$root/build/venv/bin/python" ]; then
    platforms=(--platform manylinux2014_aarch64)
    for minor in $(seq 17 "$glibc_minor"); do platforms+=(--platform "manylinux_2_${minor}_aarch64"); done
    stamp "downloading aarch64 wheels for CPython $python_version"
    python3 -m pip download --quiet --only-binary=:all: "${platforms[@]}" --python-version "$python_version" \
        --implementation cp -d "$wheels" -r "$requirements.new"
    rm -rf "$root/build/venv" "$root/build/wheels"
    cp -r "$wheels" "$root/build/wheels"
    stamp "installing them in the arm64 venv (emulated)"
    in_root python3 -m venv /build/venv
    in_root /build/venv/bin/python -m pip install --quiet --no-index --find-links /build/wheels \
        -r /build/requirements.txt.new 2>&1 | grep -v "^WARNING: Location" || true
    in_root /build/venv/bin/python -c 'import ai_edge_litert, watchdog, fastapi; from PySide6 import QtWidgets'
    ! in_root /build/venv/bin/python -c 'import tensorflow' 2>/dev/null
    mv "$requirements.new" "$requirements"
fi

# -- 5: the bundle, .deb and tarball ---------------------------------------------------------------
stamp "copying the source tree"
rm -rf "$root/build/src"
mkdir -p "$root/build/src"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --) \
    | tar -xf - -C "$root/build/src"
in_root /build/venv/bin/python -m pip install --quiet --no-index --no-build-isolation --no-deps \
    -e /build/src 2>&1 | grep -v "^WARNING: Location" || true
stamp "PyInstaller (emulated)"
in_root sh -c 'cd /build/src && /build/venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
    --distpath /build/dist --workpath /build/work build/tepi.spec -- --flavor lite --server'
rm -rf "$out/arm64"
mkdir -p "$out/arm64"
cp -a "$root/build/dist/tepi" "$out/arm64/tepi"
TEPI_DEB_LIBC=2.$glibc_minor "$here/make_deb.sh" "$out/arm64/tepi" "$version" arm64 "$out/tepi_${version}_arm64.deb"
"$here/make_tarball.sh" "$out/arm64/tepi" "$out/tepi-$version-linux-aarch64.tar.gz"
stamp "done"
