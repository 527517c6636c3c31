"""The committed demo packs reach their targets on data they never trained on, through Tepi's own pipeline.

Held-out data: scikit-learn's held-out handwritten digits (the 8 × 8 grids, and
drawn dark on light at 8–600 px), printed digits in font faces held out of
training (``scripts/digit_renders.HELD_OUT_FACES``), iris's held-out flowers.
The figures come from ``scripts/measure_demo_models.py``, which prints them all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from inference.formats import open_model

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "scripts")]
import measure_demo_models as measure  # noqa: E402
from digit_sets import DRAWN_SIDES, DigitSet  # noqa: E402

ACCURACY = 0.98
ECE = 0.03


@pytest.fixture(scope="module")
def held_out() -> dict[str, DigitSet]:
    return measure.held_out_sets(per_digit=30, font_dirs=[])


@pytest.fixture(scope="module")
def scored(held_out):
    digits, large = open_model("digits"), open_model("digits-large")
    return {
        name: (measure.score(digits, data), measure.score(large, data)) for name, data in held_out.items()
    }


def test_the_held_out_sets_are_what_the_targets_speak_of(held_out) -> None:
    assert {f"handwritten drawn {side} px" for side in DRAWN_SIDES} < set(held_out)
    printed = held_out["printed, held-out faces"]
    assert len(printed.groups) == 5 and len(printed) == 5 * 10 * 30


@pytest.mark.parametrize(
    "name", ["handwritten 8×8 grids", *(f"handwritten drawn {side} px" for side in DRAWN_SIDES)]
)
def test_handwritten_digits_at_any_size(scored, name: str) -> None:
    digits, _ = scored[name]
    assert digits.accuracy >= ACCURACY, f"{name}: {digits.accuracy:.2%}"
    assert digits.ece() <= ECE, f"{name}: ECE {digits.ece():.4f}"


def test_printed_digits_in_faces_not_used_for_training(scored) -> None:
    digits, large = scored["printed, held-out faces"]
    assert digits.accuracy >= ACCURACY and large.accuracy >= ACCURACY
    assert digits.ece() <= ECE and large.ece() <= ECE


def test_no_held_out_face_is_left_behind_by_the_average(held_out, scored) -> None:
    data = held_out["printed, held-out faces"]
    digits, _ = scored["printed, held-out faces"]
    for index, face in enumerate(data.groups):
        inside = data.group == index
        right = np.mean(digits.probabilities[inside].argmax(1) == data.y[inside])
        assert right >= 0.95, f"{face}: {right:.2%}"


def test_keras_and_tflite_agree(held_out) -> None:
    digits = open_model("digits")
    x = np.concatenate([data.x for data in held_out.values()])
    lite = measure.raw_outputs(digits, x)
    keras = measure.raw_outputs(digits, x, keras=True)
    assert np.mean(lite.argmax(1) == keras.argmax(1)) >= 0.99


def test_the_large_model_is_better_on_the_hard_cases(scored) -> None:
    hard = [name for name in scored if name.startswith("handwritten drawn")]
    small = np.mean([scored[name][0].accuracy for name in hard])
    large = np.mean([scored[name][1].accuracy for name in hard])
    assert large > small + 0.002, f"handwritten drawn: digits {small:.2%}, digits-large {large:.2%}"


def test_not_sure_keeps_answers_right_and_the_cascade_reaches_the_server(scored) -> None:
    for name, (digits, large) in scored.items():
        sure = ~digits.unsure
        assert np.mean(digits.probabilities[sure].argmax(1) == digits.labels[sure]) >= 0.99, name
        accuracy, escalated, _ = measure.cascade(digits, large)
        assert escalated <= 0.15, f"{name}: {escalated:.1%} escalated"
        assert accuracy >= large.accuracy - 0.003, (
            f"{name}: cascade {accuracy:.2%}, server {large.accuracy:.2%}"
        )


def test_iris_held_out_accuracy_and_calibration() -> None:
    held, every = measure.iris_scored()
    assert held.accuracy >= 0.967 and every.accuracy >= 0.96
    assert held.pack.temperature != 1.0 and held.pack.min_confidence is not None
    assert every.ece() <= 0.05
