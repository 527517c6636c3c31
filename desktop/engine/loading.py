"""Opening a model on the inference worker, and the state that worker owns.

``load_model`` and ``describe_model`` run on ``tepi-inference`` (see
``workers``), never on the GUI thread; the first returns a ``ModelReady``
event carrying the ``ModelStatus`` the window shows.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.engine.events import ModelReady, ModelStatus
from desktop.engine.lazy import Lazy
from desktop.engine.workers import Task

if TYPE_CHECKING:
    from inference.history import History
    from inference.offline import OfflineQueue

# The core (NumPy, Pillow, backends) is imported by these functions on the worker,
# so that the window can show before it is loaded.

__all__ = ["EngineState", "describe_model", "load_model", "open_history", "open_options", "predictor_of"]

logger = logging.getLogger(__name__)


def open_history(path: Path | None = None) -> History:
    """The history database (on a worker: it may create or repair the file)."""
    from inference.history import History

    history = History(path)
    if history.recovered_from is not None:
        logger.warning("history was damaged; kept at %s", history.recovered_from)
    return history


@dataclass
class EngineState:
    """Owned by the inference worker thread; the GUI thread only sets the option flags."""

    history: Lazy[History]
    queue: Lazy[OfflineQueue]
    """Where inputs wait while only an unreachable remote could run them (the engine closes it)."""
    predictor: object | None = None
    status: ModelStatus | None = None
    history_enabled: bool = True
    top_k: int = 5
    threads: int = 0
    history_failed: bool = False
    shown: object | None = None
    """The single result on screen, for "Explain" (``explaining.Shown``)."""
    explanations: object | None = None
    """Explanations computed lately, by input, model and method (``explaining``)."""
    open_options: dict[str, Any] = field(default_factory=dict)
    """Extra ``open_predictor`` arguments (``remote``, ``policy``): ``Engine.set_open_options``.

    A callable value is called here, on the worker, at each load, and gives the arguments it
    stands for: settings that need I/O (an endpoint whose secret is in the OS keyring) are read
    off the GUI thread.
    """


# -- models ----------------------------------------------------------------------------
def load_model(task: Task, state: EngineState, ref: str) -> ModelReady:
    """Open ``ref`` and make it current; the previous model stays if this one fails."""
    from inference.formats import bundled_models
    from inference.offline import OfflinePredictor
    from inference.session import open_predictor

    options = open_options(state)
    predictor: Any = open_predictor(ref, threads=state.threads or None, top_k=state.top_k, **options)
    if options.get("remote") is not None:  # inputs only the remote can run wait while it is down
        predictor = OfflinePredictor(predictor, state.queue.get())
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
        root=str(pack.root),
        signed_by=pack.signed_by,
        description=pack.description,
        features=_features(pack),
    )
    old = state.predictor
    state.predictor, state.status = predictor, status
    if old is not None:
        old.close()  # type: ignore[attr-defined]
    logger.info("model %s ready on %s", status.model_ref, status.backend)
    return ModelReady(status)


def _features(pack) -> tuple[str, ...]:
    from inference.modelpack import TabularSpec

    return tuple(pack.input.features) if isinstance(pack.input, TabularSpec) else ()


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


def open_options(state: EngineState) -> dict[str, Any]:
    """``open_predictor`` arguments from the settings; callables (the remote endpoint) are read now."""
    options: dict[str, Any] = {}
    for name, value in state.open_options.items():
        if callable(value):  # a function of the settings (the remote endpoint): read on each load
            options.update(value())
        else:
            options[name] = value
    return options


def open_queue() -> OfflineQueue:
    """The offline queue, opened on first use (a worker's): the core loads after the window shows."""
    from inference.offline import OfflineQueue

    return OfflineQueue()


def predictor_of(state: EngineState):
    if state.predictor is None:
        from inference.errors import UsageError

        raise UsageError("No model is loaded yet.")
    return state.predictor
