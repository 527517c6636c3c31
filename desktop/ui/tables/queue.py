"""A Qt table model over the offline queue's items (``inference.offline.QueueItem``), oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop.text.errors import code_of, value_text
from desktop.text.formats import format_moment, format_when
from desktop.text.i18n import current_language
from desktop.ui.tables.base import Index, RowTableModel

__all__ = ["QueueModel"]

TIMEOUTS = ("remote.connect_timeout", "remote.read_timeout")


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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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

            from desktop.ui.theme import colors

            return colors(QPalette()).muted
        return None

    def _display(self, item: Any, column: int) -> str:
        if column == self.WHEN:
            return format_when(item.created)
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
        return str(item.reason_text(current_language()))

    def short_error(self, item: Any) -> str:
        """The error without the endpoint (the same on every row): "Unreachable: connection refused"."""
        if item.last_error is not None:
            code, params = code_of(item.last_error_code, item.last_error)
        else:
            code, params = code_of(item.reason_code, item.reason or "")
        if code == "remote.unreachable":
            return self.tr("Unreachable: %1").replace("%1", value_text(params.get("reason")))
        if code in TIMEOUTS:
            return self.tr("No answer within %1 s").replace("%1", _seconds(params.get("seconds")))
        return self.error_text(item)

    def _tooltip(self, item: Any, column: int) -> str | None:
        if column == self.INPUT:
            return item.input
        if column == self.MODEL:
            return item.model
        if column == self.ERROR:
            return self.error_text(item) or None
        if column == self.WHEN:
            return format_moment(item.created, long=True)
        return None


def _seconds(value: Any) -> str:
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value)
