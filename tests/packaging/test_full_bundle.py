"""Smoke tests of the full bundle (with TensorFlow): `make dist-full`, then run it.

The full build takes about five minutes on two cores and 1.4 GB of disk, so
`make test` leaves it out; `make test-dist-full` runs it (TEPI_TEST_FULL_BUILD=1).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.bundles import (
    ROOT,
    Dist,
    machine_names,
    make,
    pyproject_version,
    run_bundle,
    selftest_lines,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("TEPI_TEST_FULL_BUILD") != "1",
        reason="the full (TensorFlow) build is slow: run `make test-dist-full`",
    ),
]

SAMPLE = ROOT / "resources" / "samples" / "digit-3.png"


@pytest.fixture(scope="module")
def full_dist() -> Dist:
    if not sys.platform.startswith("linux"):
        pytest.skip("the full bundle is smoke-tested on Linux")
    make("dist-full")
    _, machine = machine_names()
    return Dist(
        bundle=ROOT / "dist" / "full" / "tepi",
        deb=None,
        tarball=ROOT / "dist" / f"tepi-full-{pyproject_version()}-linux-{machine}.tar.gz",
    )


@pytest.fixture
def bare_keras(tmp_path: Path) -> Path:
    """The digits Keras model outside its pack, so nothing can route it to the .tflite sibling."""
    path = tmp_path / "models" / "alone.keras"
    path.parent.mkdir()
    shutil.copyfile(ROOT / "resources" / "models" / "digits" / "digits.keras", path)
    return path


def test_full_bundle_selftest(full_dist: Dist, tmp_path: Path) -> None:
    *outcomes, verdict = selftest_lines(run_bundle(full_dist.exe, "--selftest", home=tmp_path, timeout=300))
    assert verdict["ok"] is True and verdict["failures"] == 0 and verdict["wrong"] == [], verdict
    assert outcomes


def test_full_bundle_runs_a_keras_model_with_tensorflow(
    full_dist: Dist, bare_keras: Path, tmp_path: Path
) -> None:
    result = run_bundle(full_dist.exe, "predict", "-m", str(bare_keras), str(SAMPLE), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout.splitlines()[0])
    assert line["backend"] == "local TensorFlow"
    assert line["label"] and 0.0 <= float(line["score"]) <= 1.0


def test_full_bundle_converts_keras_to_tflite(full_dist: Dist, bare_keras: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted" / "digits.tflite"
    result = run_bundle(full_dist.exe, "convert", str(bare_keras), "-o", str(out), home=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[4:8] == b"TFL3"
    assert "agreement 100.0%" in result.stdout + result.stderr


def test_full_bundle_prints_the_pyproject_version(full_dist: Dist, tmp_path: Path) -> None:
    result = run_bundle(full_dist.exe, "--version", home=tmp_path)
    assert result.stdout.strip() == f"Tepi {pyproject_version()}"
