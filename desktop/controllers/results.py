"""Results on screen: the engine's job events onto the pages, and Cancel, Close, Export and Copy.

One image becomes the result page, anything else the batch page; a finished
job says what failed or waits in the queue, and the status line goes back to
"Ready" (nothing else: no settings or menus are touched per prediction).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QStackedWidget

from desktop.controllers.notifier import Notifier, open_folder
from desktop.engine.engine import Engine
from desktop.engine.events import JobFailed, JobFinished, JobStarted, RowsReady, SingleReady
from desktop.signals import emit
from desktop.text.errors import outcome_text
from desktop.text.formats import format_moment, rows_as_tsv
from desktop.ui.actions import Actions
from desktop.ui.pages.batch_view import BatchView
from desktop.ui.pages.result_view import ResultView
from desktop.ui.panels.history_panel import HistoryPanel
from desktop.ui.status_line import StatusLine

__all__ = ["ResultsController"]


class ResultsController(QObject):
    """Drives the result and batch pages, the status line while a job runs, and the result actions."""

    shown = Signal(object)
    """Every outcome shown (a ``Prediction`` or ``Failure``), for the self-test."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        pages: QStackedWidget,
        result_view: ResultView,
        batch_view: BatchView,
        history_panel: HistoryPanel,
        status: StatusLine,
        actions: Actions,
    ) -> None:
        super().__init__(pages)
        self.engine, self.notifier, self.pages = engine, notifier, pages
        self.result_view, self.batch_view, self.history_panel = result_view, batch_view, history_panel
        self.status, self.actions = status, actions
        self.current_job: int | None = None
        engine.job_started.connect(self._on_engine_job_started)
        engine.single_ready.connect(self._on_engine_single_ready)
        engine.rows_ready.connect(self._on_engine_rows_ready)
        engine.job_finished.connect(self._on_engine_job_finished)
        engine.job_failed.connect(self._on_engine_job_failed)
        pages.currentChanged.connect(lambda _index: self.update_enabled())

    # -- the engine's events -------------------------------------------------------------
    def _on_engine_job_started(self, job: JobStarted) -> None:
        if self.batch_view.watching and self.batch_view.running and self.current_job != job.job_id:
            self.engine.cancel(self.current_job)  # the table is the new job's now: the watch stops
        self.current_job = job.job_id
        if job.kind in ("batch", "watch"):
            self.batch_view.start(job)
            self.pages.setCurrentWidget(self.batch_view)
            if job.skipped:
                images = self.engine.status is None or self.engine.status.is_image
                text = (
                    self.tr("Skipped %n file(s) that are not images.", "", job.skipped)
                    if images
                    else self.tr("Skipped %n file(s) that are not CSV files.", "", job.skipped)
                )
                self.notifier.notify("info", text)
            if job.total == 0 and job.kind == "batch":
                self.notifier.notify(
                    "warning", self.tr("There was nothing Tepi can predict in what you opened.")
                )
        self.status.show_working()
        self.update_enabled()

    def _on_engine_single_ready(self, event: SingleReady) -> None:
        self.result_view.show_prediction(
            event.prediction, event.preview, event.model_input, event.original_size
        )
        self.pages.setCurrentWidget(self.result_view)
        emit(self.shown, event.prediction)

    def _on_engine_rows_ready(self, event: RowsReady) -> None:
        if event.job_id != self.current_job:
            return
        self.batch_view.add_rows(event.rows)
        self.update_enabled()
        for row in event.rows:
            emit(self.shown, row.outcome)

    def _on_engine_job_finished(self, summary: JobFinished) -> None:
        if summary.kind in ("batch", "watch") and summary.job_id == self.current_job:
            self.batch_view.finish(summary)
            if summary.failed:
                total = summary.done + summary.failed + summary.queued
                self.notifier.notify(
                    "warning",
                    self.tr(
                        "%1 of %n input(s) could not be predicted; the Status column says why.", "", total
                    ).replace("%1", str(summary.failed)),
                )
            if summary.queued:
                waiting = "%n input(s) wait in the offline queue and run when the endpoint is back."
                self.notifier.notify("info", self.tr(waiting, "", summary.queued))
        self._restore_ready_status()

    def _on_engine_job_failed(self, event: JobFailed) -> None:
        from inference.errors import TepiError
        from inference.results import Failure

        self.notifier.error(event.error)
        if isinstance(event.error, TepiError):
            emit(self.shown, Failure.of("", None, event.error))
        else:
            emit(self.shown, Failure("", None, str(event.error), type(event.error).__name__))
        self._restore_ready_status()

    def _restore_ready_status(self) -> None:
        if not self.engine.busy and not self.engine.loading and self.engine.status is not None:
            self.status.show_ready(self.engine.status)
        self.update_enabled()

    # -- actions -----------------------------------------------------------------------
    def cancel(self) -> None:
        if self.batch_view.running or self.engine.busy:  # a single remote prediction can be stopped too
            self.engine.cancel(self.current_job)
            self.status.setText(self.tr("Stopping…"))

    def close_result(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_history_entry(self, entry, thumbnail) -> None:
        """A History entry on the result page (a failed one as its sentence)."""
        if not entry.ok:
            self.notifier.notify("error", outcome_text(entry.outcome()))
            return
        when = format_moment(entry.created)
        note = self.tr("from the history, %1").replace("%1", when)
        self.result_view.show_prediction(entry.outcome(), thumbnail, note=note)
        self.pages.setCurrentWidget(self.result_view)

    def choose_export(self) -> None:
        if not self.batch_view.model.rows:
            return
        job = self.batch_view.job
        base = job.csv_source.stem + "-predictions" if job and job.csv_source else "tepi-results"
        suggested = str(Path.home() / f"{base}-{time.strftime('%Y-%m-%d')}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self.pages, self.tr("Export Results"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the current batch to ``path`` on the I/O worker; a notification says when it is done."""
        from desktop.engine.export import export_outcomes

        outcomes = [row.outcome for row in self.batch_view.model.rows]
        source = self.batch_view.job.csv_source if self.batch_view.job else None

        def done(count: int) -> None:
            text = self.tr("Saved %n row(s) to %1.", "", count).replace("%1", path.name)
            self.notifier.notify(
                "success", text, actions=[(self.tr("Show in Folder"), lambda: open_folder(path.parent))]
            )

        self.engine.run(export_outcomes, path, outcomes, source, on_result=done, on_error=self.notifier.error)

    def copy(self) -> None:
        """Copy what has the focus: History entries, batch rows, or the result shown."""
        if QApplication.focusWidget() is self.history_panel.table:
            QGuiApplication.clipboard().setText(self.history_panel.selected_as_tsv())
        elif self.pages.currentWidget() is self.batch_view:
            self.copy_batch_rows()
        elif self.pages.currentWidget() is self.result_view:
            view = self.result_view
            QGuiApplication.clipboard().setText(
                f"{view.title.text()}\t{view.label.toolTip()}\t{view.confidence.text()}\n"
            )

    def copy_batch_rows(self) -> None:
        model = self.batch_view.model
        columns = range(1, model.columnCount())
        header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
        rows = [[model._display(row, c) or "" for c in columns] for row in self.batch_view.selected_rows()]
        QGuiApplication.clipboard().setText(rows_as_tsv(header, rows))
        self.status.setText(self.tr("Copied %n row(s).", "", len(rows)))

    def update_enabled(self) -> None:
        a, current = self.actions, self.pages.currentWidget()
        a.cancel.setEnabled(self.batch_view.running or self.engine.busy)
        a.export.setEnabled(current is self.batch_view and bool(self.batch_view.model.rows))
        a.close_result.setEnabled(self.pages.currentIndex() != 0)
