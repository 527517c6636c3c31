"""What every Tepi table shares: a flat list of plain rows under fixed headers, and one look.

Each model keeps a Python list of rows and answers ``data()`` from it; sorting
goes through a ``QSortFilterProxyModel`` reading ``SORT_ROLE``, so the views
sort numbers as numbers. Thumbnails arrive as ``QImage`` (made on a worker)
and become pixmaps here, lazily, only for rows that are painted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

__all__ = [
    "HEADER_STYLE",
    "SCORE_ROLE",
    "SORT_ROLE",
    "Index",
    "RowTableModel",
    "bold",
    "header_alignment",
    "make_table",
    "status_look",
    "thumbnail_pixmap",
]

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The confidence as a float 0..1, for the bar delegate."""
THUMB_SIDE = 40
HEADER_STYLE = "QHeaderView::section { padding-left: 6px; padding-right: 8px; }"
"""Room between a right-aligned (numeric) header and the left-aligned one after it."""


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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.row_list())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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


def make_table(
    parent: QWidget,
    model: QAbstractItemModel,
    name: str,
    *,
    row_height: int,
    stretch: int,
    widths: Mapping[int, int] | None = None,
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    fit_width: bool = False,
) -> QTableView:
    """The table every panel and page uses: whole rows selected, no grid, alternating rows, no editing.

    ``stretch`` is the column that takes the free width; ``fit_width`` turns the sideways scroll
    bar off (narrow panels hide a column instead).
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(elide)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    if fit_width:
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStyleSheet(HEADER_STYLE)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return table


def thumbnail_pixmap(cache: dict[int, QPixmap], key: int, image: QImage | None) -> QPixmap | None:
    """``image`` scaled for a table cell, made once per row and kept in ``cache``."""
    if image is None or image.isNull():
        return None
    if key not in cache:
        cache[key] = QPixmap.fromImage(image).scaled(
            THUMB_SIDE,
            THUMB_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return cache[key]


def status_look(ok: bool, role: int, *, waiting: bool = False) -> Any:
    """Green tick for a prediction, red cross and red text for a failure, a grey cloud for a queued input."""
    from desktop.ui.icons import icon
    from desktop.ui.theme import colors

    palette = colors()
    if waiting:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("cloud", palette.muted).pixmap(QSize(16, 16))
        return QBrush(palette.muted)
    color = palette.good if ok else palette.bad
    if role == Qt.ItemDataRole.DecorationRole:  # a pixmap keeps its 16 px (an icon would fill the row)
        return icon("success" if ok else "error", color).pixmap(QSize(16, 16))
    return None if ok else QBrush(color)


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
