"""``python -m inference calibrate``: fits and writes a pack's temperature; bad samples get one sentence."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import tomllib

from inference.modelpack import load_manifest
from tests.inference.test_cli import tepi

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "resources" / "models"
IRIS_HEADER = "sepal_length,sepal_width,petal_length,petal_width,species"


@pytest.fixture
def iris_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "my-iris"
    shutil.copytree(MODELS / "iris", folder)
    return folder


def _iris_csv(path: Path, *, rows: slice = slice(None), species: str | None = None) -> Path:
    from sklearn.datasets import load_iris

    data = load_iris()
    lines = [IRIS_HEADER]
    for x, y in list(zip(data.data, data.target, strict=True))[rows]:
        lines.append(",".join(f"{v:.1f}" for v in x) + f",{species or data.target_names[y]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_calibrate_a_tabular_pack_from_a_csv(iris_copy: Path, tmp_path: Path) -> None:
    before = (iris_copy / "model.toml").read_text(encoding="utf-8")
    samples = _iris_csv(tmp_path / "measured.csv")
    result = tepi(
        "calibrate", str(iris_copy), "--samples", str(samples), "--min-confidence", "auto", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "150 labelled examples from measured.csv (3 labels)" in result.stdout
    assert "ECE (15 bins)" in result.stdout and "Wrote temperature = " in result.stdout
    pack = load_manifest(iris_copy)  # hashes still verify: only the manifest changed
    written = tomllib.loads((iris_copy / "model.toml").read_text(encoding="utf-8"))["output"]
    assert pack.temperature == written["temperature"] != 1.0
    assert pack.min_confidence == written["min_confidence"]
    # Everything else the author wrote is kept, line for line.
    kept = [line for line in before.splitlines() if not line.startswith(("temperature", "min_confidence"))]
    after = (iris_copy / "model.toml").read_text(encoding="utf-8").splitlines()
    assert [line for line in after if not line.startswith(("temperature", "min_confidence"))] == kept


def test_calibrate_an_image_pack_from_folders_per_label(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from digit_renders import face_split, render_printed

    pack = tmp_path / "my-digits"
    shutil.copytree(MODELS / "digits", pack)
    samples = tmp_path / "labelled"
    rng = np.random.default_rng(3)
    _, faces = face_split()
    for digit in range(10):
        (samples / str(digit)).mkdir(parents=True)
        for k in range(4):
            data = render_printed(digit, faces[k % len(faces)], rng, vary_type=False)
            (samples / str(digit) / f"{k}.png").write_bytes(data)
    (samples / "3" / "notes.txt").write_text("not an image", encoding="utf-8")
    result = tepi("calibrate", str(pack), "--samples", str(samples), "--min-confidence", "0.8", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "40 labelled examples" in result.stdout and "(10 labels)" in result.stdout
    assert load_manifest(pack).min_confidence == 0.8


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (
            lambda tmp: _iris_csv(tmp / "one.csv", rows=slice(0, 40)),
            "one.csv holds examples of one label only (setosa); calibration needs examples of at least two.",
        ),
        (
            lambda tmp: _iris_csv(tmp / "roses.csv", species="rosa"),
            "roses.csv has labels that iris does not know (rosa); "
            "its labels are setosa, versicolor, virginica.",
        ),
        (
            lambda tmp: _iris_csv(tmp / "few.csv", rows=slice(45, 55)),
            "few.csv holds 10 examples; calibration needs at least 20.",
        ),
        (lambda tmp: tmp, "iris takes CSV rows: give --samples a CSV file with a label column."),
    ],
)
def test_bad_samples_get_one_sentence_and_nothing_is_written(
    iris_copy: Path, tmp_path: Path, make, sentence
) -> None:
    before = (iris_copy / "model.toml").read_bytes()
    result = tepi("calibrate", str(iris_copy), "--samples", str(make(tmp_path)), home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {sentence}"
    assert (iris_copy / "model.toml").read_bytes() == before


def test_bundled_packs_and_bare_models_are_not_written(tmp_path: Path) -> None:
    samples = _iris_csv(tmp_path / "all.csv")
    bundled = tepi("calibrate", "iris", "--samples", str(samples), home=tmp_path)
    assert bundled.returncode == 2
    assert "iris is a pack bundled with Tepi; copy its folder" in bundled.stderr
    bare = tmp_path / "iris.tflite"
    shutil.copy(MODELS / "iris" / "iris.tflite", bare)
    refused = tepi("calibrate", str(bare), "--samples", str(samples), home=tmp_path)
    assert (
        refused.returncode == 2
        and "is not a model pack; calibrate writes into a pack's model.toml" in refused.stderr
    )


def test_dry_run_prints_and_writes_nothing(iris_copy: Path, tmp_path: Path) -> None:
    before = (iris_copy / "model.toml").read_bytes()
    result = tepi("calibrate", str(iris_copy), "--samples", str(_iris_csv(tmp_path / "a.csv")), "--dry-run",
                  home=tmp_path)  # fmt: skip
    assert result.returncode == 0 and "Nothing written (--dry-run)." in result.stdout
    assert (iris_copy / "model.toml").read_bytes() == before
