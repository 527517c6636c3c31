"""Batch results to CSV files: plain Python, run on the I/O worker (never on the GUI thread).

For a batch that was one CSV file the export is that file, every original
column and row as they were, with the prediction columns appended; for
images it is one line per file.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from inference.errors import TepiError
from inference.results import Outcome, Prediction

__all__ = ["RESULT_COLUMNS", "ExportError", "export_outcomes"]

RESULT_COLUMNS = ("label", "score", "top_k", "backend", "latency_ms", "fallback_reason", "error")


class ExportError(TepiError):
    """The export file could not be written."""


def _result_cells(outcome: Outcome | None) -> list[str]:
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


def _unique(names: Sequence[str], taken: Sequence[str]) -> list[str]:
    """Result column names that do not clash with the CSV's own columns."""
    return [f"tepi_{name}" if name in taken else name for name in names]


def export_outcomes(target: Path, outcomes: Sequence[Outcome], csv_source: Path | None = None) -> int:
    """Write ``outcomes`` to ``target`` (atomically); returns the number of data rows written."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            if csv_source is not None:
                count = _write_csv_source(handle, csv_source, outcomes)
            else:
                writer = csv.writer(handle)
                writer.writerow(["input", "row", *RESULT_COLUMNS])
                for outcome in outcomes:
                    row = "" if outcome.row is None else str(outcome.row)
                    writer.writerow([outcome.input, row, *_result_cells(outcome)])
                count = len(outcomes)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Tepi could not write {target.name}: {exc.strerror or exc}.") from exc
    return count


def _write_csv_source(handle, source: Path, outcomes: Sequence[Outcome]) -> int:
    from inference.tables import read_csv

    table = read_csv(source, ())
    by_row = {o.row: o for o in outcomes if o.row is not None}
    writer = csv.writer(handle, delimiter=table.delimiter)
    writer.writerow([*table.header, *_unique(RESULT_COLUMNS, table.header)])
    for index, cells in enumerate(table.rows, start=1):
        padded = list(cells) + [""] * (len(table.header) - len(cells))
        writer.writerow([*padded, *_result_cells(by_row.get(index))])
    return len(table.rows)
