"""The History panel: search and filter past predictions, re-open, export, delete, clear.

Every query, delete and export runs on the history worker through
``Engine.history_call``; the panel only shows pages of entries it is handed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.icons import icon
from desktop.models import SORT_ROLE, HistoryModel
from desktop.signals import emit
from desktop.widgets.batch_view import HEADER_STYLE
from desktop.widgets.confidence import ScoreDelegate
from desktop.widgets.panel_footer import PanelFooter

__all__ = ["HistoryPanel"]

PAGE = 1000


@dataclass
class _Page:
    entries: list
    thumbnails: dict[int, QImage] = field(default_factory=dict)
    total: int = 0
    all_entries: int = 0
    labels: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)


def _load_page(history, filters: dict) -> _Page:
    from inference.history import HistoryQuery

    query = HistoryQuery(**filters)
    entries = history.search(query)
    pngs = history.thumbnails([e.id for e in entries if e.has_thumbnail])
    thumbs = {entry_id: QImage.fromData(png) for entry_id, png in pngs.items()}
    return _Page(entries, thumbs, history.count(query), history.count(), history.labels(), history.models())


def _delete(history, ids: list[int]) -> int:
    return history.delete(ids)


def _clear(history) -> int:
    return history.clear()


def _export(history, path: Path, filters: dict) -> int:
    from inference.history import HistoryQuery

    return history.export_csv(path, HistoryQuery(**filters))


class HistoryPanel(QWidget):
    """Search, filters, the entry table and its actions."""

    reopen_requested = Signal(object, object)
    """A ``HistoryEntry`` and its thumbnail ``QImage`` (or None)."""
    notify = Signal(str, str)
    """Level and sentence, for the window's notification area."""
    failed = Signal(object)

    def __init__(self, engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.enabled_in_settings = True
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)
        self._pending.timeout.connect(self.refresh)
        self._loading = False
        self._again = False
        self.page = _Page([])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self._search_box())
        layout.addLayout(self._filters())
        layout.addLayout(self._list(), 1)
        layout.addLayout(self._footer())
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            self.search.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # -- building -----------------------------------------------------------------------
    def _search_box(self) -> QLineEdit:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search file names, labels, models"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.textChanged.connect(self.schedule_refresh)
        return self.search

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.label_filter = QComboBox(self)
        self.label_filter.setAccessibleName(self.tr("Filter by label"))
        self.model_filter = QComboBox(self)
        self.model_filter.setAccessibleName(self.tr("Filter by model"))
        self.date_filter = QComboBox(self)
        self.date_filter.setAccessibleName(self.tr("Filter by date"))
        for text, days in (
            (self.tr("Any time"), None),
            (self.tr("Today"), 0),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 12 months"), 365),
        ):
            self.date_filter.addItem(text, days)
        self._fill_combo(self.label_filter, self.tr("All labels"), [])
        self._fill_combo(self.model_filter, self.tr("All models"), [])
        for combo in (self.label_filter, self.model_filter, self.date_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.currentIndexChanged.connect(self.schedule_refresh)
            row.addWidget(combo, 1)
        return row

    def _list(self) -> QStackedLayout:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("History entries"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(36, 36))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.setItemDelegateForColumn(HistoryModel.SCORE, ScoreDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStyleSheet(HEADER_STYLE)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryModel.INPUT, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        widths = {HistoryModel.THUMB: 44, HistoryModel.LABEL: 64, HistoryModel.SCORE: 84,
                  HistoryModel.WHEN: 84, HistoryModel.MODEL: 96}  # fmt: skip
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.reopen_selected())
        self.table.activated.connect(lambda _index: self.reopen_selected())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        stack = QStackedLayout()
        stack.addWidget(self.table)
        stack.addWidget(self.empty)
        self._stack = stack
        stack.setCurrentWidget(self.empty)  # blank until the first page arrives
        return stack

    def _footer(self) -> QHBoxLayout:
        footer = PanelFooter(self, self.tr("History actions"))
        self.count_label, self.toolbar = footer.count_label, footer.toolbar
        self.reopen_action = footer.action(
            "reopen", self.tr("Open"), self.reopen_selected, self.tr("Show the selected entry"), "Return"
        )
        self.export_action = footer.action(
            "export",
            self.tr("Export…"),
            self.choose_export,
            self.tr("Save the entries shown as a CSV file"),
            "Ctrl+Shift+E",
        )
        self.delete_action = footer.action(
            "delete",
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the selected entries"),
            QKeySequence.StandardKey.Delete,
        )
        self.clear_action = footer.action(
            "clear",
            self.tr("Clear All…"),
            self.confirm_clear,
            self.tr("Delete the whole history"),
            "Ctrl+Shift+Del",
        )
        return footer

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value.replace("@", " "), value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the Model column when the panel is narrow, so nothing needs a sideways scroll."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.table.setColumnHidden(HistoryModel.MODEL, self.table.viewport().width() < 560)
        return super().eventFilter(watched, event)

    # -- querying -----------------------------------------------------------------------
    def query(self, *, limit: int | None = PAGE) -> dict:
        """The filters as ``HistoryQuery`` fields (built on the worker, which has the core loaded)."""
        days = self.date_filter.currentData()
        since = None
        if days is not None:
            start = QDateTime(QDate.currentDate().addDays(-int(days)), QTime(0, 0))
            since = float(start.toSecsSinceEpoch())
        return {
            "text": self.search.text(),
            "label": self.label_filter.currentData(),
            "model": self.model_filter.currentData(),
            "since": since,
            "limit": limit,
        }

    def stop(self) -> None:
        """No more queries (the window is closing)."""
        self._pending.stop()
        self._again = False

    def schedule_refresh(self) -> None:
        self._pending.start()

    def refresh(self) -> None:
        """Reload the page for the current filters (one query at a time)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.engine.history_call(_load_page, self.query(), on_result=self._on_page, on_error=self._on_error)

    def _on_page(self, page: _Page) -> None:
        self._loading = False
        self.page = page
        selected = {e.id for e in self.selected_entries()}
        self.model.set_entries(page.entries, page.thumbnails)
        self._fill_combo(self.label_filter, self.tr("All labels"), page.labels)
        self._fill_combo(self.model_filter, self.tr("All models"), page.models)
        for row in range(self.proxy.rowCount()):
            entry = self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if entry is not None and entry.id in selected:
                self.table.selectRow(row)
        self._update_state()
        if self._again:
            self._again = False
            self.refresh()

    def _on_error(self, exc: BaseException) -> None:
        self._loading = False
        emit(self.failed, exc)
        self._update_state()

    def _update_state(self) -> None:
        page = self.page
        shown = len(page.entries)
        if not self.enabled_in_settings and page.all_entries == 0:
            self.empty.setText(self.tr("History is off. Turn it on in Settings to keep your results here."))
        elif page.all_entries == 0:
            self.empty.setText(self.tr("No predictions yet.\nEvery result you get is kept here."))
        else:
            self.empty.setText(self.tr("Nothing matches these filters."))
        self._stack.setCurrentIndex(0 if shown else 1)
        if shown < page.total:
            text = (
                self.tr("Showing the newest %1 of %2")
                .replace("%1", QLocale().toString(shown))
                .replace("%2", QLocale().toString(page.total))
            )
        else:
            text = self.tr("%Ln entries", "", page.total)
        self.count_label.setText(text if page.all_entries else "")
        has_rows = shown > 0
        self.export_action.setEnabled(has_rows)
        self.clear_action.setEnabled(page.all_entries > 0)
        self.reopen_action.setEnabled(has_rows)
        self.delete_action.setEnabled(has_rows)

    # -- actions ------------------------------------------------------------------------
    def selected_entries(self) -> list:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(i.row() for i in selection.selectedRows())
        return [
            e for r in rows if (e := self.model.entry(self.proxy.mapToSource(self.proxy.index(r, 0)).row()))
        ]

    def reopen_selected(self) -> None:
        entries = self.selected_entries()
        if entries:
            entry = entries[0]
            emit(self.reopen_requested, entry, self.model.thumbnail(entry.id))

    def delete_selected(self) -> None:
        ids = [e.id for e in self.selected_entries()]
        if ids:
            self.engine.history_call(_delete, ids, on_result=self._on_deleted, on_error=self._on_error)

    def _on_deleted(self, count: int) -> None:
        emit(self.notify, "success", self.tr("Deleted %Ln entries.", "", count))
        self.refresh()

    def confirm_clear(self) -> QMessageBox:
        """Ask before deleting everything; the box is window-modal and does not block."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Clear History"),
            self.tr("Delete all %Ln entries of the history?", "", self.page.all_entries),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("This cannot be undone. Exported CSV files are not affected."))
        clear = box.addButton(self.tr("Clear History"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmClearHistory")

        def done() -> None:
            if box.clickedButton() is clear:
                self.clear_all()

        box.finished.connect(done)
        box.open()
        return box

    def clear_all(self) -> None:
        self.engine.history_call(_clear, on_result=self._on_cleared, on_error=self._on_error)

    def _on_cleared(self, count: int) -> None:
        emit(self.notify, "success", self.tr("The history is empty now."))
        self.refresh()

    def choose_export(self) -> None:
        stamp = time.strftime("%Y-%m-%d")
        suggested = str(Path.home() / self.tr("tepi-history-%1.csv").replace("%1", stamp))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export History"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.engine.history_call(
            _export,
            path,
            self.query(limit=None),
            on_result=lambda count: emit(
                self.notify,
                "success",
                self.tr("Saved %Ln entries to %1.", "", count).replace("%1", path.name),
            ),
            on_error=self._on_error,
        )
