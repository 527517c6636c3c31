"""Delivering journal results: one line each in the output file (fsync'd), one history entry each.

    Output(path)         CSV or JSON lines (by suffix), or stdout; a line is a pure function of the
                         journal entry, so a restart can recognise a line it already wrote
    Delivery.recover()   once at start: lines found after the committed size that match the journal
                         count as written; a torn last line is cut off and written again
    Delivery.deliver()   append owed lines, fsync, then commit the new size; then record owed
                         entries in history, skipping those already there (same timestamp, input, row)

Both steps are idempotent, so a ``kill -9`` between any two of them neither
loses a result nor writes it twice.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inference.errors import WatchError
from inference.results import Failure, Prediction
from inference.watch.faults import crash_point
from inference.watch.state import JournalEntry, WatchState

if TYPE_CHECKING:
    from inference.history import History

__all__ = ["CSV_COLUMNS", "Delivery", "Output"]

logger = logging.getLogger(__name__)
CSV_COLUMNS = ("time", "input", "row", "label", "score", "top_k", "backend", "model", "latency_ms", "error",
               "columns")  # fmt: skip


class Output:
    """Where result lines go: a CSV or JSON-lines file, or standard output (``path`` None)."""

    def __init__(self, path: str | Path | None, *, echo: bool = True) -> None:
        self.path = None if path is None else Path(path).expanduser().absolute()
        self.echo = echo
        """Without a path: print the lines (the command line) or not (a window shows the results)."""
        self.is_csv = self.path is not None and self.path.suffix.lower() == ".csv"
        """CSV for a ``.csv`` file, JSON lines otherwise."""

    @property
    def header(self) -> bytes:
        return _csv_line(CSV_COLUMNS) if self.is_csv else b""

    def line(self, entry: JournalEntry) -> bytes:
        if entry.outcome is None:
            raise ValueError("a waiting result has no line yet")
        when = datetime.fromtimestamp(entry.created).astimezone().isoformat(timespec="milliseconds")
        return _csv_row(when, entry.outcome) if self.is_csv else _json_row(when, entry.outcome)

    def size(self) -> int:
        if self.path is None:
            return 0
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise WatchError("file.unreadable", name=self.path.name, system_error=reason) from exc

    def read_from(self, offset: int) -> bytes:
        assert self.path is not None
        with self.path.open("rb") as handle:
            handle.seek(offset)
            return handle.read()

    def truncate(self, size: int) -> None:
        assert self.path is not None
        with self.path.open("r+b") as handle:
            handle.truncate(size)
            os.fsync(handle.fileno())

    def append(self, data: bytes) -> int:
        """Append, flush to the disk, and return the file's size after it."""
        if self.path is None:
            if self.echo:
                sys.stdout.write(data.decode("utf-8"))
                sys.stdout.flush()
            return 0
        created = not self.path.exists()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                view = memoryview(data)
                if os.environ.get("TEPI_WATCH_KILL_AT", "").startswith("torn"):
                    view = view[os.write(fd, view[: len(view) // 2]) :]
                    os.fsync(fd)
                    crash_point("torn")
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
                size = os.fstat(fd).st_size
            finally:
                os.close(fd)
            if created:
                _fsync_dir(self.path.parent)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise WatchError("file.unwritable", name=self.path.name, system_error=reason) from exc
        return size


class Delivery:
    """Brings journal results to the output and the history, exactly once each."""

    def __init__(
        self,
        state: WatchState,
        output: Output,
        history: History | None,
        *,
        model: str,
        on_delivered: Callable[[list[Prediction | Failure]], None] | None = None,
    ) -> None:
        self.state = state
        self.output = output
        self.history = history
        self.model = model
        self.on_delivered = on_delivered
        """Hears each result once it is in the output (a window's table, say)."""
        self._base = 0
        """The output file's size as last committed (our lines end there)."""

    def recover(self) -> None:
        """Find which owed lines reached the file before a crash; cut a torn one."""
        if self.output.path is None:
            return
        committed = int(self.state.meta("out_size") or 0)
        size = self.output.size()
        if size < committed:
            logger.warning("%s is shorter than Tepi left it; new lines start a fresh file", self.output.path)
            self._base = size
            self.state.set_meta("out_size", str(size))
            return
        self._base = committed
        if size == committed:
            return
        owed = [e for e in self.state.undelivered() if not e.out_done]
        tail = self.output.read_from(committed)
        expected = self.output.header if committed == 0 else b""
        boundaries = [0, len(expected)]
        ends: list[tuple[int, int]] = []  # (end of the entry's line in `expected`, its seq)
        for entry in owed:
            expected += self.output.line(entry)
            ends.append((len(expected), entry.seq))
        same = _common_prefix(tail, expected)
        written = [seq for end, seq in ends if end <= same]
        whole = max(end for end in boundaries + [end for end, _ in ends] if end <= same)
        if same == len(tail):  # everything after the committed size is ours; a torn line is cut
            if whole < len(tail):
                logger.warning("cutting a partly written line from %s", self.output.path)
                self.output.truncate(committed + whole)
            self._base = committed + whole
        else:
            logger.warning("%s was changed by another program; new lines go after its end", self.output.path)
            self._base = size
        self.state.mark_written(written, self._base)

    def deliver(self) -> int:
        """Deliver everything owed; returns how many results reached the output."""
        entries = self.state.undelivered()
        lines = [e for e in entries if not e.out_done]
        if lines:
            self._write(lines)
        records = [e for e in entries if not e.history_done]
        if records:
            self._record(records)
        return len(lines)

    def _write(self, entries: Sequence[JournalEntry]) -> None:
        data = b"".join(self.output.line(e) for e in entries)
        if self.output.path is not None:
            size = self.output.size()
            if size < self._base:
                logger.warning("%s was truncated or replaced; starting it afresh", self.output.path)
            if size == 0:
                data = self.output.header + data
            elif not self.output.read_from(size - 1).endswith(b"\n"):
                data = b"\n" + data  # someone else left a line open: ours start on their own
        self._base = self.output.append(data)
        crash_point("written")
        self.state.mark_written([e.seq for e in entries], self._base if self.output.path else None)
        if self.on_delivered is not None:
            self.on_delivered([e.outcome for e in entries if e.outcome is not None])

    def _record(self, entries: Sequence[JournalEntry]) -> None:
        if self.history is None:
            self.state.mark_recorded([e.seq for e in entries])
            return
        groups: dict[float, list[JournalEntry]] = {}
        for entry in entries:
            groups.setdefault(entry.created, []).append(entry)
        for created, group in groups.items():
            present = self._recorded(created)
            missing = [e for e in group if (e.input, e.row) not in present and e.outcome is not None]
            if missing:
                outcomes = [e.outcome for e in missing if e.outcome is not None]
                self.history.record_many(
                    outcomes, thumbnails=[_thumbnail(o) for o in outcomes], created=created, model=self.model
                )
                crash_point("recorded")
            self.state.mark_recorded([e.seq for e in group])

    def _recorded(self, created: float) -> set[tuple[str, int | None]]:
        """(input, row) of history entries stamped exactly ``created``: recorded before a crash."""
        from inference.history import HistoryQuery

        assert self.history is not None
        query = HistoryQuery(since=created, until=math.nextafter(created, math.inf), limit=None)
        return {(e.input, e.row) for e in self.history.search(query)}


def _thumbnail(outcome: Prediction | Failure) -> bytes | None:
    if outcome.row is not None or not isinstance(outcome, Prediction) or not Path(outcome.input).is_file():
        return None
    from inference.history import make_thumbnail

    return make_thumbnail(outcome.input)


def _common_prefix(a: bytes, b: bytes) -> int:
    limit = min(len(a), len(b))
    index = 0
    while index < limit and a[index] == b[index]:
        index += 1
    return index


def _fsync_dir(folder: Path) -> None:
    """Make a new file's name durable too (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _safe(text: str) -> str:
    """Keep spreadsheets from running a file name or label as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_line(cells: Sequence[object]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode("utf-8")


def _latency(outcome: Prediction) -> float | None:
    return round(outcome.latency_ms, 3) if math.isfinite(outcome.latency_ms) else None


def _csv_row(when: str, outcome: Prediction | Failure) -> bytes:
    row = "" if outcome.row is None else outcome.row
    if isinstance(outcome, Failure):
        return _csv_line([when, _safe(outcome.input), row, "", "", "", "", "", "", _safe(outcome.error), ""])
    top = ";".join(f"{t.label}:{t.score:.6f}" for t in outcome.top_k)
    latency = _latency(outcome)
    columns = json.dumps(outcome.extras, ensure_ascii=False) if outcome.extras else ""
    answer = [_safe(outcome.label), f"{outcome.score:.6f}", _safe(top), outcome.backend, outcome.model]
    timing = "" if latency is None else latency
    return _csv_line([when, _safe(outcome.input), row, *answer, timing, "", columns])


def _json_row(when: str, outcome: Prediction | Failure) -> bytes:
    data = {"time": when} | outcome.to_json()
    if isinstance(outcome, Prediction):
        data["latency_ms"] = _latency(outcome)
        if outcome.extras:
            data["columns"] = outcome.extras
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
