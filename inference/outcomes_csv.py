"""Outcomes as CSV text, the same for every shell (desktop export, web download).

For outcomes of one CSV input the result is that file, every original column
and row as they were, with the prediction columns appended (renamed
``tepi_label``... where the file already has such a column); for images it is
one line per input.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from inference.results import Outcome, Prediction
from inference.tables import CsvTable

__all__ = ["RESULT_COLUMNS", "result_cells", "result_columns", "write_outcomes"]

RESULT_COLUMNS = ("label", "score", "top_k", "backend", "latency_ms", "fallback_reason", "error")


def result_cells(outcome: Outcome | None) -> list[str]:
    """The prediction columns' cells for one outcome (blank for a row that has none)."""
    if outcome is None:
        return [""] * len(RESULT_COLUMNS)
    if isinstance(outcome, Prediction):
        return [
            outcome.label,
            f"{outcome.score:.6f}",
            ";".join(f"{t.label}:{t.score:.6f}" for t in outcome.top_k),
            outcome.backend,
            f"{outcome.latency_ms:.3f}",
            outcome.fallback_reason or "",
            "",
        ]
    return ["", "", "", "", "", "", outcome.error]


def result_columns(taken: Sequence[str]) -> list[str]:
    """Result column names that do not clash with the CSV's own columns."""
    return [f"tepi_{name}" if name in taken else name for name in RESULT_COLUMNS]


def write_outcomes(handle: TextIO, outcomes: Sequence[Outcome], source: CsvTable | None = None) -> int:
    """Write ``outcomes`` as CSV to ``handle``; returns the number of data rows written.

    With ``source`` (the CSV file they came from, read with no features:
    ``read_csv(path, ())`` or ``parse_csv(raw, ())``) the file's own rows are
    written back with the prediction columns appended.
    """
    if source is None:
        writer = csv.writer(handle)
        writer.writerow(["input", "row", *RESULT_COLUMNS])
        for outcome in outcomes:
            row = "" if outcome.row is None else str(outcome.row)
            writer.writerow([outcome.input, row, *result_cells(outcome)])
        return len(outcomes)
    table = source
    by_row = {o.row: o for o in outcomes if o.row is not None}
    writer = csv.writer(handle, delimiter=table.delimiter)
    writer.writerow([*table.header, *result_columns(table.header)])
    for index, cells in enumerate(table.rows, start=1):
        padded = list(cells) + [""] * (len(table.header) - len(cells))
        writer.writerow([*padded, *result_cells(by_row.get(index))])
    return len(table.rows)
