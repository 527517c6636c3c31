"""The only place the desktop makes threads.

A ``SerialWorker`` is one named ``QThread`` that runs plain functions one
after another, in the order they were submitted, and reports back through
Qt signals, so callbacks always run on the GUI thread and never touch a
widget from elsewhere:

    task = worker.submit(fn, *args, on_result=..., on_error=..., on_progress=...)
    fn(task, *args)          runs on the worker thread; task.report(x) -> on_progress(x)
    task.cancel()            sets a flag that fn polls (task.cancelled); progress stops, except what
                             is reported with kept=True (results already recorded must be shown)
    worker.run(fn, *args, on_result=..., on_error=...)
                             a plain ``fn(*args)`` (a query, an export, a keyring call)

Serial execution is the point: the inference worker owns the model and the
history connection, and a model switch queued behind a batch simply waits.

The GUI thread must win against the workers for the CPU and for Python's
GIL: workers run at a lower priority (on Linux a higher nice value, which the
decoding threads they start inherit), and the interpreter hands the GIL over
every ``SWITCH_INTERVAL_S`` instead of every 5 ms.
``stop()`` cancels what is queued and running and joins the thread; the
application calls it on quit, and a test fixture checks ``live_threads()``.
"""

from __future__ import annotations

import itertools
import logging
import os
import queue
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.signals import emit

__all__ = ["SerialWorker", "Task", "live_threads"]

logger = logging.getLogger(__name__)
_ids = itertools.count(1)
SWITCH_INTERVAL_S = 0.001
WORKER_NICENESS = 5
_threads: weakref.WeakSet[_Loop] = weakref.WeakSet()


def live_threads() -> list[str]:
    """Names of worker threads still running (a clean shutdown leaves none)."""
    return sorted(t.objectName() for t in list(_threads) if t.isRunning())


@dataclass(eq=False)
class Task:
    """One submitted function call: its id, a cancel flag and a progress channel."""

    id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_result: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[Any], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    """Called instead of the others when the task was cancelled before it started."""
    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, object], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the function to stop at its next check; safe from any thread."""
        self._cancel.set()

    def report(self, payload: object, *, kept: bool = False) -> None:
        """From the worker thread: deliver ``payload`` to ``on_progress`` on the GUI thread.

        Progress stops once the task is cancelled, except a ``kept`` payload: news of work that is
        already done and recorded (a batch's last rows), so what the window shows and what was
        written agree.
        """
        if self._report is not None and (kept or not self.cancelled):
            self._report(self.id, _Kept(payload) if kept else payload)


@dataclass(frozen=True)
class _Kept:
    """A progress payload delivered even after its task was cancelled (``Task.report(kept=True)``)."""

    payload: object


def _plain(task: Task, fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


class _Loop(QThread):
    """Runs tasks from a queue until it receives ``None``."""

    def __init__(self, name: str, owner: SerialWorker) -> None:
        super().__init__()
        self.setObjectName(name)
        self.jobs: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self.current: Task | None = None
        self._owner = owner

    def run(self) -> None:
        threading.current_thread().name = self.objectName()
        _lower_priority()
        while (task := self.jobs.get()) is not None:
            self.current = task
            try:
                if task.cancelled:
                    emit(self._owner._cancelled, task.id)
                    continue
                result = task.fn(task, *task.args)
            except Exception as exc:
                _log_failure(task, exc)
                emit(self._owner._failed, task.id, exc)
            else:
                emit(self._owner._done, task.id, result)
            finally:
                self.current = None


def _lower_priority() -> None:
    """Make the calling worker thread (and threads it starts) yield the CPU to the GUI thread."""
    if sys.platform.startswith("linux"):  # per-thread nice; elsewhere QThread's priority does it
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
        except OSError as exc:
            logger.debug("worker priority unchanged: %s", exc)


def _log_failure(task: Task, exc: Exception) -> None:
    from inference.errors import TepiError

    fn = task.args[0] if task.fn is _plain and task.args else task.fn
    name = getattr(fn, "__qualname__", repr(fn))
    if isinstance(exc, TepiError):
        logger.info("%s: %s", name, exc)
    else:
        logger.error("%s failed", name, exc_info=exc)


class SerialWorker(QObject):
    """A named worker thread running submitted functions in order; see the module docstring."""

    _done = Signal(int, object)
    _failed = Signal(int, object)
    _cancelled = Signal(int)
    _progress = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._tasks: dict[int, Task] = {}
        self._loop = _Loop(name, self)
        self._done.connect(self._on_loop_done)
        self._failed.connect(self._on_loop_failed)
        self._cancelled.connect(self._on_loop_cancelled)
        self._progress.connect(self._on_loop_progress)
        _threads.add(self._loop)
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._loop.start(QThread.Priority.LowPriority)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        """Queue ``fn(task, *args)``; callbacks run on the GUI thread."""
        task = Task(next(_ids), fn, args, on_result, on_error, on_progress, on_cancelled)
        task._report = lambda task_id, payload: emit(self._progress, task_id, payload)
        self._tasks[task.id] = task
        if not self._loop.isRunning() and self._loop.isFinished():
            raise RuntimeError(f"worker {self.objectName()} is stopped")
        self._loop.jobs.put(task)
        return task

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Queue a plain ``fn(*args)`` (it needs no progress channel or cancel flag)."""
        return self.submit(_plain, fn, *args, on_result=on_result, on_error=on_error)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Cancel everything, let the running function return, join the thread."""
        self.cancel_all()
        self._loop.jobs.put(None)
        deadline = time.monotonic() + timeout_s
        while self._loop.isRunning() and time.monotonic() < deadline:
            self._loop.wait(50)
        stopped = not self._loop.isRunning()
        if not stopped:
            logger.error("worker %s did not stop within %.0f s", self.objectName(), timeout_s)
        self._tasks.clear()
        return stopped

    # -- delivery on the GUI thread ---------------------------------------------------
    @Slot(int, object)
    def _on_loop_done(self, task_id: int, result: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.on_result is not None:
            task.on_result(result)

    @Slot(int, object)
    def _on_loop_failed(self, task_id: int, exc: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        if task.on_error is not None:
            task.on_error(exc)  # type: ignore[arg-type]
        else:
            logger.warning("unhandled worker error in %s: %s", self.objectName(), exc)

    @Slot(int)
    def _on_loop_cancelled(self, task_id: int) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.on_cancelled is not None:
            task.on_cancelled()

    @Slot(int, object)
    def _on_loop_progress(self, task_id: int, payload: object) -> None:
        task = self._tasks.get(task_id)
        kept = isinstance(payload, _Kept)
        if task is not None and task.on_progress is not None and (kept or not task.cancelled):
            task.on_progress(payload.payload if isinstance(payload, _Kept) else payload)
