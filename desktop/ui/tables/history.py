"""The History panel's model: a page of history entries (newest first) with their thumbnails."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap

from desktop.text.errors import outcome_text
from desktop.text.formats import format_percent, format_when
from desktop.ui.tables.base import (
    SCORE_ROLE,
    SORT_ROLE,
    Index,
    RowTableModel,
    bold,
    status_look,
    thumbnail_pixmap,
)

__all__ = ["HistoryModel"]


class HistoryModel(RowTableModel):
    """A page of history entries (newest first) with their thumbnails."""

    THUMB, LABEL, SCORE, INPUT, WHEN, MODEL = range(6)
    NUMERIC_COLUMNS = (SCORE,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []
        self._thumbs: dict[int, QImage] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        self._headers = [
            "",
            self.tr("Label"),
            self.tr("Confidence"),
            self.tr("File"),
            self.tr("When"),
            self.tr("Model"),
        ]

    def set_entries(self, entries: Sequence[Any], thumbnails: dict[int, QImage]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._thumbs = dict(thumbnails)
        self._pixmaps.clear()
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def thumbnail(self, entry_id: int) -> QImage | None:
        return self._thumbs.get(entry_id)

    def row_list(self) -> list[Any]:
        return self.entries

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.THUMB:
            return thumbnail_pixmap(self._pixmaps, entry.id, self._thumbs.get(entry.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SORT_ROLE:
            return entry.created if column == self.WHEN else self._display(entry, column)
        if role == SCORE_ROLE and column == self.SCORE:
            return entry.score if entry.ok else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.INPUT:
                return entry.input
            if not entry.ok:
                return outcome_text(entry.outcome())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LABEL and (entry.unsure or not entry.ok):
            return status_look(entry.ok, role, unsure=entry.unsure)
        if role == Qt.ItemDataRole.FontRole and column == self.LABEL:
            return bold()
        return None

    def _display(self, entry: Any, column: int) -> str:
        if column == self.WHEN:
            return format_when(entry.created)
        if column == self.LABEL:
            return entry.label if entry.ok else self.tr("Error")
        if column == self.SCORE:
            return format_percent(entry.score) if entry.ok and entry.score is not None else ""
        if column == self.INPUT:
            from inference.text import file_row

            name = Path(entry.input).name or entry.input
            if entry.row is None:
                return name
            return self.tr("%1 · row %2").replace("%1", name).replace("%2", str(file_row(entry.row)))
        if column == self.MODEL:
            return entry.model.replace("@", " ")
        return ""
