"""Opening a result again on the inference worker: a batch row or a History entry as the full view.

The window shows what it kept at once (the answer, the thumbnail); this reads the input again for
the rest: the picture, and the model's input when the model that answered is the one loaded (then
the result can also be explained, as one just predicted). A CSV row brings the values the model
was given. Nothing is predicted again and nothing is recorded. A file that is gone, or that has
changed since, is said to be so, and what was kept stays on screen.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.engine.events import PictureReady, SingleReady
from desktop.engine.explaining import remember_shown
from desktop.engine.loading import EngineState
from desktop.engine.pictures import qimage, tensor_image
from desktop.engine.workers import Task

if TYPE_CHECKING:
    from inference.results import Prediction

__all__ = ["open_result"]

logger = logging.getLogger(__name__)


def open_result(
    task: Task, state: EngineState, prediction: Prediction, entry_id: int | None, key: object, live: bool
) -> SingleReady | PictureReady:
    """The rest of a result the window already shows (``key`` says which one).

    ``live``: a row of the batch on screen, which may be explained like a new result when the
    model that answered it is still loaded.
    """
    from inference.errors import TepiError

    try:
        if prediction.row is not None:
            values = _row_values(state, prediction)
            return PictureReady(key, values=values, state="shown" if values else "changed")
        return _picture(task, state, prediction, entry_id, key, live)
    except TepiError as exc:
        logger.info("cannot open %s again: %s", prediction.input, exc)
        gone = not Path(prediction.input).exists()
        return PictureReady(key, state="gone" if gone else "unreadable")


def _picture(
    task: Task, state: EngineState, prediction: Prediction, entry_id: int | None, key: object, live: bool
) -> SingleReady | PictureReady:
    from inference.images import PREVIEW_SIDE, decode_image, load_image, read_image_bytes
    from inference.modelpack import ImageSpec

    predictor = state.predictor
    pack = getattr(predictor, "pack", None)
    path = Path(prediction.input)
    if pack is not None and pack.ref == prediction.model and isinstance(pack.input, ImageSpec):
        loaded = load_image(path, pack.input, preview=True)
        if prediction.input_sha256 and loaded.sha256 != prediction.input_sha256:
            return PictureReady(key, state="changed")
        picture = qimage(loaded.preview) if loaded.preview is not None else None
        model_input = tensor_image(loaded.tensor, pack.input)
        if live:
            remember_shown(state, prediction, loaded, entry_id)
            return SingleReady(task.id, prediction, picture, model_input, loaded.original_size, entry_id)
        return PictureReady(key, picture, model_input, loaded.original_size)
    import hashlib

    data = read_image_bytes(path, path.name)  # another model answered it: the picture alone
    if prediction.input_sha256 and hashlib.sha256(data).hexdigest() != prediction.input_sha256:
        return PictureReady(key, state="changed")
    image, original_size = decode_image(data, name=path.name)
    image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
    return PictureReady(key, qimage(image), None, original_size)


def _row_values(state: EngineState, prediction: Prediction) -> tuple[tuple[str, str], ...]:
    """The cells of the row that the model was given (its features), by column name."""
    from inference.modelpack import TabularSpec
    from inference.tables import read_csv

    pack = getattr(state.predictor, "pack", None)
    spec = pack.input if pack is not None and pack.ref == prediction.model else None
    features = spec.features if isinstance(spec, TabularSpec) else ()
    table = read_csv(prediction.input, features)
    index = (prediction.row or 1) - 1
    if not 0 <= index < len(table.rows):
        return ()
    row = table.rows[index]
    names = features or tuple(table.header)
    cells = {name: row[i] if i < len(row) else "" for i, name in enumerate(table.header)}
    return tuple((name, cells.get(name, "")) for name in names)
