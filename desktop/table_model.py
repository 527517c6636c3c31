"""The part every Tepi table shares: a flat list of plain rows under fixed headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

__all__ = ["RowTableModel", "header_alignment"]

_Index = QModelIndex | QPersistentModelIndex


def header_alignment(numeric: bool) -> int:
    side = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel):
    """Row and column counts and header labels; subclasses name their rows and headers."""

    NUMERIC_COLUMNS: tuple[int, ...] = ()
    """Columns whose headers align right, over their numbers."""
    _headers: list[str]

    def row_list(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_list())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return header_alignment(section in self.NUMERIC_COLUMNS)
        return None
