"""Occlusion sensitivity: cover one patch of the input at a time and measure what the model loses.

Works with every backend, because it only needs scores for a batch: the
occluded copies go through the same ``Backend.predict`` as any prediction
(LiteRT, TensorFlow, ONNX Runtime, a remote endpoint), many copies per call.

    patch   about 1/8 of each side (at least 2 pixels), stride half a patch
    copy    the input with one patch set to the neutral value (``neutral_value``)
    drop    the predicted class's evidence on the input minus its evidence on the copy
    map     each input pixel gets the mean drop of the patches that cover it

Evidence is the class's log-odds, log p / (1 - p), with 1 - p summed from the
other classes so it stays exact near certainty: a digit read at 99.9999 %
loses little probability when half its ink is covered, but loses most of its
evidence (the weight of evidence of Zintgraf et al., "Visualizing deep neural
network decisions: prediction difference analysis", ICLR 2017).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from inference.modelpack import ImageSpec

__all__ = ["Cancelled", "OcclusionGrid", "evidence", "neutral_value", "occlusion_map", "rows_per_call"]

Scores = Callable[[np.ndarray], np.ndarray]
"""A batch (N × H × W × C) to class scores (N × classes)."""
Cancel = Callable[[], bool]
BATCH_BYTES = 16 * 2**20
"""Occluded copies sent in one call, by size: large enough to amortise a call, small enough for memory."""
REMOTE_BATCH_BYTES = 2 * 2**20
"""Copies in one request to a remote endpoint: JSON bodies are several times the tensor's size."""
TINY = 1e-30
"""Probabilities below this count as this (a float32 softmax underflows to 0)."""


class Cancelled(Exception):
    """The caller cancelled an explanation between two batches (not an error to show)."""


@dataclass(frozen=True)
class OcclusionGrid:
    """Where the patches go on an input of ``height`` × ``width``."""

    height: int
    width: int
    patch: tuple[int, int]
    """(rows, columns) covered by one patch."""
    stride: tuple[int, int]

    @classmethod
    def for_input(cls, height: int, width: int) -> OcclusionGrid:
        patch = (_patch_side(height), _patch_side(width))
        return cls(height, width, patch, (max(1, patch[0] // 2), max(1, patch[1] // 2)))

    def positions(self) -> list[tuple[int, int]]:
        """Top-left corners (row, column), covering every pixel at least once."""
        rows = _starts(self.height, self.patch[0], self.stride[0])
        cols = _starts(self.width, self.patch[1], self.stride[1])
        return [(r, c) for r in rows for c in cols]


def _patch_side(side: int) -> int:
    return min(side, max(2, round(side / 8)))


def _starts(side: int, patch: int, stride: int) -> list[int]:
    starts = list(range(0, side - patch + 1, stride))
    if starts[-1] != side - patch:
        starts.append(side - patch)  # the last patch reaches the edge
    return starts


def neutral_value(spec: ImageSpec) -> np.ndarray:
    """The value that carries no evidence, per channel, in the model's units.

    Normalised inputs (``mean``/``std``) get the mean, which is 0 after
    normalising; inverted inputs (dark ink on light paper) get paper, which is
    0 after inverting; other pictures get mid-grey.
    """
    if spec.mean is not None and spec.std is not None:
        return np.zeros(spec.channels, np.float32)
    pixel = 0.0 if spec.invert else 127.5
    return np.full(spec.channels, pixel * spec.scale + spec.offset, np.float32)


def evidence(probabilities: np.ndarray, target: int) -> np.ndarray:
    """The log-odds of class ``target`` for each row of probabilities (N × classes)."""
    values = probabilities.astype(np.float64)
    others = np.delete(values, target, axis=1).sum(axis=1)  # not 1 - p: exact when p rounds to 1
    return np.log(np.maximum(values[:, target], TINY)) - np.log(np.maximum(others, TINY))


def rows_per_call(tensor: np.ndarray, *, remote: bool) -> int:
    budget = REMOTE_BATCH_BYTES if remote else BATCH_BYTES
    return max(1, min(256, budget // max(1, tensor.nbytes)))


def occlusion_map(
    tensor: np.ndarray,
    scores: Scores,
    target: int,
    base: np.ndarray,
    neutral: np.ndarray,
    *,
    rows: int,
    cancel: Cancel | None = None,
) -> tuple[np.ndarray, int]:
    """The mean evidence drop per input pixel (H × W, signed) and the number of occluded copies run.

    ``base`` is the input's own probabilities (classes); ``target`` the class explained.
    """
    height, width = tensor.shape[:2]
    grid = OcclusionGrid.for_input(height, width)
    (ph, pw), corners = grid.patch, grid.positions()
    base_evidence = float(evidence(base[None], target)[0])
    total = np.zeros((height, width), np.float64)
    count = np.zeros((height, width), np.float64)
    for start in range(0, len(corners), rows):
        if cancel is not None and cancel():
            raise Cancelled
        chunk = corners[start : start + rows]
        batch = np.repeat(tensor[None], len(chunk), axis=0)
        for k, (r, c) in enumerate(chunk):
            batch[k, r : r + ph, c : c + pw, :] = neutral
        drops = base_evidence - evidence(scores(batch), target)
        for (r, c), drop in zip(chunk, drops, strict=True):
            total[r : r + ph, c : c + pw] += drop
            count[r : r + ph, c : c + pw] += 1
    return (total / np.maximum(count, 1)).astype(np.float32), len(corners)
