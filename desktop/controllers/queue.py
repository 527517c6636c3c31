"""The offline queue in the window: the replayer in the background, the count, the Queue panel.

Inputs that only the remote endpoint could run wait in ``inference.offline``'s
durable queue while it is unreachable (the inference worker puts them there).
Here a ``Replayer.run_forever`` loop runs on its own worker (``tepi-replay``):
it probes the endpoint with backoff, sends what waits, and records each
completed item into history exactly once through ``HistorySink``. When the
endpoint refuses (a wrong token, a model it does not serve), the replayer's
report says so and the panel shows it as the reason the queue is paused.
Listing, discarding and clearing run on the remote controller's worker. The
GUI hears back only through signals; on close the loop is told to stop,
woken and joined.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.engine.events import JobFinished
from desktop.engine.lazy import Lazy
from desktop.engine.workers import SerialWorker
from desktop.remote import replay
from desktop.signals import emit
from desktop.text.errors import coded_text, describe_error, outside_text
from desktop.ui.panels.queue_panel import QueuePanel, QueueStatusButton

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

    completed = Signal(int, str, object, object)
    """``(item id, input, row, outcome)``: a queued input finished on the server."""
    history_changed = Signal()
    """The replayer recorded answers into the history."""
    _reported = Signal(object)
    """A ``ReplayReport`` from the replay thread."""
    _completed = Signal(object)
    """``(item id, input, row, outcome)`` for each queued input the replay thread finished."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        panel: QueuePanel,
        button: QueueStatusButton,
        *,
        run: Callable[..., Any],
        tokens: Callable[[Any], str | None],
        history_enabled: Callable[[], bool],
        server_set: Callable[[], bool] = lambda: True,
    ) -> None:
        """``run(fn, *args, on_result=, on_error=)`` runs the short queue calls off the GUI thread;
        ``tokens`` and ``history_enabled`` are asked by the replayer, on its thread."""
        super().__init__(panel)
        self.engine, self.notifier, self.panel, self.status_button = engine, notifier, panel, button
        self._run, self.tokens, self.history_enabled = run, tokens, history_enabled
        self.server_set = server_set
        """Whether Settings ▸ Remote names a server now (none: the panel offers Run Here)."""
        self.handle: Lazy[Any] = Lazy(replay.open_queue)
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
        panel.retry_requested.connect(self.retry_now)
        panel.discard_requested.connect(self.discard)
        panel.clear_requested.connect(self.clear)
        panel.run_here_requested.connect(self.run_here)
        engine.job_finished.connect(self._on_engine_job_done)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        panel.set_no_server(not server_set())
        self.refresh()

    @property
    def refused(self) -> bool:
        """True while the queue is paused because the server refused the credentials."""
        from inference.errors import RemoteAuthError

        return isinstance(self.last_error, RemoteAuthError)

    # -- the replayer -----------------------------------------------------------------------------
    def _ensure_started(self) -> None:
        """Start the replay loop the first time something waits (no idle thread for local-only use)."""
        if not self._started and self.server_set():  # no server set: nothing to try
            self._started = True
            self._start()

    def _start(self) -> None:
        if self._closed:
            return
        stop = self._stop
        self._replay.submit(
            replay.replay_forever,
            self.handle,
            self.engine.history,
            stop,
            self.tokens,
            self.history_enabled,
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

    def server_changed(self) -> None:
        """Settings ▸ Remote changed: say whether a server is set, and try the new one."""
        if not self.server_set():  # stop trying the old one; Run Here or Discard is what is left
            self.panel.set_no_server(True)
            self._stop.set()
            self._wake_all()
            self._stop, self._started = threading.Event(), False
            return
        self.panel.set_no_server(False)
        if self._started:
            self.restart()
        elif self.items:
            self._ensure_started()

    def run_here(self) -> None:
        """Run what waits on this computer (no server is set, or it stays away); each item once."""
        self.panel.set_running_here(True)
        self._run(
            replay.run_here,
            self.handle,
            self.engine.history,
            self.history_enabled,
            lambda item, outcome: emit(self._completed, (item.id, item.input, item.row, outcome)),
            on_result=self._on_ran_here,
            on_error=self._on_ran_here_failed,
        )

    def _on_ran_here(self, report: Any) -> None:
        self.panel.set_running_here(False)
        if self._closed:
            return
        done = report.completed - report.failed
        if done:
            self.notifier.notify("success", self.tr("%n waiting input(s) ran on this computer.", "", done))
        if report.failed:
            text = self.tr(
                "%n waiting input(s) could not be predicted; the History says why.", "", report.failed
            )
            self.notifier.notify("warning", text)
        if report.stopped:
            self.notifier.notify(
                "error",
                outside_text(report.stopped) if report.error is None else describe_error(report.error),
            )
        if report.completed:
            emit(self.history_changed)
        self.refresh()

    def _on_ran_here_failed(self, exc: BaseException) -> None:
        self.panel.set_running_here(False)
        if not self._closed:
            self.notifier.error(exc)
            self.refresh()

    def retry_now(self) -> None:
        """Probe the endpoint now instead of waiting out the backoff."""
        self.last_stop = self.last_error = None
        if not self._started:
            self._ensure_started()
        elif not self._replay.busy:  # the loop ended (an error): start it again
            self._start()
        self._wake_all()

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def _wake_all(self) -> None:
        for replayer in list(self._replayers):
            replayer.wake()

    def _on_replay_reported(self, report: Any) -> None:
        if self._closed:
            return
        opinions = report.second_opinions
        done = report.completed - report.failed - opinions
        if done:
            self.notifier.notify("success", self.tr("%n queued input(s) finished on the server.", "", done))
        if opinions:  # "2 second opinions arrived; 1 changed the answer"
            self.notifier.notify("info", coded_text(report.second_opinions_sentence(), ""))
        if report.failed:
            self.notifier.notify(
                "warning",
                self.tr(
                    "%n queued input(s) could not be predicted; the History says why.", "", report.failed
                ),
            )
        self.last_stop = None if report.unreachable or report.busy else report.stopped
        self.last_error = report.error if self.last_stop else None
        self._show_stop()
        if report.completed:
            emit(self.history_changed)
        self.refresh()

    def _on_replay_completed(self, done: tuple[int, str, int | None, Any]) -> None:
        """A queued input finished on the server: the batch table, if it shows it, shows the answer."""
        if not self._closed:
            emit(self.completed, *done)

    def _on_replay_failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.notifier.error(exc, prefix=self.tr("The offline queue stopped sending."))

    # -- listing and editing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (one read at a time)."""
        if self._closed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._run(replay.items, self.handle, on_result=self._on_items, on_error=self._on_items_error)

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
        self.panel.set_items(items)
        self._show_stop()
        if self._again:
            self._again = False
            self.refresh()

    def _on_items_error(self, exc: BaseException) -> None:
        self._loading = False
        if not self._closed:
            self.notifier.error(exc)

    def _show_stop(self) -> None:
        status = getattr(self.last_error, "status_code", None) if self.refused else None
        if self.last_error is not None:
            shown: str | None = describe_error(self.last_error)
        else:
            shown = outside_text(self.last_stop) if self.last_stop else None
        self.panel.set_stopped(shown, status)

    def discard(self, ids: list[int]) -> None:
        """Remove waiting items (one being sent right now is kept, and the person is told)."""

        def done(discarded: int) -> None:
            self.notifier.notify("success", self.tr("Discarded %n input(s).", "", discarded))
            if kept := len(ids) - discarded:
                self.notifier.notify(
                    "info", self.tr("%n input(s) were being sent just then and were kept.", "", kept)
                )
            self.refresh()

        self._run(replay.discard, self.handle, list(ids), on_result=done, on_error=self._on_items_error)

    def clear(self) -> None:
        def done(count: int) -> None:
            self.notifier.notify("success", self.tr("Discarded %n input(s).", "", count))
            self.refresh()

        self._run(replay.clear, self.handle, on_result=done, on_error=self._on_items_error)

    # -- the engine's jobs --------------------------------------------------------------------------
    def _on_engine_job_done(self, event: JobFinished) -> None:
        if event.queued:
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
