"""Start-up: the import cost of ``inference`` and the desktop's self-test timings.

Both run in fresh processes, so nothing this benchmark already imported
flatters them. The desktop's figures come from its own ``--selftest``
report (seconds from process start to window shown and to first result).
"""

from __future__ import annotations

import importlib.util
import logging
import statistics

from inference.bench.procs import SOURCE_ROOT, run_python
from inference.bench.report import Report

__all__ = ["SkipSection", "run_desktop", "run_import"]

logger = logging.getLogger(__name__)
IMPORT_PROBE = """
import json, sys, time
start = time.perf_counter()
import inference
elapsed = time.perf_counter() - start
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"tensorflow", "keras", "PySide6", "fastapi"})
print(json.dumps({"import_s": elapsed, "heavy": heavy}))
"""


DESKTOP_FIGURES = {
    "window_shown_ms": "window shown, from process start",
    "model_ready_ms": "model ready, from process start",
    "first_result_ms": "first result shown, from process start",
}


class SkipSection(Exception):
    """A section that cannot run in this build or on this machine; its message says why."""


def run_import(report: Report, *, repeats: int) -> None:
    """Median over fresh processes: the import alone, and the whole process with and without it."""
    imports, walls, bare = [], [], []
    heavy: set[str] = set()
    for _ in range(repeats):
        bare.append(run_python(["-c", "pass"]).wall_s)
        result = run_python(["-c", IMPORT_PROBE])
        probe = result.last_json()
        imports.append(probe["import_s"])
        walls.append(result.wall_s)
        heavy.update(probe["heavy"])
    report.add("startup", "import inference", "import time, in process", statistics.median(imports), "s")
    report.add("startup", "import inference", "python -c pass, process wall", statistics.median(bare), "s")
    report.add(
        "startup",
        "import inference",
        "python + import inference, process wall",
        statistics.median(walls),
        "s",
        reference="python -c pass, process wall",
    )
    report.target(
        "startup",
        "import inference leaves TensorFlow, Keras, Qt and FastAPI out of sys.modules",
        float(len(heavy)),
        0.0,
        unit="modules",
        shown=", ".join(sorted(heavy)) or "none loaded",
    )


def run_desktop(report: Report, *, repeats: int) -> None:
    """``python -m desktop --selftest`` from source: its own figures, measured from process start."""
    if not (SOURCE_ROOT / "desktop" / "selftest.py").is_file():
        raise SkipSection("the desktop app's --selftest is not in this build yet")
    if importlib.util.find_spec("PySide6") is None:
        raise SkipSection("PySide6 is not installed")
    figures: dict[str, list[float]] = {key: [] for key in DESKTOP_FIGURES}
    walls = []
    for _ in range(repeats):
        result = run_python(["-m", "desktop", "--selftest"], env={"QT_QPA_PLATFORM": "offscreen"})
        verdict = result.last_json()
        if verdict.get("event") != "selftest" or not verdict.get("ok"):
            raise RuntimeError(f"the desktop self-test did not pass: {verdict}")
        for key in DESKTOP_FIGURES:
            figures[key].append(verdict[key] / 1000.0)
        walls.append(result.wall_s)
    subject = "python -m desktop --selftest"
    for key, name in DESKTOP_FIGURES.items():
        report.add("startup", subject, name, statistics.median(figures[key]), "s")
    report.add("startup", subject, "whole self-test, process wall", statistics.median(walls), "s")
    for key, limit in (("window_shown_ms", 0.5), ("first_result_ms", 1.5)):
        report.target(
            "startup",
            f"desktop {DESKTOP_FIGURES[key]} <= {limit} s (bundled digits .tflite)",
            statistics.median(figures[key]),
            limit,
            unit="s",
        )
