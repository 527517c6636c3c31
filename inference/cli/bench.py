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


def run(args: argparse.Namespace) -> int:
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
