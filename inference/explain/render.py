"""Heatmaps as pictures: greyscale maps, colour overlays, and small PNGs to keep with a result.

The colour map is turbo (blue through green and yellow to red), which stays
visible over both dark ink and white paper. Over a photo each pixel's colour
is blended in by its heat, so what the model ignored shows the photo
unchanged.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from inference.explain.results import ImageExplanation

__all__ = [
    "colour_map",
    "draw_explanation",
    "heatmap_image",
    "overlay_image",
    "overlay_rgba",
    "png_bytes",
    "small_heatmap_png",
]

# Matplotlib's turbo at 0, 0.1, ..., 1 (sRGB); linear between.
_TURBO = np.array(
    [
        (48, 18, 59),
        (69, 89, 203),
        (62, 155, 254),
        (25, 213, 205),
        (70, 248, 132),
        (164, 252, 60),
        (225, 221, 55),
        (254, 164, 49),
        (240, 91, 18),
        (195, 37, 3),
        (122, 4, 3),
    ],
    dtype=np.float32,
)
_LUT = np.stack(
    [np.interp(np.linspace(0, 1, 256), np.linspace(0, 1, len(_TURBO)), _TURBO[:, c]) for c in range(3)],
    axis=1,
).astype(np.uint8)
SMALL_SIDE = 96
"""The longest side of the heatmap kept with a result in the history."""
BAND_ROWS = 512
"""Rows drawn at a time, so a 48-megapixel photo never needs its heatmap in floats whole."""


def _levels(heat: np.ndarray) -> np.ndarray:
    return np.rint(np.clip(heat, 0.0, 1.0) * 255.0).astype(np.uint8)


def draw_explanation(
    explanation: ImageExplanation, picture: Image.Image, opacity: float = 0.6
) -> tuple[Image.Image, Image.Image]:
    """The greyscale heatmap and the overlay, both at ``picture``'s size, drawn band by band."""
    rows, cols = explanation.geometry.resampling(explanation.grid.shape, picture.size)
    across = explanation.importance() @ cols.T  # grid rows × picture columns
    levels = np.empty((picture.height, picture.width), np.uint8)
    blended = np.empty((picture.height, picture.width, 3), np.uint8)
    rgb = picture if picture.mode == "RGB" else picture.convert("RGB")
    for top in range(0, picture.height, BAND_ROWS):
        bottom = min(top + BAND_ROWS, picture.height)
        heat = rows[top:bottom] @ across
        levels[top:bottom] = _levels(heat)
        band = rgb.crop((0, top, picture.width, bottom))
        blended[top:bottom] = np.asarray(overlay_image(band, heat, opacity))
    return Image.fromarray(levels, "L"), Image.fromarray(blended, "RGB")


def heatmap_image(heat: np.ndarray) -> Image.Image:
    """A greyscale picture of a 0..1 map: brighter is more important."""
    return Image.fromarray(_levels(heat), "L")


def colour_map(heat: np.ndarray) -> np.ndarray:
    """A 0..1 map in turbo colours: height × width × 3, uint8."""
    return _LUT[_levels(heat)]


def overlay_rgba(heat: np.ndarray) -> np.ndarray:
    """Heat colours with the heat as their alpha (height × width × 4, uint8): for a GUI to draw over
    the picture at any opacity, leaving what the model ignored clear."""
    rgba = np.empty((*heat.shape, 4), np.uint8)
    rgba[..., :3] = colour_map(heat)
    rgba[..., 3] = _levels(heat)
    return rgba


def overlay_image(picture: Image.Image, heat: np.ndarray, opacity: float = 0.6) -> Image.Image:
    """The picture with the heatmap over it; ``heat`` is 0..1 at the picture's size."""
    base = np.asarray(picture.convert("RGB"), dtype=np.float32)
    if base.shape[:2] != heat.shape:
        raise ValueError(f"heat {heat.shape} does not match the picture {base.shape[:2]}")
    alpha = (np.clip(heat, 0.0, 1.0) * float(np.clip(opacity, 0.0, 1.0)))[..., None]
    blended = base * (1.0 - alpha) + colour_map(heat).astype(np.float32) * alpha
    return Image.fromarray(np.rint(blended).astype(np.uint8), "RGB")


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def small_heatmap_png(heat: np.ndarray, side: int = SMALL_SIDE) -> bytes:
    """A small greyscale PNG of a 0..1 map (a few kilobytes), to keep with a result."""
    image = heatmap_image(heat)
    image.thumbnail((side, side), Image.Resampling.BILINEAR)
    return png_bytes(image)
