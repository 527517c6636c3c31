"""Convert Keras models and SavedModels to ``.tflite``, and prove the result agrees.

``TFLiteConverter.from_keras_model`` is used for Keras models: converting a
Keras 3 model through ``from_concrete_functions`` has been seen to produce
NaN outputs. The converted model is run side by side with the original on
sample inputs; it is written only when top-1 agreement reaches 99%.

``int8`` is full-integer quantization, what XNNPACK's int8 kernels, Coral and
microcontroller runtimes want: weights and activations in int8, calibrated on
representative inputs (the samples), and int8 input and output tensors unless
``float_io`` keeps float edges. The LiteRT backend reads each tensor's scale
and zero point from the model, so the pack's float preprocessing still feeds it.
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
from inference.errors import ManifestError, ModelError, UsageError
from inference.formats import complete_pack
from inference.images import IMAGE_SUFFIXES, image_to_tensor, load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec, sha256_file
from inference.tables import read_csv

__all__ = [
    "QUANTIZATIONS",
    "Conversion",
    "accuracy",
    "convert_to_tflite",
    "labelled_inputs",
    "register_in_pack",
]

logger = logging.getLogger(__name__)
QUANTIZATIONS = ("none", "float16", "dynamic", "int8")
MIN_AGREEMENT = 0.99
CALIBRATION_MAX = 500
"""Representative inputs fed to the int8 calibration at most (the converter's own advice is 100-500)."""


@dataclass(frozen=True)
class Conversion:
    output: Path
    samples: int
    top1_agreement: float
    max_abs_diff: float
    bytes_before: int
    bytes_after: int
    written: bool
    pack: ModelPack
    """The pack, its input spec completed from the model."""
    source: Path
    """The Keras file or SavedModel that was converted."""


def convert_to_tflite(
    pack: ModelPack,
    output: Path,
    *,
    quantize: str = "none",
    samples: list[Path] | None = None,
    allow_unsafe: bool = False,
    float_io: bool = False,
    min_agreement: float | None = None,
) -> Conversion:
    """Convert the pack's TensorFlow model to ``output``; refuse on disagreement.

    ``samples`` (image or CSV files) are the inputs compared on, and for ``int8``
    the representative inputs it is calibrated on (required then).
    """
    if quantize not in QUANTIZATIONS:
        raise UsageError("convert.quantize", choices=list(QUANTIZATIONS))
    if quantize == "int8" and not samples:
        raise UsageError("convert.int8_samples")
    source = next((p for p in pack.model_files if p.suffix.lower() != ".tflite"), None)
    if source is None:
        raise UsageError("convert.no_source", name=pack.name)
    original = TensorFlowBackend(source, allow_unsafe=allow_unsafe)
    original.load()
    pack = complete_pack(pack, original.info())
    calibration = _sample_inputs(pack, samples)[:CALIBRATION_MAX] if quantize == "int8" else None
    tflite_bytes = _convert(source, quantize, allow_unsafe, calibration=calibration, float_io=float_io)
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
        least = MIN_AGREEMENT if min_agreement is None else min_agreement
        written = agreement >= least and bool(np.isfinite(actual).all())
        if written:
            output.parent.mkdir(parents=True, exist_ok=True)
            os.replace(candidate, output) if _same_device(candidate, output) else output.write_bytes(
                tflite_bytes
            )
        return Conversion(
            output, len(inputs), agreement, max_diff, _size(source), len(tflite_bytes), written, pack, source
        )
    finally:
        candidate.unlink(missing_ok=True)


def _convert(
    source: Path,
    quantize: str,
    allow_unsafe: bool,
    *,
    calibration: np.ndarray | None = None,
    float_io: bool = False,
) -> bytes:
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
    if quantize == "int8" and calibration is not None:
        inputs = calibration.astype(np.float32)
        converter.representative_dataset = lambda: ([row[None]] for row in inputs)
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        if not float_io:
            converter.inference_input_type = tf.int8
            converter.inference_output_type = tf.int8
    try:
        return bytes(converter.convert())
    except Exception as exc:  # the converter raises ConverterError and friends
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError("convert.failed", name=source.name, system_error=first) from exc


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
    if samples:
        wanted = spec.features if spec is not None else ()
        tables = [read_csv(p, wanted) for p in samples]
        rows = [t.features[[i for i in range(len(t.rows)) if i not in t.row_errors]] for t in tables]
        return np.concatenate(rows).astype(np.float32)
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


def labelled_inputs(pack: ModelPack, source: Path) -> tuple[np.ndarray, np.ndarray]:
    """Inputs with known answers, to measure accuracy: images in sub-folders named after the pack's
    labels (``held-out/7/a.png``), or a CSV file whose ``label`` column holds them."""
    index = {label: i for i, label in enumerate(pack.labels)}
    spec = pack.input
    if source.is_dir() and isinstance(spec, ImageSpec):
        files = [p for p in sorted(source.rglob("*")) if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
        pairs = [(p, index[p.parent.name]) for p in files if p.parent.name in index]
        if not pairs:
            raise UsageError("convert.no_labelled_images", source=str(source), name=pack.name)
        return np.stack([load_image(p, spec).tensor for p, _ in pairs]), np.array([i for _, i in pairs])
    wanted = spec.features if isinstance(spec, TabularSpec) else ()
    table = read_csv(source, wanted)
    column = next((c for c in ("label", "class") if c in table.header), None)
    if column is None:
        raise UsageError("convert.no_label_column", name=source.name)
    at = table.header.index(column)
    keep = [i for i, row in enumerate(table.rows) if i not in table.row_errors and row[at].strip() in index]
    return table.features[keep], np.array([index[table.rows[i][at].strip()] for i in keep])


def accuracy(model: Path, inputs: np.ndarray, labels: np.ndarray) -> float:
    """Top-1 accuracy of a ``.tflite`` or Keras model file on labelled inputs."""
    backend = (
        LiteRTBackend(model, threads=1) if model.suffix.lower() == ".tflite" else TensorFlowBackend(model)
    )
    backend.load()
    try:
        return float(np.mean(backend.predict(inputs.astype(np.float32)).argmax(1) == labels))
    finally:
        backend.close()


def register_in_pack(pack: ModelPack, output: Path, quantize: str) -> bool:
    """Add a model written into a pack's own folder to its manifest, first in preference, with its hash.

    Returns False when the output is not in the pack's folder (nothing to register).
    """
    manifest = pack.root / "model.toml"
    if output.resolve().parent != pack.root.resolve() or not manifest.is_file():
        return False
    import re

    import tomllib

    text = manifest.read_text(encoding="utf-8")
    name = output.name
    files = [f for f in tomllib.loads(text).get("model", {}).get("files", []) if f != name]
    listed = ", ".join(f'"{f}"' for f in [name, *files])
    text, found = re.subn(r"(?m)^files\s*=\s*\[[^\]]*\]", f"files = [{listed}]", text, count=1)
    text = re.sub(rf'(?m)^"{re.escape(name)}"\s*=\s*"[0-9a-f]*"\n', "", text)
    line = f'"{name}" = "{sha256_file(output)}"  # --quantize {quantize}\n'
    text, hashed = re.subn(r"(?m)^\[model\.sha256\]\n", lambda m: m.group(0) + line, text, count=1)
    if not (found and hashed):
        raise ManifestError("convert.manifest_update", manifest=str(manifest), name=name)
    tomllib.loads(text)  # still valid TOML, or nothing is written
    manifest.write_text(text, encoding="utf-8")
    return True
