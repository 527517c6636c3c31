"""Results that wait in the offline queue: the replayer beside the watch loop, and what others replayed.

    QueueFollower(queue, state, history).start(wake)   the offline queue's replayer in a thread; each
                                                        result it brings for a waiting journal entry
                                                        is owed to the output and history from then
    .reconcile()                                        waiting entries whose queue item is gone were
                                                        replayed by another Tepi (the desktop, `queue
                                                        run`): their history entry gives the result

Only one replayer runs on a machine at a time (``ReplayLock``); when another
process holds it, that process records the history entry and this watcher
picks the result up from history. An item a person discarded from the queue
becomes a failure line, so every input still gets its one line.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from inference.errors import QueueError
from inference.results import Failure, Prediction
from inference.watch.state import WatchState

if TYPE_CHECKING:
    from inference.history import History
    from inference.offline import OfflineQueue, QueueItem

__all__ = ["QueueFollower"]

logger = logging.getLogger(__name__)
RECONCILE_S = 2.0


class QueueFollower:
    def __init__(self, queue: OfflineQueue, state: WatchState, history: History | None) -> None:
        self.queue = queue
        self.state = state
        self.history = history
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._replayer: Any = None
        self._wake: threading.Event | None = None
        self._last = 0.0

    def start(self, wake: threading.Event) -> None:
        from inference.offline import HistorySink, Replayer

        self._wake = wake
        sink = HistorySink(self.history) if self.history is not None else None

        def on_result(item: QueueItem, outcome: Prediction | Failure) -> None:
            assert item.completed is not None
            if self.state.answer_waiting(item.id, outcome, created=item.completed):
                wake.set()  # the watch loop delivers it (output, then history with this timestamp)
            elif sink is not None:
                sink(item, outcome)  # another process's input: history only, as any replayer does

        self._replayer = Replayer(self.queue, on_result=on_result)
        self._thread = threading.Thread(
            target=self._replayer.run_forever,
            args=(self._stop,),
            kwargs={"idle_s": 2.0, "first_delay_s": 0.5, "max_delay_s": 10.0},
            name="tepi-watch-replay",
            daemon=True,
        )
        self._thread.start()

    def nudge(self) -> None:
        if self._replayer is not None:
            self._replayer.wake()

    def reconcile(self) -> None:
        """Settle waiting entries whose queue item another process finished or a person discarded."""
        waiting = self.state.waiting()
        if not waiting or time.monotonic() - self._last < RECONCILE_S:
            return
        self._last = time.monotonic()
        self.nudge()
        for entry in waiting:
            if entry.queue_item is None or self.queue.get(entry.queue_item) is not None:
                continue
            found = self._from_history(entry.input, entry.row, entry.created)
            if found is not None:
                outcome, created = found
                self.state.answer_waiting(entry.queue_item, outcome, created=created, history_done=True)
            else:
                failure = Failure.of(entry.input, entry.row, QueueError("queue.discarded"))
                self.state.answer_waiting(entry.queue_item, failure, created=time.time(), history_done=True)

    def _from_history(
        self, name: str, row: int | None, since: float
    ) -> tuple[Prediction | Failure, float] | None:
        if self.history is None:
            return None
        from inference.history import HistoryQuery

        for entry in reversed(self.history.search(HistoryQuery(since=since, limit=None))):
            if entry.input == name and entry.row == row:
                return entry.outcome(), entry.created
        return None

    def stop(self) -> None:
        self._stop.set()
        self.nudge()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
