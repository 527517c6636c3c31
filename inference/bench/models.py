"""The benchmark's inputs, made locally and cached: a MobileNetV2-size pack and synthetic photos.

Nothing is downloaded: MobileNetV2 is built with random weights
(``weights=None``), which costs exactly what trained weights cost to run.
The cache key holds the TensorFlow, Keras and LiteRT versions, so an upgrade
rebuilds the model instead of measuring a stale conversion.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

import numpy as np
from PIL import Image

from inference.errors import ModelError
from inference.modelpack import MANIFEST, sha256_file
from inference.resources import cache_dir, resource_path

__all__ = ["bench_dir", "digits_pack", "mobilenet_pack", "photo_file", "photo_folder", "synthetic_photo"]

logger = logging.getLogger(__name__)
MOBILENET = "mobilenetv2"


def bench_dir(*parts: str) -> Path:
    path = cache_dir().joinpath("bench", *parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


def digits_pack() -> Path:
    return resource_path("models", "digits")


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def mobilenet_pack() -> Path:
    """A pack folder with MobileNetV2 (224×224×3, 1000 classes) as ``.tflite`` and ``.keras``."""
    key = f"tf{_version('tensorflow')}-keras{_version('keras')}-litert{_version('ai-edge-litert')}"
    folder = bench_dir(f"{MOBILENET}-{key}")
    if (folder / MANIFEST).is_file():
        return folder
    # Built beside the final folder and swapped in, so an interrupted build is never used.
    staging = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    logger.info("building %s in %s", MOBILENET, folder)
    try:
        _build_mobilenet(staging)
        if (folder / MANIFEST).is_file():  # another run finished first
            return folder
        folder.rmdir()
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _build_mobilenet(folder: Path) -> None:
    from inference.backends.tensorflow import import_tensorflow

    tf = import_tensorflow()
    import keras

    keras.utils.set_random_seed(0)
    with _quiet_stdio():
        model = keras.applications.MobileNetV2(weights=None)
        model.save(folder / f"{MOBILENET}.keras")
        converter = tf.lite.TFLiteConverter.from_keras_model(model)
        try:
            tflite = bytes(converter.convert())
        except Exception as exc:  # the converter raises ConverterError and friends
            raise ModelError("bench.convert_failed", system_error=str(exc).splitlines()[0]) from exc
    (folder / f"{MOBILENET}.tflite").write_bytes(tflite)
    (folder / "labels.txt").write_text("".join(f"class {i}\n" for i in range(1000)), encoding="utf-8")
    files = [f"{MOBILENET}.tflite", f"{MOBILENET}.keras"]
    hashes = "".join(f'"{f}" = "{sha256_file(folder / f)}"\n' for f in files)
    (folder / MANIFEST).write_text(
        f"""# Built locally by `python -m inference bench`: MobileNetV2 with random weights.
name = "{MOBILENET}"
version = "bench"
task = "image-classification"
description = "MobileNetV2 (random weights), the size of a typical photo classifier."
labels_file = "labels.txt"
placement = "local"

[model]
files = {files!r}

[model.sha256]
{hashes}
[input]
size = [224, 224]
color_mode = "rgb"
fit = "crop"
resample = "bilinear"
scale = 0.00784313725490196
offset = -1.0

[output]
kind = "probabilities"

[remote]
model = "{MOBILENET}"
""".replace("'", '"'),
        encoding="utf-8",
    )


@contextmanager
def _quiet_stdio() -> Iterator[None]:
    """The converter prints pages of tensor specs to the real stdout; keep the report readable."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


def synthetic_photo(width: int, height: int, seed: int = 0, quality: int = 90) -> bytes:
    """A JPEG with a photo's statistics (smooth shapes plus sensor noise), so it decodes like one."""
    rng = np.random.default_rng(seed)
    # Build at a quarter of the size and upscale: smooth regions, like a real scene.
    small_h, small_w = max(8, height // 4), max(8, width // 4)
    y, x = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    phase = rng.uniform(0, 6.3, 6)
    channels = [
        128 + 90 * np.sin(x / small_w * (3 + phase[i]) + phase[i + 3]) * np.cos(y / small_h * (2 + phase[i]))
        for i in range(3)
    ]
    small = Image.fromarray(np.clip(np.stack(channels, -1), 0, 255).astype(np.uint8))
    image = np.asarray(small.resize((width, height), Image.Resampling.BILINEAR), dtype=np.int16)
    noise = rng.normal(0, 9, image.shape).astype(np.int16)
    pixels = np.clip(image + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def photo_file(width: int, height: int, seed: int = 0) -> Path:
    """A cached synthetic JPEG of the given size."""
    path = bench_dir("images") / f"photo-{width}x{height}-{seed}.jpg"
    if not path.is_file():
        path.write_bytes(synthetic_photo(width, height, seed))
    return path


def photo_folder(count: int, width: int = 640, height: int = 480) -> Path:
    """A cached folder of ``count`` distinct synthetic JPEGs."""
    folder = bench_dir(f"folder-{count}-{width}x{height}")
    present = {p.name for p in folder.glob("*.jpg")}
    for index in range(count):
        name = f"photo-{index:04d}.jpg"
        if name not in present:
            (folder / name).write_bytes(synthetic_photo(width, height, seed=1000 + index))
    return folder
