"""The History panel's behaviour: its queries and edits run on the engine's I/O worker.

The page is read again only when something changed: the filters, an edit,
or a job that recorded outcomes. The label and model lists are read again
only when they may have changed (a new label or model, a delete); an
unfiltered page that holds every entry needs no count.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from desktop.controllers.notifier import Notifier
from desktop.engine import history as jobs
from desktop.engine.engine import Engine
from desktop.engine.events import JobFailed, JobFinished, RowsReady
from desktop.engine.history import HistoryPage
from desktop.ui.panels.history_panel import HistoryPanel

__all__ = ["HistoryController"]


class HistoryController(QObject):
    """Keeps one ``HistoryPanel`` showing the history for its filters."""

    def __init__(self, engine: Engine, notifier: Notifier, panel: HistoryPanel) -> None:
        super().__init__(panel)
        self.engine, self.notifier, self.panel = engine, notifier, panel
        self._loading = self._again = False
        self._facets = True
        """The next read also reads the label and model lists."""
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)
        self._pending.timeout.connect(self.refresh)
        panel.query_changed.connect(self.refresh)
        panel.delete_requested.connect(self.delete)
        panel.clear_requested.connect(self.clear)
        panel.export_requested.connect(self.export_to)
        engine.job_finished.connect(self._on_engine_job_done)
        engine.job_failed.connect(self._on_engine_job_done)
        self._watches: set[int] = set()
        """Watch jobs: they record as rows arrive and finish only when stopped, so rows refresh the panel."""
        engine.job_started.connect(lambda job: job.kind == "watch" and self._watches.add(job.job_id))
        engine.rows_ready.connect(self._on_engine_rows_ready)
        engine.history_failed.connect(lambda event: notifier.error(event.error))

    @property
    def page(self) -> HistoryPage:
        return self.panel.page

    def set_enabled(self, enabled: bool) -> None:
        """History on or off in the settings (the empty panel says which)."""
        self.panel.enabled_in_settings = enabled

    # -- reading ----------------------------------------------------------------------------
    def refresh(self, *, facets: bool = False) -> None:
        """Read the page for the current filters again (one read at a time)."""
        self._facets = self._facets or facets
        if self._loading:
            self._again = True
            return
        self._loading, facets, self._facets = True, self._facets, False
        self.engine.run(
            jobs.load_page,
            self.engine.history,
            self.panel.filters.query(),
            facets,
            on_result=self._on_page,
            on_error=self._on_error,
        )

    def _on_engine_rows_ready(self, event: RowsReady) -> None:
        if event.job_id in self._watches:
            self._facets = True
            self._pending.start()

    def _on_engine_job_done(self, event: JobFinished | JobFailed) -> None:
        self._watches.discard(event.job_id)
        if not getattr(event, "recorded", 0):
            return  # nothing new in the history: no query at all
        labels, models = self.panel.filters.choices()
        status = self.engine.status
        new_labels = getattr(event, "recorded_labels", frozenset()) - set(labels)
        self._facets = (
            self._facets or bool(new_labels) or (status is not None and status.model_ref not in models)
        )
        self._pending.start()

    def _on_page(self, page: HistoryPage) -> None:
        self._loading = False
        self.panel.show_page(page)
        if self._again:
            self._again = False
            self.refresh()

    def _on_error(self, exc: BaseException) -> None:
        self._loading = False
        self.notifier.error(exc)
        self.panel.update_state()

    # -- editing ----------------------------------------------------------------------------
    def delete(self, ids: list[int]) -> None:
        self.engine.run(
            jobs.delete, self.engine.history, list(ids), on_result=self._on_deleted, on_error=self._on_error
        )

    def _on_deleted(self, count: int) -> None:
        self.notifier.notify("success", self.tr("Deleted %Ln entries.", "", count))
        self.refresh(facets=True)

    def clear(self) -> None:
        self.engine.run(jobs.clear, self.engine.history, on_result=self._on_cleared, on_error=self._on_error)

    def _on_cleared(self, _count: int) -> None:
        self.notifier.notify("success", self.tr("The history is empty now."))
        self.refresh(facets=True)

    def export_to(self, path: Path) -> None:
        def done(count: int) -> None:
            self.notifier.notify(
                "success", self.tr("Saved %Ln entries to %1.", "", count).replace("%1", path.name)
            )

        filters = self.panel.filters.query(limit=None)
        self.engine.run(
            jobs.export, self.engine.history, path, filters, on_result=done, on_error=self._on_error
        )

    def prune(self, days: int) -> None:
        """Delete entries older than ``days`` (the retention setting), then show what is left."""
        self.engine.run(jobs.prune, self.engine.history, days, on_error=self._on_error)

    def stop(self) -> None:
        """No more queries (the window is closing)."""
        self._pending.stop()
        self.panel.filters.stop()
        self._again = False
