"""Single-input latency of .tflite files on LiteRT, side by side (needs only numpy and ai-edge-litert).

Each model gets inputs of its own dtype; the models are timed in alternating blocks of 20 invokes, so
load from other processes hits them alike. Runs the same here and in the arm64 root under qemu.

    python scripts/tflite_latency.py float.tflite int8.tflite [--threads 1] [--runs 400]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np


def _interpreter(path: str, threads: int):
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_path=path, num_threads=threads)
    interpreter.allocate_tensors()
    detail = interpreter.get_input_details()[0]
    shape = [1 if d < 0 else int(d) for d in detail["shape_signature"]] or list(detail["shape"])
    dtype = np.dtype(detail["dtype"])
    rng = np.random.default_rng(0)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        data = rng.integers(info.min, info.max, shape, endpoint=True).astype(dtype)
    else:
        data = rng.random(shape, dtype=np.float32).astype(dtype)
    interpreter.resize_tensor_input(detail["index"], shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(detail["index"], data)
    return interpreter


def measure(paths: list[str], threads: int, runs: int) -> dict[str, float]:
    """p50 milliseconds per ``invoke()`` of each model."""
    models = {p: _interpreter(p, threads) for p in paths}
    times: dict[str, list[float]] = {p: [] for p in paths}
    for interpreter in models.values():
        for _ in range(20):
            interpreter.invoke()
    for _ in range(max(1, runs // 20)):
        for path, interpreter in models.items():
            for _ in range(20):
                start = time.perf_counter()
                interpreter.invoke()
                times[path].append((time.perf_counter() - start) * 1000)
    return {p: statistics.median(t) for p, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("models", nargs="+")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=400)
    args = parser.parse_args()
    for path, p50 in measure(args.models, args.threads, args.runs).items():
        size = os.path.getsize(path)
        print(
            f"{os.path.basename(path):<28} {size / 1024:8.0f} KiB  p50 {p50:8.3f} ms  ({args.threads} thread)"
        )


if __name__ == "__main__":
    main()
