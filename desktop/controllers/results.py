"""Results on screen: the engine's job events onto the pages, and Cancel, Close, Export and Copy.

One image becomes the result page, anything else the batch page; a finished
job says what failed or waits in the queue, and the status line goes back to
"Ready" (nothing else: no settings or menus are touched per prediction).
A batch row or a History entry opens as the full result (what was kept at
once, the picture and the model's input once the worker has read them
again); Close goes back to the batch it came from. Banners about a view go
when the view does: a single file that could not be read leaves the drop
zone with its sentence, not the previous picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QStackedWidget

from desktop.controllers.notifier import VIEW, Notifier, open_folder
from desktop.engine.engine import Engine
from desktop.engine.events import (
    BatchRow,
    JobFailed,
    JobFinished,
    JobStarted,
    ModelMismatch,
    PictureReady,
    RowsReady,
    SingleReady,
)
from desktop.settings.folders import FolderMemory
from desktop.signals import emit
from desktop.text.errors import coded_text, outcome_text
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
        self.folders = FolderMemory()
        """Where Export starts (the app gives the one kept in its settings)."""
        self.current_kind = ""
        self.opened: object | None = None
        """The result opened again (a batch row, a History entry) that the worker reads for us."""
        self.back_to_batch = False
        """Close goes back to the batch: the result shown is one of its rows."""
        engine.job_started.connect(self._on_engine_job_started)
        engine.single_ready.connect(self._on_engine_single_ready)
        engine.rows_ready.connect(self._on_engine_rows_ready)
        engine.job_finished.connect(self._on_engine_job_finished)
        engine.job_failed.connect(self._on_engine_job_failed)
        engine.picture_ready.connect(self._on_engine_picture_ready)
        engine.model_mismatch.connect(self._on_engine_model_mismatch)
        batch_view.open_requested.connect(self.open_row)
        batch_view.explain_requested.connect(lambda _row: setattr(self, "back_to_batch", True))
        pages.currentChanged.connect(self._on_pages_current_changed)

    # -- the engine's events -------------------------------------------------------------
    def _on_engine_job_started(self, job: JobStarted) -> None:
        if self.batch_view.watching and self.batch_view.running and self.current_job != job.job_id:
            self.engine.cancel(self.current_job)  # the table is the new job's now: the watch stops
        self.current_job, self.current_kind = job.job_id, job.kind
        if job.kind in ("batch", "watch"):
            self.notifier.leave_view()
            self.batch_view.start(job)
            self.pages.setCurrentWidget(self.batch_view)
            if job.skipped:
                images = self.engine.status is None or self.engine.status.is_image
                text = (
                    self.tr("Skipped %n file(s) that are not images.", "", job.skipped)
                    if images
                    else self.tr("Skipped %n file(s) that are not CSV files.", "", job.skipped)
                )
                self.notifier.notify("info", text, scope=VIEW)
            if job.total == 0 and job.kind == "batch":
                self.notifier.notify(
                    "warning", self.tr("There was nothing Tepi can predict in what you opened."), scope=VIEW
                )
        self.status.show_working()
        self.update_enabled()

    def _on_engine_single_ready(self, event: SingleReady) -> None:
        if event.job_id == self.current_job:  # a new result, not a row opened again
            self.opened, self.back_to_batch = None, False
        self.notifier.leave_view()
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
                    scope=VIEW,
                )
            if summary.queued:
                waiting = self.tr(
                    "%n input(s) wait in the offline queue and run when the endpoint is back.",
                    "",
                    summary.queued,
                )  # a literal, so the catalogues find it
                self.notifier.notify("info", waiting, scope=VIEW)
        self._restore_ready_status()

    def _on_engine_job_failed(self, event: JobFailed) -> None:
        from inference.errors import TepiError
        from inference.results import Failure

        if event.job_id == self.current_job and self.current_kind == "single":
            self.pages.setCurrentIndex(0)  # not above the previous picture: that answer is not this file's
            self.notifier.leave_view()
        self.notifier.error(event.error, scope=VIEW)
        if isinstance(event.error, TepiError):
            emit(self.shown, Failure.of("", None, event.error))
        else:
            emit(self.shown, Failure("", None, str(event.error), type(event.error).__name__))
        self._restore_ready_status()

    def _on_engine_model_mismatch(self, event: ModelMismatch) -> None:
        """Nothing was predicted: say why on the drop zone, and offer the bundled model that fits."""
        self.pages.setCurrentIndex(0)
        self.notifier.leave_view()
        sentence = coded_text({"code": event.code, "params": event.params}, event.code)
        actions = []
        if event.suggested:
            ref, paths = event.suggested, list(event.paths)
            label = self.tr("Switch to %1").replace("%1", ref)
            actions.append((label, lambda: self.switch_and_open(ref, paths)))
            sentence += " " + self.tr("Switch to %1?").replace("%1", ref)
        self.notifier.notify("warning", sentence, actions=actions, scope=VIEW)

    def switch_and_open(self, ref: str, paths: list[str]) -> None:
        """Open the model ``ref``, then predict ``paths`` with it (both queued on the worker, in order)."""
        self.engine.load_model(ref)
        self.engine.open_paths(paths)

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
        """Back to the batch a row was opened from, else to the drop zone."""
        if self.back_to_batch and self.batch_view.job is not None:
            self.pages.setCurrentWidget(self.batch_view)
        else:
            self.pages.setCurrentIndex(0)
        self.back_to_batch = False

    def open_row(self, row: BatchRow) -> None:
        """A batch row as the full result: what the table kept now, the picture once it is read again."""
        from inference.results import Prediction

        self._show_opened(row.outcome, row.thumbnail, "")
        self.back_to_batch = True
        if isinstance(row.outcome, Prediction):
            self.engine.open_result(row.outcome, row.entry_id, self.opened, live=True)

    def show_history_entry(self, entry, thumbnail) -> None:
        """A History entry as the full result: what was stored now, the picture if its file is still there."""
        when = format_moment(entry.created)
        outcome = entry.outcome()
        self._show_opened(outcome, thumbnail, self.tr("from the history, %1").replace("%1", when))
        self.back_to_batch = False
        if entry.ok:
            self.engine.open_result(outcome, entry.id, self.opened, live=False)

    def _show_opened(self, outcome, thumbnail, note: str) -> None:
        from inference.results import Prediction

        self.opened = object()
        self.notifier.leave_view()
        if isinstance(outcome, Prediction):
            self.result_view.show_prediction(outcome, thumbnail, note=note)
        else:
            self.result_view.show_failure(outcome, outcome_text(outcome), thumbnail, note)
        self.pages.setCurrentWidget(self.result_view)

    def _on_engine_picture_ready(self, ready: PictureReady) -> None:
        if ready.key is not self.opened or self.pages.currentWidget() is not self.result_view:
            return  # something else is shown by now
        view = self.result_view
        if ready.values:
            view.show_values(ready.values)
        elif ready.state == "shown":
            view.show_picture(ready.picture, ready.model_input, ready.original_size, same_picture=True)
        kept = {
            "gone": self.tr("The file is gone; this is what was kept."),
            "changed": self.tr("The file has changed since; this is what was kept."),
            "unreadable": self.tr("The file cannot be read now; this is what was kept."),
        }.get(ready.state)
        if kept:
            view.set_note(" · ".join(part for part in (view.note, kept) if part))

    def _on_pages_current_changed(self, _index: int) -> None:
        self.notifier.leave_view()
        self.update_enabled()

    def choose_export(self) -> None:
        if not self.batch_view.model.rows:
            return
        suggested = self.folders.suggest("export", export_name(self.batch_view.job))
        path, _ = QFileDialog.getSaveFileName(
            self.pages, self.tr("Export Results"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.folders.remember("export", path)
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
        header = [model.copy_header(c) for c in columns]
        rows = [[model.copy_text(row, c) for c in columns] for row in self.batch_view.selected_rows()]
        QGuiApplication.clipboard().setText(rows_as_tsv(header, rows))
        self.status.setText(self.tr("Copied %n row(s).", "", len(rows)))

    def update_enabled(self) -> None:
        a, current = self.actions, self.pages.currentWidget()
        a.cancel.setEnabled(self.batch_view.running or self.engine.busy)
        a.export.setEnabled(current is self.batch_view and bool(self.batch_view.model.rows))
        a.close_result.setEnabled(self.pages.currentIndex() != 0)


def export_name(job: JobStarted | None) -> str:
    """The export's proposed name, from what was dropped: ``meter-photos-results.csv`` for the folder
    ``meter-photos``, ``flowers-results.csv`` for ``flowers.csv``; ``tepi-results.csv`` for a mix."""
    if job is None:
        return "tepi-results.csv"
    if job.csv_source is not None:
        return f"{job.csv_source.stem}-results.csv"
    if len(job.inputs) == 1:
        dropped = Path(job.inputs[0])
        return f"{(dropped.name if dropped.is_dir() else dropped.stem) or 'tepi'}-results.csv"
    parents = {Path(p).parent for p in job.inputs}
    if len(parents) == 1 and (name := parents.pop().name):
        return f"{name}-results.csv"  # several files from one folder: the folder's name
    return "tepi-results.csv"
