"""The benchmark's findings: rows of figures, targets met or missed, sections skipped.

A ``Report`` is filled by the sections as they run and rendered three ways:
a plain-text table for the terminal, JSON for machines, Markdown for the
README. Ratios are always against a reference row measured in the same run.
"""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from typing import Any

__all__ = ["Report", "Row", "Target", "describe_machine"]

SECTIONS = {
    "latency": "Single-input latency (ms)",
    "e2e": "End to end in process: read, decode, preprocess, infer, postprocess (ms)",
    "batch": "Batch throughput over a folder (images/s)",
    "explain": "Explanations: every pass batched, beside one prediction (ms)",
    "remote": "Remote over loopback to the reference server",
    "startup": "Start-up (s)",
    "memory": "Peak memory, one process per path (MB RSS)",
}
PACKAGES = ("tensorflow", "keras", "ai-edge-litert", "numpy", "pillow")


@dataclass
class Row:
    section: str
    subject: str
    """What was measured on: a model, an image, a protocol."""
    name: str
    value: float
    unit: str
    p95: float | None = None
    reference: str | None = None
    """Name of the row (same section and subject) this one is compared with."""
    ratio: float | None = None
    note: str = ""


@dataclass
class Target:
    section: str
    text: str
    measured: float | None
    limit: float
    at_least: bool = False
    """True when the measured figure must reach the limit (throughput), False when it must stay below."""
    unit: str = "x"
    note: str = ""
    shown: str = ""
    """How to print the measured figure when a number would mislead (yes/no checks)."""

    @property
    def met(self) -> bool | None:
        if self.measured is None:
            return None
        return self.measured >= self.limit if self.at_least else self.measured <= self.limit


@dataclass
class Report:
    machine: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def add(
        self,
        section: str,
        subject: str,
        name: str,
        value: float,
        unit: str,
        *,
        p95: float | None = None,
        reference: str | None = None,
        note: str = "",
    ) -> Row:
        """Add a figure; with ``reference`` its ratio to that row is computed now."""
        ratio = None
        if reference is not None:
            ref = self.find(section, subject, reference)
            ratio = value / ref.value if ref is not None and ref.value else None
        row = Row(section, subject, name, value, unit, p95, reference, ratio, note)
        self.rows.append(row)
        return row

    def find(self, section: str, subject: str, name: str) -> Row | None:
        return next(
            (r for r in self.rows if (r.section, r.subject, r.name) == (section, subject, name)), None
        )

    def target(
        self,
        section: str,
        text: str,
        measured: float | None,
        limit: float,
        *,
        at_least: bool = False,
        unit: str = "x",
        note: str = "",
        shown: str = "",
    ) -> Target:
        target = Target(section, text, measured, limit, at_least, unit, note, shown)
        self.targets.append(target)
        return target

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "settings": self.settings,
            "rows": [asdict(r) for r in self.rows],
            "targets": [{**asdict(t), "met": t.met} for t in self.targets],
            "skipped": self.skipped,
            "errors": self.errors,
        }


def describe_machine() -> dict[str, Any]:
    """What the figures were measured on: CPU, cores, memory, OS and library versions."""
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": _cpu_name(),
        "cores": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "packages": versions,
        "load_average": _load(),
    }


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (AttributeError, ValueError, OSError):
        return None


def _load() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (AttributeError, OSError):
        return None
