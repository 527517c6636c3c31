"""A Qt table model over the offline queue's items (``inference.queue.QueueItem``), oldest first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.messages import network_reason, translate_sentence
from desktop.table_model import RowTableModel

__all__ = ["QueueModel"]

_Index = QModelIndex | QPersistentModelIndex
_UNREACHABLE = re.compile(r"The remote endpoint \S+ cannot be reached \((?P<reason>[^)]*)\)\.")
_SILENT = re.compile(
    r"The remote endpoint \S+ (?:did not answer|could not be reached) within (?P<seconds>[\d.]+) s\."
)


class QueueModel(RowTableModel):
    """One row per waiting input: when, what, which model, its state and tries, the last error."""

    WHEN, INPUT, MODEL, STATUS, ERROR = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self._headers = [
            self.tr("Queued"),
            self.tr("Input"),
            self.tr("Model"),
            self.tr("Status"),
            self.tr("Last error"),
        ]

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- Qt model interface ------------------------------------------------------------
    def row_list(self) -> list[Any]:
        return self.items

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ERROR:
            from PySide6.QtGui import QPalette

            from desktop.theme import colors

            return colors(QPalette()).muted
        return None

    def _display(self, item: Any, column: int) -> str:
        if column == self.WHEN:
            return _when(item.created)
        if column == self.INPUT:
            name = Path(item.input).name or item.input
            return (
                name
                if item.row is None
                else self.tr("%1 · row %2").replace("%1", name).replace("%2", str(item.row))
            )
        if column == self.MODEL:
            return Path(item.model).name or item.model
        if column == self.STATUS:
            return self.status_text(item)
        if column == self.ERROR:
            return self.short_error(item)
        return ""

    def status_text(self, item: Any) -> str:
        if item.state == "claimed":
            return self.tr("Sending…")
        if item.state == "done":
            return self.tr("Finishing…")
        if item.attempts:
            return self.tr("Waiting · tried %n time(s)", "", item.attempts)
        return self.tr("Waiting")

    @staticmethod
    def error_text(item: Any) -> str:
        """The last replay error, else why it was queued, in the person's language."""
        return translate_sentence(item.last_error or item.reason or "")

    def short_error(self, item: Any) -> str:
        """The error without the endpoint (the same on every row): "Unreachable: connection refused"."""
        sentence = item.last_error or item.reason or ""
        if match := _UNREACHABLE.fullmatch(sentence):
            return self.tr("Unreachable: %1").replace("%1", network_reason(match["reason"]))
        if match := _SILENT.fullmatch(sentence):
            return self.tr("No answer within %1 s").replace("%1", match["seconds"])
        return translate_sentence(sentence)

    def _tooltip(self, item: Any, column: int) -> str | None:
        if column == self.INPUT:
            return item.input
        if column == self.MODEL:
            return item.model
        if column == self.ERROR:
            return self.error_text(item) or None
        if column == self.WHEN:
            moment = QDateTime.fromSecsSinceEpoch(int(item.created))
            return QLocale().toString(moment, QLocale.FormatType.LongFormat)
        return None


def _when(created: float) -> str:
    """Today's items show the time, older ones the date and time (locale format)."""
    moment = QDateTime.fromSecsSinceEpoch(int(created))
    locale = QLocale()
    if moment.date() == QDateTime.currentDateTime().date():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)
