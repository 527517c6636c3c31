"""The watch loop: notice, settle, predict, commit, deliver; until asked to stop.

    Watcher(roots, predictor, state, delivery, options).run(stop)

Each turn drains watchdog's events and renames, checks that every root is
still there (a missing one, an unplugged USB stick, is waited for and
watched again when it returns), scans the roots when the scan is due, reads
new rows of CSV files at once and settled files after the settle time, and
delivers what the journal owes. ``stop`` (SIGTERM, Ctrl+C) ends the loop
after the current step: what was committed is delivered before it returns.
For a remote-only model the offline queue's replayer runs beside it; results
it brings back are delivered like any other.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from inference.images import IMAGE_SUFFIXES
from inference.offline import OfflinePredictor
from inference.predictor import Predictor
from inference.tables import CSV_SUFFIXES
from inference.watch.delivery import Delivery
from inference.watch.intake import Intake
from inference.watch.queueing import QueueFollower
from inference.watch.sources import FolderEvents, Settler, is_temporary, scan, signature
from inference.watch.state import WatchState

__all__ = ["WatchOptions", "WatchSummary", "Watcher"]

logger = logging.getLogger(__name__)
Note = Callable[[str], None]


class StopFlag(Protocol):
    """What ``run`` polls to know when to stop: a ``threading.Event``, or a worker task's cancel flag."""

    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class WatchOptions:
    settle_s: float = 0.5
    """How long a file must stay unchanged before it is read."""
    poll_s: float | None = None
    """Scan every this many seconds instead of relying on events (network shares, SD cards)."""
    rescan_s: float = 30.0
    """With events, a full scan this often anyway: events can be lost."""
    move_done: Path | None = None
    """Move predicted images here."""
    once: bool = False
    """Take in what is there now, deliver it, and return."""
    skip: frozenset[Path] = field(default_factory=frozenset)
    """Paths never taken as input (the output file, the state)."""


@dataclass
class WatchSummary:
    results: int = 0
    """Results committed in this run (delivered before ``run`` returned)."""
    delivered: int = 0
    roots_missing: list[Path] = field(default_factory=list)


