"""The offline queue's work on the workers: the replay loop, listing, discarding.

``replay_forever`` runs on ``tepi-replay`` for as long as the window is open;
the others are short calls on ``tepi-remote``. All of them open the queue
through one ``QueueHandle``; none touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.workers import Task

if TYPE_CHECKING:
    from desktop.jobs import HistoryHandle

__all__ = ["QueueHandle", "Timings", "clear", "discard", "items", "replay_forever"]


class QueueHandle:
    """The one ``OfflineQueue`` connection, opened on first use by whichever worker needs it."""

    def __init__(self) -> None:
        self._queue: Any = None
        self._lock = threading.Lock()

    def exists(self) -> bool:
        """Whether the queue was ever used here (it is not created just to find it empty)."""
        from inference.queue import DB_NAME
        from inference.resources import data_dir

        return self._queue is not None or (data_dir() / DB_NAME).exists()

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


Timings = tuple[float, float, float]
"""``(idle_s, first_delay_s, max_delay_s)`` for ``Replayer.run_forever``."""


def replay_forever(
    task: Task,
    handle: QueueHandle,
    history: HistoryHandle,
    stop: threading.Event,
    tokens: Callable[[Any], str | None],
    history_on: Callable[[], bool],
    replayers: list[Any],
    on_report: Callable[[Any], None],
    timings: Timings,
    on_completed: Callable[[Any, Any], None] | None = None,
) -> None:
    """The replay loop (``tepi-replay``): returns when ``stop`` is set and the replayer is woken.

    ``on_completed(item, outcome)`` hears each item once it is recorded (or, with
    history off, delivered), so the window can show the server's answer.
    """
    from inference import replay as core

    if stop.is_set():
        return
    sink: list[Any] = []

    def record(item: Any, outcome: Any) -> None:
        if history_on():
            if not sink:
                sink.append(core.HistorySink(history.get()))
            sink[0](item, outcome)  # a HistoryError stops the loop; the item is delivered again later
        if on_completed is not None:
            on_completed(item, outcome)

    replayer = core.Replayer(handle.get(), on_result=record, tokens=tokens)
    replayers.append(replayer)
    idle_s, first_delay_s, max_delay_s = timings
    try:
        replayer.run_forever(
            stop, idle_s=idle_s, first_delay_s=first_delay_s, max_delay_s=max_delay_s, on_report=on_report
        )
    finally:
        replayer.close()
        replayers.remove(replayer)


def items(task: Task, handle: QueueHandle) -> list[Any]:
    return handle.get().items() if handle.exists() else []


def discard(task: Task, handle: QueueHandle, ids: list[int]) -> int:
    queue = handle.get()
    return sum(1 for item_id in ids if queue.discard(item_id))


def clear(task: Task, handle: QueueHandle) -> int:
    return handle.get().clear()
