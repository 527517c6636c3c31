"""A pack as one ``.tar.gz``: written reproducibly, unpacked defensively.

Writing: the pack's own files and its signature (strays left out), sorted, with
zeroed times and owners, so publishing the same pack twice gives the same bytes
and the same hash in the TUF metadata.

Unpacking: only plain files and folders, no links or devices, no name that
leaves the destination (``..``, absolute paths, drive letters, backslashes), no
name twice, at most ``MAX_MEMBERS`` entries and ``MAX_BYTES`` unpacked. The
archive's length and hash are already checked by TUF before it gets here; these
limits also hold for an archive installed from a file.
"""

from __future__ import annotations

import gzip
import io
import shutil
import tarfile
from pathlib import Path

from inference.errors import PackStoreError
from inference.packs.files import SIGNATURE, escapes, pack_files
from inference.text import message

__all__ = ["MAX_BYTES", "extract_archive", "write_archive"]

MAX_MEMBERS = 10_000
MAX_BYTES = 8 * 1024**3


def write_archive(root: Path, out: Path) -> Path:
    """Write ``out`` (``.tar.gz``) holding the pack at ``root``: every file but strays, signature included."""
    files = pack_files(root) + ([SIGNATURE] if (root / SIGNATURE).is_file() else [])
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(files):
            path = root / name
            if path.is_symlink():
                raise PackStoreError("store.symlink_publish", folder=root.name, file=name)
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = path.stat().st_size, 0o644, 0
            with path.open("rb") as handle:
                tar.addfile(info, handle)
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as zipped:
        zipped.write(buffer.getvalue())
    return out


def extract_archive(archive: Path, dest: Path) -> Path:
    """Unpack ``archive`` into the new folder ``dest``; ``PackStoreError`` names what is wrong with it."""
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            members = _checked_members(tar, archive.name)
            dest.mkdir(parents=True)
            for member in members:
                target = dest / member.name
                if member.isdir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None  # a regular file, checked above
                with source, open(target, "wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
    except (tarfile.TarError, EOFError, OSError, gzip.BadGzipFile) as exc:
        raise PackStoreError("archive.unreadable", archive=archive.name, system_error=str(exc)) from exc
    return dest


def _checked_members(tar: tarfile.TarFile, shown: str) -> list[tarfile.TarInfo]:
    members: list[tarfile.TarInfo] = []
    seen: set[str] = set()
    total = 0
    for member in tar:
        name = member.name.removeprefix("./")
        if not (member.isfile() or member.isdir()):
            raise _refused(shown, "archive.reason.not_file", member.name)
        if escapes(name) or "\\" in name:
            raise _refused(shown, "archive.reason.outside", member.name)
        if name in seen:
            raise _refused(shown, "archive.reason.twice", name)
        total += member.size
        if len(members) >= MAX_MEMBERS or total > MAX_BYTES:
            raise _refused(shown, "archive.reason.too_large")
        seen.add(name)
        member.name = name
        members.append(member)
    return members


def _refused(shown: str, why: str, member: str = "") -> PackStoreError:
    """``why`` is the code of the reason (``archive.reason.outside``); ``member`` the file it is about."""
    return PackStoreError("archive.refused", archive=shown, reason=message(why, member=member))
