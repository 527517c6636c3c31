"""Convert Keras models and SavedModels to ``.tflite``, and prove the result agrees.

``TFLiteConverter.from_keras_model`` is used for Keras models: converting a
Keras 3 model through ``from_concrete_functions`` has been seen to produce
NaN outputs. The converted model is run side by side with the original on
sample inputs; it is written only when top-1 agreement reaches 99%.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inference.backends.litert import LiteRTBackend
from inference.backends.tensorflow import TensorFlowBackend, import_tensorflow, load_keras_model
from inference.errors import ModelError, UsageError
from inference.formats import complete_pack
from inference.images import image_to_tensor, load_image
from inference.modelpack import ImageSpec, ModelPack

__all__ = ["QUANTIZATIONS", "Conversion", "convert_to_tflite"]

logger = logging.getLogger(__name__)
QUANTIZATIONS = ("none", "float16", "dynamic")
MIN_AGREEMENT = 0.99


@dataclass(frozen=True)
class Conversion:
    output: Path
    samples: int
    top1_agreement: float
    max_abs_diff: float
    bytes_before: int
    bytes_after: int
    written: bool


def convert_to_tflite(
    pack: ModelPack,
    output: Path,
    *,
    quantize: str = "none",
    samples: list[Path] | None = None,
    allow_unsafe: bool = False,
) -> Conversion:
    """Convert the pack's TensorFlow model to ``output``; refuse on disagreement."""
    if quantize not in QUANTIZATIONS:
        raise UsageError(f"--quantize must be one of {', '.join(QUANTIZATIONS)}.")
    source = next((p for p in pack.model_files if p.suffix.lower() != ".tflite"), None)
    if source is None:
        raise UsageError(f"{pack.name} has no Keras or SavedModel file to convert.")
    original = TensorFlowBackend(source, allow_unsafe=allow_unsafe)
    original.load()
    pack = complete_pack(pack, original.info())
    tflite_bytes = _convert(source, quantize, allow_unsafe)
    with tempfile.NamedTemporaryFile(suffix=".tflite", delete=False) as handle:
        handle.write(tflite_bytes)
        candidate = Path(handle.name)
    try:
        converted = LiteRTBackend(candidate, threads=1)
        converted.load()
        inputs = _sample_inputs(pack, samples)
        expected = original.predict(inputs)
        actual = converted.predict(inputs)
        agreement = float(np.mean(expected.argmax(1) == actual.argmax(1)))
        max_diff = float(np.max(np.abs(expected - actual)))
        written = agreement >= MIN_AGREEMENT and bool(np.isfinite(actual).all())
        if written:
            output.parent.mkdir(parents=True, exist_ok=True)
            os.replace(candidate, output) if _same_device(candidate, output) else output.write_bytes(
                tflite_bytes
            )
        return Conversion(output, len(inputs), agreement, max_diff, _size(source), len(tflite_bytes), written)
    finally:
        candidate.unlink(missing_ok=True)


def _convert(source: Path, quantize: str, allow_unsafe: bool) -> bytes:
    tf = import_tensorflow()
    if source.is_dir():
        converter = tf.lite.TFLiteConverter.from_saved_model(str(source))
    else:
        converter = tf.lite.TFLiteConverter.from_keras_model(
            load_keras_model(source, allow_unsafe=allow_unsafe)
        )
    if quantize != "none":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    if quantize == "float16":
        converter.target_spec.supported_types = [tf.float16]
    try:
        return bytes(converter.convert())
    except Exception as exc:  # the converter raises ConverterError and friends
        raise ModelError(
            f"{source.name} could not be converted to .tflite: {str(exc).splitlines()[0]}"
        ) from exc


def _sample_inputs(pack: ModelPack, samples: list[Path] | None, count: int = 64) -> np.ndarray:
    """Real sample files when given, else seeded random inputs in the model's range."""
    rng = np.random.default_rng(0)
    spec = pack.input
    if isinstance(spec, ImageSpec):
        if samples:
            return np.stack([load_image(p, spec).tensor for p in samples])
        from PIL import Image

        mode = "RGB" if spec.color_mode == "rgb" else "L"
        shape = (spec.height, spec.width, 3) if mode == "RGB" else (spec.height, spec.width)
        pictures = [Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8), mode) for _ in range(count)]
        return np.stack([image_to_tensor(p, spec) for p in pictures])
    features = len(spec.features) if spec is not None and spec.features else 4
    return rng.normal(0, 1, (count, features)).astype(np.float32)


def _size(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.parent.resolve().stat().st_dev
    except OSError:
        return False
