"""History to CSV: written to a temporary file, then renamed, so a failed export leaves nothing half done."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from inference.errors import HistoryError
from inference.history.entries import HistoryEntry

__all__ = ["EXPORT_COLUMNS", "write_csv"]

EXPORT_COLUMNS = (
    "time",
    "input",
    "row",
    "input_sha256",
    "model",
    "model_sha256",
    "label",
    "score",
    "top_k",
    "backend",
    "fallback_reason",
    "latency_ms",
    "error",
)


def write_csv(path: str | Path, entries: Iterable[HistoryEntry]) -> int:
    """Write ``entries`` to a CSV file at ``path``; returns the row count."""
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    count = 0
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_COLUMNS)
            for entry in entries:
                writer.writerow(_export_row(entry))
                count += 1
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise HistoryError("file.unwritable", name=target.name, system_error=reason) from exc
    return count


def _export_row(entry: HistoryEntry) -> list[object]:
    return [
        entry.created_at.isoformat(timespec="seconds"),
        _safe_cell(entry.input),
        entry.row if entry.row is not None else "",
        entry.input_sha256 or "",
        entry.model,
        entry.model_sha256 or "",
        _safe_cell(entry.label or ""),
        f"{entry.score:.6f}" if entry.score is not None else "",
        ";".join(f"{t.label}:{t.score:.6f}" for t in entry.top_k),
        entry.backend or "",
        entry.fallback_reason or "",
        f"{entry.latency_ms:.3f}" if entry.latency_ms is not None else "",
        _safe_cell(entry.error or ""),
    ]


def _safe_cell(text: str) -> str:
    """Keep spreadsheets from running a file name or label as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
