"""End to end inside the process, and batch throughput over a folder.

End to end: Tepi's ``predict_image`` (read, SHA-256, reduced-size JPEG
decode, EXIF, preprocess, infer, top-k) against the naive by-hand pipeline:
full decode, resize, raw ``invoke``. Batch: ``predict_paths`` over a folder
against the raw interpreter on tensors decoded beforehand, the ceiling a
pipeline that overlaps decoding with inference can approach.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
from PIL import Image

from inference.bench.local import BenchModel, raw_interpreter
from inference.bench.models import photo_file, photo_folder
from inference.bench.report import Report
from inference.bench.timing import interleaved, median_rate
from inference.images import load_image
from inference.modelpack import ImageSpec
from inference.results import Failure
from inference.session import open_predictor

__all__ = ["run_batch", "run_end_to_end"]

logger = logging.getLogger(__name__)
TEPI_E2E = "Tepi predict_image()"
NAIVE = "naive: full decode + resize + invoke"
TEPI_BATCH = "Tepi predict_paths() on the folder"
RAW_BATCH = "raw invoke, pre-decoded"
DECODE = "decode + preprocess only"
SIZES = {"640x480 JPEG": (640, 480), "12 MP JPEG": (4000, 3000)}


def naive_pipeline(model: BenchModel, threads: int, spec: ImageSpec) -> Callable[[Path], int]:
    """What most example code does: decode every pixel, resize, normalise, invoke, argmax."""
    run = raw_interpreter(model.tflite, threads)
    size = (spec.width, spec.height)

    def predict(path: Path) -> int:
        image = Image.open(path).convert("RGB").resize(size)
        x = np.asarray(image, dtype=np.float32)[None] * np.float32(spec.scale) + np.float32(spec.offset)
        return int(np.argmax(run(x)[0]))

    return predict


def run_end_to_end(
    report: Report, model: BenchModel, *, runs: dict[str, int], warmup: int, threads: int
) -> None:
    with open_predictor(model.root, threads=threads) as predictor:
        spec = predictor.pack.input
        assert isinstance(spec, ImageSpec)
        naive = naive_pipeline(model, threads, spec)
        for subject, (width, height) in SIZES.items():
            path = photo_file(width, height)
            found = interleaved(
                {NAIVE: partial(naive, path), TEPI_E2E: partial(predictor.predict_image, path)},
                runs=runs[subject],
                warmup=warmup,
                rounds=5,
            )
            subject = f"{subject}, {model.name}"
            report.add("e2e", subject, NAIVE, found[NAIVE].p50, "ms", p95=found[NAIVE].p95)
            row = report.add(
                "e2e", subject, TEPI_E2E, found[TEPI_E2E].p50, "ms", p95=found[TEPI_E2E].p95, reference=NAIVE
            )
            if width * height >= 10_000_000:
                report.target("e2e", f"{subject} end to end p50 <= 0.40x naive", row.ratio, 0.40)


def run_batch(report: Report, model: BenchModel, *, count: int, repeats: int, threads: int) -> None:
    """``predict_paths`` over a folder against the raw runtime on tensors decoded beforehand.

    The raw runtime runs at the faster of batch 1 and the predictor's batch
    size, whichever suits this model on this CPU: the best a person could do.
    """
    folder = photo_folder(count)
    paths = sorted(folder.glob("*.jpg"))
    with open_predictor(model.root, threads=threads) as predictor:
        spec = predictor.pack.input
        assert isinstance(spec, ImageSpec)
        size = predictor.batch_size
        tensors = np.stack([load_image(p, spec).tensor for p in paths])
        raws = {
            1: raw_interpreter(model.tflite, threads),
            size: raw_interpreter(model.tflite, threads, batch=size),
        }

        def tepi() -> int:
            outcomes = list(predictor.predict_paths([folder]))
            failed = [o for o in outcomes if isinstance(o, Failure)]
            if failed:
                raise RuntimeError(f"{len(failed)} images failed, first: {failed[0].error}")
            return len(outcomes)

        cpu_s: dict[str, float] = {}

        def raw_batches(rows: int) -> int:
            started = time.process_time()
            for start in range(0, len(tensors), rows):
                raws[rows](tensors[start : start + rows])
            cpu_s[f"raw {rows}"] = (time.process_time() - started) / len(tensors)
            return len(tensors)

        def decode_only() -> int:
            started = time.process_time()
            for path in paths:
                load_image(path, spec)
            cpu_s["decode"] = (time.process_time() - started) / len(paths)
            return len(paths)

        tepi()  # warm the page cache and the interpreters' batch shapes
        raw_batches(1)
        raw_batches(size)
        rates = median_rate(
            {
                f"{RAW_BATCH}, batch 1": partial(raw_batches, 1),
                f"{RAW_BATCH}, batch {size}": partial(raw_batches, size),
                TEPI_BATCH: tepi,
                DECODE: decode_only,
            },
            repeats=repeats,
        )
    subject = f"{count} JPEGs 640x480 ({model.name})"
    best = max((f"{RAW_BATCH}, batch 1", f"{RAW_BATCH}, batch {size}"), key=lambda name: rates[name])
    for name in (f"{RAW_BATCH}, batch 1", f"{RAW_BATCH}, batch {size}"):
        report.add("batch", subject, name, rates[name], "images/s", note="reference" if name == best else "")
    row = report.add("batch", subject, TEPI_BATCH, rates[TEPI_BATCH], "images/s", reference=best)
    report.add("batch", subject, DECODE, rates[DECODE], "images/s", note="one thread, no inference")
    report.target(
        "batch",
        f"Batch throughput >= 0.90x the faster {RAW_BATCH} ({model.name})",
        row.ratio,
        0.90,
        at_least=True,
        note=_ceiling(cpu_s[f"raw {1 if best.endswith(' 1') else size}"], cpu_s["decode"], threads),
    )


def _ceiling(infer_cpu_s: float, decode_cpu_s: float, threads: int) -> str:
    """Roughly the best ratio any pipeline can reach when inference alone keeps every core busy.

    Then nothing is idle to hide decoding in: each image costs its inference's
    CPU time plus its decoding's, whatever the overlap. Measured in CPU time,
    so a busy machine (which slows both sides alike) does not distort it.
    """
    cores = os.cpu_count() or 1
    if threads < cores:
        return f"inference uses {threads} of {cores} cores, so decoding can run beside it"
    ceiling = infer_cpu_s / (infer_cpu_s + decode_cpu_s)
    return (
        f"CPU-bound: inference uses all {cores} cores at {infer_cpu_s * 1000:.1f} CPU-ms per image and "
        f"decoding adds {decode_cpu_s * 1000:.1f}, so no pipeline passes about {ceiling:.2f}x here"
    )
