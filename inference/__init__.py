"""Tepi's UI-free core: model packs, preprocessing, backends, routing, CLI.

Importing this package is cheap: TensorFlow is imported only when a model
that needs it is loaded, and nothing here imports Qt.
"""

from __future__ import annotations

from inference.errors import TepiError
from inference.formats import bundled_models, open_model
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.predictor import Predictor, expand_inputs
from inference.results import Failure, LabelScore, Outcome, Prediction, Queued
from inference.session import open_predictor


def _version() -> str:
    """The version written in pyproject.toml, installed or frozen."""
    from importlib import metadata

    try:
        return metadata.version("tepi")
    except metadata.PackageNotFoundError:
        from pathlib import Path

        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.is_file():
            return str(tomllib.loads(pyproject.read_text())["project"]["version"])
        return "0+unknown"


__version__ = _version()

__all__ = [
    "Failure",
    "ImageSpec",
    "LabelScore",
    "ModelPack",
    "Outcome",
    "Prediction",
    "Predictor",
    "Queued",
    "TabularSpec",
    "TepiError",
    "__version__",
    "bundled_models",
    "expand_inputs",
    "open_model",
    "open_predictor",
]
