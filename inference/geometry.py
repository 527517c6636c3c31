"""Where the model's input lies on the picture it was made from.

Preprocessing may trim a picture to its strokes, crop it to the model's
aspect, letterbox it or stretch it. ``InputGeometry`` keeps the result as
one rectangle of the upright picture, so anything drawn over the model's
input (an explanation heatmap) can be drawn over the picture as shown, and
a point on either can be found on the other. ``inference.images`` makes it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Box", "InputGeometry"]

Box = tuple[float, float, float, float]
"""left, top, right, bottom, in pixels."""


@dataclass(frozen=True)
class InputGeometry:
    """Where the model's input lies on the picture, so a map over the input lands on the picture.

    ``box`` is the rectangle of the upright picture, in its pixels, that the
    model's whole input covers: the picture itself for ``stretch``, a part of
    it for ``crop`` and ``trim``, more than the picture for ``pad`` (the
    letterbox bands lie outside it).
    """

    box: Box
    """left, top, right, bottom in ``picture_size`` pixels."""
    picture_size: tuple[int, int]
    """(width, height) of the upright picture the box is measured on."""
    input_size: tuple[int, int]
    """(width, height) of the model's input."""

    def scaled(self, picture_size: tuple[int, int]) -> InputGeometry:
        """The same geometry on the same picture shown at another size."""
        sx, sy = picture_size[0] / self.picture_size[0], picture_size[1] / self.picture_size[1]
        left, top, right, bottom = self.box
        return InputGeometry((left * sx, top * sy, right * sx, bottom * sy), picture_size, self.input_size)

    def to_input(self, x: float, y: float) -> tuple[float, float]:
        """A point on the picture as a point on the model's input (pixel units of each)."""
        left, top, right, bottom = self.box
        width, height = self.input_size
        return (x - left) / (right - left) * width, (y - top) / (bottom - top) * height

    def to_picture_point(self, u: float, v: float) -> tuple[float, float]:
        """A point on the model's input as a point on the picture."""
        left, top, right, bottom = self.box
        width, height = self.input_size
        return left + u / width * (right - left), top + v / height * (bottom - top)

    def to_picture(self, grid: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
        """Resample a map over the model's input (H × W) onto the picture: height × width, float32.

        Bilinear between input pixel centres; 0 on the parts of the picture the
        model never saw (cut off by ``crop`` or ``trim``). ``size`` draws the
        picture at another size (a preview), by default its own.
        """
        rows, cols = self.resampling(grid.shape[:2], size)
        return (rows @ grid.astype(np.float32) @ cols.T).astype(np.float32)

    def resampling(
        self, cells: tuple[int, int], size: tuple[int, int] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``to_picture`` as two weight matrices: picture rows × grid rows, picture columns × grid columns.

        ``rows[a:b] @ grid @ cols.T`` draws a band of the picture alone (a huge photo, in pieces).
        """
        width, height = size or self.picture_size
        left, top, right, bottom = self.box
        rows = _resampling_matrix(cells[0], height, self.picture_size[1] / height, top, bottom)
        cols = _resampling_matrix(cells[1], width, self.picture_size[0] / width, left, right)
        return rows, cols


def _resampling_matrix(cells: int, pixels: int, step: float, start: float, end: float) -> np.ndarray:
    """pixels × cells weights: linear interpolation of ``cells`` values spread over [start, end)."""
    centres = (np.arange(pixels, dtype=np.float64) + 0.5) * step  # picture pixel centres
    position = (centres - start) / (end - start) * cells - 0.5  # in input cells, 0 = first centre
    inside = (position > -0.5) & (position < cells - 0.5)
    position = np.clip(position, 0.0, cells - 1.0)
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, cells - 1)
    frac = position - low
    matrix = np.zeros((pixels, cells), np.float32)
    index = np.arange(pixels)
    matrix[index, low] += np.where(inside, 1.0 - frac, 0.0)
    matrix[index, high] += np.where(inside, frac, 0.0)
    return matrix
