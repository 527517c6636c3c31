"""The bundled packs explained: heat on the ink of a digit, signed attributions for iris rows.

Plus a tabular model trained here whose answer depends on one feature only,
the manifest's baseline row, and the occlusion patches and neutral values.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from inference.calibration import scaled_probabilities
from inference.explain import Explainer, ImageExplanation, RowExplanation
from inference.explain.occlusion import OcclusionGrid, evidence, neutral_value
from inference.modelpack import ImageSpec
from inference.results import Failure
from inference.session import open_predictor

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
DIGITS = sorted(SAMPLES.glob("digit-*"))


def ink_and_paper(result: ImageExplanation) -> tuple[float, float, float]:
    """Mean heat on the ink, on all the paper, and on the paper inside the part the model saw."""
    assert result.picture is not None
    grey = np.asarray(result.picture.convert("L"), np.float32)
    heat = result.heat()
    assert heat.shape == grey.shape
    ink, paper = grey < 128, grey >= 128
    left, top, right, bottom = (round(v) for v in result.geometry.box)
    seen = np.zeros(grey.shape, bool)
    seen[max(top, 0) : bottom, max(left, 0) : right] = True
    return float(heat[ink].mean()), float(heat[paper].mean()), float(heat[paper & seen].mean())


@pytest.mark.parametrize("method", ["occlusion", "gradcam"])
def test_digits_heat_lies_on_the_ink_not_on_the_paper(method: str) -> None:
    """Occlusion on the LiteRT model the pack runs; Grad-CAM loads the pack's own .keras for it."""
    with open_predictor("digits") as predictor:
        explainer = Explainer(predictor, method=method)
        for path in DIGITS:
            result = explainer.explain_image(path, picture=True)
            assert result.method == method
            assert result.prediction.label == path.stem.split("-")[1]
            assert result.prediction.backend == "local LiteRT"
            ink, paper, paper_near = ink_and_paper(result)
            assert ink > 3 * paper, (path.name, ink, paper)
            assert ink > paper_near, (path.name, ink, paper_near)  # also the paper between the strokes
        explainer.close()


def test_digits_auto_occludes_on_litert_with_one_batch_of_49_copies() -> None:
    with open_predictor("digits") as predictor:
        result = Explainer(predictor).explain_image(SAMPLES / "digit-3.png")
    assert result.method == "occlusion" and result.passes == 7 * 7 + 1
    assert result.grid.shape == (8, 8) and result.explain_ms > 0
    data = result.to_json({"heatmap": "h.png", "overlay": "o.png"})
    assert list(data) == [
        "input", "row", "label", "score", "top_k", "backend", "model", "latency_ms",
        "method", "heatmap", "overlay", "passes", "explain_ms",
    ]  # fmt: skip


def test_iris_rows_get_signed_attributions_against_the_manifest_baseline() -> None:
    """Each attribution is the score lost when that one feature takes its training mean."""
    with open_predictor("iris") as predictor:
        spec = predictor.pack.input
        assert spec.baseline == pytest.approx((5.826, 3.092, 3.703, 1.184))
        outcomes = list(Explainer(predictor).explain_paths([SAMPLES / "iris.csv"]))
        assert outcomes and all(isinstance(o, RowExplanation) for o in outcomes)
        local = predictor.router.local

        def scores_of(batch: np.ndarray) -> np.ndarray:  # as the app shows them: calibrated
            return scaled_probabilities(local.predict(batch), "probabilities", predictor.pack.temperature)

        for row in outcomes:
            values = np.array([a.value for a in row.attributions], np.float32)
            scores = scores_of(values[None])[0]
            target = int(np.argmax(scores))
            assert predictor.pack.labels[target] == row.prediction.label
            for j, part in enumerate(row.attributions):
                changed = values.copy()
                changed[j] = spec.baseline[j]
                expected = scores[target] - scores_of(changed[None])[0][target]
                assert part.attribution == pytest.approx(float(expected), abs=1e-5)
                assert part.baseline == pytest.approx(spec.baseline[j])
            assert row.passes == 5 and row.method == "occlusion"
    # Somewhere in the samples a petal measurement decides, in either direction.
    petals = [a.attribution for o in outcomes for a in o.attributions if a.feature.startswith("petal")]
    assert max(petals) > 0.05


