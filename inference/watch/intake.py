"""Taking in ready files: predict, then commit outcomes and file state in one transaction.

Intake.images(paths)     image files that settled: skip those already predicted (same
                         signature), predict the rest, commit; an image that changed while it
                         was read goes back to settling instead of failing
Intake.csv(path, ..)     new rows of a CSV file (see ``inference.watch.tail``), slice by slice
Intake.moved(src, dest)  a followed CSV renamed away (log rotation): its last rows are read
                         where it went, then it is set aside
Intake.move_done(..)     ``--move-done``: a predicted image leaves the watched folder
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from inference.offline import OfflinePredictor
from inference.predictor import Predictor
from inference.results import Failure, Outcome, Prediction, Queued
from inference.text import file_row
from inference.watch.faults import crash_point
from inference.watch.predicting import predict_chunk, predict_image_files
from inference.watch.sources import Signature, signature
from inference.watch.state import FileRecord, WatchState
from inference.watch.tail import fingerprint, read_new_rows

__all__ = ["Intake"]

logger = logging.getLogger(__name__)
IMAGE_BATCH = 32
Note = Callable[[str], None]
# Image errors that a file still being written gives; re-checked against the file before they count.
_READ_ERRORS = ("ImageError", "ImageTooLarge", "InputError")


class Intake:
    def __init__(self, predictor: Predictor | OfflinePredictor, state: WatchState, note: Note) -> None:
        self.predictor = predictor
        self.state = state
        self.note = note
        self.features: tuple[str, ...] = getattr(predictor.pack.input, "features", ()) or ()
        self._known = {Path(r.path): r for r in state.files("image")}
        self._failing: set[str] = set()
        self.retry: list[Path] = []
        """Images that changed while being read: to settle again."""

    # -- images ------------------------------------------------------------------------------------
    def seen(self, path: Path) -> bool:
        """True when this exact image file (same signature) was predicted already."""
        record = self._known.get(path)
        current = signature(path)
        return record is not None and current is not None and _same(record, current)

    def images(self, paths: list[Path]) -> int:
        """Predict the settled images not seen before; returns how many results were committed."""
        fresh = [(p, s) for p in paths if (s := signature(p)) is not None and not self.seen(p)]
        committed = 0
        for start in range(0, len(fresh), IMAGE_BATCH):
            batch = fresh[start : start + IMAGE_BATCH]
            outcomes = predict_image_files(self.predictor, [p for p, _ in batch])
            records, results = [], []
            for (path, sig), outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, Failure) and outcome.kind in _READ_ERRORS and signature(path) != sig:
                    self.retry.append(path)  # still being written, or gone: not an input yet
                    continue
                self._report(outcome)
                digest = getattr(outcome, "input_sha256", None)
                records.append(
                    FileRecord(str(path), "image", sig.dev, sig.ino, sig.size, sig.mtime_ns, digest)
                )
                results.append(_journal_row(outcome))
            if records:
                self.state.commit(records, results)
                crash_point("committed")
                self._known.update((Path(r.path), r) for r in records)
                committed += len(results)
        return committed

    def move_done(self, target: Path, roots: list[Path]) -> None:
        """Move every predicted image still in a watched folder into ``target`` (same sub-folders)."""
        for path, record in list(self._known.items()):
            current = signature(path)
            if current is None or not _same(record, current):
                continue
            root = next((r for r in roots if path.is_relative_to(r)), None)
            destination = _free_name(target / (path.relative_to(root) if root else Path(path.name)))
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(path), str(destination))
            except OSError as exc:
                logger.warning("cannot move %s to %s: %s", path, destination, exc)
                continue
            self.state.forget_file(str(path))
            del self._known[path]

    # -- CSV files ---------------------------------------------------------------------------------
    def csv(self, path: Path, *, settled: bool, name: str | None = None) -> int:
        """Read and predict the rows added to ``path``; returns how many results were committed."""
        committed = 0
        while True:
            known = self._csv_record(path)
            chunk = read_new_rows(path, known, self.features, settled=settled)
            if chunk is None:
                return committed
            if chunk.restarted:
                self.note(f"{path.name}: reading it from the top again, as {chunk.restarted}.")
            if chunk.failure is not None and str(path) not in self._failing:
                self._failing.add(str(path))
                self.note(f"{path.name}: {chunk.failure}")
            outcomes = predict_chunk(self.predictor, name or str(path), chunk)
            for outcome in outcomes:
                if chunk.failure is None:
                    self._report(outcome)
            self.state.commit([chunk.record], [_journal_row(o) for o in outcomes])
            crash_point("committed")
            committed += len(outcomes)
            if not chunk.more:
                return committed

    def moved(self, source: Path, destination: Path, *, followed: bool) -> None:
        """A CSV file was renamed; ``followed`` when the new name is watched too (it carries on there)."""
        record = self.state.file(str(source))
        current = signature(destination)
        if record is None or record.kind != "csv" or current is None or record.ino != current.ino:
            return
        self.state.rename_file(record, str(destination))
        if followed:
            return
        self.csv(destination, settled=True, name=str(source))  # the writer has moved on: read it all
        final = self.state.file(str(destination))
        if final is not None:
            self.state.rename_file(final, _set_aside(str(source), final.ino))

    def _csv_record(self, path: Path) -> FileRecord | None:
        """What was read of the file now at ``path``: found by name, or by inode after a rename."""
        current = signature(path)
        record = self.state.file(str(path))
        if current is None or (record is not None and (record.dev, record.ino) == (current.dev, current.ino)):
            return record
        if record is not None:  # another file took the name: keep the old one's state for its new name
            self.state.rename_file(record, _set_aside(record.path, record.ino))
            self.note(f"{path.name}: a new file took its name (rotated); reading the new one from the top.")
        for other in self.state.files_by_inode(current.dev, current.ino):
            if other.kind == "csv" and other.path != str(path) and _same_start(path, other):
                return self.state.rename_file(other, str(path))
        return None

    def _report(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failure):
            where = Path(outcome.input).name + (f" row {file_row(outcome.row)}" if outcome.row else "")
            self.note(outcome.error if outcome.error.startswith(where) else f"{where}: {outcome.error}")


def _journal_row(outcome: Outcome) -> tuple[str, int | None, Prediction | Failure | None, int | None]:
    """A waiting input is journalled with its queue item and no outcome until the queue answers."""
    if isinstance(outcome, Queued):
        return (outcome.input, outcome.row, None, outcome.item_id)
    return (outcome.input, outcome.row, outcome, None)


def _same(record: FileRecord, sig: Signature) -> bool:
    return (record.dev, record.ino, record.size, record.mtime_ns) == (
        sig.dev,
        sig.ino,
        sig.size,
        sig.mtime_ns,
    )


def _same_start(path: Path, record: FileRecord) -> bool:
    if not record.offset or record.fingerprint is None:
        return True
    try:
        with path.open("rb") as handle:
            return fingerprint(handle, record.offset) == record.fingerprint
    except OSError:
        return False


def _set_aside(path: str, ino: int) -> str:
    """The state key of a file that left its name: found again by inode if it reappears."""
    return f"{path} (moved away, inode {ino})"


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate
