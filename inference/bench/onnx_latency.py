"""ONNX Runtime beside LiteRT on the same network, timed interleaved in one run.

The ONNX copy of each model's Keras file is written by tf2onnx in a process of
its own (``python -m inference.bench.onnx_export``) and cached, so TensorFlow
never enters the benchmark's process before LiteRT is timed. The by-hand
reference is ``InferenceSession.run`` with ONNX Runtime's defaults and the same
thread count; Tepi's backend differs in keeping idle threads from spinning.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from inference.bench.models import bench_dir
from inference.bench.onnx_export import writer_version
from inference.bench.raw import RAW_INVOKE, raw_interpreter
from inference.bench.report import Report
from inference.bench.timing import Timing, interleaved

if TYPE_CHECKING:
    from inference.bench.local import BenchModel

__all__ = ["RAW_RUN", "TEPI_ONNX", "run_onnx_latency"]

RAW_RUN = "raw InferenceSession.run()"
TEPI_ONNX = "Tepi ONNX Runtime backend"


def onnx_copy(keras_file: Path) -> Path:
    """The model as ``.onnx``, written once per Keras file and writer version."""
    key = hashlib.sha256(keras_file.read_bytes() + f"{writer_version()}".encode()).hexdigest()[:16]
    path = bench_dir("onnx") / f"{keras_file.stem}-{key}.onnx"
    if not path.is_file():
        command = [sys.executable, "-m", "inference.bench.onnx_export", str(keras_file), str(path)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            raise RuntimeError(f"tf2onnx could not convert {keras_file.name}: {result.stderr[-500:]}")
    return path


def raw_session(path: Path, threads: int) -> Callable[[np.ndarray], np.ndarray]:
    """The by-hand ONNX Runtime loop: one session, ``run`` per input."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return lambda x: session.run(None, {name: x})[0]


def run_onnx_latency(
    report: Report, models: list[BenchModel], *, runs: int, warmup: int, threads: int
) -> None:
    """Raw LiteRT, raw ONNX Runtime and Tepi's ONNX backend, interleaved, per model."""
    if writer_version() is None:
        report.skipped["latency (ONNX)"] = "tf2onnx is not installed (pip install 'tepi[dev]')"
        return
    for model in models:
        found = _onnx_group(model, runs=runs, warmup=warmup, threads=threads)
        subject = f"{model.name} (ONNX Runtime {metadata.version('onnxruntime')} beside LiteRT)"
        for name, timing in found.items():
            reference = {RAW_RUN: RAW_INVOKE, TEPI_ONNX: RAW_RUN}.get(name)
            report.add("latency", subject, name, timing.p50, "ms", p95=timing.p95, reference=reference)


def _onnx_group(model: BenchModel, *, runs: int, warmup: int, threads: int) -> dict[str, Timing]:
    from inference.backends.onnx import OnnxBackend

    path, x = onnx_copy(model.keras), model.sample
    lite = raw_interpreter(model.tflite, threads)
    raw = raw_session(path, threads)
    with OnnxBackend(path, threads=threads) as backend:
        return interleaved(
            {RAW_INVOKE: lambda: lite(x), RAW_RUN: lambda: raw(x), TEPI_ONNX: lambda: backend.predict(x)},
            runs=runs,
            warmup=warmup,
        )
