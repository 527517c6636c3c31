"""The GUI thread's handle on the model: ask for work, hear back through signals.

``Engine`` lives on the GUI thread and owns two ``SerialWorker`` threads:
``tepi-inference`` (the model, predictions, history writes of results) and
``tepi-history`` (searches, deletes and exports for the History panel). Its
methods only queue work and return at once; everything heavy runs in
``desktop.jobs`` on a worker. Views connect to the signals and never see a
thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop import jobs, predicting
from desktop.jobs import EngineState, HistoryHandle, JobSummary, ModelStatus
from desktop.signals import emit
from desktop.workers import SerialWorker, Task

__all__ = ["Engine"]

logger = logging.getLogger(__name__)


class Engine(QObject):
    """Queues model loads and predictions on the inference worker; see the module docstring."""

    model_loading = Signal(str)
    """The model reference being opened."""
    model_ready = Signal(object)
    """``ModelStatus``."""
    model_failed = Signal(str, object)
    """The reference and the exception."""
    model_offered = Signal(str)
    """A dropped path that is a model."""
    job_started = Signal(object)
    """``JobStart``."""
    single_result = Signal(object)
    """``SingleResult``."""
    rows_ready = Signal(int, object)
    """Job id and a list of ``BatchRow``."""
    job_finished = Signal(object)
    """``JobSummary``."""
    job_failed = Signal(int, object)
    """Job id and the exception."""
    history_changed = Signal()
    history_failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, history_path: Path | None = None) -> None:
        super().__init__(parent)
        self.history = HistoryHandle(history_path)
        self._state = EngineState(self.history)
        self._inference = SerialWorker("tepi-inference", self)
        self._store = SerialWorker("tepi-history", self)
        self._jobs: dict[int, Task] = {}
        self.status: ModelStatus | None = None
        self._loading: str | None = None
        self._closed = False

    def _queue(
        self, worker: SerialWorker, fn: Callable[..., Any], *args: Any, **callbacks: Any
    ) -> Task | None:
        """Submit to ``worker``; after ``shutdown`` (a late timer, a closing window) do nothing."""
        if self._closed:
            logger.debug("ignored after shutdown: %s", getattr(fn, "__name__", fn))
            return None
        return worker.submit(fn, *args, **callbacks)

    # -- options --------------------------------------------------------------------
    def set_options(self, *, top_k: int, threads: int, history_enabled: bool) -> bool:
        """Apply settings; returns True when the model must be reloaded (threads changed)."""
        reload = self._state.threads != threads and self.status is not None
        self._queue(self._inference, _apply_options, self._state, top_k, threads, history_enabled)
        return reload

    def set_open_options(self, **options: Any) -> None:
        """Extra ``Predictor.open`` arguments for the next model load (``remote=``, ``policy=``).

        The remote-endpoint settings use this; call ``load_model`` afterwards to apply them.
        A callable value is called on the inference worker at each load (a keyring read).
        """
        self._queue(self._inference, _set_open_options, self._state, dict(options))

    @property
    def loading(self) -> bool:
        return self._loading is not None

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    # -- models ---------------------------------------------------------------------
    def load_model(self, ref: str) -> None:
        if self._closed:
            return
        self._loading = ref
        emit(self.model_loading, ref)
        self._queue(
            self._inference,
            jobs.load_model,
            self._state,
            ref,
            on_result=self._on_model_loaded,
            on_error=lambda exc: self._on_model_error(ref, exc),
            on_cancelled=lambda: setattr(self, "_loading", None),
        )

    def _on_model_loaded(self, status: ModelStatus) -> None:
        self._loading = None
        self.status = status
        emit(self.model_ready, status)

    def _on_model_error(self, ref: str, exc: BaseException) -> None:
        self._loading = None
        emit(self.model_failed, ref, exc)

    def describe_model(
        self, on_result: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._queue(self._inference, jobs.describe_model, self._state, on_result=on_result, on_error=on_error)

    # -- predictions ----------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> int:
        """Predict dropped or opened paths (models among them are offered); returns the job id."""
        return self._submit_job(predicting.open_paths, [str(p) for p in paths])

    def predict_image_data(self, data: bytes | QImage, name: str) -> int:
        """Predict a pasted image (encoded bytes or a clipboard ``QImage``)."""
        return self._submit_job(predicting.predict_bytes, data, name)

    def _submit_job(self, fn: Callable[..., JobSummary], *args: Any) -> int:
        holder: dict[str, int] = {}

        def finished(summary: JobSummary) -> None:
            self._jobs.pop(holder["id"], None)
            emit(self.history_changed)
            emit(self.job_finished, summary)

        def failed(exc: BaseException) -> None:
            self._jobs.pop(holder["id"], None)
            emit(self.history_changed)
            emit(self.job_failed, holder["id"], exc)

        def cancelled() -> None:
            self._jobs.pop(holder["id"], None)
            emit(self.job_finished, JobSummary(holder["id"], "none", cancelled=True))

        task = self._queue(
            self._inference,
            fn,
            self._state,
            *args,
            on_result=finished,
            on_error=failed,
            on_progress=lambda payload: self._on_job_progress(holder["id"], payload),
            on_cancelled=cancelled,
        )
        if task is None:
            return -1
        holder["id"] = task.id
        self._jobs[task.id] = task
        return task.id

    def _on_job_progress(self, job_id: int, payload: tuple[str, Any]) -> None:
        kind, value = payload
        if kind == "start":
            emit(self.job_started, value)
        elif kind == "rows":
            emit(self.rows_ready, job_id, value)
        elif kind == "single":
            emit(self.single_result, value)
        elif kind == "model":
            emit(self.model_offered, value)
        elif kind == "history_error":
            emit(self.history_failed, value)

    def cancel(self, job_id: int | None = None) -> None:
        """Stop one job, or all predictions; results already shown stay."""
        for task_id, task in list(self._jobs.items()):
            if job_id is None or task_id == job_id:
                task.cancel()

    # -- history (panel side) ---------------------------------------------------------
    def history_call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """Run ``fn(history, *args)`` on the history worker (nothing after ``shutdown``)."""
        return self._queue(
            self._store, _with_history, self.history, fn, *args, on_result=on_result, on_error=on_error
        )

    def run_io(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """Run a plain function (an export, a file check) off the GUI thread (nothing after ``shutdown``)."""
        return self._queue(self._store, _plain, fn, *args, on_result=on_result, on_error=on_error)

    # -- shutdown -------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel work, join both workers, free the model and close the history (once)."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        self._inference.stop()
        self._store.stop()
        predictor = self._state.predictor
        if predictor is not None:
            predictor.close()  # type: ignore[attr-defined]
            self._state.predictor = None
        self.history.close()
        self._jobs.clear()


def _apply_options(task: Task, state: EngineState, top_k: int, threads: int, history_enabled: bool) -> None:
    state.top_k, state.threads, state.history_enabled = top_k, threads, history_enabled
    if state.predictor is not None:
        state.predictor.top_k = top_k  # type: ignore[attr-defined]


def _set_open_options(task: Task, state: EngineState, options: dict[str, Any]) -> None:
    state.open_options = options


def _with_history(task: Task, handle: HistoryHandle, fn: Callable[..., Any], *args: Any) -> Any:
    return fn(handle.get(), *args)


def _plain(task: Task, fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)
