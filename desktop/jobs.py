"""The inference worker's state and its model jobs, and the plain data it reports to the GUI.

The functions here and in ``predicting`` run on the ``tepi-inference``
worker (see ``workers``), never on the GUI thread. They report through
``task.report`` with the small dataclasses defined here (``JobStart``,
``BatchRow`` lists, ``SingleResult``) and return a ``JobSummary`` or a
``ModelStatus``; the GUI sees nothing else of the core.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    "describe_model",
    "load_model",
]

logger = logging.getLogger(__name__)


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
    remote_model: str = ""
    """The name a serving system knows this model by (the pack's ``[remote]``, else its name)."""
    remote_version: str = ""

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
    queued: int = 0
    """Inputs waiting in the offline queue (not failed: they run when the endpoint is back)."""


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
    open_options: dict[str, Any] = field(default_factory=dict)
    """Extra ``Predictor.open`` arguments (``remote``, ``policy``): ``Engine.set_open_options``.

    A callable value is called here, on the worker, at each load: settings that need I/O
    (an endpoint whose secret is in the OS keyring) are read off the GUI thread.
    """


# -- models ----------------------------------------------------------------------------
def load_model(task: Task, state: EngineState, ref: str) -> ModelStatus:
    """Open ``ref`` and make it current; the previous model stays if this one fails."""
    from inference.formats import bundled_models
    from inference.predictor import Predictor

    options = {name: value() if callable(value) else value for name, value in state.open_options.items()}
    predictor = Predictor.open(ref, threads=state.threads or None, top_k=state.top_k, **options)
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
        remote_model=pack.remote.model if pack.remote else pack.name,
        remote_version=(pack.remote.version or "") if pack.remote else "",
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

    predictor = predictor_of(state)
    data = describe(predictor.pack, threads=state.threads or None)
    return data, format_text(data)


def predictor_of(state: EngineState):
    if state.predictor is None:
        from inference.errors import UsageError

        raise UsageError("No model is loaded yet.")
    return state.predictor
