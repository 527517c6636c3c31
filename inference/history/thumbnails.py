"""Small PNG thumbnails of inputs for the history list, decoded with the same limits as any input."""

from __future__ import annotations

import io
import logging
from pathlib import Path

__all__ = ["THUMBNAIL_SIDE", "make_thumbnail"]

logger = logging.getLogger(__name__)
THUMBNAIL_SIDE = 96


def make_thumbnail(source: object, side: int = THUMBNAIL_SIDE) -> bytes | None:
    """A small PNG of an image for the history list; ``None`` when it cannot be made.

    ``source`` is a Pillow image, a path or the file's bytes. Decoding goes
    through ``inference.images`` so hostile files get the same limits.
    """
    from PIL import Image

    from inference.errors import ImageError
    from inference.images import decode_image

    try:
        if isinstance(source, Image.Image):
            image = source.copy()
        else:
            data = source if isinstance(source, bytes) else Path(str(source)).read_bytes()
            image, _ = decode_image(data, hint=side)
        image.thumbnail((side, side), Image.Resampling.BILINEAR)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=False)
        return buffer.getvalue()
    except (ImageError, OSError, ValueError) as exc:
        logger.debug("no thumbnail: %s", exc)
        return None
