"""The GUI thread's handle on the model: ask for work, hear back through one signal per event type.

``Engine`` lives on the GUI thread and owns three ``SerialWorker`` threads:
``tepi-inference`` (the model, predictions, history writes of results),
``tepi-io`` (the History panel's queries, exports, file checks: ``run``) and
``tepi-watch`` (a watched folder, with its own copy of the model). Its
methods only queue work and return at once; the work itself is in
``loading``, ``predicting``, ``watching`` and ``history``. Workers send frozen events
(``events``); ``SIGNALS`` maps each type to the signal that carries it, so
views connect to ``single_ready``, ``rows_ready``... and never see a thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop.engine import explaining, loading, opening, predicting, watching
from desktop.engine.events import (
    ExplanationReady,
    HistoryFailed,
    JobFailed,
    JobFinished,
    JobStarted,
    ModelFailed,
    ModelMismatch,
    ModelOffered,
    ModelReady,
    ModelStatus,
    PictureReady,
    RowsReady,
    SingleReady,
)
from desktop.engine.lazy import Lazy
from desktop.engine.loading import EngineState
from desktop.engine.workers import SerialWorker, Task
from desktop.signals import emit

if TYPE_CHECKING:
    from inference.history import History

__all__ = ["SIGNALS", "Engine"]

logger = logging.getLogger(__name__)
SIGNALS: dict[type, str] = {
    ModelReady: "model_ready",
    ModelFailed: "model_failed",
    ModelOffered: "model_offered",
    ModelMismatch: "model_mismatch",
    JobStarted: "job_started",
    SingleReady: "single_ready",
    RowsReady: "rows_ready",
    JobFinished: "job_finished",
    JobFailed: "job_failed",
    HistoryFailed: "history_failed",
    ExplanationReady: "explanation_ready",
    PictureReady: "picture_ready",
}
"""Which signal carries each event type."""


class Engine(QObject):
    """Queues model loads and predictions on the inference worker; see the module docstring."""

    model_loading = Signal(str)
    """The model reference being opened (the GUI's own news: no worker involved)."""
    model_ready = Signal(object)
    model_failed = Signal(object)
    model_offered = Signal(object)
    model_mismatch = Signal(object)
    job_started = Signal(object)
    single_ready = Signal(object)
    rows_ready = Signal(object)
    job_finished = Signal(object)
    job_failed = Signal(object)
    history_failed = Signal(object)
    explanation_ready = Signal(object)
    picture_ready = Signal(object)
    explanation_failed = Signal(object)
    """An explanation could not be made (the exception); the result stays as it is."""

    def __init__(self, parent: QObject | None = None, *, history_path: Path | None = None) -> None:
        super().__init__(parent)
        self.history: Lazy[History] = Lazy(lambda: loading.open_history(history_path))
        self._state = EngineState(self.history, Lazy(loading.open_queue))
        self._inference = SerialWorker("tepi-inference", self)
        self._io = SerialWorker("tepi-io", self)
        self._watch = SerialWorker("tepi-watch", self)
        self._jobs: dict[int, Task] = {}
        self._explaining: Task | None = None
        self.status: ModelStatus | None = None
        self._loading: str | None = None
        self._closed = False

    def deliver(self, event: object) -> None:
        """Emit ``event`` on the signal of its type (on the GUI thread)."""
        if isinstance(event, ModelReady):
            self._loading, self.status = None, event.status
        elif isinstance(event, ModelFailed):
            self._loading = None
        elif isinstance(event, JobFinished | JobFailed):
            self._jobs.pop(event.job_id, None)
        emit(getattr(self, SIGNALS[type(event)]), event)

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
        """Extra ``open_predictor`` arguments for the next model load (``remote=``, ``policy=``).

        A callable value is called on the inference worker at each load and gives the
        arguments it stands for (the remote settings, whose secret is read from the keyring).
        Call ``load_model`` afterwards to apply them.
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
            loading.load_model,
            self._state,
            ref,
            on_result=self.deliver,
            on_error=lambda exc: self.deliver(ModelFailed(ref, exc)),
            on_cancelled=lambda: setattr(self, "_loading", None),
        )

    def describe_model(
        self, on_result: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._queue(
            self._inference, loading.describe_model, self._state, on_result=on_result, on_error=on_error
        )

    # -- predictions ----------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> int:
        """Predict dropped or opened paths (models among them are offered); returns the job id."""
        return self._submit_job(predicting.open_paths, [str(p) for p in paths])

    def predict_image_data(self, data: bytes | QImage, name: str) -> int:
        """Predict a pasted image (encoded bytes or a clipboard ``QImage``)."""
        return self._submit_job(predicting.predict_bytes, data, name)

    def watch_folder(self, folder: str) -> int:
        """Predict what arrives in ``folder`` with the current model until cancelled; returns the job id.

        It runs on its own worker (the watch never ends by itself), so drops and pastes still run.
        """
        if self.status is None:
            return -1
        return self._submit_job(watching.watch_folder, folder, self.status, worker=self._watch)

    def _submit_job(
        self, fn: Callable[..., JobFinished | JobFailed], *args: Any, worker: SerialWorker | None = None
    ) -> int:
        worker = worker or self._inference
        task = self._queue(worker, fn, self._state, *args, on_result=self.deliver, on_progress=self.deliver)
        if task is None:
            return -1
        task.on_error = lambda exc: self.deliver(JobFailed(task.id, exc))
        task.on_cancelled = lambda: self.deliver(JobFinished(task.id, "none", cancelled=True))
        self._jobs[task.id] = task
        return task.id

    def cancel(self, job_id: int | None = None) -> None:
        """Stop one job, or all predictions; results already shown stay."""
        for task_id, task in list(self._jobs.items()):
            if job_id is None or task_id == job_id:
                task.cancel()

    def open_result(self, prediction: Any, entry_id: int | None, key: object, *, live: bool) -> None:
        """Read a result's input again for the full view: ``single_ready`` (a ``live`` batch row of the
        model loaded now) or ``picture_ready`` follows."""
        task = self._queue(self._inference, opening.open_result, self._state, prediction, entry_id, key, live)
        if task is not None:
            task.on_result = self.deliver
            task.on_error = lambda exc: logger.warning("opening %s again failed: %s", prediction.input, exc)

    # -- explanations -------------------------------------------------------------------
    def explain(self, method: str = "auto") -> None:
        """Explain the single result on screen (cached per input, model and method); any explanation
        still running is cancelled. ``explanation_ready`` or ``explanation_failed`` follows."""
        self._start_explaining(explaining.explain_shown, method)

    def explain_row(self, path: str, entry_id: int | None, method: str = "auto") -> None:
        """Show a batch row's image on the result page (``single_ready``), then explain it."""
        self._start_explaining(explaining.explain_row, path, entry_id, method)

    def _start_explaining(self, fn: Callable[..., Any], *args: Any) -> None:
        self.cancel_explanation()
        task = self._queue(self._inference, fn, self._state, *args, on_progress=self.deliver)
        if task is None:
            return
        task.on_result = lambda ready: self._on_explained(task, ready)
        task.on_error = lambda exc: self._on_explained(task, None, exc)
        self._explaining = task

    def saved_explanation(
        self, entry_id: int, picture_size: tuple[int, int] | None, on_result: Callable[[Any], None]
    ) -> None:
        """The explanation kept with a history entry (None when there is none), from the I/O worker."""
        self.run(
            lambda: explaining.saved_explanation(self.history.get(), entry_id, picture_size),
            on_result=on_result,
            on_error=lambda exc: logger.warning("saved explanation unreadable: %s", exc),
        )

    def cancel_explanation(self) -> None:
        if self._explaining is not None:
            self._explaining.cancel()
            self._explaining = None

    @property
    def explaining(self) -> bool:
        return self._explaining is not None

    def _on_explained(
        self, task: Task, ready: ExplanationReady | None, error: BaseException | None = None
    ) -> None:
        if task is not self._explaining:
            return  # superseded or cancelled: its answer is not wanted any more
        self._explaining = None
        if error is not None:
            emit(self.explanation_failed, error)
        elif ready is not None:
            self.deliver(ready)

    # -- everything else off the GUI thread --------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """Run ``fn(*args)`` on the I/O worker: history queries (pass ``engine.history``), exports,
        file checks. ``on_result`` and ``on_error`` run on the GUI thread; nothing after ``shutdown``."""
        if self._closed:
            return None
        return self._io.run(fn, *args, on_result=on_result, on_error=on_error)

    # -- shutdown -------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel work, join both workers, free the model and close the history (once)."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        self.cancel_explanation()
        self._watch.stop()
        self._inference.stop()
        self._io.stop()
        predictor = self._state.predictor
        if predictor is not None:
            predictor.close()  # type: ignore[attr-defined]
            self._state.predictor = None
        self.history.close()
        self._state.queue.close()
        self._jobs.clear()


def _apply_options(task: Task, state: EngineState, top_k: int, threads: int, history_enabled: bool) -> None:
    state.top_k, state.threads, state.history_enabled = top_k, threads, history_enabled
    if state.predictor is not None:
        state.predictor.top_k = top_k  # type: ignore[attr-defined]


def _set_open_options(task: Task, state: EngineState, options: dict[str, Any]) -> None:
    state.open_options = options
