"""The batch table's model: the rows of one batch, in arrival order (the view sorts through a proxy).

A row names its input as the person dropped it: a file inside a dropped folder by its path in that
folder (``nested/huge.jpg``), a CSV row by the file's own row number (``iris.csv · row 2``, the
header being row 1). The Status column gives a failure's reason without the name the row already
shows; the tooltip and the export keep the whole sentence.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPixmap

from desktop.engine.events import BatchRow
from desktop.signals import emit
from desktop.text.errors import fallback_text, outcome_text
from desktop.text.formats import format_ms, format_percent, plain_number
from desktop.text.i18n import current_language
from desktop.ui.tables.base import (
    SCORE_ROLE,
    SORT_ROLE,
    Index,
    RowTableModel,
    bold,
    status_look,
    thumbnail_pixmap,
)

__all__ = ["BatchModel"]


class BatchModel(RowTableModel):
    """The rows of one batch, in arrival order (the view sorts through a proxy)."""

    THUMB, INPUT, LABEL, SCORE, BACKEND, LATENCY, STATUS = range(7)
    NUMERIC_COLUMNS = (SCORE, LATENCY)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BatchRow] = []
        self.roots: tuple[str, ...] = ()
        """The folders the person dropped: a file inside one is named by its path in it."""
        self._pixmaps: dict[int, QPixmap] = {}
        self._headers = [
            "",
            self.tr("File"),
            self.tr("Label"),
            self.tr("Confidence"),
            self.tr("Answered by"),
            self.tr("Time (ms)"),
            self.tr("Status"),
        ]

    def clear(self, dropped: Sequence[str] = ()) -> None:
        """No rows; ``dropped`` are the paths the new batch came from (folders name their files)."""
        self.beginResetModel()
        self.rows = []
        self.roots = tuple(str(Path(p)) for p in dropped)
        self._pixmaps.clear()
        self.endResetModel()

    def append(self, rows: Sequence[BatchRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def complete_queued(self, item_id: int, input: str, row: int | None, outcome: Any) -> int:
        """Show the server's answer for an input that waited in the offline queue; returns rows changed.

        A row matches by its queue item id (``Queued.item_id``).
        """
        from inference.results import Queued

        changed = 0
        for position, batch_row in enumerate(self.rows):
            waiting = batch_row.outcome
            if isinstance(waiting, Queued) and waiting.item_id == item_id:
                self.rows[position] = replace(batch_row, outcome=outcome)
                changed += 1
                emit(self.dataChanged, self.index(position, 0), self.index(position, self.columnCount() - 1))
        return changed

    # -- Qt model interface ------------------------------------------------------------
    def row_list(self) -> list[BatchRow]:
        return self.rows

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.AccessibleTextRole:
            return self._headers[section] or self.tr("Picture")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.THUMB:
            return thumbnail_pixmap(self._pixmaps, row.index, row.thumbnail)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == SCORE_ROLE and column == self.SCORE:
            return getattr(row.outcome, "score", None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SCORE, self.LATENCY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.STATUS and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            return status_look(row.ok, role, waiting=row.queued, unsure=getattr(row.outcome, "unsure", False))
        if role == Qt.ItemDataRole.FontRole and column == self.LABEL and row.ok:
            return bold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) or (self.tr("Picture") if column == self.THUMB else "")
        return None

    def input_name(self, row: BatchRow) -> str:
        """The file as the person knows it, and for a CSV row the file's row (the header is row 1)."""
        from inference.text import file_row

        name = self.relative_name(row.outcome.input)
        if row.outcome.row is not None:
            number = str(file_row(row.outcome.row))
            return self.tr("%1 · row %2").replace("%1", name).replace("%2", number)
        return name

    def relative_name(self, path: str) -> str:
        """``nested/huge.jpg`` for a file found in a dropped folder; the file name otherwise."""
        for root in self.roots:
            if path.startswith(os.path.join(root, "")):  # no disk access: the GUI thread only compares
                return Path(os.path.relpath(path, root)).as_posix()
        return Path(path).name or path

    def _display(self, row: BatchRow, column: int) -> str | None:
        outcome = row.outcome
        ok = row.ok
        if column == self.INPUT:
            return self.input_name(row)
        if column == self.LABEL:
            return getattr(outcome, "label", "") if ok else "—"
        if column == self.SCORE:
            return format_percent(outcome.score) if ok else ""  # type: ignore[union-attr]
        if column == self.BACKEND:
            return outcome.backend if ok else ""  # type: ignore[union-attr]
        if column == self.LATENCY:
            return format_ms(outcome.latency_ms) if ok else ""  # type: ignore[union-attr]
        if column == self.STATUS:
            return self.status_text(row)
        return None

    def status_text(self, row: BatchRow) -> str:
        outcome = row.outcome
        if row.ok:
            if getattr(outcome, "unsure", False):
                return self.tr("Not sure")
            if getattr(outcome, "escalated", None) is not None:
                return self.tr("OK (server: local was unsure)")
            if getattr(outcome, "fallback_reason", None):
                return self.tr("OK (fallback)")
            return self.tr("OK")
        if row.queued:
            return self.tr("Queued")
        return str(outcome.reason(current_language()))  # type: ignore[union-attr]

    def sentence(self, row: BatchRow) -> str:
        """The whole sentence of a row that got no answer (its tooltip, its export)."""
        return outcome_text(row.outcome)

    def _sort_key(self, row: BatchRow, column: int) -> Any:
        outcome = row.outcome
        if column in (self.THUMB,):
            return row.index
        if column == self.SCORE:
            return getattr(outcome, "score", -1.0)
        if column == self.LATENCY:
            return getattr(outcome, "latency_ms", -1.0)
        if column == self.INPUT:
            from inference.predictor import natural_key

            return (natural_key(self.relative_name(outcome.input)), outcome.row or 0)
        return (self._display(row, column) or "").lower()

    def copy_text(self, row: BatchRow, column: int) -> str:
        """A cell as a spreadsheet reads it: confidence and time as plain numbers, failures in full."""
        outcome = row.outcome
        if column == self.SCORE:
            return plain_number(outcome.score * 100.0, 1) if row.ok else ""  # type: ignore[union-attr]
        if column == self.LATENCY:
            return plain_number(outcome.latency_ms, 2) if row.ok else ""  # type: ignore[union-attr]
        if column == self.STATUS and not row.ok and not row.queued:
            return self.sentence(row)
        return self._display(row, column) or ""

    def copy_header(self, column: int) -> str:
        return self.tr("Confidence (%)") if column == self.SCORE else self._headers[column]

    def _tooltip(self, row: BatchRow, column: int) -> str | None:
        outcome = row.outcome
        if column == self.INPUT:
            return outcome.input if outcome.row is None else self.input_name(row)
        if column == self.BACKEND and getattr(outcome, "fallback_reason", None):
            reason = fallback_text(outcome)
            return self.tr("Fallback: %1").replace("%1", reason)
        if column == self.STATUS:
            return self.status_text(row) if row.ok or row.queued else self.sentence(row)
        if column == self.LABEL and row.ok:
            others = ", ".join(f"{t.label} {format_percent(t.score)}" for t in outcome.top_k)  # type: ignore[union-attr]
            return others
        return None
