"""What the inference worker thread does: load models, predict, record history.

Every function here runs on the ``tepi-inference`` worker (see ``workers``),
never on the GUI thread: it opens files, walks folders, decodes images,
runs the model and writes the history. It reports through ``task.report``
with small plain dataclasses (``JobStart``, ``BatchRow`` lists) and returns
a ``JobSummary``. A result is written to the history *before* it is
reported, so anything the person has seen survives a crash.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from desktop.workers import Task

if TYPE_CHECKING:
    from inference.history import History
    from inference.results import Outcome, Prediction

# The core (NumPy, Pillow, backends) is imported by these functions on the worker,
# so that the window can show before it is loaded.

__all__ = [
    "BatchRow",
    "EngineState",
    "HistoryHandle",
    "JobStart",
    "JobSummary",
    "ModelStatus",
    "SingleResult",
]

logger = logging.getLogger(__name__)
FLUSH_EVERY_S = 0.1
FLUSH_ROWS = 32


@dataclass(frozen=True)
class ModelStatus:
    """The loaded model, as the window shows it."""

    ref: str
    """What was asked for: a bundled name or a path (kept in settings and recent models)."""
    name: str
    version: str
    backend: str
    task: str
    is_image: bool
    source: str
    labels: tuple[str, ...]
    sha256: str | None
    samples: tuple[Path, ...] = ()
    """Bundled inputs that suit this model, for "Try a sample"."""
    bundled: tuple[str, ...] = ()
    """Names of the bundled model packs, for the Model menu."""

    @property
    def model_ref(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class JobStart:
    job_id: int
    kind: str
    """``single`` (one image) or ``batch``."""
    total: int
    inputs: tuple[str, ...]
    csv_source: Path | None = None
    """The CSV file when the job is exactly one CSV (export keeps its columns)."""
    skipped: int = 0


@dataclass
class BatchRow:
    """One line of the batch table: an outcome and its thumbnail."""

    index: int
    outcome: Outcome
    thumbnail: QImage | None = None

    @property
    def ok(self) -> bool:
        """A prediction (a ``Failure`` carries an ``error``)."""
        return not hasattr(self.outcome, "error")


@dataclass(frozen=True)
class SingleResult:
    job_id: int
    prediction: Prediction
    preview: QImage | None
    model_input: QImage | None
    """The tensor the model was given, as a picture (image models)."""
    original_size: tuple[int, int] | None = None


@dataclass(frozen=True)
class JobSummary:
    job_id: int
    kind: str
    done: int = 0
    failed: int = 0
    cancelled: bool = False
    elapsed_s: float = 0.0


class HistoryHandle:
    """The one ``History`` connection, opened on first use by whichever worker needs it."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._history: History | None = None
        self._lock = threading.Lock()

    def get(self) -> History:
        from inference.history import History

        with self._lock:
            if self._history is None:
                self._history = History(self._path)
                if self._history.recovered_from is not None:
                    logger.warning("history was damaged; kept at %s", self._history.recovered_from)
            return self._history

    def close(self) -> None:
        with self._lock:
            if self._history is not None:
                self._history.close()
                self._history = None


@dataclass
class EngineState:
    """Owned by the inference worker thread; the GUI thread only sets the option flags."""

    history: HistoryHandle
    predictor: object | None = None
    status: ModelStatus | None = None
    history_enabled: bool = True
    top_k: int = 5
    threads: int = 0
    history_failed: bool = False


# -- models ----------------------------------------------------------------------------
def load_model(task: Task, state: EngineState, ref: str) -> ModelStatus:
    """Open ``ref`` and make it current; the previous model stays if this one fails."""
    from inference.formats import bundled_models
    from inference.predictor import Predictor

    predictor = Predictor.open(ref, threads=state.threads or None, top_k=state.top_k)
    pack = predictor.pack
    status = ModelStatus(
        ref=ref,
        name=pack.name,
        version=pack.version,
        backend=predictor.backend_kind,
        task=pack.task,
        is_image=pack.is_image,
        source=pack.source,
        labels=pack.labels,
        sha256=_model_sha256(predictor),
        samples=_samples_for(pack),
        bundled=tuple(bundled_models()),
    )
    old = state.predictor
    state.predictor, state.status = predictor, status
    if old is not None:
        old.close()  # type: ignore[attr-defined]
    logger.info("model %s ready on %s", status.model_ref, status.backend)
    return status


