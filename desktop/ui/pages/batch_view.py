"""A batch of results: streaming table, progress with time left, Cancel, Export and Copy.

A row opens (double-click, Enter, or Open in its menu) as the full single result; a picture row's
menu also explains it. Columns are as wide as their contents (``ColumnFitter``), the Status column
takes what is left, and the table scrolls sideways when the window is too narrow for them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.events import BatchRow, JobFinished, JobStarted
from desktop.signals import emit, emitter
from desktop.ui.confidence import ScoreDelegate
from desktop.ui.icons import set_icon
from desktop.ui.tables.base import SORT_ROLE, ColumnFitter, make_table, on_open
from desktop.ui.tables.batch import BatchModel

__all__ = ["BatchView"]


class BatchView(QWidget):
    """The batch page: the rows of the current job as they arrive."""

    cancel_requested = Signal()
    export_requested = Signal()
    copy_requested = Signal()
    close_requested = Signal()
    open_requested = Signal(object)
    """A row to show as the full single result (its ``BatchRow``): a double-click, Enter, or Open in
    the row's menu."""
    explain_requested = Signal(object)
    """A picture row to show and explain on the result page (its ``BatchRow``): Explain in the row's
    menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Batch results"))
        self.model = BatchModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.job: JobStarted | None = None
        self.summary: JobFinished | None = None
        self._started = time.monotonic()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(self._header())
        self.table = self._table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._footer())

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.title = QLabel(self)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        row.addWidget(self.title)
        row.addStretch(1)
        self.progress_text = QLabel(self)
        self.progress_text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.progress_text)
        self.progress = QProgressBar(self)
        self.progress.setMinimumWidth(100)
        self.progress.setMaximumWidth(220)
        self.progress.setFixedHeight(10)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Batch progress"))
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        set_icon(self.cancel_button, "cancel")
        self.cancel_button.setToolTip(self.tr("Stop the batch; results so far are kept (Esc)"))
        self.cancel_button.clicked.connect(emitter(self.cancel_requested))
        row.addWidget(self.cancel_button)
        return row

    def _table(self) -> QTableView:
        table = make_table(
            self,
            self.proxy,
            self.tr("Results table"),
            row_height=46,
            stretch=BatchModel.STATUS,
            widths={BatchModel.THUMB: 52, BatchModel.SCORE: 100},
        )
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setIconSize(QSize(40, 40))
        table.setWordWrap(True)  # a long reason takes a second line in the Status cell, then ends in "…"
        table.setItemDelegateForColumn(BatchModel.SCORE, ScoreDelegate(table))
        table.horizontalHeader().setMinimumSectionSize(36)
        model = BatchModel
        shares = {model.INPUT: 0.4, model.LABEL: 0.25, model.BACKEND: 0.25, model.LATENCY: 0.2}
        self.fitter = ColumnFitter(table, shares, fill=BatchModel.STATUS, fill_minimum=120)
        on_open(table, self._on_table_activated)  # Enter, and a double-click
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_table_context_menu)
        return table

    def _row_at(self, index: QModelIndex) -> BatchRow | None:
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    @staticmethod
    def explainable(row: BatchRow | None) -> bool:
        """A picture that got an answer (not a CSV row, not a failure)."""
        return row is not None and row.ok and not row.queued and row.outcome.row is None

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self._row_at(index)
        if row is not None:
            emit(self.open_requested, row)

    def row_menu(self, index: QModelIndex) -> QMenu | None:
        """Open, Explain (a picture that got an answer) and Copy for the row at ``index``."""
        row = self._row_at(index)
        if row is None:
            return None
        menu = QMenu(self.table)
        menu.setObjectName("batchRowMenu")
        opened = menu.addAction(self.tr("Open"))
        set_icon(opened, "reopen")
        opened.triggered.connect(lambda: emit(self.open_requested, row))
        if self.explainable(row):
            explain = menu.addAction(self.tr("Explain"))
            set_icon(explain, "explain")
            explain.triggered.connect(lambda: emit(self.explain_requested, row))
        copy = menu.addAction(self.tr("Copy Rows"))
        set_icon(copy, "copy")
        copy.triggered.connect(emitter(self.copy_requested))
        return menu

    def _on_table_context_menu(self, point: QPoint) -> None:
        menu = self.row_menu(self.table.indexAt(point))
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(point))

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary_label = QLabel(self)
        row.addWidget(self.summary_label, 1)
        self.copy_button = QPushButton(self.tr("Copy Rows"), self)
        set_icon(self.copy_button, "copy")
        self.copy_button.setToolTip(
            self.tr("Copy the selected rows (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Copy).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.copy_button.clicked.connect(emitter(self.copy_requested))
        row.addWidget(self.copy_button)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        set_icon(self.export_button, "export")
        self.export_button.setToolTip(self.tr("Save these results as a CSV file (Ctrl+E)"))
        self.export_button.clicked.connect(emitter(self.export_requested))
        row.addWidget(self.export_button)
        return row

    # -- a job's life -----------------------------------------------------------------
    def start(self, job: JobStarted) -> None:
        self.job, self.summary = job, None
        self._started = time.monotonic()
        self.model.clear(job.inputs)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        tabular = job.csv_source is not None or all(Path(p).suffix.lower() == ".csv" for p in job.inputs)
        self.table.setColumnHidden(BatchModel.THUMB, tabular)
        self.table.verticalHeader().setDefaultSectionSize(30 if tabular else 46)
        self.title.setText(self._title(job))
        watching = job.kind == "watch"
        self.progress.setRange(0, 0 if watching else max(1, job.total))  # a watch has no end: busy
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._update_progress()

    def _title(self, job: JobStarted) -> str:
        if job.kind == "watch":
            return self.tr("Watching %1").replace("%1", job.inputs[0])
        names = [Path(p).name or p for p in job.inputs]
        if len(names) == 1:
            return names[0]
        return self.tr("%1 and %2 more").replace("%1", names[0]).replace("%2", str(len(names) - 1))

    def add_rows(self, rows: Sequence[BatchRow]) -> None:
        self.model.append(rows)
        if self.watching:
            self._update_progress()
            return
        if self.job is not None and len(self.model.rows) > self.progress.maximum():
            self.progress.setMaximum(len(self.model.rows))
        self.progress.setValue(len(self.model.rows))
        self._update_progress()

    def complete_queued(self, item_id: int, input: str, row: int | None, outcome: object) -> None:
        """A queued input finished on the server: its row shows the answer, the summary counts it."""
        if self.model.complete_queued(item_id, input, row, outcome):
            self._update_progress()

    def finish(self, summary: JobFinished) -> None:
        self.summary = summary
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_progress()

    def _update_progress(self) -> None:
        rows = self.model.rows
        done = len(rows)
        queued = sum(1 for r in rows if r.queued)
        failed = sum(1 for r in rows if not r.ok) - queued
        total = self.progress.maximum() if self.job else 0
        if self.summary is None and self.watching:
            self.progress_text.setText(self.tr("Watching · stop with Cancel"))
        elif self.summary is None:
            elapsed = time.monotonic() - self._started
            text = self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total))
            if done >= 3 and total > done:
                left = elapsed / done * (total - done)
                text += " · " + self._time_left(left)
            self.progress_text.setText(text)
        else:
            elapsed = self.summary.elapsed_s
            seconds = QLocale().toString(elapsed, "f", 1)
            if self.summary.cancelled:
                text = self.tr("Stopped after %1 s").replace("%1", seconds)
            else:
                text = self.tr("Finished in %1 s").replace("%1", seconds)
            if done >= 2 and elapsed > 0:  # the batch's throughput: one input says nothing of it
                rate = QLocale().toString(done / elapsed, "f", 1 if done / elapsed < 10 else 0)
                text += " · " + self.tr("%1 inputs/s").replace("%1", rate)
            self.progress_text.setText(text)
        parts = [self.tr("%1 predicted").replace("%1", str(done - failed - queued))]
        unsure = sum(1 for r in rows if r.ok and getattr(r.outcome, "unsure", False))
        if unsure:
            parts.append(self.tr("%1 not sure").replace("%1", str(unsure)))
        if failed:
            parts.append(self.tr("%1 could not be read").replace("%1", str(failed)))
        if queued:
            parts.append(self.tr("%1 waiting in the offline queue").replace("%1", str(queued)))
        self.summary_label.setText(" · ".join(parts) if done else self.tr("Waiting for the first result…"))
        self.export_button.setEnabled(done > 0)
        self.copy_button.setEnabled(done > 0)

    def _time_left(self, seconds: float) -> str:
        """``about 4 s left`` / ``about 2 min left`` for the progress line."""
        if seconds < 1.5:
            return self.tr("less than a second left")
        if seconds < 90:
            return self.tr("about %1 s left").replace("%1", str(round(seconds)))
        return self.tr("about %1 min left").replace("%1", str(round(seconds / 60)))

    @property
    def watching(self) -> bool:
        return self.job is not None and self.job.kind == "watch"

    @property
    def running(self) -> bool:
        return self.job is not None and self.summary is None

    def selected_rows(self) -> list[BatchRow]:
        """Selected rows in view order (all rows when none is selected)."""
        selection = self.table.selectionModel()
        indexes = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection else []
        if not indexes:
            return [
                self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())
            ]
        return [self.model.rows[self.proxy.mapToSource(i).row()] for i in indexes]
