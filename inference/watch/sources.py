"""Noticing files: watchdog events where the system has them, a folder scan always, settle timing.

    FolderEvents   one watchdog observer (inotify, FSEvents, ReadDirectoryChangesW) for every root
                   that exists; paths it reports land in a set the watch loop drains. A root that
                   cannot be watched (network share, inotify limit) is left to the scan.
    scan(..)       walk the roots: every file with a wanted suffix, with its stat signature
    Settler        a file is ready once its size, time and inode have not changed for the settle
                   time (a writer that closed the file, as inotify reports, shortens the wait)

The scan runs at start, after a root comes back, and every ``rescan_s``
(the polling interval with ``--poll``): events can be lost (an inotify
queue overflow, a share that never sends them), a scan cannot.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FolderEvents", "Settler", "Signature", "is_temporary", "scan", "signature"]

logger = logging.getLogger(__name__)
# Names writers use while a file is incomplete; the file is read after its rename.
TEMPORARY_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".swp", "~")
CLOSED_SETTLE_S = 0.05


@dataclass(frozen=True)
class Signature:
    dev: int
    ino: int
    size: int
    mtime_ns: int


def signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return Signature(stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def is_temporary(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "~$")) or name.lower().endswith(TEMPORARY_SUFFIXES)


def scan(roots: Iterable[Path], suffixes: frozenset[str], skip: frozenset[Path]) -> Iterator[Path]:
    """Files under ``roots`` with a wanted suffix, leaving out hidden, temporary and ``skip`` paths."""
    for root in roots:
        for folder, dirs, files in os.walk(root, onerror=lambda exc: logger.debug("scan: %s", exc)):
            here = Path(folder)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d not in skip)
            for name in sorted(files):
                path = here / name
                if path.suffix.lower() in suffixes and not is_temporary(path) and path not in skip:
                    yield path


class Settler:
    """Which noticed files have stopped changing long enough to be read."""

    def __init__(self, settle_s: float) -> None:
        self.settle_s = settle_s
        self._seen: dict[Path, tuple[Signature, float, bool]] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def __contains__(self, path: object) -> bool:
        return path in self._seen

    def touch(self, path: Path, *, closed: bool = False, now: float | None = None) -> None:
        """Note a file that changed (or may have); ``closed`` when its writer closed it."""
        now = time.monotonic() if now is None else now
        current = signature(path)
        if current is None:
            self._seen.pop(path, None)
            return
        known = self._seen.get(path)
        if known is None or known[0] != current:
            self._seen[path] = (current, now, closed)
        elif closed:
            self._seen[path] = (current, known[1], True)

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def ready(self, now: float | None = None) -> list[Path]:
        """Files unchanged for the settle time, rechecked on disk now; they leave the settler."""
        now = time.monotonic() if now is None else now
        done = []
        for path, (sig, since, closed) in list(self._seen.items()):
            wait = min(self.settle_s, CLOSED_SETTLE_S) if closed else self.settle_s
            if now - since < wait:
                continue
            current = signature(path)
            if current is None:
                del self._seen[path]
            elif current != sig:
                self._seen[path] = (current, now, False)
            else:
                del self._seen[path]
                done.append(path)
        return sorted(done)

    def next_due(self, now: float | None = None) -> float | None:
        """Seconds until the next file may be ready; None when none waits."""
        if not self._seen:
            return None
        now = time.monotonic() if now is None else now
        waits = [
            since + (min(self.settle_s, CLOSED_SETTLE_S) if closed else self.settle_s) - now
            for _, since, closed in self._seen.values()
        ]
        return max(0.0, min(waits))


class FolderEvents:
    """Watchdog's observer over the roots; ``drain()`` hands over what it reported since."""

    def __init__(self, wake: threading.Event) -> None:
        self._wake = wake
        self._lock = threading.Lock()
        self._paths: dict[Path, bool] = {}
        self._moves: list[tuple[Path, Path]] = []
        self._watches: dict[Path, Any] = {}
        self._observer: Any = None
        self.available = True

    def start(self) -> None:
        try:
            from watchdog.observers import Observer
        except ImportError:  # a build without watchdog: the scan alone notices files
            logger.warning("watchdog is not installed; watching by scanning the folders")
            self.available = False
            return
        self._observer = Observer()
        self._observer.daemon = True
        self._observer.start()

    def watch(self, root: Path) -> bool:
        """Start watching ``root`` (again); False when only scanning can watch it."""
        if self._observer is None:
            return False
        self.unwatch(root)
        try:
            self._watches[root] = self._observer.schedule(_Handler(self), str(root), recursive=True)
        except (OSError, RuntimeError) as exc:  # inotify watch limit, an unsupported file system
            logger.warning("cannot watch %s for events (%s); scanning it instead", root, exc)
            return False
        return True

    def unwatch(self, root: Path) -> None:
        watch = self._watches.pop(root, None)
        if watch is not None and self._observer is not None:
            try:
                self._observer.unschedule(watch)
            except (KeyError, OSError, RuntimeError) as exc:  # its folder is gone already
                logger.debug("unwatch %s: %s", root, exc)

    def watching(self, root: Path) -> bool:
        return root in self._watches

    def note(self, path: str | bytes, closed: bool) -> None:
        name = Path(os.fsdecode(path))
        with self._lock:
            self._paths[name] = self._paths.get(name, False) or closed
        self._wake.set()

    def moved(self, source: str | bytes, destination: str | bytes) -> None:
        with self._lock:
            self._moves.append((Path(os.fsdecode(source)), Path(os.fsdecode(destination))))
        self._wake.set()

    def drain_moves(self) -> list[tuple[Path, Path]]:
        """Renames reported since the last call (a log rotated away, a file renamed into place)."""
        with self._lock:
            moves, self._moves = self._moves, []
        return moves

    def drain(self) -> dict[Path, bool]:
        """Paths reported since the last call, each with whether its writer closed it."""
        with self._lock:
            paths, self._paths = self._paths, {}
        return paths

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None
        self._watches.clear()


class _Handler:
    """Watchdog's handler interface (``dispatch``) without subclassing a class watchdog may lack."""

    def __init__(self, events: FolderEvents) -> None:
        self.events = events

    def dispatch(self, event: Any) -> None:
        kind = event.event_type
        if kind in ("opened", "closed_no_write", "attrib"):
            return
        if kind == "moved" and event.dest_path:
            if not event.is_directory:
                self.events.moved(event.src_path, event.dest_path)
            self.events.note(event.dest_path, False)
        self.events.note(event.src_path, kind == "closed")
