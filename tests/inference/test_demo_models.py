"""The bundled demo packs still reach their stated accuracy, through Tepi's own pipeline."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import train_demo_models as training  # noqa: E402


@pytest.fixture(scope="module")
def digits_holdout():
    from sklearn.datasets import load_digits

    data = load_digits()
    _, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    return data.images[test].astype(np.float32), data.target[test]


def test_digits_held_out_accuracy_and_format_agreement(digits_holdout) -> None:
    images, labels = digits_holdout
    batch = images[..., None] / 16.0
    with open_predictor("digits") as lite:
        lite_out = lite.router.run(batch).outputs
    from inference.backends.tensorflow import TensorFlowBackend

    with TensorFlowBackend(ROOT / "resources/models/digits/digits.keras") as keras_backend:
        keras_out = keras_backend.predict(batch)
    assert np.mean(lite_out.argmax(1) == labels) >= 0.97
    assert np.mean(lite_out.argmax(1) == keras_out.argmax(1)) >= 0.99


@pytest.mark.parametrize("side", [16, 64, 300])
def test_digits_drawn_dark_on_light_at_any_size(digits_holdout, side: int) -> None:
    images, labels = digits_holdout
    correct = 0
    with open_predictor("digits") as predictor:
        for grid, label in zip(images, labels, strict=True):
            buffer = io.BytesIO()
            training.render_digit(grid, side).save(buffer, "PNG")
            prediction, _ = predictor.predict_image(buffer.getvalue(), name="drawn.png")
            correct += prediction.label == str(label)
    assert correct / len(labels) >= 0.97


def test_iris_accuracy() -> None:
    from sklearn.datasets import load_iris

    data = load_iris()
    with open_predictor("iris") as predictor:
        outputs = predictor.router.run(data.data.astype(np.float32)).outputs
    assert np.mean(outputs.argmax(1) == data.target) >= 0.95
