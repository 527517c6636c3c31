"""Explanations: how long a heatmap takes, beside one prediction on the same backend.

Each row times ``Explainer.explain_tensor`` on an input already decoded and
predicted (what the window does when "Explain" is pressed): every occluded
copy or the Grad-CAM gradient, all batched. The reference is one forward
pass of the same model on the same backend, so the ratio reads as "costs as
much as N predictions". Budgets: digits ≤ 50 ms, MobileNetV2 ≤ 1.5 s, both
with occlusion on LiteRT.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from inference.bench.local import BenchModel
from inference.bench.report import Report, Row
from inference.bench.timing import interleaved
from inference.explain import Explainer
from inference.geometry import InputGeometry
from inference.session import open_predictor

__all__ = ["run_explain"]

logger = logging.getLogger(__name__)
ONE_PASS = "one prediction (reference)"
BUDGET_MS = {"digits": 50.0, "mobilenetv2": 1500.0}
"""Occlusion on LiteRT, p50."""


def run_explain(report: Report, models: list[BenchModel], *, quick: bool, threads: int) -> None:
    """Occlusion on LiteRT and Grad-CAM on TensorFlow for every model; occlusion on TensorFlow too
    unless ``quick`` (MobileNetV2's 226 copies take TensorFlow several seconds)."""
    for model in models:
        big = model.sample.nbytes > 100_000
        runs = (1 if quick else 10) if big else (10 if quick else 100)
        tf_methods = ("gradcam",) if quick else ("occlusion", "gradcam")
        for runtime, path, methods in (
            ("LiteRT", model.tflite, ("occlusion",)),
            ("TensorFlow", model.keras, tf_methods),
        ):
            with _explainer(model, path, threads) as (explainer, predict):
                for method in methods:
                    explainer.method = method
                    row = _measure(report, model, runtime, explainer, predict, runs=runs)
                    if (runtime, method) == ("LiteRT", "occlusion") and model.name in BUDGET_MS:
                        report.target(
                            "explain",
                            f"occlusion on LiteRT p50 <= {BUDGET_MS[model.name]:,.0f} ms "
                            f"({model.name}, all passes batched)",
                            row.value,
                            BUDGET_MS[model.name],
                            unit="ms",
                        )


@contextmanager
def _explainer(
    model: BenchModel, path: Path, threads: int
) -> Iterator[tuple[Explainer, Callable[[], object]]]:
    """An explainer over one of the pack's files (it runs first), and one prediction to compare."""
    with open_predictor(path, threads=threads) as predictor:
        explainer = Explainer(predictor)
        try:
            yield explainer, lambda: predictor.router.run(model.sample)
        finally:
            explainer.close()


def _measure(
    report: Report,
    model: BenchModel,
    runtime: str,
    explainer: Explainer,
    predict: Callable[[], object],
    *,
    runs: int,
) -> Row:
    tensor = model.sample[0]
    height, width = tensor.shape[:2]
    geometry = InputGeometry((0.0, 0.0, float(width), float(height)), (width, height), (width, height))
    prediction = explainer.predictor.predict_array(model.sample, ["bench"])[0]
    explainer.explain_tensor(tensor, geometry, prediction)  # warm-up: traces Grad-CAM, sizes buffers
    cpu = time.process_time()
    first = explainer.explain_tensor(tensor, geometry, prediction)
    cpu_ms = (time.process_time() - cpu) * 1000.0
    name = _name(first.method, runtime, first.passes)
    found = interleaved(
        {ONE_PASS: predict, name: lambda: explainer.explain_tensor(tensor, geometry, prediction)},
        runs=runs,
        warmup=0,  # the explanations above warmed it up
        rounds=min(runs, 5),
    )
    subject = f"{model.name} {runtime}"
    if report.find("explain", subject, ONE_PASS) is None:
        report.add("explain", subject, ONE_PASS, found[ONE_PASS].p50, "ms", p95=found[ONE_PASS].p95)
    # CPU time, all threads: what the explanation costs whatever else the machine runs.
    note = f"CPU {cpu_ms:,.0f} ms" if cpu_ms >= 10 else f"CPU {cpu_ms:.1f} ms"
    return report.add(
        "explain", subject, name, found[name].p50, "ms", p95=found[name].p95, reference=ONE_PASS, note=note
    )


def _name(method: str, runtime: str, passes: int) -> str:
    label = "Grad-CAM" if method == "gradcam" else "occlusion"
    return f"{label}, {runtime} ({passes} passes)"
