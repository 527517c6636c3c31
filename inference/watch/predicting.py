"""Predicting what the watcher read: whole image files, and rows of a growing CSV file.

Images go through ``Predictor.predict_images`` as ``predict`` does (decoding in
threads, batches, the offline queue for a remote-only model). Rows read from a
growing file are predicted from the chunk's table; when only an unreachable
remote could run them, each row is parked in the offline queue as its own
``csv-row`` item (the header and that row), so the queue never copies the
whole, growing file.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import replace
from pathlib import Path

from inference.errors import QueueError, RemoteUnavailable, TepiError
from inference.modelpack import TabularSpec
from inference.predictor import Predictor
from inference.results import Failure, Outcome
from inference.tables import CsvTable
from inference.watch.tail import Chunk

__all__ = ["predict_chunk", "predict_image_files", "queued_item"]

logger = logging.getLogger(__name__)


def queued_item(outcome: Outcome) -> int | None:
    """The offline queue's item id when the outcome says the input waits there."""
    if isinstance(outcome, Failure) and outcome.queued:
        return outcome.queue_item
    return None


def predict_image_files(predictor: Predictor, paths: list[Path]) -> list[Outcome]:
    return list(predictor.predict_images(paths))


def predict_chunk(predictor: Predictor, name: str, chunk: Chunk) -> list[Outcome]:
    """One outcome per row of the chunk, in order."""
    if chunk.failure is not None:
        sentence, kind = str(chunk.failure), type(chunk.failure).__name__
        return [Failure(name, chunk.first_row + i, sentence, kind) for i in range(chunk.failed_rows)]
    table = chunk.table
    if table is None:
        return []
    first = chunk.first_row
    outcomes: dict[int, Outcome] = {
        i: Failure(name, first + i, _renumbered(str(error), i + 1, first + i), type(error).__name__)
        for i, error in table.row_errors.items()
    }
    good = [i for i in range(len(table.rows)) if i not in table.row_errors]
    if good:
        spec = predictor.pack.input
        features = spec.features if isinstance(spec, TabularSpec) and spec.features else tuple(table.header)
        try:
            predictions = predictor.predict_array(table.features[good], [name] * len(good))
            for i, prediction in zip(good, predictions, strict=True):
                outcomes[i] = replace(prediction, row=first + i, extras=table.extras(i, features))
        except TepiError as exc:
            outcomes.update(_unanswered(predictor, name, table, good, first, exc))
    return [outcomes[i] for i in range(len(table.rows))]


def _unanswered(
    predictor: Predictor, name: str, table: CsvTable, rows: list[int], first: int, exc: TepiError
) -> dict[int, Outcome]:
    """Rows the model could not answer: parked in the offline queue when only the remote could."""
    parking = getattr(predictor, "parking", None)
    if parking is not None and isinstance(exc, RemoteUnavailable):
        entries = [(_row_blob(table, i), name, first + i) for i in rows]
        try:
            items = parking.park(entries, kind="csv-row", reason=str(exc))
        except QueueError as queue_exc:
            logger.error("could not queue %d rows of %s: %s", len(rows), name, queue_exc)
        else:
            waiting: dict[int, Outcome] = {}
            for i, item in zip(rows, items, strict=True):
                sentence = _waiting(item.id, exc)
                waiting[i] = Failure(name, first + i, sentence, "InputQueued", True, item.id)
            return waiting
    return {i: Failure(name, first + i, str(exc), type(exc).__name__) for i in rows}


def _row_blob(table: CsvTable, index: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=table.delimiter, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerow(table.rows[index])
    return buffer.getvalue().encode("utf-8")


def _renumbered(sentence: str, in_chunk: int, in_file: int) -> str:
    """parse_csv counts rows within the chunk; people count them within the file."""
    return sentence.replace(f" row {in_chunk},", f" row {in_file},", 1)


def _waiting(item: int, exc: TepiError) -> str:
    return f"Waiting in the offline queue (item {item}) until the endpoint answers: {exc}"
