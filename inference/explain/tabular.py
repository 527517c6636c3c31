"""Per-feature attributions for tabular models: replace one feature at a time by its baseline.

    attribution_i = score(row) - score(row with feature i set to baseline_i)

for the predicted class. Positive: this value pushed the model towards its
answer; negative: it pulled away. The baseline is the pack's ``[input]
baseline`` row (the training means, for the bundled packs), or else the mean
of the rows being explained. All rows of a batch and all their features go
through the backend in one call.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__ = ["feature_attributions"]

Scores = Callable[[np.ndarray], np.ndarray]


def feature_attributions(
    rows: np.ndarray, baseline: np.ndarray, scores: Scores, targets: np.ndarray, base: np.ndarray
) -> np.ndarray:
    """Signed attributions (N × F) for ``rows`` (N × F) whose predicted classes are ``targets``.

    ``base`` holds each row's score for its class (N); ``scores`` runs a batch.
    """
    count, features = rows.shape
    copies = np.repeat(rows, features, axis=0).reshape(count, features, features)
    index = np.arange(features)
    copies[:, index, index] = baseline  # copy j of row n has feature j replaced
    replaced = scores(copies.reshape(count * features, features)).reshape(count, features, -1)
    kept = np.take_along_axis(replaced, targets[:, None, None].repeat(features, axis=1), axis=2)[..., 0]
    return (base[:, None] - kept).astype(np.float32)
