"""The peer benchmark's tables and verdicts, as Markdown (which also reads well as plain text)."""

from __future__ import annotations

from inference.bench.peers import Cell, PeerReport

__all__ = ["peer_markdown", "peer_targets"]

SERVER_GOAL = 1.5
CLIENT_GOAL = 3.0
CLI_GOALS = {"digits": 1.3, "mobilenetv2": 1.0}
"""The most the CLI may spend per image, as a multiple of the hand loop's."""


def _cell_row(cell: Cell) -> str:
    tepi, peer = cell.results.get("Tepi", {}), cell.results.get("MLServer", {})

    def rate(r: dict[str, float]) -> str:
        return f"{r['rate']:.1f}" if r else "-"

    def quantiles(r: dict[str, float]) -> str:
        return f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f}" if r else "-"

    def cpu(r: dict[str, float]) -> str:
        return f"{r['cpu_ms']:.2f}" if r else "-"

    ratio = (
        f"**{cell.ratio:.2f}x**"
        if cell.clients == 8 and cell.ratio
        else (f"{cell.ratio:.2f}x" if cell.ratio else "-")
    )
    return (
        f"| {cell.model} | {cell.processes} | {cell.clients} | {rate(tepi)} | {rate(peer)} | {ratio} "
        f"| {quantiles(tepi)} | {quantiles(peer)} | {cpu(tepi)} | {cpu(peer)} "
        f"| {cell.load[0]:.1f}–{cell.load[1]:.1f} |"
    )


def peer_targets(report: PeerReport) -> list[tuple[str, str, bool]]:
    """``(goal, measured, met)`` for each of the issue's goals that this run measured."""
    found: list[tuple[str, str, bool]] = []
    for cell in report.cells:
        if cell.clients == 8 and cell.ratio is not None:
            found.append((
                f"{cell.model}, {cell.processes} process(es), 8 clients: Tepi >= {SERVER_GOAL}x MLServer",
                f"{cell.ratio:.2f}x", cell.ratio >= SERVER_GOAL,
            ))  # fmt: skip
    worse = [
        c
        for c in report.cells
        if c.ratio is not None and c.results["Tepi"]["p99_ms"] > c.results["MLServer"]["p99_ms"]
    ]
    checked = [c for c in report.cells if c.ratio is not None]
    if checked:
        shown = ", ".join(f"{c.model}/{c.processes}p/{c.clients}c" for c in worse) or "none"
        found.append(("Tepi's p99 no worse than MLServer's, every cell", f"worse in: {shown}", not worse))
    for row in report.client_rows:
        found.append((
            f"Tepi's client, MobileNetV2, {row['clients']} client(s): binary >= {CLIENT_GOAL}x JSON",
            f"{row['ratio']:.2f}x", row["ratio"] >= CLIENT_GOAL,
        ))  # fmt: skip
    for row in report.cli_rows:
        goal = CLI_GOALS[row["model"]]
        found.append((
            f"CLI per image, {row['model']}: <= {goal}x the hand loop",
            f"{row['ratio']:.2f}x",
            row["ratio"] <= goal,
        ))  # fmt: skip
    return found


def _cli_lines(report: PeerReport) -> list[str]:
    lines = [
        "",
        "The CLI (`predict --json FOLDER`, one process; its CPU time over the folder less its CPU time "
        "over the first file alone, per further image) against a hand-written Pillow + LiteRT loop (open, "
        "convert, resize, scale, invoke, argmax; CPU time per image). The digits pack also inverts, "
        "stretches contrast, trims and letterboxes each picture, which the loop does not.",
        "",
        "| model | images | CLI CPU-ms / image | hand loop CPU-ms / image | ratio | load avg |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in report.cli_rows:
        lines.append(
            f"| {row['model']} | {row['images']} | {row['cli_ms']:.3f} | {row['hand_ms']:.3f} | "
            f"{row['ratio']:.2f}x | {row['load'][0]:.1f}–{row['load'][1]:.1f} |"
        )
    return lines


def peer_markdown(report: PeerReport) -> str:
    machine = report.machine
    lines = [
        "# Tepi's reference server beside MLServer",
        "",
        f"Machine: {machine.get('cpu')}, {machine.get('cores')} cores, {machine.get('memory_gb')} GB; "
        f"Python {machine.get('python')}. Settings: {report.settings}.",
        "",
        "V2 JSON, one input per request, closed-loop clients; requests per second over "
        "interleaved blocks; p50 / p99 in ms (median over the blocks); CPU-ms: the server's CPU time "
        "(all its processes and threads) per answer, which a busy machine does not inflate; load "
        "average (1 min) at the cell's start and end.",
        "",
        "| model | processes | clients | Tepi req/s | MLServer req/s | ratio | Tepi p50 / p99 | "
        "MLServer p50 / p99 | Tepi CPU-ms | MLServer CPU-ms | load avg |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(_cell_row(cell) for cell in report.cells),
    ]
    if report.client_rows:
        lines += [
            "",
            "Tepi's own client (`RemoteV2Backend.predict`, threads in one process) against Tepi's server, "
            "MobileNetV2: V2 JSON against the binary tensor extension (used when `GET /v2` lists it).",
            "",
            "| clients | JSON req/s | binary req/s | ratio | JSON p50 ms | binary p50 ms | load avg |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in report.client_rows:
            lines.append(
                f"| {row['clients']} | {row['json']['rate']:.1f} | {row['binary']['rate']:.1f} | "
                f"{row['ratio']:.2f}x | {row['json']['p50_ms']:.1f} | {row['binary']['p50_ms']:.1f} | "
                f"{row['load'][0]:.1f}–{row['load'][1]:.1f} |"
            )
    if report.cli_rows:
        lines += _cli_lines(report)
    targets = peer_targets(report)
    if targets:
        lines += ["", "| goal | measured | result |", "| --- | --- | --- |"]
        lines += [
            f"| {goal} | {measured} | {'met' if met else 'missed'} |" for goal, measured, met in targets
        ]
    lines += [f"\n{note}" for note in report.notes]
    return "\n".join(lines) + "\n"
