"""ONNX models written by tf2onnx, run on ONNX Runtime beside the same network on LiteRT."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.backends import backend_for_file
from inference.backends.litert import LiteRTBackend
from inference.backends.onnx import OnnxBackend
from inference.errors import ModelFormatError
from inference.images import load_image
from inference.modelpack import load_manifest, sha256_file
from tests.packaging.bundles import run_bundle
from tests.peers.conftest import ROOT, SAMPLES

DIGITS = ROOT / "resources" / "models" / "digits"
IRIS = ROOT / "resources" / "models" / "iris"


def _pack_with(model: Path, source: Path, folder: Path) -> Path:
    """A copy of a bundled pack whose only model file is ``model``."""
    folder.mkdir()
    shutil.copy(model, folder / model.name)
    manifest = (source / "model.toml").read_text()
    manifest = re.sub(r"files = \[.*\]", f'files = ["{model.name}"]', manifest)
    manifest = re.sub(
        r"\[model\.sha256\]\n(.*\n)+?\n",
        f'[model.sha256]\n"{model.name}" = "{sha256_file(model)}"\n\n',
        manifest,
    )
    (folder / "model.toml").write_text(manifest)
    return folder


@pytest.mark.parametrize(("name", "layout"), [("digits.onnx", "NHWC"), ("digits_nchw.onnx", "NCHW")])
def test_onnx_runs_like_litert_in_either_layout(onnx_models: Path, name: str, layout: str) -> None:
    spec = load_manifest(DIGITS).input
    batch = np.stack([load_image(p, spec).tensor for p in sorted(SAMPLES.glob("digit-*"))])
    with (
        OnnxBackend(onnx_models / name, threads=1) as onnx,
        LiteRTBackend(DIGITS / "digits.tflite") as litert,
    ):
        info = onnx.info()
        assert info.details["layout"] == layout and info.inputs[0].shape == (-1, 8, 8, 1)
        assert info.runtime.startswith("ONNX Runtime ")
        np.testing.assert_allclose(onnx.predict(batch), litert.predict(batch), atol=1e-5)
        np.testing.assert_allclose(onnx.predict(batch[:1]), litert.predict(batch[:1]), atol=1e-5)


def test_onnx_pack_predicts_the_samples(onnx_models: Path, tmp_path: Path) -> None:
    pack = _pack_with(onnx_models / "digits_nchw.onnx", DIGITS, tmp_path / "digits-onnx")
    with open_predictor(pack) as predictor:
        assert predictor.backend_kind == "local ONNX Runtime"
        for sample in ("digit-0.png", "digit-3.png", "digit-7.png"):
            prediction, _ = predictor.predict_image(SAMPLES / sample)
            assert prediction.label == sample[6] and prediction.backend == "local ONNX Runtime"


def test_bare_tabular_onnx_reads_csv_rows(onnx_models: Path, tmp_path: Path) -> None:
    rows = tmp_path / "flowers.csv"
    rows.write_text("sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n")
    with open_predictor(onnx_models / "iris.onnx") as predictor:
        assert predictor.pack.task == "tabular-classification"
        outcomes = list(predictor.predict_csv(rows))
    with open_predictor(IRIS) as reference:  # the pack's model, before the pack's calibration
        raw = reference.router.run(np.array([[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]], np.float32)).outputs
    assert [o.label for o in outcomes] == ["class 0", "class 2"]  # no labels beside a bare file
    for got, want in zip(outcomes, raw.max(axis=1), strict=True):
        assert got.score == pytest.approx(float(want), abs=1e-5)


def test_info_and_predict_commands(onnx_models: Path, tepi_home: Path) -> None:
    env = {**os.environ, "TEPI_HOME": str(tepi_home)}
    model = str(onnx_models / "digits_nchw.onnx")
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "inference", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    info = run("info", model)
    assert info.returncode == 0, info.stderr
    assert "format:      ONNX" in info.stdout and "local ONNX Runtime (ONNX Runtime " in info.stdout
    assert "layout:        NCHW" in info.stdout and "(-1, 8, 8, 1)" in info.stdout
    data = json.loads(run("info", model, "--json").stdout)
    assert data["runtime"]["layout"] == "NCHW"


def test_onnx_threads_do_not_spin_between_inputs(onnx_models: Path) -> None:
    """Inputs 10 ms apart, as in the desktop: idle workers sleep instead of spinning.

    With ONNX Runtime's default (spinning on) this loop costs about 0.2 s of CPU
    more than the inference itself on the development machine.
    """
    one = np.zeros((1, 8, 8, 1), np.float32)
    with OnnxBackend(onnx_models / "digits.onnx", threads=2) as backend:
        backend.predict(one)
        before = time.process_time()
        for _ in range(50):
            backend.predict(one)
            time.sleep(0.01)
        used = time.process_time() - before
    assert used < 0.1, f"{used:.3f} s of CPU for 50 tiny inputs 10 ms apart"


def test_files_that_are_not_onnx_models(tmp_path: Path) -> None:
    path = tmp_path / "model.onnx"
    path.write_bytes(b"\x08\x07garbage")
    with pytest.raises(ModelFormatError, match=r"model\.onnx is not an ONNX model Tepi can open"):
        backend_for_file(path).load()


@pytest.mark.slow
def test_lite_bundle_runs_an_onnx_pack(lite_dist, onnx_models: Path, tmp_path: Path) -> None:
    """ONNX Runtime travels in the lite bundle (no TensorFlow): a channels-first pack predicts frozen."""
    pack = _pack_with(onnx_models / "digits_nchw.onnx", DIGITS, tmp_path / "digits-onnx")
    result = run_bundle(lite_dist.exe, "predict", str(SAMPLES / "digit-3.png"), "-m", str(pack), "--json",
                        home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    assert answer["label"] == "3" and answer["backend"] == "local ONNX Runtime"
