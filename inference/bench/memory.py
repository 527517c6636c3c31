"""Peak memory of each local path, each in its own process so the figures do not mix.

The probe opens the model the way the app does (``open_predictor``) and
predicts one photo, then reports its peak resident set size.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from inference.bench.local import BenchModel
from inference.bench.models import photo_file
from inference.bench.procs import run_python
from inference.bench.report import Report
from inference.bench.startup import SkipSection

__all__ = ["run_memory"]

logger = logging.getLogger(__name__)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
PROBE = """
import json, resource, sys
import inference

def rss():
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 1024)

if sys.argv[1] != "-":
    with inference.open_predictor(sys.argv[1], threads=int(sys.argv[3])) as predictor:
        predictor.predict_image(sys.argv[2])
print(json.dumps({"peak_rss_mb": rss(), "tensorflow": "tensorflow" in sys.modules}))
"""


def run_memory(report: Report, models: list[BenchModel], *, threads: int) -> None:
    if sys.platform == "win32":
        raise SkipSection("peak RSS is read with the resource module, which Windows lacks")
    photo = photo_file(640, 480)
    base = _probe("-", photo, threads)
    report.add("memory", "python + import inference", "no model loaded", base["peak_rss_mb"], "MB")
    for model in models:
        lite = _probe(str(model.tflite), photo, threads)
        full = _probe(str(model.keras), photo, threads)
        subject = f"{model.name}, one photo"
        report.add("memory", subject, f"LiteRT path ({model.tflite.name})", lite["peak_rss_mb"], "MB")
        report.add(
            "memory",
            subject,
            f"TensorFlow path ({model.keras.name})",
            full["peak_rss_mb"],
            "MB",
            reference=f"LiteRT path ({model.tflite.name})",
        )
        if lite["tensorflow"]:
            report.errors[f"memory ({model.name})"] = "the LiteRT path imported TensorFlow"


def _probe(model: str, photo: Path, threads: int) -> dict[str, float]:
    return run_python(["-c", PROBE, model, str(photo), str(threads)]).last_json()
