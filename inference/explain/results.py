"""What an explanation gives back, beside the prediction it explains.

``ImageExplanation`` keeps the map over the model's input and the geometry
that places it on the picture, so a shell draws it at any size; the CLI
writes it at the picture's own size. ``RowExplanation`` holds one signed
attribution per feature. Both print as the prediction's JSON plus their own
fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from inference.geometry import InputGeometry
from inference.results import Prediction

__all__ = ["Explanation", "FeatureAttribution", "ImageExplanation", "RowExplanation"]


@dataclass(frozen=True)
class ImageExplanation:
    """Where in the picture the model found its answer."""

    prediction: Prediction
    method: str
    """``occlusion`` or ``gradcam``."""
    grid: np.ndarray
    """H × W over the model's input: the mean score drop when covered (occlusion, signed),
    or the class activation (Grad-CAM, ≥ 0)."""
    geometry: InputGeometry
    passes: int
    """Forward passes the explanation ran (the prediction's own not counted); Grad-CAM: 1."""
    explain_ms: float
    picture: Image.Image | None = None
    """The upright picture at full size, when the caller asked for it (to draw on)."""

    def importance(self) -> np.ndarray:
        """The grid's positive part scaled to 0..1 (all 0 when nothing mattered)."""
        positive = np.clip(self.grid, 0.0, None)
        peak = float(positive.max(initial=0.0))
        return positive / peak if peak > 0 else positive

    def heat(self, size: tuple[int, int] | None = None) -> np.ndarray:
        """0..1 over the picture (height × width), or over a drawing of it at ``size`` (width, height)."""
        return np.clip(self.geometry.to_picture(self.importance(), size), 0.0, 1.0)

    def to_json(self, files: dict[str, str] | None = None) -> dict[str, Any]:
        """The prediction's fields, the method, ``files`` written (heatmap, overlay), passes and time."""
        return {
            **self.prediction.to_json(),
            "method": self.method,
            **(files or {}),
            "passes": self.passes,
            "explain_ms": round(self.explain_ms, 3),
        }


@dataclass(frozen=True)
class FeatureAttribution:
    feature: str
    value: float
    baseline: float
    attribution: float
    """The predicted class's score minus its score with this feature set to ``baseline``."""


@dataclass(frozen=True)
class RowExplanation:
    """How much each feature of one CSV row moved the model towards its answer."""

    prediction: Prediction
    attributions: tuple[FeatureAttribution, ...]
    passes: int
    explain_ms: float
    method: str = "occlusion"

    def to_json(self, files: dict[str, str] | None = None) -> dict[str, Any]:
        return {
            **self.prediction.to_json(),
            "method": self.method,
            "attributions": [
                {
                    "feature": a.feature,
                    "value": round(a.value, 6),
                    "baseline": round(a.baseline, 6),
                    "attribution": round(a.attribution, 6),
                }
                for a in self.attributions
            ],
            "passes": self.passes,
            "explain_ms": round(self.explain_ms, 3),
        }


Explanation = ImageExplanation | RowExplanation
