"""A model that answers from the top-left quadrant only: its explanations must point there.

Occlusion runs on the ``.tflite`` file through LiteRT, Grad-CAM on the
``.keras`` file through TensorFlow; then the same model inside packs that crop
or letterbox a non-square photo, where the map must land on the part of the
photo that became the top-left quadrant.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from inference.explain import Cancelled, Explainer
from inference.session import open_predictor
from tests.explain.conftest import (
    HALF,
    LABELS,
    SIDE,
    quadrant_pack,
    quadrant_picture,
    region_ratio,
    save_picture,
)

TOP_LEFT = (0, 0, HALF, HALF)


def test_the_model_answers_from_the_top_left_quadrant(quadrant_model) -> None:
    assert quadrant_model.accuracy >= 0.97


def explain_all(model: Path, pictures: np.ndarray, folder: Path, method: str = "auto") -> list:
    with open_predictor(model) as predictor:
        explainer = Explainer(predictor, method=method)
        results = [
            explainer.explain_image(save_picture(picture, folder / f"picture-{i}.png"))
            for i, picture in enumerate(pictures)
        ]
        explainer.close()
    return results


def test_occlusion_on_tflite_puts_the_heat_in_the_top_left_quadrant(quadrant_model, tmp_path: Path) -> None:
    results = explain_all(quadrant_model.tflite, quadrant_model.test_pictures, tmp_path)
    for result, label in zip(results, quadrant_model.test_labels, strict=True):
        assert result.method == "occlusion"
        assert result.prediction.label == LABELS[label]
        assert result.prediction.backend == "local LiteRT"
        assert result.passes == 15 * 15 + 1  # 2 × 2 patches, stride 1, and the input itself
        heat = result.heat()
        assert heat.shape == (SIDE, SIDE)
        assert region_ratio(heat, TOP_LEFT) >= 3.0, np.round(heat, 2)


def test_gradcam_on_keras_puts_the_heat_in_the_top_left_quadrant(quadrant_model, tmp_path: Path) -> None:
    results = explain_all(quadrant_model.keras, quadrant_model.test_pictures, tmp_path)
    ratios = []
    for result, label in zip(results, quadrant_model.test_labels, strict=True):
        assert result.method == "gradcam"  # auto: the model runs on TensorFlow
        assert result.prediction.label == LABELS[label]
        assert result.passes == 2
        ratios.append(region_ratio(result.heat(), TOP_LEFT))
    assert region_ratio(np.mean([r.heat() for r in results], axis=0), TOP_LEFT) >= 3.0, ratios
    assert min(ratios) >= 2.0, ratios


def test_occlusion_on_keras_when_asked(quadrant_model, tmp_path: Path) -> None:
    (result,) = explain_all(quadrant_model.keras, quadrant_model.test_pictures[:1], tmp_path, "occlusion")
    assert result.method == "occlusion" and result.prediction.backend == "local TensorFlow"
    assert region_ratio(result.heat(), TOP_LEFT) >= 3.0


def photo_for_crop(rng: np.random.Generator, label: int, folder: Path) -> Path:
    """640 × 320: the centre 320 × 320 is a quadrant picture (20 photo pixels per model pixel);
    the sides, which the crop cuts away, hold colours of their own."""
    photo = np.zeros((320, 640, 3), np.float32)
    centre = quadrant_picture(rng, label)
    photo[:, 160:480] = np.kron(centre, np.ones((20, 20, 1), np.float32))
    photo[:, :160] = (0.1, 0.8, 0.2)
    photo[:, 480:] = (0.9, 0.15, 0.1)
    return save_picture(photo, folder / f"wide-{label}.png")


def photo_for_pad(rng: np.random.Generator, label: int, folder: Path) -> Path:
    """640 × 400: letterboxed into 16 × 16 it fills rows 3..13 (40 photo pixels per model pixel),
    so the model's top-left quadrant is the photo's left half, top 200 rows, under 3 black rows."""
    picture = quadrant_picture(rng, label, bands=3)
    photo = np.kron(picture[3:13], np.ones((40, 40, 1), np.float32))
    return save_picture(photo, folder / f"letterboxed-{label}.png")


@pytest.mark.parametrize("model_kind", ["tflite", "keras"])
def test_crop_the_map_lands_on_the_photo_region_the_model_saw_top_left(
    quadrant_model, tmp_path: Path, model_kind: str
) -> None:
    pack = quadrant_pack(tmp_path / "pack", getattr(quadrant_model, model_kind), fit="crop")
    rng = np.random.default_rng(3)
    with open_predictor(pack) as predictor:
        explainer = Explainer(predictor)
        for label in range(3):
            result = explainer.explain_image(photo_for_crop(rng, label, tmp_path), picture=True)
            assert result.prediction.label == LABELS[label]
            heat = result.heat()
            assert heat.shape == (320, 640)
            assert result.picture is not None and result.picture.size == (640, 320)
            assert heat[:, :159].max() == 0 and heat[:, 481:].max() == 0  # cut away: never seen
            seen = np.zeros(heat.shape, bool)
            seen[:, 160:480] = True
            assert region_ratio(heat, (160, 0, 320, 160), within=seen) >= 3.0


@pytest.mark.parametrize("model_kind", ["tflite", "keras"])
def test_pad_the_map_lands_on_the_photo_region_the_model_saw_top_left(
    quadrant_model, tmp_path: Path, model_kind: str
) -> None:
    pack = quadrant_pack(tmp_path / "pack", getattr(quadrant_model, model_kind), fit="pad")
    rng = np.random.default_rng(4)
    with open_predictor(pack) as predictor:
        explainer = Explainer(predictor)
        for label in range(3):
            result = explainer.explain_image(photo_for_pad(rng, label, tmp_path))
            assert result.prediction.label == LABELS[label]
            assert result.geometry.box == pytest.approx((0.0, -120.0, 640.0, 520.0))
            heat = result.heat()
            assert heat.shape == (400, 640)
            assert region_ratio(heat, (0, 0, 320, 200)) >= 3.0


def test_an_explanation_can_be_cancelled_between_batches(
    quadrant_model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inference.explain import occlusion

    monkeypatch.setattr(occlusion, "BATCH_BYTES", 40 * 16 * 16 * 3 * 4)  # 40 copies a call: 6 calls
    path = save_picture(quadrant_model.test_pictures[0], tmp_path / "one.png")
    asked = []
    with open_predictor(quadrant_model.tflite) as predictor:
        explainer = Explainer(predictor, method="occlusion")
        with pytest.raises(Cancelled):
            explainer.explain_image(path, cancel=lambda: bool(asked.append(1)) or len(asked) > 2)
        assert len(asked) == 3  # asked before each call; stopped before the third
        assert explainer.explain_image(path).passes == 15 * 15 + 1  # still usable afterwards
    assert Image.open(path).size == (SIDE, SIDE)
