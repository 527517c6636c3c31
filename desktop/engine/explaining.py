"""Explanations on the inference worker: where in the picture the model found its answer.

The result on screen is remembered here when it is predicted (its tensor,
the geometry that places the tensor on the picture, its prediction and its
history entry), so "Explain" needs no second decode. Explanations are cached
per input, model and method (the last ``CACHE_SIZE``), and each computed one
is kept with its history entry as a small greyscale PNG, so it reopens from
the History panel without the model. A batch row is explained on demand: it
is loaded again (the table keeps only a thumbnail), shown, and explained.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from desktop.engine.events import ExplanationReady, SingleReady
from desktop.engine.loading import EngineState, predictor_of
from desktop.engine.pictures import qimage, tensor_image
from desktop.engine.workers import Task

if TYPE_CHECKING:
    import numpy as np

    from inference.geometry import InputGeometry
    from inference.images import LoadedImage
    from inference.results import Prediction

__all__ = ["explain_row", "explain_shown", "remember_shown", "saved_explanation"]

logger = logging.getLogger(__name__)
CACHE_SIZE = 16


@dataclass(frozen=True)
class Shown:
    """The single result on screen, as the worker needs it to explain it."""

    prediction: Prediction
    tensor: np.ndarray
    geometry: InputGeometry
    preview_size: tuple[int, int]
    entry_id: int | None


def remember_shown(
    state: EngineState, prediction: Prediction, loaded: LoadedImage, entry_id: int | None
) -> None:
    if loaded.geometry is None or loaded.preview is None:
        state.shown = None
        return
    state.shown = Shown(prediction, loaded.tensor, loaded.geometry, loaded.preview.size, entry_id)


def explain_shown(task: Task, state: EngineState, method: str) -> ExplanationReady | None:
    """Explain the result on screen (cached); None when cancelled or nothing is shown.

    Every history entry of the picture gets the heatmap, also when it comes from the cache.
    """
    shown = state.shown
    predictor = predictor_of(state)
    if not isinstance(shown, Shown) or shown.prediction.model != predictor.pack.ref:  # type: ignore[attr-defined]
        return None  # nothing shown, or shown by a model no longer loaded
    key = _key(state, shown.prediction, method)
    cache = _cache(state)
    if key in cache:
        cache.move_to_end(key)
        ready, png = cache[key]
    else:
        made = _compute(task, state, shown, method, key)
        if made is None:
            return None
        ready, png = made
        cache[key] = made
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    if shown.entry_id is not None and state.history_enabled:
        _save(state, shown.entry_id, ready.method, png)
    return ready


def explain_row(task: Task, state: EngineState, path: str, entry_id: int | None, method: str) -> None:
    """A batch row's image: shown on the result page (``SingleReady``), then explained.

    The row is in the history already (``entry_id``): the explanation joins that entry.
    """
    predictor = predictor_of(state)
    prediction, loaded = predictor.predict_image(path)  # type: ignore[attr-defined]
    remember_shown(state, prediction, loaded, entry_id)
    picture = qimage(loaded.preview) if loaded.preview is not None else None
    model_input = tensor_image(loaded.tensor, predictor.pack.input)  # type: ignore[attr-defined]
    task.report(SingleReady(task.id, prediction, picture, model_input, loaded.original_size, entry_id, True))
    ready = explain_shown(task, state, method)
    if ready is not None:
        task.report(ready)


def saved_explanation(
    history: Any, entry_id: int, picture_size: tuple[int, int] | None
) -> ExplanationReady | None:
    """An explanation kept with a history entry, as an overlay (on the I/O worker)."""
    import io

    import numpy as np
    from PIL import Image

    found = history.explanation(entry_id)
    if found is None:
        return None
    method, png = found
    heat = Image.open(io.BytesIO(png)).convert("L")
    if picture_size is not None and heat.size != picture_size:
        heat = heat.resize(picture_size, Image.Resampling.BILINEAR)
    overlay = _overlay(np.asarray(heat, np.float32) / 255.0)
    return ExplanationReady(("history", str(entry_id), method), overlay, method, saved=True)


def _key(state: EngineState, prediction: Prediction, method: str) -> tuple[str, ...]:
    status = state.status
    model = (status.sha256 or status.model_ref) if status is not None else ""
    return (prediction.input_sha256 or prediction.input, model, method)


def _cache(state: EngineState) -> OrderedDict[tuple[str, ...], tuple[ExplanationReady, bytes]]:
    if not isinstance(state.explanations, OrderedDict):
        state.explanations = OrderedDict()
    return state.explanations


def _compute(
    task: Task, state: EngineState, shown: Shown, method: str, key: tuple[str, ...]
) -> tuple[ExplanationReady, bytes] | None:
    """The overlay for the page and the small greyscale PNG for the history; None when cancelled."""
    from inference.explain import Cancelled, Explainer
    from inference.explain.render import small_heatmap_png
    from inference.history import THUMBNAIL_SIDE
    from inference.offline import OfflinePredictor

    predictor = predictor_of(state)
    if isinstance(predictor, OfflinePredictor):
        predictor = predictor.predictor  # an explanation needs answers now: nothing waits in the queue
    explainer = Explainer(predictor, method=method)  # type: ignore[arg-type]
    try:
        explained = explainer.explain_tensor(
            shown.tensor, shown.geometry, shown.prediction, cancel=lambda: task.cancelled
        )
    except Cancelled:
        return None
    finally:
        explainer.close()
    heat = explained.heat(size=shown.preview_size)
    ready = ExplanationReady(
        key, _overlay(heat), explained.method, explained.passes, explained.explain_ms, shown.prediction.label
    )
    return ready, small_heatmap_png(heat, THUMBNAIL_SIDE)


def _overlay(heat: np.ndarray) -> QImage:
    """Heat colours with heat as their alpha: drawn over the picture, cold parts stay clear."""
    from inference.explain.render import overlay_rgba

    pixels = overlay_rgba(heat)
    height, width = pixels.shape[:2]
    return QImage(pixels.tobytes(), width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def _save(state: EngineState, entry_id: int, method: str, png: bytes) -> None:
    from inference.errors import TepiError

    try:
        state.history.get().save_explanation(entry_id, method, png)
    except TepiError as exc:  # the explanation is still shown; only the history misses it
        logger.error("explanation not kept in the history: %s", exc)
