"""``convert --quantize int8``: full-integer models calibrated on real inputs, checked, added to the pack.

The digits case is the issue's target: the bundled digits Keras model, calibrated on the pack's own
``samples/`` (training digits drawn as dark ink on light paper), must lose at most one point of
held-out accuracy against the float model.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import numpy as np
from PIL import Image

from inference import open_predictor
from inference.backends.litert import LiteRTBackend
from inference.convert import accuracy
from inference.formats import open_model
from tests.inference.test_cli import tepi

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import train_demo_models as training  # noqa: E402
from digit_renders import render_handwritten  # noqa: E402


def _digits() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    train, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    return data.images[train].astype(np.float32), data.target[train], data.images[test], data.target[test]


def test_int8_digits_lose_at_most_one_point_and_join_the_pack(tmp_path: Path, tepi_home: Path) -> None:
    train_images, _, test_images, test_labels = _digits()
    pack = tmp_path / "digits"
    shutil.copytree(ROOT / "resources" / "models" / "digits", pack)
    (pack / "samples").mkdir()
    for index, grid in enumerate(train_images[:200]):  # the pack's own samples: its calibration set
        render_handwritten(grid, 32).save(pack / "samples" / f"{index}.png")
    held = tmp_path / "held-out"
    for index, (grid, label) in enumerate(zip(test_images[:150], test_labels[:150], strict=True)):
        (held / str(label)).mkdir(parents=True, exist_ok=True)
        render_handwritten(grid.astype(np.float32), 48).save(held / str(label) / f"{index}.png")
    out = pack / "digits-int8.tflite"
    result = tepi("convert", str(pack), "--quantize", "int8", "-o", str(out), "--held-out", str(held),
                  home=tepi_home)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "compared on 200 inputs" in result.stdout
    found = re.search(r"original ([\d.]+)%, converted ([\d.]+)%", result.stdout)
    assert found, result.stdout
    assert float(found[2]) >= float(found[1]) - 1.0
    # The 20 % of scikit-learn's digits the training script holds back, as 8 x 8 tensors.
    tensors = test_images[..., None] / 16.0
    float_acc = accuracy(pack / "digits.tflite", tensors, test_labels)
    int8_acc = accuracy(out, tensors, test_labels)
    assert int8_acc >= float_acc - 0.01 and int8_acc >= 0.97, (float_acc, int8_acc)
    with LiteRTBackend(out) as backend:  # integer edges; the backend quantizes with the model's own scale
        runtime = backend.info()
    assert runtime.inputs[0].dtype == "int8" and runtime.outputs[0].dtype == "int8"
    assert runtime.inputs[0].quantization is not None
    manifest = open_model(pack)  # hashes verified
    assert manifest.model_files[0].name == "digits-int8.tflite"
    with open_predictor(str(pack)) as predictor:
        prediction, _ = predictor.predict_image(ROOT / "resources" / "samples" / "digit-3.png")
    assert prediction.label == "3" and prediction.backend == "local LiteRT"
    assert out.stat().st_size < (pack / "digits.tflite").stat().st_size / 3


def test_int8_needs_samples_and_float_io_keeps_float_edges(
    tmp_path: Path, model_files, tepi_home: Path
) -> None:
    target = str(tmp_path / "a.tflite")
    refused = tepi("convert", str(model_files["keras"]), "--quantize", "int8", "-o", target, home=tepi_home)
    assert refused.returncode == 2 and "needs representative inputs" in refused.stderr
    assert "Traceback" not in refused.stderr
    samples = tmp_path / "samples"
    samples.mkdir()
    rng = np.random.default_rng(3)
    for index in range(40):
        Image.fromarray(rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)).save(samples / f"{index}.png")
    out = tmp_path / "float-edges.tflite"
    result = tepi("convert", str(model_files["keras"]), "--quantize", "int8", "--float-io", "--samples",
                  str(samples), "-o", str(out), "--min-agreement", "0.9", home=tepi_home)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    with LiteRTBackend(out) as backend:
        runtime = backend.info()
    assert runtime.inputs[0].dtype == "float32" and runtime.outputs[0].dtype == "float32"


def test_int8_tabular_model_calibrates_on_csv_rows(tmp_path: Path, tepi_home: Path) -> None:
    pack = tmp_path / "iris"
    shutil.copytree(ROOT / "resources" / "models" / "iris", pack)
    out = pack / "iris-int8.tflite"
    samples = ROOT / "resources" / "samples" / "iris.csv"
    result = tepi("convert", str(pack), "--quantize", "int8", "--samples", str(samples), "-o", str(out),
                  "--min-agreement", "0.9", home=tepi_home)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    with LiteRTBackend(out) as backend:
        assert backend.info().inputs[0].dtype == "int8"
    with open_predictor(str(pack)) as predictor:
        assert predictor.router.primary.startswith("local")
        outcomes = list(predictor.predict_csv(samples))
    assert outcomes and all(
        getattr(o, "label", None) in ("setosa", "versicolor", "virginica") for o in outcomes
    )