class Watcher:
    def __init__(
        self,
        roots: list[Path],
        predictor: Predictor | OfflinePredictor,
        state: WatchState,
        delivery: Delivery,
        options: WatchOptions,
        *,
        note: Note | None = None,
        queue: QueueFollower | None = None,
    ) -> None:
        self.roots = [Path(r).expanduser().absolute() for r in roots]
        self.predictor = predictor
        self.state = state
        self.delivery = delivery
        self.options = options
        self.note = note or (lambda text: logger.info("%s", text))
        self.queue = queue
        self.wake = threading.Event()
        self.suffixes = IMAGE_SUFFIXES if predictor.pack.is_image else CSV_SUFFIXES
        skip = set(options.skip)
        if options.move_done is not None:
            skip.add(options.move_done.expanduser().absolute())
        self.skip = frozenset(skip)
        self.intake = Intake(predictor, state, self.note)
        self.settler = Settler(options.settle_s)
        self.events = FolderEvents(self.wake)
        self._present: dict[Path, tuple[int, int] | None] = {}
        self._dirty: set[Path] = set()
        self.summary = WatchSummary()

    def run(self, stop: StopFlag) -> WatchSummary:
        self.delivery.recover()
        self._deliver()
        if self.options.poll_s is None and not self.options.once:
            self.events.start()
        if self.queue is not None:
            self.queue.start(self.wake)
        try:
            self._loop(stop)
        finally:
            self.events.stop()
            if self.queue is not None:
                self.queue.stop()
            self._deliver()
        return self.summary

    def _loop(self, stop: StopFlag) -> None:
        interval = self.options.poll_s or self.options.rescan_s
        next_scan = 0.0
        while not stop.is_set():
            self._check_roots()
            for source, destination in self.events.drain_moves():
                self._moved(source, destination)
            for path, closed in self.events.drain().items():
                self._noticed(path, closed=closed)
            now = time.monotonic()
            if now >= next_scan:
                self._scan(self.roots)
                next_scan = now + interval
            self._take_in(stop)
            if self.queue is not None:
                self.queue.reconcile()
            self._deliver()
            if self.options.once and not self.settler and not self._dirty:
                return
            due = self.settler.next_due()
            timeout = min(x for x in (due, max(0.0, next_scan - time.monotonic()), 1.0) if x is not None)
            self.wake.wait(timeout)
            self.wake.clear()

    # -- noticing ----------------------------------------------------------------------------------
    def _check_roots(self) -> None:
        """Watch roots that (re)appeared; forget events of roots that went away."""
        for root in self.roots:
            current = signature(root) if root.is_dir() else None
            identity = None if current is None else (current.dev, current.ino)
            before = self._present.get(root, ())
            if identity == before:
                continue
            self._present[root] = identity
            if identity is None:
                self.events.unwatch(root)
                self.note(f"{root} is not there; waiting for it to appear.")
                self.summary.roots_missing.append(root)
                continue
            if before not in ((), None) or root in self.summary.roots_missing:
                self.note(f"{root} is back; watching it again.")
            if self.events.available and self.options.poll_s is None and not self.options.once:
                self.events.watch(root)
            self._scan([root])

    def _scan(self, roots: list[Path]) -> None:
        present = [r for r in roots if self._present.get(r) is not None]
        for path in scan(present, self.suffixes, self.skip):
            self._noticed(path, closed=False, from_scan=True)

    def _noticed(self, path: Path, *, closed: bool, from_scan: bool = False) -> None:
        if not from_scan and path.is_dir():
            if not any(path.is_relative_to(s) for s in self.skip):
                self._scan_folder(path)
            return
        if path.suffix.lower() not in self.suffixes or is_temporary(path) or self._skipped(path):
            return
        if self.predictor.pack.is_image:
            if not self.intake.seen(path):
                self.settler.touch(path, closed=closed)
        else:
            if not from_scan or self._grew(path):
                self._dirty.add(path)  # whole rows are read at once; an unterminated last one after
                self.settler.touch(path)  # the full settle time, even when the writer closed the file

    def _scan_folder(self, folder: Path) -> None:
        for path in scan([folder], self.suffixes, self.skip):
            self._noticed(path, closed=False, from_scan=True)

    def _skipped(self, path: Path) -> bool:
        return (
            path in self.skip
            or any(path.is_relative_to(s) for s in self.skip)
            or not any(path.is_relative_to(r) for r in self.roots)
        )

    def _grew(self, path: Path) -> bool:
        """A scanned CSV file that changed since it was last read."""
        record = self.state.file(str(path))
        current = signature(path)
        if record is None or current is None:
            return current is not None
        return (record.ino, record.size, record.mtime_ns) != (current.ino, current.size, current.mtime_ns)

    def _moved(self, source: Path, destination: Path) -> None:
        if source.suffix.lower() in CSV_SUFFIXES and not self.predictor.pack.is_image:
            followed = destination.suffix.lower() in self.suffixes and not self._skipped(destination)
            self.intake.moved(source, destination, followed=followed)
        self._noticed(destination, closed=True)

    # -- taking in ---------------------------------------------------------------------------------
    def _take_in(self, stop: StopFlag) -> None:
        ready = self.settler.ready()
        if self.predictor.pack.is_image:
            self.summary.results += self.intake.images(ready)
            for path in self.intake.retry:
                self.settler.touch(path)
            self.intake.retry.clear()
            return
        settled = set(ready)
        for path in sorted(self._dirty | settled):
            if stop.is_set() and path not in settled:
                break
            self.summary.results += self.intake.csv(path, settled=path in settled)
            if path not in self.settler:
                self._dirty.discard(path)

    def _deliver(self) -> None:
        self.summary.delivered += self.delivery.deliver()
        if self.options.move_done is not None and self.predictor.pack.is_image:
            self.intake.move_done(self.options.move_done.expanduser().absolute(), self.roots)
