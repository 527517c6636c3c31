"""Which files make up a pack, and which are strays that the system or an editor left behind.

Finder writes ``.DS_Store``, Explorer ``Thumbs.db``, Python ``__pycache__/``,
editors ``*~``, ``.*.swp`` and ``#name#``. None of them changes what a pack
does, and none should make a signature fail (model_signing hashes every file
in the folder), so signing, verifying and archiving all skip the same list.
Any other file added after signing is a change and fails verification.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

__all__ = ["SIGNATURE", "escapes", "is_stray", "pack_files", "stray_paths"]

SIGNATURE = "model.sig"
"""The signature bundle inside a pack; it covers every other file."""
STRAY_DIRS = frozenset({"__pycache__", ".ipynb_checkpoints", ".git", ".github", ".svn", ".hg"})
STRAY_FILES = frozenset(
    {".DS_Store", "Thumbs.db", "ehthumbs.db", "desktop.ini", ".directory", ".gitignore", ".gitattributes"}
)
STRAY_PATTERNS = ("._*", "*~", ".*.sw?", "#*#", ".#*", "*.bak", "*.orig", "*.pyc")


def is_stray(name: str, *, is_dir: bool) -> bool:
    """True for a file or folder name that no pack needs (system, editor and VCS leftovers)."""
    if is_dir:
        return name in STRAY_DIRS
    return name in STRAY_FILES or any(fnmatch.fnmatchcase(name, pattern) for pattern in STRAY_PATTERNS)


def stray_paths(root: Path) -> list[str]:
    """Relative paths of the strays under ``root`` (a stray folder stands for everything in it)."""
    return [path for path, stray in _walk(root) if stray]


def pack_files(root: Path) -> list[str]:
    """Relative POSIX paths of the files that belong to the pack: all but strays and the signature."""
    return [
        path for path, stray in _walk(root) if not stray and path != SIGNATURE and (root / path).is_file()
    ]


def _walk(root: Path, prefix: str = "") -> Iterator[tuple[str, bool]]:
    """``(relative path, is stray)`` for every entry; stray folders are not entered."""
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        relative = f"{prefix}{entry.name}"
        is_dir = entry.is_dir() and not entry.is_symlink()
        if is_stray(entry.name, is_dir=is_dir):
            yield relative, True
        elif is_dir:
            yield from _walk(entry, f"{relative}/")
        else:
            yield relative, False


def escapes(name: str) -> bool:
    """True for a path that would leave its folder here or on Windows (``..``, ``C:``, ``/``, ``\\``)."""
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    return (
        not name
        or posix.is_absolute()
        or bool(windows.anchor)
        or ".." in posix.parts
        or ".." in windows.parts
    )
