"""Temperature scaling, calibration error and the "not sure" threshold: math, manifest, pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.calibration import (
    calibrate,
    confidence_threshold,
    expected_calibration_error,
    fit_temperature,
    scaled_probabilities,
)
from inference.errors import ManifestError
from inference.modelpack import load_manifest

ROOT = Path(__file__).resolve().parents[2]


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _sampled(temperature: float, count: int = 20000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Logits and labels drawn from softmax(logits / temperature): that temperature is the true one."""
    rng = np.random.default_rng(seed)
    logits = rng.normal(0, 3, (count, 5))
    probabilities = _softmax(logits / temperature)
    labels = np.array([rng.choice(5, p=p) for p in probabilities])
    return logits, labels


@pytest.mark.parametrize("true_temperature", [0.5, 1.0, 2.5])
def test_fit_temperature_recovers_the_temperature_the_labels_were_drawn_with(true_temperature: float) -> None:
    logits, labels = _sampled(true_temperature)
    assert fit_temperature(logits, labels) == pytest.approx(true_temperature, rel=0.05)


def test_calibrating_an_over_confident_model_lowers_its_ece_without_changing_answers() -> None:
    logits, labels = _sampled(2.5, seed=1)  # the model's raw scores are too sharp by 2.5x
    found = calibrate(logits, labels, "logits")
    assert found.ece_before > 0.08 and found.ece_after < 0.015
    before = scaled_probabilities(logits, "logits")
    after = scaled_probabilities(logits, "logits", found.temperature)
    assert np.array_equal(before.argmax(1), after.argmax(1))


def test_ece_by_hand() -> None:
    # Two answers at 0.9 (one right), two at 0.6 (both right): |0.5-0.9|*2/4 + |1-0.6|*2/4 = 0.4.
    probabilities = np.array([[0.9, 0.1], [0.9, 0.1], [0.4, 0.6], [0.4, 0.6]])
    assert expected_calibration_error(probabilities, np.array([0, 1, 1, 1])) == pytest.approx(0.4)
    assert expected_calibration_error(np.array([[1.0, 0.0]]), np.array([0])) == 0.0


def test_probabilities_and_logits_scale_alike() -> None:
    logits = np.array([[2.0, 0.5, -1.0]])
    probabilities = _softmax(logits)
    assert np.allclose(scaled_probabilities(probabilities, "probabilities"), probabilities)
    for temperature in (0.5, 2.0):
        expected = _softmax(logits / temperature)
        assert np.allclose(scaled_probabilities(logits, "logits", temperature), expected, atol=1e-6)
        assert np.allclose(
            scaled_probabilities(probabilities, "probabilities", temperature), expected, atol=1e-6
        )


def test_threshold_is_the_lowest_confidence_whose_kept_answers_are_right_often_enough() -> None:
    confidence = np.array([0.99, 0.95, 0.9, 0.8, 0.7, 0.6])
    right = np.array([True, True, True, True, False, True])
    probabilities = np.stack([confidence, 1 - confidence], axis=1)
    labels = np.where(right, 0, 1)
    assert confidence_threshold(probabilities, labels, 0.99) == pytest.approx(0.8)
    assert confidence_threshold(probabilities, labels, 0.8) == 0.0  # 5 of 6 kept right: keep all
    assert confidence_threshold(probabilities[[4]], labels[[4]], 0.99) == 1.0  # nothing reaches it


@pytest.fixture
def iris_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "iris"
    shutil.copytree(ROOT / "resources" / "models" / "iris", folder)
    return folder


def _set_output(pack: Path, lines: str) -> None:
    manifest = pack / "model.toml"
    text = manifest.read_text(encoding="utf-8")
    start = text.index("[output]")
    end = text.index("\n[", start + 1)
    manifest.write_text(text[:start] + "[output]\n" + lines + "\n" + text[end:], encoding="utf-8")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("temperature = 0", "output.temperature must be a number from 0.01 to 100."),
        ("temperature = -2.0", "output.temperature must be a number from 0.01 to 100."),
        ("temperature = nan", "output.temperature must be a number from 0.01 to 100."),
        ('temperature = "warm"', "output.temperature must be a number from 0.01 to 100."),
        ("min_confidence = 70", "output.min_confidence must be a number from 0 to 1 (0.7 means 70 %)."),
        ("min_confidence = true", "output.min_confidence must be a number from 0 to 1 (0.7 means 70 %)."),
    ],
)
def test_manifest_refuses_a_bad_temperature_or_threshold(iris_pack: Path, lines: str, message: str) -> None:
    _set_output(iris_pack, 'kind = "probabilities"\n' + lines)
    with pytest.raises(ManifestError) as caught:
        load_manifest(iris_pack)
    assert str(caught.value) == f"iris/model.toml: {message}"


def test_the_predictor_applies_the_manifests_temperature(iris_pack: Path) -> None:
    rows = np.array([[6.0, 2.7, 5.1, 1.6], [5.1, 3.5, 1.4, 0.2]], np.float32)
    _set_output(iris_pack, 'kind = "probabilities"\ntemperature = 1.0')
    with open_predictor(iris_pack) as plain:
        raw = plain.router.run(rows).outputs
        flat = plain.predict_array(rows, ["a", "b"])
    _set_output(iris_pack, 'kind = "probabilities"\ntemperature = 3.0\nmin_confidence = 0.7')
    pack = load_manifest(iris_pack)
    assert (pack.temperature, pack.min_confidence) == (3.0, 0.7)
    with open_predictor(iris_pack, top_k=3) as warm:
        softened = warm.predict_array(rows, ["a", "b"])
    expected = _softmax(np.log(raw) / 3.0)
    for i, prediction in enumerate(softened):
        assert prediction.label == flat[i].label
        scores = {t.label: t.score for t in prediction.top_k}
        for j, label in enumerate(pack.labels):
            assert scores[label] == pytest.approx(expected[i, j], abs=1e-5)
        assert prediction.score < flat[i].score
