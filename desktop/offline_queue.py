"""The offline queue in the window: the replayer in the background, the count, the Queue panel.

Inputs that only the remote endpoint could run wait in ``inference.queue``'s
durable queue while it is unreachable (the inference worker puts them there).
Here a ``Replayer.run_forever`` loop runs on its own worker (``tepi-replay``):
it probes the endpoint with backoff, sends what waits, and records each
completed item into history exactly once through ``HistorySink``. When the
endpoint refuses (a wrong token, a model it does not serve), the replayer's
report says so and the panel shows it as the reason the queue is paused. Listing,
discarding and clearing run on the ``tepi-remote`` worker. The GUI hears back
only through signals; on close the loop is told to stop, woken and joined.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import queue_jobs
from desktop.queue_jobs import QueueHandle
from desktop.signals import emit
from desktop.workers import SerialWorker

if TYPE_CHECKING:
    from desktop.jobs import JobSummary
    from desktop.main_window import MainWindow
    from desktop.remote import RemoteController

__all__ = ["QueueController"]

logger = logging.getLogger(__name__)
REFRESH_MS = 10_000
"""How often the list is read again (another Tepi process may have queued or replayed items)."""
IDLE_S = 5.0
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 60.0
"""Backoff between probes of an endpoint that does not answer (Retry now skips the wait)."""


class QueueController(QObject):
    """Runs the replayer and keeps the panel and the status-bar count up to date."""

    items_changed = Signal(object)
    """The list of ``QueueItem`` waiting, oldest first."""
    _reported = Signal(object)
    """A ``ReplayReport`` from the replay thread."""
    _completed = Signal(object)
    """``(item id, input, row, outcome)`` for each queued input the replay thread finished."""

    def __init__(self, window: MainWindow, remote: RemoteController) -> None:
        from desktop.widgets.queue_panel import QueuePanel, QueueStatusButton

        super().__init__(window)
        self.window = window
        self.remote = remote
        self.handle = QueueHandle()
        self.items: list[Any] = []
        self.last_stop: str | None = None
        """Why the last replay stopped early (an endpoint-wide sentence), None when it drained."""
        self.last_error: Any = None
        """The ``TepiError`` behind ``last_stop`` (a ``RemoteAuthError`` for refused credentials)."""
        self._replay = SerialWorker("tepi-replay", self)
        self._stop = threading.Event()
        self._replayers: list[Any] = []
        self._started = False
        self._closed = False
        self._loading = self._again = False
        self._reported.connect(self._on_replay_reported)
        self._completed.connect(self._on_replay_completed)
        self.panel = QueuePanel(self, window)
        self.dock = window.add_panel(self.panel, self.tr("Offline Queue"), "queueDock", self.panel.toggle)
        window.actions.view_menu.addAction(self.panel.toggle)
        window.addAction(self.panel.toggle)
        state = _saved_state(window, "queueDock")
        if state is not None:  # the layout was saved with this panel: restore it now that it exists
            window.restoreState(state)
        else:  # first start: a tab behind the History
            window.tabifyDockWidget(window.history_dock, self.dock)
            window.history_dock.raise_()
        self.status_button = QueueStatusButton(window)
        self.status_button.clicked.connect(self.show_panel)
        window.add_status_widget(self.status_button)
        window.engine.job_finished.connect(self._on_engine_job_finished)
        window.engine.job_failed.connect(self._on_engine_job_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.refresh()

    @property
    def refused(self) -> bool:
        """True while the queue is paused because the server refused the credentials."""
        from inference.errors import RemoteAuthError

        return isinstance(self.last_error, RemoteAuthError)

    # -- the replayer -----------------------------------------------------------------------------
    def _ensure_started(self) -> None:
        """Start the replay loop the first time something waits (no idle thread for local-only use)."""
        if not self._started:
            self._started = True
            self._start()

    def _start(self) -> None:
        if self._closed:
            return
        stop = self._stop
        self._replay.submit(
            queue_jobs.replay_forever,
            self.handle,
            self.window.engine.history,
            stop,
            self.remote.tokens,
            lambda: self.window.settings.history_enabled,
            self._replayers,
            lambda report: emit(self._reported, report),
            (IDLE_S, FIRST_DELAY_S, MAX_DELAY_S),
            lambda item, outcome: emit(self._completed, (item.id, item.input, item.row, outcome)),
            on_error=self._on_replay_failed,
        )

    def restart(self) -> None:
        """Start a fresh replayer (new settings or token); the old one finishes what it sends first."""
        if self._closed or not self._started:
            return
        self._stop.set()
        self._wake_all()
        self._stop = threading.Event()
        self._start()

    def retry_now(self) -> None:
        """Probe the endpoint now instead of waiting out the backoff."""
        self.last_stop = self.last_error = None
        if not self._started:
            self._ensure_started()
        elif not self._replay.busy:  # the loop ended (an error): start it again
            self._start()
        self._wake_all()
        self.panel.set_trying()

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def _wake_all(self) -> None:
        for replayer in list(self._replayers):
            replayer.wake()

    def _on_replay_reported(self, report: Any) -> None:
        if self._closed:
            return
        done = report.completed - report.failed
        if done:
            self.window.notifications.notify(
                "success", self.tr("%n queued input(s) finished on the server.", "", done)
            )
        if report.failed:
            self.window.notifications.notify(
                "warning",
                self.tr(
                    "%n queued input(s) could not be predicted; the History says why.", "", report.failed
                ),
            )
        self.last_stop = None if report.unreachable or report.busy else report.stopped
        self.last_error = report.error if self.last_stop else None
        if report.completed:
            self.window.history_panel.schedule_refresh()
        self.refresh()

    def _on_replay_completed(self, done: tuple[int, str, int | None, Any]) -> None:
        """A queued input finished on the server: the batch table, if it shows it, shows the answer."""
        if not self._closed:
            self.window.batch_view.complete_queued(*done)

    def _on_replay_failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.window.notify_error(exc, prefix=self.tr("The offline queue stopped sending."))

    # -- listing and editing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (one read at a time)."""
        if self._closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.remote.submit(
            queue_jobs.items, self.handle, on_result=self._on_items, on_error=self._on_items_error
        )

    def _on_items(self, items: list[Any]) -> None:
        self._loading = False
        if self._closed:
            return
        fresh = items and not self.items
        self.items = items
        if not items:
            self.last_stop = self.last_error = None
        elif fresh:
            self._ensure_started()
        self.status_button.set_count(len(items))
        emit(self.items_changed, items)
        if self._again:
            self._again = False
            self.refresh()

    def _on_items_error(self, exc: BaseException) -> None:
        self._loading = False
        if not self._closed:
            self.window.notify_error(exc)

    def discard(self, ids: list[int], on_done: Callable[[int, int], None] | None = None) -> None:
        """Remove waiting items; ``on_done(discarded, kept)`` (kept: being sent right now)."""

        def done(discarded: int) -> None:
            if on_done is not None:
                on_done(discarded, len(ids) - discarded)
            self.refresh()

        self.remote.submit(
            queue_jobs.discard, self.handle, list(ids), on_result=done, on_error=self._on_items_error
        )

    def clear(self, on_done: Callable[[int], None] | None = None) -> None:
        def done(count: int) -> None:
            if on_done is not None:
                on_done(count)
            self.refresh()

        self.remote.submit(queue_jobs.clear, self.handle, on_result=done, on_error=self._on_items_error)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.table.setFocus()

    # -- the engine's jobs --------------------------------------------------------------------------
    def _on_engine_job_finished(self, summary: JobSummary) -> None:
        if summary.queued:
            self.refresh()
            self._wake_all()

    def _on_engine_job_failed(self, job_id: int, exc: BaseException) -> None:
        from inference.errors import InputQueued

        if isinstance(exc, InputQueued):
            self.refresh()
            self._wake_all()

    # -- closing --------------------------------------------------------------------------------------
    def stop(self) -> None:
        """Tell the replayer to stop, wake it and join its thread."""
        self._closed = True
        self._timer.stop()
        self._stop.set()
        self._wake_all()
        self._replay.stop()

    def close(self) -> None:
        """After every worker stopped: close the queue's database."""
        self.handle.close()


def _saved_state(window: MainWindow, name: str) -> Any:
    """The window's saved layout if it places the dock ``name`` (Qt stores names as UTF-16), else None."""
    from desktop.settings import read_state

    state = read_state(window.store, "state") if window.store is not None else None
    if state is None or name.encode("utf-16-be") not in bytes(state.data()):
        return None
    return state
