"""Why did the model say that? Heatmaps over pictures, signed attributions over CSV features.

    explainer   Explainer: a Predictor asked why; images and CSV rows, files and folders
    occlusion   patches set to the neutral value, batched through Backend.predict (any backend)
    gradcam     Grad-CAM on the last convolutional layer of a Keras model (TensorFlow, lazily)
    tabular     one feature at a time replaced by its baseline, the score's change signed
    results     ImageExplanation (map over the input + geometry), RowExplanation
    render      greyscale heatmap, inferno overlay, small PNG for the history

Nothing here imports TensorFlow until Grad-CAM runs on a Keras model.
"""

from __future__ import annotations

from inference.explain.explainer import METHODS, Explainer
from inference.explain.occlusion import Cancelled
from inference.explain.results import Explanation, FeatureAttribution, ImageExplanation, RowExplanation

__all__ = [
    "METHODS",
    "Cancelled",
    "Explainer",
    "Explanation",
    "FeatureAttribution",
    "ImageExplanation",
    "RowExplanation",
]
