"""What the workers tell the GUI thread: frozen events, one type per kind of news.

A worker function reports progress with ``task.report(event)`` and returns its
last event; ``Engine`` emits each on the signal of its type (``SIGNALS``), so a
view connects to ``engine.single_ready`` and receives a ``SingleReady``. The
GUI sees nothing else of the core than the ``Prediction``/``Failure`` outcomes
these carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from inference.results import Outcome, Prediction

__all__ = [
    "BatchRow",
    "ExplanationReady",
    "HistoryFailed",
    "JobFailed",
    "JobFinished",
    "JobStarted",
    "ModelFailed",
    "ModelMismatch",
    "ModelOffered",
    "ModelReady",
    "ModelStatus",
    "PictureReady",
    "RowsReady",
    "SingleReady",
]


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
    root: str = ""
    """The folder the pack was opened from (installed packs: ``packs/NAME/VERSION``)."""
    signed_by: str | None = None
    """The trusted publisher whose signature was checked when it opened (None: not checked here)."""
    description: str = ""
    """What the model is for, in its pack's words ("Handwritten digits 0-9, ...")."""
    features: tuple[str, ...] = ()
    """The CSV columns a tabular model reads (empty for image models)."""

    @property
    def model_ref(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class BatchRow:
    """One line of the batch table: an outcome and its thumbnail."""

    index: int
    outcome: Outcome
    thumbnail: QImage | None = None
    entry_id: int | None = None
    """Its history entry (an explanation is kept with it), when the history recorded it."""

    @property
    def ok(self) -> bool:
        """A prediction (not a ``Failure``, nor ``Queued``)."""
        from inference.results import Prediction

        return isinstance(self.outcome, Prediction)

    @property
    def queued(self) -> bool:
        """Waiting in the offline queue: not failed, it runs when the endpoint is back."""
        from inference.results import Queued

        return isinstance(self.outcome, Queued)


# -- models ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelReady:
    status: ModelStatus


@dataclass(frozen=True)
class ModelFailed:
    ref: str
    error: BaseException


@dataclass(frozen=True)
class ModelOffered:
    """A dropped path that is a model: the window offers to switch to it."""

    path: str


@dataclass(frozen=True)
class ModelMismatch:
    """What was dropped is not what the model takes (CSV files for an image model, or pictures
    for a tabular one): nothing was predicted, and ``suggested`` names a bundled model that fits."""

    paths: tuple[str, ...]
    code: str
    """The core's sentence for it (``input.csv_for_image``), rendered in the window's language."""
    params: dict
    suggested: str | None = None


# -- prediction jobs ---------------------------------------------------------------------
@dataclass(frozen=True)
class JobStarted:
    job_id: int
    kind: str
    """``single`` (one image), ``batch``, or ``watch`` (a watched folder: rows until cancelled)."""
    total: int
    inputs: tuple[str, ...]
    csv_source: Path | None = None
    """The CSV file when the job is exactly one CSV (export keeps its columns)."""
    skipped: int = 0


@dataclass(frozen=True)
class SingleReady:
    job_id: int
    prediction: Prediction
    preview: QImage | None
    model_input: QImage | None
    """The tensor the model was given, as a picture (image models)."""
    original_size: tuple[int, int] | None = None
    entry_id: int | None = None
    """Its history entry, when the history recorded it."""
    explain: bool = False
    """Shown to be explained (a batch row's Explain): an ``ExplanationReady`` follows."""


@dataclass(frozen=True)
class PictureReady:
    """The rest of a result opened again (``Engine.open_result``): its picture, or a CSV row's values."""

    key: object
    """What was opened (the window's own token for it): an answer for anything else is dropped."""
    picture: QImage | None = None
    model_input: QImage | None = None
    original_size: tuple[int, int] | None = None
    values: tuple[tuple[str, str], ...] = ()
    """A CSV row's cells the model was given, by column name."""
    state: str = "shown"
    """``shown``; ``gone`` (the file is no longer there), ``changed`` (other contents now) or
    ``unreadable``: the window keeps what it stored, and says so."""


@dataclass(frozen=True)
class ExplanationReady:
    """Where the model looked, for the result shown (or one reopened from the history)."""

    key: tuple[str, ...]
    """The input, the model and the method asked for: what the explanation is cached under."""
    overlay: QImage
    """Heat colours with heat as their alpha, at the size of the picture shown."""
    method: str
    """``occlusion`` or ``gradcam``."""
    passes: int = 0
    explain_ms: float = 0.0
    label: str = ""
    """The answer explained."""
    saved: bool = False
    """Read back from the history rather than computed now."""


@dataclass(frozen=True)
class RowsReady:
    job_id: int
    rows: tuple[BatchRow, ...]


@dataclass(frozen=True)
class JobFinished:
    job_id: int
    kind: str
    """``single``, ``batch``, or ``none`` (nothing to predict, or cancelled before it started)."""
    done: int = 0
    failed: int = 0
    cancelled: bool = False
    elapsed_s: float = 0.0
    queued: int = 0
    """Inputs waiting in the offline queue (not failed: they run when the endpoint is back)."""
    recorded: int = 0
    """Outcomes written to the history (0: the History panel has nothing new to show)."""
    recorded_labels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class JobFailed:
    job_id: int
    error: BaseException
    recorded: int = 0


@dataclass(frozen=True)
class HistoryFailed:
    """The history could not be written (shown once; predictions go on)."""

    error: BaseException
