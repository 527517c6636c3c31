"""What every Tepi table shares: a flat list of plain rows under fixed headers, and one look.

Each model keeps a Python list of rows and answers ``data()`` from it; sorting
goes through a ``QSortFilterProxyModel`` reading ``SORT_ROLE``, so the views
sort numbers as numbers. Thumbnails arrive as ``QImage`` (made on a worker)
and become pixmaps here, lazily, only for rows that are painted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

__all__ = [
    "HEADER_STYLE",
    "SCORE_ROLE",
    "SORT_ROLE",
    "ColumnFitter",
    "Index",
    "RowTableModel",
    "bold",
    "header_alignment",
    "make_table",
    "on_open",
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
    """The table every panel and page uses: whole rows selected, no grid, alternating rows, no editing,
    one tab stop (arrow keys move inside it).

    ``stretch`` is the column that takes the free width; ``fit_width`` turns the sideways scroll
    bar off (narrow panels hide a column instead).
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows and Page keys move in it
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


CELL_PADDING = 16
"""Room around a cell's text (the style's margins on both sides, and a little air)."""


class ColumnFitter(QObject):
    """Keeps columns as wide as their header and their widest cell, and gives ``fill`` what is left.

    ``shares`` caps each fitted column at a share of the table's width (a long file name does not
    push the rest away); widths are measured as rows arrive, so a streaming table costs one text
    measure per new cell. ``fill`` never goes below ``fill_minimum``: when the window is too narrow
    for every column the table scrolls sideways. A column the person resizes keeps their width.
    """

    def __init__(
        self, table: QTableView, shares: Mapping[int, float], *, fill: int, fill_minimum: int = 120
    ) -> None:
        super().__init__(table)
        self.table, self.shares, self.fill, self.fill_minimum = table, dict(shares), fill, fill_minimum
        self.widest: dict[int, int] = {}
        self._chosen: set[int] = set()
        self._applying = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._on_header_section_resized)
        model = table.model()
        model.rowsInserted.connect(lambda _parent, first, last: self.measure(first, last))
        model.dataChanged.connect(lambda top, bottom, *_: self.measure(top.row(), bottom.row()))
        model.modelReset.connect(self.reset)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        self.reset()

    def reset(self) -> None:
        """Measure every row again (a new batch, a new page, another language's headers)."""
        self.widest = {column: 0 for column in self.shares}
        self.measure(0, self.table.model().rowCount() - 1)

    def measure(self, first: int, last: int) -> None:
        model = self.table.model()
        for column in self.shares:
            widest = self.widest.get(column, 0)
            for row in range(max(0, first), last + 1):
                widest = max(widest, self._cell_width(model.index(row, column)))
            self.widest[column] = widest
        self.apply()

    def _cell_width(self, index: QModelIndex) -> int:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else self.table.font())
        width = metrics.horizontalAdvance(str(text or "")) + CELL_PADDING
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(decoration, QPixmap | QImage):
            width += round(decoration.width() / max(1.0, decoration.devicePixelRatio())) + 6
        return width

    def apply(self) -> None:
        """Set the widths for the table's present width."""
        if self._applying:
            return
        self._applying = True
        try:
            header = self.table.horizontalHeader()
            available = self.table.viewport().width()
            used = 0
            for column in range(header.count()):
                if column == self.fill or self.table.isColumnHidden(column):
                    continue
                if column in self.shares and column not in self._chosen:
                    least = header.sectionSizeHint(column)
                    cap = max(least, round(available * self.shares[column]))
                    self.table.setColumnWidth(column, min(cap, max(least, self.widest.get(column, 0))))
                used += header.sectionSize(column)
            least = max(self.fill_minimum, header.sectionSizeHint(self.fill))
            self.table.setColumnWidth(self.fill, max(least, available - used))
        finally:
            self._applying = False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._applying and column != self.fill:
            self._chosen.add(column)  # the person dragged it: theirs now
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport outlives its table by a moment when a window closes: check it is still there.
        if event.type() == QEvent.Type.Resize and watched is self._viewport and shiboken6.isValid(self.table):
            self.apply()
        return super().eventFilter(watched, event)


def on_open(table: QTableView, slot: Callable[[QModelIndex], None]) -> None:
    """Call ``slot`` once when a row is opened: Enter, or a double-click (which some platforms report as
    ``activated``, some as ``doubleClicked`` only, and most as both)."""
    pending: list[QPersistentModelIndex] = []

    def opened(index: QModelIndex) -> None:
        if not pending:  # the second signal of the same double-click finds it pending
            pending.append(QPersistentModelIndex(index))
            QTimer.singleShot(0, lambda: slot(QModelIndex(pending.pop())))

    table.activated.connect(opened)
    table.doubleClicked.connect(opened)


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


def status_look(ok: bool, role: int, *, waiting: bool = False, unsure: bool = False) -> Any:
    """Green tick for a prediction, amber question and text for a "not sure" one, red cross and red text
    for a failure, a grey cloud for a queued input."""
    from desktop.ui.icons import icon
    from desktop.ui.theme import colors

    palette = colors()
    if waiting:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("cloud", palette.muted).pixmap(QSize(16, 16))
        return QBrush(palette.muted)
    if ok and unsure:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("help", palette.warn).pixmap(QSize(16, 16))
        return QBrush(palette.warn)
    color = palette.good if ok else palette.bad
    if role == Qt.ItemDataRole.DecorationRole:  # a pixmap keeps its 16 px (an icon would fill the row)
        return icon("success" if ok else "error", color).pixmap(QSize(16, 16))
    return None if ok else QBrush(color)


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
