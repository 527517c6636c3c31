"""The CLI's cost per image beside a hand-written Pillow + LiteRT loop, for digits and MobileNetV2.

CLI: ``python -m inference predict --model PACK --json FOLDER`` as a person runs it,
timed over the whole folder and over its first file alone; the difference over
N - 1 is what each further image costs (imports and the model's load cancel
out). Hand loop: in one process, per file, ``Image.open``, convert, resize to
the model's size, scale, ``invoke``, argmax, what example code does (no
trimming, contrast or letterboxing, which the digits pack does and the loop
does not). Rounds alternate CLI and loop; medians; CPU time of the CLI's
process and of the loop, which a busy machine inflates less than wall time.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from inference.bench.e2e import naive_pipeline
from inference.bench.local import BenchModel, raw_interpreter
from inference.bench.models import bench_dir, photo_folder
from inference.modelpack import ImageSpec, load_manifest

__all__ = ["digit_folder", "run_cli_cost"]

ROUNDS = 3


def digit_folder(count: int) -> Path:
    """``count`` 8 × 8 grey PNGs of scikit-learn's handwritten digits (cached)."""
    folder = bench_dir(f"digits-{count}")
    if len(list(folder.glob("*.png"))) == count:
        return folder
    from sklearn.datasets import load_digits

    images = load_digits().images
    for index in range(count):
        pixels = (255 - images[index % len(images)] * (255 / 16)).astype(np.uint8)
        Image.fromarray(pixels, "L").save(folder / f"digit-{index:04d}.png")
    return folder


def _cli_cpu(pack: Path, target: Path, count: int, threads: int, root: Path) -> float:
    """CPU seconds (user + system) of one ``predict`` process over ``target`` (``count`` images)."""
    command = [sys.executable, "-m", "inference", "predict", "--model", str(pack), "--json",
               "--threads", str(threads), "--policy", "local-only", str(target)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="tepi-cli-cost-") as home:
        env = {**os.environ, "TEPI_HOME": home, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONPATH": str(root)}
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or done.stdout.count("\n") != count:
        raise RuntimeError(f"predict failed: {done.stderr[-400:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _hand_cpu(model: BenchModel, spec: ImageSpec, paths: list[Path], threads: int) -> float:
    """CPU seconds per image of the hand loop over ``paths``."""
    rgb = spec.color_mode == "rgb"  # the loop converts to what the model takes
    predict = naive_pipeline(model, threads, spec) if rgb else _grey_pipeline(model, threads, spec)
    predict(paths[0])
    started = time.process_time()
    for path in paths:
        predict(path)
    return (time.process_time() - started) / len(paths)


def _grey_pipeline(model: BenchModel, threads: int, spec: ImageSpec) -> Any:
    run = raw_interpreter(model.tflite, threads)
    size = (spec.width, spec.height)

    def predict(path: Path) -> int:
        image = Image.open(path).convert("L").resize(size)
        x = np.asarray(image, dtype=np.float32)[None, :, :, None] * np.float32(spec.scale)
        return int(np.argmax(run(x + np.float32(spec.offset))[0]))

    return predict


def run_cli_cost(
    models: dict[str, BenchModel], threads: int, root: Path, progress: Any
) -> list[dict[str, Any]]:
    """One row per model: CLI ms per image, hand-loop ms per image, their ratio, the load average."""
    folders = {"digits": (digit_folder, 1000), "mobilenetv2": (photo_folder, 60)}
    rows = []
    for name, model in models.items():
        make, count = folders[name]
        folder = make(count)
        paths = sorted(folder.iterdir())
        spec = load_manifest(model.root).input
        assert isinstance(spec, ImageSpec)
        before = os.getloadavg()[0]
        cli, hand = [], []
        for _ in range(ROUNDS):
            whole = _cli_cpu(model.root, folder, len(paths), threads, root)
            alone = _cli_cpu(model.root, paths[0], 1, threads, root)
            cli.append((whole - alone) / (len(paths) - 1))
            hand.append(_hand_cpu(model, spec, paths, threads))
        row = {"model": name, "images": len(paths), "cli_ms": 1000 * float(np.median(cli)),
               "hand_ms": 1000 * float(np.median(hand)), "load": (before, os.getloadavg()[0])}  # fmt: skip
        row["ratio"] = float(np.median(cli)) / float(np.median(hand))
        progress(f"CLI {name}: {row['cli_ms']:.3f} CPU-ms per image, hand loop {row['hand_ms']:.3f}")
        rows.append(row)
    return rows
