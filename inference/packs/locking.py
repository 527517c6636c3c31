"""Advisory file locks that the operating system drops when their process dies (even by ``kill -9``).

``flock`` on POSIX, ``msvcrt.locking`` on Windows. A crashed install therefore
never leaves a lock behind, and a lock that can be taken proves that whoever
held it is gone: that is how leftovers are told from work in progress.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["held", "try_lock", "unlock"]


def try_lock(handle: IO[bytes]) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def held(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock on ``path`` for the ``with`` block; yields False if it stayed taken for ``timeout``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while not (locked := try_lock(handle)) and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield locked
        finally:
            if locked:
                unlock(handle)
