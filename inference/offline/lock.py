"""One replayer at a time, machine-wide: an OS lock on a file beside the queue that dies with its process."""

from __future__ import annotations

import os
from typing import IO

from inference.offline.queue import OfflineQueue

__all__ = ["ReplayLock"]


class ReplayLock:
    """One replayer at a time, machine-wide: an OS lock on a file that dies with its process."""

    def __init__(self, queue: OfflineQueue) -> None:
        self.path = queue.path.with_suffix(".lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another replayer does."""
        if self._handle is not None:
            return True
        handle = self.path.open("a+b")
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock on every platform
            self._handle = None


def _lock_file(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
