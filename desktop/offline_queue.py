"""The offline queue in the window: the replayer in the background, the count, the Queue panel.

Inputs that only the remote endpoint could run wait in ``inference.queue``'s
durable queue while it is unreachable (the inference worker puts them there).
Here a ``Replayer.run_forever`` loop runs on its own worker (``tepi-replay``):
it probes the endpoint with backoff, sends what waits, and records each
completed item into history exactly once through ``HistorySink``. Listing,
discarding and clearing run on the ``tepi-remote`` worker. The GUI hears back
only through signals; on close the loop is told to stop, woken and joined.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.signals import emit
from desktop.workers import SerialWorker, Task

if TYPE_CHECKING:
    from desktop.jobs import HistoryHandle, JobSummary
    from desktop.main_window import MainWindow
    from desktop.remote import RemoteController

__all__ = ["QueueController", "QueueHandle"]

logger = logging.getLogger(__name__)
START_DELAY_MS = 800
"""The replayer starts a moment after the window, so the model loads first."""
REFRESH_MS = 10_000
"""How often the list is read again (another Tepi process may have queued or replayed items)."""
IDLE_S = 5.0
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 60.0
"""Backoff between probes of an endpoint that does not answer (Retry now skips the wait)."""


class QueueHandle:
    """The one ``OfflineQueue`` connection, opened on first use by whichever worker needs it."""

    def __init__(self) -> None:
        self._queue: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        from inference.queue import OfflineQueue

        with self._lock:
            if self._queue is None:
                self._queue = OfflineQueue()
            return self._queue

    def close(self) -> None:
        with self._lock:
            if self._queue is not None:
                self._queue.close()
                self._queue = None


class QueueController(QObject):
    """Runs the replayer and keeps the panel and the status-bar count up to date."""

    items_changed = Signal(object)
    """The list of ``QueueItem`` waiting, oldest first."""
    _reported = Signal(object)
    """A ``ReplayReport`` from the replay thread."""

    def __init__(self, window: MainWindow, remote: RemoteController) -> None:
        from desktop.widgets.queue_panel import QueuePanel, QueueStatusButton

        super().__init__(window)
        self.window = window
        self.remote = remote
        self.handle = QueueHandle()
        self.items: list[Any] = []
        self.last_stop: str | None = None
        """Why the last replay stopped early (an endpoint-wide sentence), None when it drained."""
        self._replay = SerialWorker("tepi-replay", self)
        self._stop = threading.Event()
        self._replayers: list[Any] = []
        self._closed = False
        self._loading = self._again = False
        self._reported.connect(self._on_replay_reported)
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
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        QTimer.singleShot(START_DELAY_MS, self, self._start)
        self.refresh()

    # -- the replayer -----------------------------------------------------------------------------
    def _start(self) -> None:
        if self._closed:
            return
        stop = self._stop
        self._replay.submit(
            _replay_forever,
            self.handle,
            self.window.engine.history,
            stop,
            self.remote.tokens,
            lambda: self.window.settings.history_enabled,
            self._replayers,
            lambda report: emit(self._reported, report),
            on_error=self._on_replay_failed,
        )

    def restart(self) -> None:
        """Start a fresh replayer (new settings or token); the old one finishes what it sends first."""
        if self._closed:
            return
        self._stop.set()
        self._wake_all()
        self._stop = threading.Event()
        self._start()

    def retry_now(self) -> None:
        """Probe the endpoint now instead of waiting out the backoff."""
        self.last_stop = None
        if not self._replay.busy:  # the loop ended (an error): start it again
            self._start()
        self._wake_all()
        self.panel.set_trying()

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
        if report.completed:
            self.window.history_panel.schedule_refresh()
        self.refresh()

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
        self.remote.submit(_items, self.handle, on_result=self._on_items, on_error=self._on_items_error)

    def _on_items(self, items: list[Any]) -> None:
        self._loading = False
        if self._closed:
            return
        self.items = items
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

        self.remote.submit(_discard, self.handle, list(ids), on_result=done, on_error=self._on_items_error)

    def clear(self, on_done: Callable[[int], None] | None = None) -> None:
        def done(count: int) -> None:
            if on_done is not None:
                on_done(count)
            self.refresh()

        self.remote.submit(_clear, self.handle, on_result=done, on_error=self._on_items_error)

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


# -- on the workers ---------------------------------------------------------------------------------
def _replay_forever(
    task: Task,
    handle: QueueHandle,
    history: HistoryHandle,
    stop: threading.Event,
    tokens: Callable[[Any], str | None],
    history_on: Callable[[], bool],
    replayers: list[Any],
    on_report: Callable[[Any], None],
) -> None:
    """The replay loop (``tepi-replay``): returns when ``stop`` is set and the replayer is woken."""
    from inference import replay as core

    if stop.is_set():
        return
    sink: list[Any] = []

    def record(item: Any, outcome: Any) -> None:
        if not history_on():
            return
        if not sink:
            sink.append(core.HistorySink(history.get()))
        sink[0](item, outcome)  # a HistoryError stops the loop; the item is delivered again later

    replayer = core.Replayer(handle.get(), on_result=record, tokens=tokens)
    replayers.append(replayer)
    try:
        replayer.run_forever(
            stop, idle_s=IDLE_S, first_delay_s=FIRST_DELAY_S, max_delay_s=MAX_DELAY_S, on_report=on_report
        )
    finally:
        replayer.close()
        replayers.remove(replayer)


def _items(task: Task, handle: QueueHandle) -> list[Any]:
    return handle.get().items()


def _discard(task: Task, handle: QueueHandle, ids: list[int]) -> int:
    queue = handle.get()
    return sum(1 for item_id in ids if queue.discard(item_id))


def _clear(task: Task, handle: QueueHandle) -> int:
    return handle.get().clear()
