"""Predicting what the watcher read: whole image files, and rows of a growing CSV file.

Images go through ``predict_paths`` as ``predict`` does (decoding in threads,
batches, and, through an ``OfflinePredictor``, the offline queue for a
remote-only model). Rows read from a growing file are predicted from the
chunk's table; when only an unreachable remote could run them, each row is
parked in the offline queue as its own ``csv-row`` item (the header and that
row), so the queue never copies the whole, growing file.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import replace
from pathlib import Path

from inference.errors import RemoteUnavailable, TepiError
from inference.modelpack import TabularSpec
from inference.offline import OfflinePredictor
from inference.predictor import Predictor
from inference.results import Failure, Outcome
from inference.tables import CsvTable
from inference.text import file_row, render
from inference.watch.tail import Chunk

__all__ = ["predict_chunk", "predict_image_files"]

logger = logging.getLogger(__name__)


def predict_image_files(predictor: Predictor | OfflinePredictor, paths: list[Path]) -> list[Outcome]:
    return list(predictor.predict_paths(paths))


def predict_chunk(predictor: Predictor | OfflinePredictor, name: str, chunk: Chunk) -> list[Outcome]:
    """One outcome per row of the chunk, in order."""
    if chunk.failure is not None:
        return [Failure.of(name, chunk.first_row + i, chunk.failure) for i in range(chunk.failed_rows)]
    table = chunk.table
    if table is None:
        return []
    first = chunk.first_row
    outcomes: dict[int, Outcome] = {
        i: _renumbered(Failure.of(name, first + i, error), file_row(i + 1))
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
    predictor: Predictor | OfflinePredictor,
    name: str,
    table: CsvTable,
    rows: list[int],
    first: int,
    exc: TepiError,
) -> dict[int, Outcome]:
    """Rows the model could not answer: parked in the offline queue when only the remote could."""
    if isinstance(predictor, OfflinePredictor) and isinstance(exc, RemoteUnavailable):
        entries = [(_row_blob(table, i), name, first + i) for i in rows]
        waiting = predictor.park(entries, exc, kind="csv-row")
        if waiting is not None:
            return dict(zip(rows, waiting, strict=True))
    return {i: Failure.of(name, first + i, exc) for i in rows}


def _row_blob(table: CsvTable, index: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=table.delimiter, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerow(table.rows[index])
    return buffer.getvalue().encode("utf-8")


def _renumbered(failure: Failure, in_chunk: int) -> Failure:
    """parse_csv counts rows within the chunk; people count them within the file (``failure.row``)."""
    if failure.code is None or failure.params.get("row") != in_chunk:
        return failure
    params = {**failure.params, "row": file_row(failure.row or 0)}
    return replace(failure, error=render(failure.code, params), params=params)
