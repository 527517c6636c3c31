"""Run the benchmark's sections in order and collect one ``Report``.

A section that cannot run here (no server in this build, no ``resource``
module) is recorded as skipped with its reason; one that breaks is recorded
as an error, and the others still run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from inference.backends.litert import default_threads
from inference.bench.report import Report, describe_machine
from inference.bench.startup import SkipSection
from inference.errors import TepiError

if TYPE_CHECKING:
    from inference.bench.local import BenchModel

__all__ = ["SECTION_NAMES", "BenchSettings", "run_benchmark"]

logger = logging.getLogger(__name__)
SECTION_NAMES = ("latency", "e2e", "batch", "explain", "remote", "startup", "memory")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BenchSettings:
    """How much to measure; ``quick`` keeps every section but shrinks every count."""

    quick: bool = False
    threads: int = field(default_factory=default_threads)
    sections: tuple[str, ...] = SECTION_NAMES

    @property
    def runs(self) -> int:
        return 30 if self.quick else 200

    @property
    def warmup(self) -> int:
        return 5 if self.quick else 20

    @property
    def e2e_runs(self) -> dict[str, int]:
        return (
            {"640x480 JPEG": 10, "12 MP JPEG": 3} if self.quick else {"640x480 JPEG": 200, "12 MP JPEG": 30}
        )

    @property
    def batch_images(self) -> int:
        return 48 if self.quick else 500

    @property
    def repeats(self) -> int:
        return 1 if self.quick else 3

    @property
    def process_repeats(self) -> int:
        return 2 if self.quick else 5


def run_benchmark(settings: BenchSettings, progress: Progress | None = None) -> Report:
    """Every requested section, side by side with its references, into one report."""
    report = Report(machine=describe_machine(), settings={**asdict(settings), "runs": settings.runs})
    say = progress or (lambda _text: None)
    context: dict[str, object] = {}
    for name in SECTION_NAMES:
        if name not in settings.sections:
            continue
        say(f"{name}...")
        started = time.perf_counter()
        try:
            _SECTIONS[name](report, settings, context)
        except SkipSection as exc:
            report.skipped[name] = str(exc)
        except (TepiError, RuntimeError, OSError, ValueError) as exc:
            logger.exception("benchmark section %s failed", name)
            report.errors[name] = f"{type(exc).__name__}: {exc}"
        say(f"{name} done in {time.perf_counter() - started:.0f} s")
    report.machine["load_average_after"] = describe_machine()["load_average"]
    return report


def _models(context: dict[str, object]) -> list[BenchModel]:
    """The bundled digits pack and the locally built MobileNetV2 pack (built once, cached)."""
    if "models" not in context:
        from inference.bench.local import BenchModel
        from inference.bench.models import digits_pack, mobilenet_pack

        context["models"] = [BenchModel.from_pack(digits_pack()), BenchModel.from_pack(mobilenet_pack())]
    return context["models"]  # type: ignore[return-value]


def _latency(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.local import run_latency

    run_latency(report, _models(context), runs=s.runs, warmup=s.warmup, threads=s.threads)


def _e2e(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.e2e import run_end_to_end

    run_end_to_end(report, _models(context)[-1], runs=s.e2e_runs, warmup=2, threads=s.threads)


def _batch(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.e2e import run_batch

    run_batch(report, _models(context)[-1], count=s.batch_images, repeats=s.repeats, threads=s.threads)


def _explain(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.explain import run_explain

    run_explain(report, _models(context), quick=s.quick, threads=s.threads)


def _remote(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.remote import run_remote

    run_remote(report, _models(context), quick=s.quick, threads=s.threads)


def _startup(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.startup import run_desktop, run_import

    run_import(report, repeats=s.process_repeats)
    try:
        run_desktop(report, repeats=s.process_repeats)
    except SkipSection as exc:
        report.skipped["startup"] = f"desktop: {exc}"


def _memory(report: Report, s: BenchSettings, context: dict[str, object]) -> None:
    from inference.bench.memory import run_memory

    run_memory(report, _models(context), threads=s.threads)


_SECTIONS: dict[str, Callable[[Report, BenchSettings, dict[str, object]], None]] = {
    "latency": _latency,
    "e2e": _e2e,
    "batch": _batch,
    "explain": _explain,
    "remote": _remote,
    "startup": _startup,
    "memory": _memory,
}
