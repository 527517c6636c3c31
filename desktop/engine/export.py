"""Batch results to CSV files: plain Python, run on the I/O worker (never on the GUI thread).

The CSV itself is written by ``inference.outcomes_csv`` (the web page's
download uses the same): for a batch that was one CSV file the export is that
file, every original column and row as they were, with the prediction columns
appended; for images it is one line per file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from inference.errors import TepiError
from inference.outcomes_csv import RESULT_COLUMNS, write_outcomes
from inference.results import Outcome
from inference.tables import read_csv

__all__ = ["RESULT_COLUMNS", "ExportError", "export_outcomes"]


class ExportError(TepiError):
    """The export file could not be written."""


def export_outcomes(target: Path, outcomes: Sequence[Outcome], csv_source: Path | None = None) -> int:
    """Write ``outcomes`` to ``target`` (atomically); returns the number of data rows written."""
    source = read_csv(csv_source, ()) if csv_source is not None else None
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            count = write_outcomes(handle, outcomes, source)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Tepi could not write {target.name}: {exc.strerror or exc}.") from exc
    return count
