"""Explanations of models other writers made: tf2onnx's ONNX digits, Teachable Machine's Keras 2 export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.explain import Explainer
from tests.peers.conftest import ROOT, SAMPLES
from tests.peers.test_onnx import _pack_with

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
DIGITS = ROOT / "resources" / "models" / "digits"


def test_occlusion_on_onnx_runtime_matches_litert(onnx_models: Path, tmp_path: Path) -> None:
    """Channels-first ONNX through the same ``Backend.predict``: the same heat as the LiteRT model's."""
    pack = _pack_with(onnx_models / "digits_nchw.onnx", DIGITS, tmp_path / "digits-onnx")
    with open_predictor(pack) as onnx, open_predictor(DIGITS) as litert:
        for sample in sorted(SAMPLES.glob("digit-*")):
            mine = Explainer(onnx).explain_image(sample, picture=True)
            theirs = Explainer(litert).explain_image(sample)
            assert mine.prediction.backend == "local ONNX Runtime" and mine.method == "occlusion"
            assert mine.passes == theirs.passes == 50
            np.testing.assert_allclose(mine.importance(), theirs.importance(), atol=0.02)
            grey = np.asarray(mine.picture.convert("L"), np.float32)
            heat = mine.heat()
            assert heat[grey < 128].mean() > 3 * heat[grey >= 128].mean(), sample.name


def test_gradcam_finds_the_convolution_inside_teachable_machines_nesting(keras2_files: Path) -> None:
    """Teachable Machine's h5 nests MobileNetV2 (a Functional model) in a Sequential: Grad-CAM reaches in."""
    export = keras2_files / "converted_keras"
    image = SAMPLES / "digit-2-photo.jpg"
    with open_predictor(export) as predictor:
        auto = Explainer(predictor).explain_image(image)
        asked = Explainer(predictor, method="gradcam").explain_image(image)
    assert auto.method == asked.method == "gradcam" and auto.passes == 2
    assert auto.grid.shape == (224, 224)
    np.testing.assert_allclose(auto.grid, asked.grid, rtol=1e-4, atol=1e-6)
    assert auto.importance().max() == pytest.approx(1.0) and auto.importance().mean() < 0.9
