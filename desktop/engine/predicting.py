"""Predictions on the inference worker: one image, a batch of files and folders, CSV rows.

Everything here opens files, walks folders, decodes images and runs the
model, so it runs on the ``tepi-inference`` worker only. A result is
written to the history *before* it is reported, so anything the person has
seen survives a crash; batches are reported in chunks (at most every 0.1 s
or 32 rows) to keep the GUI thread's share of the work small. Each function
reports ``JobStarted`` then ``SingleReady`` or ``RowsReady`` events, and
returns a ``JobFinished`` (or a ``JobFailed`` for an input the core refused).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from desktop.engine.events import (
    BatchRow,
    HistoryFailed,
    JobFailed,
    JobFinished,
    JobStarted,
    ModelMismatch,
    ModelOffered,
    RowsReady,
    SingleReady,
)
from desktop.engine.explaining import remember_shown
from desktop.engine.loading import EngineState, predictor_of
from desktop.engine.pictures import png_bytes, qimage, tensor_image
from desktop.engine.workers import Task

if TYPE_CHECKING:
    from inference.results import Outcome

__all__ = ["open_paths", "predict_bytes"]

logger = logging.getLogger(__name__)
FLUSH_EVERY_S = 0.1
FLUSH_ROWS = 32


@dataclass
class _Recorded:
    """What one job wrote to the history, for the History panel to decide whether to look again."""

    count: int = 0
    labels: set[str] = field(default_factory=set)


def open_paths(task: Task, state: EngineState, paths: list[str]) -> JobFinished | JobFailed:
    """Sort dropped paths into models (offered) and inputs (predicted: one image, or a batch)."""
    from inference.formats import is_model_path
    from inference.images import IMAGE_SUFFIXES

    models = [p for p in paths if is_model_path(Path(p))]
    inputs = [p for p in paths if p not in models]
    for model in models[:1]:
        task.report(ModelOffered(model))
    if not inputs:
        return JobFinished(task.id, "none")
    mismatch = _mismatch(state, inputs)
    if mismatch is not None:
        task.report(mismatch)
        return JobFinished(task.id, "none")
    single = Path(inputs[0])
    if len(inputs) == 1 and single.suffix.lower() in IMAGE_SUFFIXES and not single.is_dir():
        return _predict_single(task, state, str(single), None)
    return _predict_batch(task, state, inputs)


def _mismatch(state: EngineState, inputs: list[str]) -> ModelMismatch | None:
    """CSV files for an image model, or only pictures for a tabular one: say so before predicting."""
    from inference.images import IMAGE_SUFFIXES
    from inference.predictor import expand_inputs
    from inference.tables import CSV_SUFFIXES

    pack = predictor_of(state).pack
    listing = expand_inputs(inputs, tabular=not pack.is_image)
    found = listing.files + listing.skipped
    tables = [p for p in found if p.suffix.lower() in CSV_SUFFIXES]
    pictures = [p for p in found if p.suffix.lower() in IMAGE_SUFFIXES]
    wanted, unwanted = (pictures, tables) if pack.is_image else (tables, pictures)
    if wanted or not unwanted:
        return None
    if pack.is_image:
        code, params = "input.csv_for_image", {"name": unwanted[0].name, "model": pack.name}
    elif len(unwanted) == 1:
        code, params = "input.image_for_tabular", {"name": unwanted[0].name, "model": pack.name}
    else:
        code, params = "input.images_for_tabular", {"model": pack.name}
    return ModelMismatch(tuple(inputs), code, params, _fitting_model(pack.is_image, unwanted[0]))


def _fitting_model(current_is_image: bool, example: Path) -> str | None:
    """A bundled model that takes ``example``: one reading its CSV columns, or one that runs here."""
    from inference.errors import TepiError
    from inference.formats import bundled_models
    from inference.modelpack import TabularSpec, load_manifest
    from inference.resources import resource_path
    from inference.tables import read_csv

    header: set[str] = set()
    if current_is_image:  # the example is a CSV file: a model whose columns it has
        try:
            header = set(read_csv(example, ()).header)
        except TepiError:  # a suggestion only: an unreadable file gets none
            return None
    fitting = []
    for name in bundled_models():
        pack = load_manifest(resource_path("models", name), verify=False)
        if pack.is_image == current_is_image:
            continue
        spec = pack.input
        if isinstance(spec, TabularSpec) and not set(spec.features) <= header:
            continue
        fitting.append((pack.placement == "remote", name))
    return min(fitting)[1] if fitting else None


def predict_bytes(task: Task, state: EngineState, data: bytes | QImage, name: str) -> JobFinished | JobFailed:
    """A pasted image: encoded bytes, or a ``QImage`` from the clipboard (encoded here, off the GUI)."""
    if isinstance(data, QImage):
        data = png_bytes(data)
    return _predict_single(task, state, data, name)


def _predict_single(
    task: Task, state: EngineState, source: str | bytes, name: str | None
) -> JobFinished | JobFailed:
    from inference.backends.bounded_http import cancellation
    from inference.errors import TepiError
    from inference.history import make_thumbnail
    from inference.results import Failure, Queued

    predictor = predictor_of(state)
    label = name or str(source)
    task.report(JobStarted(task.id, "single", 1, (label,)))
    started = time.perf_counter()
    recorded = _Recorded()
    try:
        with cancellation(lambda: task.cancelled):  # Cancel abandons a remote request in flight
            prediction, loaded = predictor.predict_image(source, name=name)
    except TepiError as exc:
        _record(task, state, [Failure.of(label, None, exc)], [None], recorded)
        return JobFailed(task.id, exc, recorded.count)
    if isinstance(prediction, Queued) or loaded is None:  # the replayer records it once it has run
        return JobFinished(task.id, "single", elapsed_s=time.perf_counter() - started, queued=1)
    preview = loaded.preview
    thumbnail = make_thumbnail(preview) if preview is not None else None
    (entry_id,) = _record(task, state, [prediction], [thumbnail], recorded)
    remember_shown(state, prediction, loaded, entry_id)
    picture = qimage(preview) if preview is not None else None
    model_input = tensor_image(loaded.tensor, predictor.pack.input)
    task.report(SingleReady(task.id, prediction, picture, model_input, loaded.original_size, entry_id))
    elapsed = time.perf_counter() - started
    return JobFinished(
        task.id,
        "single",
        done=1,
        elapsed_s=elapsed,
        recorded=recorded.count,
        recorded_labels=frozenset(recorded.labels),
    )


def _predict_batch(task: Task, state: EngineState, inputs: list[str]) -> JobFinished:
    from inference.backends.bounded_http import cancellation
    from inference.predictor import expand_inputs
    from inference.results import Failure, Prediction, Queued
    from inference.tables import CSV_SUFFIXES

    predictor = predictor_of(state)
    started = time.perf_counter()
    listing = expand_inputs(inputs, tabular=not predictor.pack.is_image)
    csvs = [p for p in listing.files if p.suffix.lower() in CSV_SUFFIXES]
    total = sum(_count_rows(p) for p in csvs) + len(listing.files) - len(csvs)
    csv_source = csvs[0] if len(listing.files) == 1 and csvs else None
    task.report(JobStarted(task.id, "batch", total, tuple(inputs), csv_source, len(listing.skipped)))
    pending: list[Outcome] = []
    done = failed = queued = 0
    recorded = _Recorded()
    last_flush = time.monotonic()
    outcomes = predictor.predict_paths(listing.files, cancel=lambda: task.cancelled)
    try:
        with cancellation(lambda: task.cancelled):  # Cancel abandons a remote request in flight
            for outcome in outcomes:
                pending.append(outcome)
                done += isinstance(outcome, Prediction)
                queued += isinstance(outcome, Queued)
                failed += isinstance(outcome, Failure)
                if task.cancelled:
                    break
                if len(pending) >= FLUSH_ROWS or time.monotonic() - last_flush > FLUSH_EVERY_S:
                    _flush(task, state, pending, done + failed + queued - len(pending), recorded)
                    pending, last_flush = [], time.monotonic()
    finally:
        outcomes.close()  # joins the decoding threads of an unfinished batch
        _flush(task, state, pending, done + failed + queued - len(pending), recorded)
    elapsed = time.perf_counter() - started
    return JobFinished(
        task.id,
        "batch",
        done,
        failed,
        task.cancelled,
        elapsed,
        queued,
        recorded.count,
        frozenset(recorded.labels),
    )


def _count_rows(path: Path) -> int:
    """Data rows of a CSV, counted cheaply for the progress bar (blank lines skipped)."""
    try:
        with path.open("rb") as handle:
            return max(0, sum(1 for line in handle if line.strip()) - 1)
    except OSError:
        return 1


def _flush(task: Task, state: EngineState, outcomes: list[Outcome], first: int, recorded: _Recorded) -> None:
    """Record ``outcomes`` (numbered from ``first``), then report them as rows with thumbnails."""
    from inference.history import make_thumbnail
    from inference.results import Prediction

    if not outcomes:
        return
    thumbnails: list[bytes | None] = []
    for outcome in outcomes:
        png = None
        if isinstance(outcome, Prediction) and outcome.row is None:
            png = make_thumbnail(outcome.input)
        thumbnails.append(png)
    ids = _record(task, state, outcomes, thumbnails, recorded)
    rows = [
        BatchRow(index, outcome, QImage.fromData(png) if png else None, entry_id)
        for index, (outcome, png, entry_id) in enumerate(zip(outcomes, thumbnails, ids, strict=True), first)
    ]
    task.report(RowsReady(task.id, tuple(rows)), kept=True)  # recorded: shown even after a cancel


def _record(
    task: Task,
    state: EngineState,
    outcomes: list[Outcome],
    thumbnails: list[bytes | None],
    recorded: _Recorded,
) -> list[int | None]:
    """Write ``outcomes`` to the history; their entry ids (None for those not recorded)."""
    from inference.errors import TepiError
    from inference.results import Prediction, Queued

    # Queued inputs are not answers yet: the replayer records them once they have run.
    kept = [i for i, o in enumerate(outcomes) if not isinstance(o, Queued)]
    ids: list[int | None] = [None] * len(outcomes)
    if not state.history_enabled or not kept:
        return ids
    status = state.status
    try:
        written = state.history.get().record_many(
            [outcomes[i] for i in kept],
            thumbnails=[thumbnails[i] for i in kept],
            model_sha256=status.sha256 if status else None,
            model=status.model_ref if status else None,
        )
    except TepiError as exc:  # history trouble never stops predictions: logged, and shown once
        logger.error("history not recorded: %s", exc)
        if not state.history_failed:
            state.history_failed = True
            task.report(HistoryFailed(exc))
        return ids
    for index, entry_id in zip(kept, written, strict=True):
        ids[index] = entry_id
    recorded.count += len(kept)
    answered = (outcomes[i] for i in kept)
    recorded.labels.update(o.label for o in answered if isinstance(o, Prediction) and o.label)
    return ids
