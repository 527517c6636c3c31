"""The worker threads: order, delivery on the GUI thread, cancel and a clean stop."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.engine.workers import SerialWorker, live_threads
from inference.errors import ImageError


@pytest.fixture
def worker(qtbot):
    made = SerialWorker("test-worker")
    yield made
    made.stop()


def test_runs_in_order_and_delivers_on_the_gui_thread(qtbot, worker: SerialWorker) -> None:
    seen: list[tuple[str, int, bool]] = []
    gui = threading.get_ident()

    def work(task, value: int) -> int:
        assert threading.get_ident() != gui
        task.report(value * 10)
        return value

    for value in range(5):
        worker.submit(
            work,
            value,
            on_progress=lambda p: seen.append(("progress", p, threading.get_ident() == gui)),
            on_result=lambda r: seen.append(("result", r, threading.get_ident() == gui)),
        )
    qtbot.waitUntil(lambda: len(seen) == 10, timeout=5000)
    assert [(kind, n) for kind, n, _ in seen] == [
        item for v in range(5) for item in (("progress", v * 10), ("result", v))
    ]
    assert all(on_gui for _, _, on_gui in seen)
    assert "test-worker" in live_threads()


def test_errors_reach_on_error(qtbot, worker: SerialWorker) -> None:
    errors: list[BaseException] = []

    def fail(task) -> None:
        raise ImageError("x.png", "the file is damaged")

    worker.submit(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ImageError)


def test_cancel_stops_a_running_task_and_skips_queued_ones(qtbot, worker: SerialWorker) -> None:
    started = threading.Event()
    results: list[object] = []
    skipped: list[bool] = []

    def long(task) -> str:
        started.set()
        while not task.cancelled:
            time.sleep(0.005)
        return "stopped"

    first = worker.submit(long, on_result=results.append)
    second = worker.submit(long, on_result=results.append, on_cancelled=lambda: skipped.append(True))
    assert started.wait(5)
    second.cancel()
    first.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"] and skipped == [True], timeout=5000)
    assert not worker.busy


def test_stop_joins_the_thread_even_while_busy(qtbot) -> None:
    worker = SerialWorker("test-stop")
    started = threading.Event()

    def long(task) -> None:
        started.set()
        while not task.cancelled:
            time.sleep(0.005)

    worker.submit(long)
    assert started.wait(5)
    assert worker.stop(timeout_s=5)
    assert "test-stop" not in live_threads()
    with pytest.raises(RuntimeError):
        worker.submit(long)


def test_emitting_from_python_does_not_drain_true(qtbot, worker: SerialWorker) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to True on every emit; desktop.signals gives it back."""
    import gc
    import sys

    seen: list[object] = []

    def chatty(task) -> int:
        for i in range(600):
            task.report(i)
        return 600

    gc.collect()
    before = sys.getrefcount(True)
    worker.submit(chatty, on_progress=seen.append, on_result=seen.append)
    qtbot.waitUntil(lambda: len(seen) == 601, timeout=10_000)
    seen.clear()
    gc.collect()
    assert sys.getrefcount(True) >= before - 50
