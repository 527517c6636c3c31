"""Single-input latency: Tepi's backends beside the raw runtimes they wrap.

References are what a careful person writes by hand: ``Interpreter.invoke()``
with ``set_tensor``/``get_tensor``, and a ``tf.function`` with a fixed input
signature. ``model.predict`` is shown too, as what a naive app gets. LiteRT is
timed before TensorFlow is imported, so TensorFlow's thread pools cannot
disturb it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.litert import LiteRTBackend
from inference.backends.tensorflow import TensorFlowBackend, import_tensorflow, load_keras_model
from inference.bench.raw import RAW_INVOKE, raw_interpreter
from inference.bench.report import Report
from inference.bench.timing import Timing, interleaved
from inference.modelpack import ImageSpec, load_manifest

__all__ = ["RAW_INVOKE", "RAW_TF_FUNCTION", "BenchModel", "raw_interpreter", "run_latency"]

logger = logging.getLogger(__name__)
TEPI_LITERT = "Tepi LiteRT backend"
RAW_TF_FUNCTION = "raw tf.function"
TEPI_TF = "Tepi TensorFlow backend"
MODEL_PREDICT = "Keras model.predict()"


@dataclass(frozen=True)
class BenchModel:
    """A pack with both a ``.tflite`` and a Keras file, and one preprocessed input for it."""

    name: str
    root: Path
    tflite: Path
    keras: Path
    sample: np.ndarray

    @classmethod
    def from_pack(cls, root: Path) -> BenchModel:
        pack = load_manifest(root)
        tflite = next(p for p in pack.model_files if p.suffix == ".tflite")
        keras = next(p for p in pack.model_files if p.suffix in (".keras", ".h5"))
        spec = pack.input
        assert isinstance(spec, ImageSpec)
        rng = np.random.default_rng(0)
        pixels = rng.integers(0, 256, (1, spec.height, spec.width, spec.channels)).astype(np.float32)
        return cls(pack.name, root, tflite, keras, pixels * np.float32(spec.scale) + np.float32(spec.offset))


def raw_tf_function(model: Any, sample: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The by-hand TensorFlow loop: a traced ``tf.function`` with a dynamic batch."""
    tf = import_tensorflow()
    spec = tf.TensorSpec([None, *sample.shape[1:]], tf.float32)
    fn = tf.function(lambda batch: model(batch, training=False), input_signature=[spec])
    fn(sample)
    return lambda x: fn(x).numpy()


def run_latency(report: Report, models: list[BenchModel], *, runs: int, warmup: int, threads: int) -> None:
    """Time every runtime on every model; LiteRT for all models first, then TensorFlow."""
    for model in models:
        found = _litert_group(model, runs=runs, warmup=warmup, threads=threads)
        _add(report, model.name, found, {TEPI_LITERT: RAW_INVOKE})
    from inference.bench.onnx_latency import run_onnx_latency  # before TensorFlow enters the process

    run_onnx_latency(report, models, runs=runs, warmup=warmup, threads=threads)
    for model in models:
        found = _tensorflow_group(model, runs=runs, warmup=warmup, threads=threads)
        _add(report, model.name, found, {TEPI_TF: RAW_TF_FUNCTION, MODEL_PREDICT: RAW_TF_FUNCTION})
    for model in models:
        _targets(report, model.name)


def _litert_group(model: BenchModel, *, runs: int, warmup: int, threads: int) -> dict[str, Timing]:
    x = model.sample
    raw = raw_interpreter(model.tflite, threads)
    backend = LiteRTBackend(model.tflite, threads=threads)
    backend.load()
    try:
        return interleaved(
            {RAW_INVOKE: lambda: raw(x), TEPI_LITERT: lambda: backend.predict(x)}, runs=runs, warmup=warmup
        )
    finally:
        backend.close()


def _tensorflow_group(model: BenchModel, *, runs: int, warmup: int, threads: int) -> dict[str, Timing]:
    x = model.sample
    keras_model = load_keras_model(model.keras)
    raw_fn = raw_tf_function(keras_model, x)
    backend = TensorFlowBackend(model.keras, threads=threads)
    backend.load()
    try:
        return interleaved(
            {
                RAW_TF_FUNCTION: lambda: raw_fn(x),
                TEPI_TF: lambda: backend.predict(x),
                MODEL_PREDICT: lambda: keras_model.predict(x, verbose=0),
            },
            runs=runs,
            warmup=warmup,
        )
    finally:
        backend.close()


def _add(report: Report, subject: str, found: dict[str, Timing], refs: dict[str, str]) -> None:
    for name, timing in found.items():
        report.add("latency", subject, name, timing.p50, "ms", p95=timing.p95, reference=refs.get(name))


def _targets(report: Report, subject: str) -> None:
    for name, ref, limit in ((TEPI_LITERT, RAW_INVOKE, 1.10), (TEPI_TF, RAW_TF_FUNCTION, 1.15)):
        row = report.find("latency", subject, name)
        report.target(
            "latency",
            f"{name} p50 <= {limit:.2f}x {ref} ({subject})",
            row.ratio if row else None,
            limit,
        )
