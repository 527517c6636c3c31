"""The History panel: search and filter past predictions, re-open, export, delete, clear.

A view only: it shows the ``HistoryPage`` it is handed (``show_page``) and
says what the person asked for through signals; ``HistoryController`` runs
the queries and edits on a worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QStackedLayout, QVBoxLayout, QWidget

from desktop.engine.history import HistoryPage
from desktop.settings.folders import FolderMemory
from desktop.signals import emit
from desktop.text.formats import plain_number, rows_as_tsv
from desktop.ui.confidence import ScoreDelegate
from desktop.ui.panels.footer import PanelFooter
from desktop.ui.panels.history_filters import HistoryFilters
from desktop.ui.tables.base import SORT_ROLE, ColumnFitter, make_table, on_open
from desktop.ui.tables.history import HistoryModel

__all__ = ["HistoryPanel"]


class HistoryPanel(QWidget):
    """Search, filters, the entry table and its actions."""

    query_changed = Signal()
    """The filters changed: the page must be read again (``filters.query()``)."""
    reopen_requested = Signal(object, object)
    """A ``HistoryEntry`` and its thumbnail ``QImage`` (or None)."""
    delete_requested = Signal(object)
    """The ids of the entries to delete."""
    clear_requested = Signal()
    """The person confirmed deleting the whole history."""
    export_requested = Signal(object)
    """The ``Path`` to write the entries shown to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_in_settings = True
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(self)
        self.folders = FolderMemory()
        """Where Export starts (the app gives the one kept in its settings)."""
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.page = HistoryPage([])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        self.filters = HistoryFilters(self)
        self.filters.changed.connect(lambda: emit(self.query_changed))
        self.search, self.label_filter = self.filters.search, self.filters.label_filter
        self.model_filter, self.date_filter = self.filters.model_filter, self.filters.date_filter
        self.status_filter = self.filters.status_filter
        layout.addWidget(self.filters)
        layout.addLayout(self._list(), 1)
        layout.addLayout(self._footer())
        self.find_action = QAction(self.tr("Search History"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(self.find_action)

    # -- building -----------------------------------------------------------------------
    def _list(self) -> QStackedLayout:
        self.table = make_table(
            self,
            self.proxy,
            self.tr("History entries"),
            row_height=42,
            stretch=HistoryModel.INPUT,
            widths={HistoryModel.THUMB: 44, HistoryModel.SCORE: 84},
            elide=Qt.TextElideMode.ElideMiddle,
        )
        model = HistoryModel
        shares = {model.LABEL: 0.3, model.WHEN: 0.3, model.MODEL: 0.3}
        self.fitter = ColumnFitter(self.table, shares, fill=model.INPUT, fill_minimum=110)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setIconSize(QSize(36, 36))
        self.table.setItemDelegateForColumn(HistoryModel.SCORE, ScoreDelegate(self.table))
        on_open(self.table, lambda _index: self.reopen_selected())  # Enter, and a double-click
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        self._stack.setCurrentWidget(self.empty)  # blank until the first page arrives
        return self._stack

    def _footer(self) -> PanelFooter:
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

    # -- showing ------------------------------------------------------------------------
    def show_page(self, page: HistoryPage) -> None:
        """Show ``page``, keeping the selection; its label and model lists when it carries them."""
        self.page = page
        selected = {e.id for e in self.selected_entries()}
        self.model.set_entries(page.entries, page.thumbnails)
        if page.labels is not None and page.models is not None:
            self.filters.set_choices(page.labels, page.models)
        for row in range(self.proxy.rowCount()):
            entry = self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if entry is not None and entry.id in selected:
                self.table.selectRow(row)
        self.update_state()

    def update_state(self) -> None:
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

    # -- what the person asks for -----------------------------------------------------------
    def selected_entries(self) -> list:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(i.row() for i in selection.selectedRows())
        return [
            e for r in rows if (e := self.model.entry(self.proxy.mapToSource(self.proxy.index(r, 0)).row()))
        ]

    def selected_as_tsv(self) -> str:
        """The selected entries as tab-separated text for the clipboard: numbers a spreadsheet reads
        as numbers, a CSV row as the file numbers it."""
        from inference.text import file_row

        rows = [
            [
                e.input,
                "" if e.row is None else str(file_row(e.row)),
                e.label or "",
                plain_number(e.score * 100.0, 1) if e.score is not None else "",
                e.model,
                e.error or "",
            ]
            for e in self.selected_entries()
        ]
        header = [
            self.tr("File"),
            self.tr("Row"),
            self.tr("Label"),
            self.tr("Confidence (%)"),
            self.tr("Model"),
            self.tr("Error"),
        ]
        return rows_as_tsv(header, rows)

    def reopen_selected(self) -> None:
        entries = self.selected_entries()
        if entries:
            entry = entries[0]
            emit(self.reopen_requested, entry, self.model.thumbnail(entry.id))

    def delete_selected(self) -> None:
        ids = [e.id for e in self.selected_entries()]
        if ids:
            emit(self.delete_requested, ids)

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
        box.finished.connect(
            lambda _result: emit(self.clear_requested) if box.clickedButton() is clear else None
        )
        box.open()
        return box

    def choose_export(self) -> None:
        import time

        stamp = time.strftime("%Y-%m-%d")
        name = self.tr("tepi-history-%1.csv").replace("%1", stamp)
        suggested = self.folders.suggest("history-export", name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export History"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.folders.remember("history-export", path)
            emit(self.export_requested, Path(path))
