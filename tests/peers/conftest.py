"""Peers no one here wrote: files from other writers, servers from other projects.

Writers run in their own processes (``tf_keras`` beside Keras 3 in one process
would be a setup no user has); what they write is cached under
``.peers/cache/`` keyed on the writer's source, its inputs and its version, so
only the first run pays for it. Serving peers run from their own venvs under
``.peers/`` (``make peers`` builds them), as real processes on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from inference.bench.models import synthetic_photo
from tests.packaging.conftest import lite_dist  # noqa: F401  # the lite bundle, built by `make dist`

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT / ".peers"
CACHE = PEERS / "cache"
SAMPLES = ROOT / "resources" / "samples"
KERAS2_WRITER = Path(__file__).with_name("keras2_writer.py")
ONNX_WRITER = ROOT / "inference" / "bench" / "onnx_export.py"
QUIET_TF = {"TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONUNBUFFERED": "1"}


def cached_build(name: str, key_parts: list[bytes], build: callable) -> Path:  # type: ignore[valid-type]
    """``build(folder)`` once per key; later runs reuse the folder. A half-built folder is never used."""
    key = hashlib.sha256(b"\0".join(key_parts)).hexdigest()[:16]
    folder = CACHE / f"{name}-{key}"
    if (folder / ".done").is_file():
        return folder
    staging = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        build(staging)
        (staging / ".done").touch()
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def run_writer(command: list[str], *, timeout: float = 600) -> None:
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, **QUIET_TF}, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command[1:3])} failed:\n{result.stdout}\n{result.stderr[-4000:]}")


@pytest.fixture(scope="session")
def photo_inputs() -> list[Path]:
    """Real samples and synthetic photos of several aspect ratios (so the centre crop matters)."""
    folder = CACHE / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    photos = []
    for width, height, seed in ((640, 480, 1), (300, 500, 2), (224, 224, 3), (1024, 256, 4)):
        path = folder / f"photo-{width}x{height}-{seed}.jpg"
        if not path.is_file():
            path.write_bytes(synthetic_photo(width, height, seed))
        photos.append(path)
    return [SAMPLES / "digit-2-photo.jpg", SAMPLES / "digit-7.png", *photos]


@pytest.fixture(scope="session")
def keras2_files(photo_inputs: list[Path]) -> Path:
    """Teachable Machine's export, a SavedModel and reference scores, all by Keras 2 (``tf_keras``)."""
    parts = [KERAS2_WRITER.read_bytes(), metadata.version("tf_keras").encode()]
    parts += [str(p).encode() + p.read_bytes() for p in photo_inputs]

    def build(folder: Path) -> None:
        run_writer([sys.executable, str(KERAS2_WRITER), str(folder), *map(str, photo_inputs)])

    return cached_build("keras2", parts, build)


@pytest.fixture(scope="session")
def onnx_models() -> Path:
    """digits (NHWC and NCHW) and iris as ONNX, written by tf2onnx from the bundled Keras models."""
    models = ROOT / "resources" / "models"
    jobs = [
        (models / "digits" / "digits.keras", "digits.onnx"),
        (models / "digits" / "digits.keras", "digits_nchw.onnx"),  # _nchw: channels first
        (models / "iris" / "iris.keras", "iris.onnx"),
    ]
    parts = [ONNX_WRITER.read_bytes(), metadata.version("tf2onnx").encode()]
    parts += [source.read_bytes() + name.encode() for source, name in jobs]

    def build(folder: Path) -> None:  # one process: TensorFlow is imported once
        (first, first_name), *rest = jobs
        command = [sys.executable, "-m", "inference.bench.onnx_export", str(first), str(folder / first_name)]
        for source, name in rest:
            command += ["--also", str(source), str(folder / name)]
        run_writer(command)

    return cached_build("onnx", parts, build)
