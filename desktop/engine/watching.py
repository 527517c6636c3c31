"""Watching a folder from the window: the core's watcher on its own worker, its results as table rows.

``watch_folder`` runs on the ``tepi-watch`` worker until the task is
cancelled (Cancel, closing the window). It opens the current model a second
time, so the inference worker stays free for drops and pastes meanwhile, and
runs ``inference.watch.Watcher`` on the folder with the same exactly-once
state the command line uses (``tepi watch FOLDER`` resumes it, and back):
each result goes to the history and, as it is delivered, to the batch table.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from desktop.engine.events import BatchRow, JobFinished, JobStarted, ModelStatus, RowsReady
from desktop.engine.loading import EngineState, open_options
from desktop.engine.workers import Task

if TYPE_CHECKING:
    from inference.results import Outcome

__all__ = ["watch_folder"]

logger = logging.getLogger(__name__)


class _Counts:
    def __init__(self) -> None:
        self.rows = self.failed = self.queued = 0


def watch_folder(task: Task, state: EngineState, folder: str, status: ModelStatus) -> JobFinished:
    from inference.offline import OfflinePredictor
    from inference.session import open_predictor
    from inference.watch import Delivery, Output, Watcher, WatchOptions, WatchState, default_state_path

    started = time.perf_counter()
    counts = _Counts()
    task.report(JobStarted(task.id, "watch", 0, (folder,)))
    history = state.history.get() if state.history_enabled else None
    path = default_state_path([folder], status.ref, None)
    options = open_options(state)
    with WatchState(path) as watch_state, open_predictor(
        status.ref, threads=state.threads or None, top_k=state.top_k, **options
    ) as opened:  # fmt: skip
        predictor: Any = opened
        if options.get("remote") is not None:  # inputs only the remote can run wait while it is down
            predictor = OfflinePredictor(opened, state.queue.get())
        delivery = Delivery(
            watch_state,
            Output(None, echo=False),
            history,
            model=predictor.pack.ref,
            on_delivered=lambda outcomes: _report_rows(task, outcomes, counts),
        )
        watcher = Watcher([Path(folder)], predictor, watch_state, delivery, WatchOptions(),
                          note=lambda text: logger.info("watch: %s", text))  # fmt: skip
        watcher.run(_Cancelled(task))
    done = counts.rows - counts.failed - counts.queued
    elapsed = time.perf_counter() - started
    return JobFinished(task.id, "watch", done, counts.failed, True, elapsed, counts.queued)


class _Cancelled:
    """The watcher's stop flag: the worker task's cancel flag (Cancel, closing the window)."""

    def __init__(self, task: Task) -> None:
        self.task = task

    def is_set(self) -> bool:
        return self.task.cancelled


def _report_rows(task: Task, outcomes: list[Outcome], counts: _Counts) -> None:
    from inference.history import make_thumbnail
    from inference.results import Prediction, Queued

    rows = []
    for outcome in outcomes:
        picture = isinstance(outcome, Prediction) and outcome.row is None
        png = make_thumbnail(outcome.input) if picture else None
        rows.append(BatchRow(counts.rows, outcome, QImage.fromData(png) if png else None))
        counts.rows += 1
        counts.queued += isinstance(outcome, Queued)
        counts.failed += not isinstance(outcome, Prediction | Queued)
    if rows:
        task.report(RowsReady(task.id, tuple(rows)), kept=True)  # delivered to the history: shown too
