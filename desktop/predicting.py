"""Predictions on the inference worker: one image, a batch of files and folders, CSV rows.

Everything here opens files, walks folders, decodes images and runs the
model, so it runs on the ``tepi-inference`` worker only. A result is
written to the history *before* it is reported, so anything the person has
seen survives a crash; batches are reported in chunks (at most every 0.1 s
or 32 rows) to keep the GUI thread's share of the work small.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from desktop.jobs import BatchRow, EngineState, JobStart, JobSummary, SingleResult, predictor_of
from desktop.workers import Task

if TYPE_CHECKING:
    from inference.results import Outcome

__all__ = ["open_paths", "predict_bytes"]

logger = logging.getLogger(__name__)
FLUSH_EVERY_S = 0.1
FLUSH_ROWS = 32


def open_paths(task: Task, state: EngineState, paths: list[str]) -> JobSummary:
    """Sort dropped paths into models (offered) and inputs (predicted: one image, or a batch)."""
    from inference.formats import is_model_path
    from inference.images import IMAGE_SUFFIXES

    models = [p for p in paths if is_model_path(Path(p))]
    inputs = [p for p in paths if p not in models]
    for model in models[:1]:
        task.report(("model", model))
    if not inputs:
        return JobSummary(task.id, "none")
    single = Path(inputs[0])
    if len(inputs) == 1 and single.suffix.lower() in IMAGE_SUFFIXES and not single.is_dir():
        return _predict_single(task, state, str(single), None)
    return _predict_batch(task, state, inputs)


def predict_bytes(task: Task, state: EngineState, data: bytes | QImage, name: str) -> JobSummary:
    """A pasted image: encoded bytes, or a ``QImage`` from the clipboard (encoded here, off the GUI)."""
    if isinstance(data, QImage):
        data = _png_bytes(data)
    return _predict_single(task, state, data, name)


def _png_bytes(image: QImage) -> bytes:
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    device.close()
    return bytes(buffer.data())


def _predict_single(task: Task, state: EngineState, source: str | bytes, name: str | None) -> JobSummary:
    from inference.errors import InputQueued, TepiError
    from inference.history import make_thumbnail
    from inference.results import Failure

    predictor = predictor_of(state)
    label = name or str(source)
    task.report(("start", JobStart(task.id, "single", 1, (label,))))
    started = time.perf_counter()
    try:
        prediction, loaded = predictor.predict_image(source, name=name)
    except InputQueued:
        raise  # waits in the offline queue; the replayer records it when it has run
    except TepiError as exc:
        _record(task, state, [Failure(label, None, str(exc), type(exc).__name__)], [None])
        raise
    preview = loaded.preview
    thumbnail = make_thumbnail(preview) if preview is not None else None
    _record(task, state, [prediction], [thumbnail])
    spec = predictor.pack.input
    result = SingleResult(
        task.id,
        prediction,
        _qimage(preview) if preview is not None else None,
        _tensor_image(loaded.tensor, spec),
        loaded.original_size,
    )
    task.report(("single", result))
    return JobSummary(task.id, "single", done=1, elapsed_s=time.perf_counter() - started)


def _predict_batch(task: Task, state: EngineState, inputs: list[str]) -> JobSummary:
    from inference.predictor import expand_inputs
    from inference.results import Failure, Prediction
    from inference.tables import CSV_SUFFIXES

    predictor = predictor_of(state)
    started = time.perf_counter()
    listing = expand_inputs(inputs, tabular=not predictor.pack.is_image)
    csvs = [p for p in listing.files if p.suffix.lower() in CSV_SUFFIXES]
    total = sum(_count_rows(p) for p in csvs) + len(listing.files) - len(csvs)
    csv_source = csvs[0] if len(listing.files) == 1 and csvs else None
    task.report(("start", JobStart(task.id, "batch", total, tuple(inputs), csv_source, len(listing.skipped))))
    pending: list[BatchRow] = []
    done = failed = queued = 0
    last_flush = time.monotonic()
    outcomes = predictor.predict_paths(listing.files, cancel=lambda: task.cancelled)
    try:
        for outcome in outcomes:
            pending.append(BatchRow(done + failed + queued, outcome))
            done += isinstance(outcome, Prediction)
            waiting = isinstance(outcome, Failure) and outcome.queued
            queued += waiting
            failed += isinstance(outcome, Failure) and not waiting
            if task.cancelled:
                break
            if len(pending) >= FLUSH_ROWS or time.monotonic() - last_flush > FLUSH_EVERY_S:
                _flush(task, state, pending)
                pending, last_flush = [], time.monotonic()
    finally:
        outcomes.close()  # joins the decoding threads of an unfinished batch
        _flush(task, state, pending)
    elapsed = time.perf_counter() - started
    return JobSummary(task.id, "batch", done, failed, task.cancelled, elapsed, queued)


def _count_rows(path: Path) -> int:
    """Data rows of a CSV, counted cheaply for the progress bar (blank lines skipped)."""
    try:
        with path.open("rb") as handle:
            return max(0, sum(1 for line in handle if line.strip()) - 1)
    except OSError:
        return 1


def _flush(task: Task, state: EngineState, rows: list[BatchRow]) -> None:
    from inference.history import make_thumbnail
    from inference.results import Prediction

    if not rows:
        return
    thumbnails: list[bytes | None] = []
    for row in rows:
        png = None
        if isinstance(row.outcome, Prediction) and row.outcome.row is None:
            png = make_thumbnail(row.outcome.input)
            row.thumbnail = QImage.fromData(png) if png else None
        thumbnails.append(png)
    _record(task, state, [r.outcome for r in rows], thumbnails)
    task.report(("rows", rows))


def _record(task: Task, state: EngineState, outcomes: list[Outcome], thumbnails: list[bytes | None]) -> None:
    from inference.errors import TepiError

    # Queued inputs are not answers yet: the replayer records them once they have run.
    kept = [(o, t) for o, t in zip(outcomes, thumbnails, strict=True) if not getattr(o, "queued", False)]
    if not state.history_enabled or not kept:
        return
    status = state.status
    try:
        state.history.get().record_many(
            [o for o, _ in kept],
            thumbnails=[t for _, t in kept],
            model_sha256=status.sha256 if status else None,
            model=status.model_ref if status else None,
        )
    except TepiError as exc:  # history trouble never stops predictions: logged, and shown once
        logger.error("history not recorded: %s", exc)
        if not state.history_failed:
            state.history_failed = True
            task.report(("history_error", exc))


# -- pictures --------------------------------------------------------------------------
def _qimage(image) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def _tensor_image(tensor: Any, spec: Any) -> QImage | None:
    """Undo the scaling of a model input so it can be looked at."""
    import numpy as np

    from inference.modelpack import ImageSpec

    if not isinstance(spec, ImageSpec) or tensor.ndim != 3:
        return None
    if spec.mean is not None and spec.std is not None:
        values = tensor * np.asarray(spec.std, np.float32) + np.asarray(spec.mean, np.float32)
    else:
        values = (tensor - np.float32(spec.offset)) / np.float32(spec.scale or 1.0)
    pixels = np.ascontiguousarray(np.clip(values, 0, 255).astype(np.uint8))
    height, width, channels = pixels.shape
    if channels == 1:
        fmt, line = QImage.Format.Format_Grayscale8, width
    elif channels == 3:
        fmt, line = QImage.Format.Format_RGB888, width * 3
    else:
        return None
    return QImage(pixels.tobytes(), width, height, line, fmt).copy()