@pytest.fixture(scope="module")
def one_feature_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare tabular .tflite trained on 3 features of which only the first decides (x0 > 0)."""
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(11)
    rng = np.random.default_rng(11)
    x = rng.normal(0, 1, (800, 3)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.int64)
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.05), loss="sparse_categorical_crossentropy")
    model.fit(x, y, epochs=20, batch_size=64, verbose=0)
    path = tmp_path_factory.mktemp("one-feature") / "decider.tflite"
    path.write_bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())
    return path


def test_a_model_that_reads_one_feature_gets_its_attribution_there(one_feature_model, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rng = np.random.default_rng(12)
    lines = ["decider,noise_a,noise_b"]  # a bare model takes every column, in order
    deciders = [round(sign * rng.uniform(1.5, 3), 3) for sign in (1, -1) * 5]
    for value in deciders:
        lines.append(f"{value:.3f},{rng.normal():.3f},{rng.normal():.3f}")
    lines.insert(4, "oops,1,2")
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_predictor(one_feature_model) as predictor:
        outcomes = list(Explainer(predictor).explain_csv(rows))
    assert [o.row for o in outcomes if isinstance(o, Failure)] == [4]  # the bad row fails alone, in place
    explained = [o.prediction.row for o in outcomes if isinstance(o, RowExplanation)]
    assert explained == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11]
    for row in (o for o in outcomes if isinstance(o, RowExplanation)):
        decider, *noise = (a.attribution for a in row.attributions)
        assert [a.feature for a in row.attributions] == ["decider", "noise_a", "noise_b"]
        assert decider > 0.2 and max(abs(n) for n in noise) < decider / 10, row.attributions
        # Without a manifest baseline, the mean of the file's good rows stands in.
        assert row.attributions[0].baseline == pytest.approx(np.mean(deciders), abs=1e-5)


def test_patches_cover_every_pixel_and_follow_the_input_size() -> None:
    for height, width, patch in ((8, 8, (2, 2)), (16, 16, (2, 2)), (224, 224, (28, 28)), (28, 56, (4, 7))):
        grid = OcclusionGrid.for_input(height, width)
        assert grid.patch == patch and grid.stride == (max(1, patch[0] // 2), max(1, patch[1] // 2))
        covered = np.zeros((height, width), int)
        for r, c in grid.positions():
            covered[r : r + patch[0], c : c + patch[1]] += 1
        assert covered.min() >= 1
    assert len(OcclusionGrid.for_input(224, 224).positions()) == 15 * 15


def test_the_neutral_value_is_paper_for_ink_packs_and_the_mean_for_normalised_ones() -> None:
    digits = ImageSpec(width=8, height=8, color_mode="grayscale", invert=True, scale=1 / 255)
    assert neutral_value(digits).tolist() == [0.0]  # white paper, inverted: 0
    normalised = ImageSpec(width=4, height=4, mean=(120.0, 110.0, 100.0), std=(60.0, 60.0, 60.0))
    assert neutral_value(normalised).tolist() == [0.0, 0.0, 0.0]  # the mean, normalised: 0
    teachable = ImageSpec(width=4, height=4, scale=1 / 127.5, offset=-1.0)
    assert neutral_value(teachable).tolist() == pytest.approx([0.0, 0.0, 0.0])  # mid-grey in -1..1


def test_evidence_stays_finite_and_ordered_at_certainty() -> None:
    """A float32 probability of exactly 1 still has an order: the other classes hold the difference."""
    sure = np.array([[1.0, 1e-12, 1e-13], [1.0, 1e-9, 0.0], [0.0, 1.0, 0.0]], np.float32)
    values = evidence(sure, 0)
    assert np.isfinite(values).all()
    assert values[0] > values[1] > values[2]


def test_a_keras_model_without_convolutions_is_occluded_or_refused_in_one_sentence(tmp_path: Path) -> None:
    import keras

    from inference.errors import ExplainError

    keras.utils.set_random_seed(5)
    model = keras.Sequential(
        [keras.Input((8, 8, 1)), keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax")]
    )
    path = tmp_path / "dense.keras"
    model.save(path)
    picture = SAMPLES / "digit-3.png"
    with open_predictor(path) as predictor:
        auto = Explainer(predictor)
        assert auto.explain_image(picture).method == "occlusion"  # Grad-CAM was tried, and gave way
        assert auto.resolve_method() == "occlusion"  # and is not tried again
        with pytest.raises(ExplainError) as refused:
            Explainer(predictor, method="gradcam").explain_image(picture)
    assert str(refused.value) == (
        "Grad-CAM cannot explain dense (it has no convolutional layer); "
        "the occlusion method explains any model."
    )
