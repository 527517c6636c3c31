"""``bench``: Tepi's latency, throughput, start-up and memory beside the raw runtimes, in one run."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inference.errors import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from inference.bench import SECTION_NAMES

    parser.add_argument("--quick", action="store_true", help="few runs of everything (a smoke test)")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the full report as JSON")
    parser.add_argument("--plot", type=Path, metavar="OUT.png", help="draw a chart (needs matplotlib)")
    parser.add_argument("--markdown", type=Path, metavar="OUT.md", help="write the tables as Markdown")
    parser.add_argument("--threads", type=int, help="CPU threads for inference (default: up to 4)")
    parser.add_argument(
        "--only",
        metavar="SECTIONS",
        help=f"comma-separated sections to run (default all: {','.join(SECTION_NAMES)})",
    )
    add_peer_arguments(parser)


def add_peer_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("--peers: the reference server beside MLServer (make bench-peers)")
    group.add_argument("--peers", action="store_true", help="compare the server with MLServer instead")
    group.add_argument("--seconds", type=float, default=3.0, help="measured seconds per block (default 3)")
    group.add_argument("--blocks", type=int, default=4, help="interleaved blocks per server (default 4)")
    group.add_argument("--clients", default="1,8,32", metavar="N,N", help="concurrent clients")
    group.add_argument("--processes", default="1,2", metavar="N,N", help="server processes")
    group.add_argument("--models", default="digits,mobilenetv2", metavar="M,M", help="models to serve")
    group.add_argument("--server-root", type=Path, metavar="DIR", help="measure the server of this checkout")
    group.add_argument(
        "--skip",
        default="",
        metavar="PARTS",
        help="leave out 'client' (Tepi's client, JSON against binary) and/or 'cli' (the CLI per image)",
    )


def run(args: argparse.Namespace) -> int:
    if args.peers:
        return _run_peers(args)
    from inference.bench import SECTION_NAMES, BenchSettings, run_benchmark
    from inference.bench.render import markdown, text_table

    sections = tuple(s.strip() for s in args.only.split(",")) if args.only else SECTION_NAMES
    unknown = set(sections) - set(SECTION_NAMES)
    if unknown:
        raise UsageError("cli.bench_section", section=sorted(unknown)[0], choices=list(SECTION_NAMES))
    if args.threads is not None and args.threads < 1:
        raise UsageError("cli.threads")
    if args.plot:
        from inference.bench.plot import check_matplotlib

        check_matplotlib()
    settings = BenchSettings(quick=args.quick, sections=sections)
    if args.threads:
        settings = BenchSettings(quick=args.quick, sections=sections, threads=args.threads)
    report = run_benchmark(
        settings, progress=lambda text: print(f"bench: {text}", file=sys.stderr, flush=True)
    )
    print(text_table(report), end="")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(report), encoding="utf-8")
    if args.plot:
        from inference.bench.plot import plot_report

        plot_report(report, args.plot)
    return 1 if report.errors else 0


def _numbers(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(",") if v.strip())
    except ValueError:
        values = ()
    if not values or min(values) < 1:
        raise UsageError("cli.bench_numbers", value=text)
    return values


def _run_peers(args: argparse.Namespace) -> int:
    from inference.bench.peer_render import peer_markdown
    from inference.bench.peers import PeerReport, PeerSettings, run_peers
    from inference.bench.procs import SOURCE_ROOT
    from inference.bench.report import describe_machine

    models = tuple(m.strip() for m in args.models.split(",") if m.strip())
    if not models or set(models) - {"digits", "mobilenetv2"}:
        raise UsageError("cli.bench_model", model=args.models, choices=["digits", "mobilenetv2"])
    if args.seconds <= 0 or args.blocks < 1:
        raise UsageError("cli.bench_seconds")
    if args.threads is not None and args.threads < 1:
        raise UsageError("cli.threads")
    skipped = {part.strip() for part in args.skip.split(",") if part.strip()}
    if skipped - {"client", "cli"}:
        raise UsageError("cli.bench_section", section=args.skip, choices=["client", "cli"])
    settings = PeerSettings(
        seconds=args.seconds,
        blocks=args.blocks,
        clients=_numbers(args.clients),
        processes=_numbers(args.processes),
        models=models,
        threads=args.threads or 1,
        tepi_root=(args.server_root or SOURCE_ROOT).resolve(),
        client_binary=args.server_root is None and "client" not in skipped,  # this client needs this server
        cli="cli" not in skipped,
    )
    shown = {k: str(v) if isinstance(v, Path) else v for k, v in settings.__dict__.items()}
    report = PeerReport(machine=describe_machine(), settings=shown)
    try:
        run_peers(settings, report, lambda text: print(f"bench: {text}", file=sys.stderr, flush=True))
    finally:
        text = peer_markdown(report)
        print(text, end="")
        if args.markdown:
            args.markdown.parent.mkdir(parents=True, exist_ok=True)
            args.markdown.write_text(text, encoding="utf-8")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    return 0
