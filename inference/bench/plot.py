"""The report as a chart (PNG). matplotlib is a development tool here, never an app dependency."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from inference.bench.report import Report, Row
from inference.errors import UsageError

__all__ = ["check_matplotlib", "plot_report"]


def check_matplotlib() -> None:
    """Fail before measuring anything when the chart could not be drawn at the end."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise UsageError("cli.no_matplotlib") from exc


def plot_report(report: Report, path: Path) -> None:
    check_matplotlib()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(14, 9))
    _grouped(axes[0][0], [r for r in report.rows if r.section == "latency"], "Single-input latency p50 (ms)")
    _grouped(axes[0][1], [r for r in report.rows if r.section == "e2e"], "End to end p50 (ms)")
    _targets(axes[1][0], report)
    remote = [r for r in report.rows if r.section == "remote" and r.unit == "req/s"]
    if remote:
        _remote(axes[1][1], remote)
    else:
        _grouped(
            axes[1][1],
            [r for r in report.rows if r.section == "batch"],
            "Batch throughput (images/s)",
            log=False,
        )
    cpu = report.machine.get("cpu", "")
    fig.suptitle(f"Tepi benchmark: {cpu}, {report.machine.get('cores')} cores", fontsize=12)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90, bbox_inches="tight")
    plt.close(fig)


def _grouped(ax: Any, rows: list[Row], title: str, *, log: bool = True) -> None:
    """One group of bars per subject, one bar per runtime, values labelled."""
    ax.set_title(title, fontsize=10)
    if not rows:
        ax.text(0.5, 0.5, "not measured", ha="center", va="center", transform=ax.transAxes)
        return
    subjects = list(dict.fromkeys(r.subject for r in rows))
    names = list(dict.fromkeys(r.name for r in rows))
    width = 0.8 / len(names)
    for index, name in enumerate(names):
        xs, ys = [], []
        for position, subject in enumerate(subjects):
            row = next((r for r in rows if r.subject == subject and r.name == name), None)
            if row is not None:
                xs.append(position + index * width)
                ys.append(row.value)
        bars = ax.bar(xs, ys, width, label=name)
        ax.bar_label(bars, fmt="%.3g", fontsize=7)
    ax.set_xticks([p + width * (len(names) - 1) / 2 for p in range(len(subjects))], subjects, fontsize=8)
    if log:
        ax.set_yscale("log")
    ax.legend(fontsize=7)


def _targets(ax: Any, report: Report) -> None:
    """Each ratio target as measured / limit: below 1 is met for "at most" targets."""
    ax.set_title("Targets: measured ratio and limit (green met, red missed)", fontsize=10)
    targets = [t for t in report.targets if t.unit == "x" and t.measured is not None]
    labels = [textwrap.fill(t.text, 44) for t in targets]
    values = [t.measured for t in targets]
    colours = ["tab:green" if t.met else "tab:red" for t in targets]
    ax.barh(range(len(targets)), values, color=colours)
    for index, target in enumerate(targets):
        ax.plot([target.limit, target.limit], [index - 0.4, index + 0.4], color="black")
        ax.text(target.measured, index, f" {target.measured:.2f}x", va="center", fontsize=7)
    ax.set_yticks(range(len(targets)), labels, fontsize=7)
    ax.invert_yaxis()


def _remote(ax: Any, rows: list[Row]) -> None:
    """Throughput against concurrent clients, one line per protocol and batching setting."""
    ax.set_title("Remote throughput over loopback (requests/s)", fontsize=10)
    for name in dict.fromkeys(r.name for r in rows):
        points = sorted(
            (int(r.subject.split()[0]), r.value) for r in rows if r.name == name and r.subject[0].isdigit()
        )
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=name)
    ax.set_xlabel("concurrent clients")
    ax.set_xscale("log", base=2)
    counts = sorted({int(r.subject.split()[0]) for r in rows if r.subject[0].isdigit()})
    ax.set_xticks(counts, [str(c) for c in counts])
    ax.legend(fontsize=7)
