"""Render a ``Report`` as a terminal table or as Markdown (the README's Performance section)."""

from __future__ import annotations

from inference.bench.report import SECTIONS, Report, Row, Target

__all__ = ["markdown", "text_table"]


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit in ("images/s", "req/s"):
        return f"{value:,.1f}"
    if unit == "MB":
        return f"{value:,.0f}"
    if abs(value) < 1:
        return f"{value:.3f}"
    return f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"


def _ratio(row: Row) -> str:
    if row.ratio is None:
        return ""
    return f"{row.ratio:.2f}x {row.reference}"


def _status(target: Target) -> str:
    return {True: "MET", False: "MISSED", None: "n/a"}[target.met]


def _measured(target: Target) -> str:
    if target.shown:
        return target.shown
    if target.measured is None:
        return "-"
    return f"{target.measured:.2f}{'x' if target.unit == 'x' else ' ' + target.unit}"


def text_table(report: Report) -> str:
    """Sections of aligned rows, then targets, skipped sections and errors."""
    lines: list[str] = []
    for section, title in SECTIONS.items():
        rows = [r for r in report.rows if r.section == section]
        if not rows and section not in report.skipped:
            continue
        lines.append(title)
        if rows:
            lines.append(f"  {'SUBJECT':<28} {'WHAT':<42} {'VALUE':>14} {'P95':>9}  RATIO")
        for row in rows:
            value = f"{_number(row.value, row.unit)} {row.unit}"
            lines.append(
                f"  {row.subject[:28]:<28} {row.name[:42]:<42} {value:>14} "
                f"{_number(row.p95, row.unit):>9}  {_ratio(row)}" + (f"  ({row.note})" if row.note else "")
            )
        if section in report.skipped:
            lines.append(f"  skipped: {report.skipped[section]}")
        lines.append("")
    if report.targets:
        lines.append("Targets")
        for target in report.targets:
            note = f"  ({target.note})" if target.note else ""
            lines.append(f"  {_status(target):<7} {target.text:<72} {_measured(target):>11}{note}")
        lines.append("")
    for section, error in report.errors.items():
        lines.append(f"error in {section}: {error}")
    return "\n".join(lines).rstrip() + "\n"


def markdown(report: Report) -> str:
    """The same figures as Markdown tables, with the machine they ran on."""
    m = report.machine
    packages = ", ".join(f"{k} {v}" for k, v in m.get("packages", {}).items() if v)
    out = [
        f"Measured on {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB RAM, "
        f"{m.get('os')}, Python {m.get('python')} ({packages}).",
        "",
    ]
    for section, title in SECTIONS.items():
        rows = [r for r in report.rows if r.section == section]
        if section in report.skipped:
            out += [f"**{title}**: skipped: {report.skipped[section]}", ""]
        if not rows:
            continue
        out += [f"**{title}**", "", "| subject | what | value | p95 | ratio |", "|---|---|---:|---:|---|"]
        for row in rows:
            ratio = f"{row.ratio:.2f}x {row.reference}" if row.ratio is not None else ""
            unit = "" if row.unit in ("ms", "s") else f" {row.unit}"
            out.append(
                f"| {row.subject} | {row.name} | {_number(row.value, row.unit)}{unit} | "
                f"{_number(row.p95, row.unit)} | {ratio} |"
            )
        out.append("")
    if report.targets:
        out += ["**Targets**", "", "| target | measured | result |", "|---|---:|---|"]
        for target in report.targets:
            note = f" ({target.note})" if target.note else ""
            out.append(f"| {target.text} | {_measured(target)} | {_status(target)}{note} |")
        out.append("")
    return "\n".join(out)