def _model_sha256(predictor) -> str | None:
    from inference.modelpack import sha256_file

    local = predictor.router.local
    path = getattr(local, "path", None)
    if path is None:
        return None
    path = Path(path)
    return predictor.pack.sha256.get(path.name) or sha256_file(path)


def _samples_for(pack) -> tuple[Path, ...]:
    from inference.images import IMAGE_SUFFIXES
    from inference.resources import resource_path
    from inference.tables import CSV_SUFFIXES

    suffixes = IMAGE_SUFFIXES if pack.is_image else CSV_SUFFIXES
    own = pack.root / "samples"
    if own.is_dir():
        return tuple(sorted(p for p in own.iterdir() if p.suffix.lower() in suffixes))
    bundled = resource_path("samples")
    if pack.source != "pack" or not bundled.is_dir():
        return ()
    stem = re.split(r"[-_ ]", pack.name.lower())[0].rstrip("s")
    return tuple(
        sorted(
            p for p in bundled.iterdir() if p.suffix.lower() in suffixes and p.name.lower().startswith(stem)
        )
    )


def describe_model(task: Task, state: EngineState) -> tuple[dict, str]:
    """What ``python -m inference info`` prints for the current model: data and text."""
    from inference.cli.info import describe, format_text

    predictor = _predictor(state)
    data = describe(predictor.pack, threads=state.threads or None)
    return data, format_text(data)


def _predictor(state: EngineState):
    if state.predictor is None:
        from inference.errors import UsageError

        raise UsageError("No model is loaded yet.")
    return state.predictor


# -- predicting ------------------------------------------------------------------------
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
    from inference.errors import TepiError
    from inference.history import make_thumbnail
    from inference.results import Failure

    predictor = _predictor(state)
    label = name or str(source)
    task.report(("start", JobStart(task.id, "single", 1, (label,))))
    started = time.perf_counter()
    try:
        prediction, loaded = predictor.predict_image(source, name=name)
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

    predictor = _predictor(state)
    started = time.perf_counter()
    listing = expand_inputs(inputs, tabular=not predictor.pack.is_image)
    csvs = [p for p in listing.files if p.suffix.lower() in CSV_SUFFIXES]
    total = sum(_count_rows(p) for p in csvs) + len(listing.files) - len(csvs)
    csv_source = csvs[0] if len(listing.files) == 1 and csvs else None
    task.report(("start", JobStart(task.id, "batch", total, tuple(inputs), csv_source, len(listing.skipped))))
    pending: list[BatchRow] = []
    done = failed = 0
    last_flush = time.monotonic()
    outcomes = predictor.predict_paths(listing.files, cancel=lambda: task.cancelled)
    try:
        for outcome in outcomes:
            pending.append(BatchRow(done + failed, outcome))
            done += isinstance(outcome, Prediction)
            failed += isinstance(outcome, Failure)
            if task.cancelled:
                break
            if len(pending) >= FLUSH_ROWS or time.monotonic() - last_flush > FLUSH_EVERY_S:
                _flush(task, state, pending)
                pending, last_flush = [], time.monotonic()
    finally:
        outcomes.close()  # joins the decoding threads of an unfinished batch
        _flush(task, state, pending)
    elapsed = time.perf_counter() - started
    return JobSummary(task.id, "batch", done, failed, task.cancelled, elapsed)


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

    if not state.history_enabled:
        return
    status = state.status
    try:
        state.history.get().record_many(
            outcomes,
            thumbnails=thumbnails,
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
