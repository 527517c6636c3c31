"""The offline queue's work on the workers: the replay loop, listing, discarding.

``replay_forever`` runs on ``tepi-replay`` for as long as the window is open;
the others are short calls on ``tepi-remote``. All of them open the queue
through one ``Lazy`` handle (``open_queue``); none touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.engine.lazy import Lazy

__all__ = ["Timings", "clear", "discard", "items", "open_queue", "queue_exists", "replay_forever", "run_here"]

Timings = tuple[float, float, float]
"""``(idle_s, first_delay_s, max_delay_s)`` for ``Replayer.run_forever``."""


def open_queue() -> Any:
    from inference.offline import OfflineQueue

    return OfflineQueue()


def queue_exists(handle: Lazy[Any]) -> bool:
    """Whether the queue was ever used here (it is not created just to find it empty)."""
    from inference.offline import DB_NAME
    from inference.resources import data_dir

    return handle.opened or (data_dir() / DB_NAME).exists()


def replay_forever(
    task: Any,
    handle: Lazy[Any],
    history: Lazy[Any],
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
    from inference import offline as core

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


def items(handle: Lazy[Any]) -> list[Any]:
    return handle.get().items() if queue_exists(handle) else []


def discard(handle: Lazy[Any], ids: list[int]) -> int:
    queue = handle.get()
    return sum(1 for item_id in ids if queue.discard(item_id))


def clear(handle: Lazy[Any]) -> int:
    return handle.get().clear()


def run_here(
    handle: Lazy[Any],
    history: Lazy[Any],
    history_on: Callable[[], bool],
    on_completed: Callable[[Any, Any], None] | None = None,
) -> Any:
    """Every waiting input on this computer's own copy of its model, once each (``Replayer(here=True)``):
    for when no server is set any more. Returns the ``ReplayReport``."""
    from inference import offline as core

    sink = core.HistorySink(history.get()) if history_on() else None

    def record(item: Any, outcome: Any) -> None:
        if sink is not None:
            sink(item, outcome)
        if on_completed is not None:
            on_completed(item, outcome)

    replayer = core.Replayer(handle.get(), on_result=record, here=True)
    try:
        return replayer.run_once()
    finally:
        replayer.close()
