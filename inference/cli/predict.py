"""``predict``: images, folders and CSV files to predictions, as a table or JSON lines.

Exit status: 0 every input answered, 1 some failed, 2 usage error, 3 some wait
in the offline queue (the endpoint was unreachable; ``queue run`` sends them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from inference.cli.predict_ray import add_engine_arguments, check_engine_flags
from inference.cli.progress import Progress, estimate_total
from inference.cli.remote_args import add_remote_arguments, endpoint_from_args
from inference.cli.trust_args import add_trust_arguments, trust_from_args
from inference.errors import UsageError
from inference.offline import OfflinePredictor, OfflineQueue
from inference.predictor import Predictor, expand_inputs
from inference.results import Failure, Outcome, Prediction, Queued
from inference.session import open_predictor
from inference.text import file_row


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="image files, folders or CSV files")
    add_model_arguments(parser)
    parser.add_argument("-k", "--top-k", type=int, default=3, help="labels to show per input (default 3)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    add_remote_arguments(parser)
    add_engine_arguments(parser)


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-m", "--model", help="pack folder, model file or bundled name (default: digits)")
    parser.add_argument("--threads", type=int, help="CPU threads for local inference")
    parser.add_argument(
        "--allow-unsafe-model",
        action="store_true",
        help="load Keras models with Lambda layers (runs code stored in the file)",
    )
    add_trust_arguments(parser)


def predictor_from_args(args: argparse.Namespace) -> Predictor:
    """The predictor that the model, remote and trust flags describe (``predict``, ``explain``)."""
    if args.allow_unsafe_model:
        print("warning: --allow-unsafe-model lets the model file run code on this computer.", file=sys.stderr)
    return open_predictor(
        args.model,
        threads=args.threads,
        allow_unsafe=args.allow_unsafe_model,
        trust=trust_from_args(args),
        top_k=args.top_k,
        remote=endpoint_from_args(args),
        policy=args.policy,
        on_status=lambda text: print(f"note: {text}", file=sys.stderr, flush=True),
    )


def run(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        raise UsageError("cli.top_k")
    check_engine_flags(args)
    if args.engine == "ray":
        from inference.cli.predict_ray import run_on_ray

        return run_on_ray(args)
    with predictor_from_args(args) as predictor:
        if predictor.router.remote is None or args.no_queue:
            failed, queued = _predict(predictor, args)
        else:
            with OfflineQueue() as queue:
                failed, queued = _predict(OfflinePredictor(predictor, queue), args)
    if queued:
        print(
            f"note: {queued} inputs wait in the offline queue; `python -m inference queue run` sends them.",
            file=sys.stderr,
        )
    return 1 if failed else 3 if queued else 0


def _predict(predictor: Predictor | OfflinePredictor, args: argparse.Namespace) -> tuple[int, int]:
    """Print each outcome as it comes; returns how many failed and how many wait in the queue."""
    listing = expand_inputs(args.paths, tabular=not predictor.pack.is_image)
    if listing.skipped:
        kind = "CSV files" if not predictor.pack.is_image else "images"
        print(f"note: skipped {len(listing.skipped)} files that are not {kind}.", file=sys.stderr)
    failed = queued = 0
    writer = _json_line if args.json else _TableWriter(sys.stdout, args.top_k).write
    progress = _progress(listing.files, tabular=not predictor.pack.is_image)
    for outcome in predictor.predict_paths(listing.files):
        queued += isinstance(outcome, Queued)
        failed += isinstance(outcome, Failure)
        with progress.printing():
            writer(outcome)
        progress.add(failed=isinstance(outcome, Failure), unsure=getattr(outcome, "unsure", False))
    progress.close()
    return failed, queued


def _progress(files: list[Path], *, tabular: bool) -> Progress:
    """A bar on stderr when it is a terminal (the total is estimated only then), and the summary."""
    total = estimate_total(files, tabular=tabular) if sys.stderr.isatty() else None
    return Progress(total, unit="row" if tabular else "input")


def _json_line(outcome: Outcome) -> None:
    print(json.dumps(outcome.to_json(), ensure_ascii=False), flush=True)


class _TableWriter:
    """An aligned, streaming table: input, label, score, top-k, backend, latency."""

    def __init__(self, stream: TextIO, k: int) -> None:
        self.stream = stream
        self.k = k
        self.header_done = False

    def write(self, outcome: Outcome) -> None:
        if not self.header_done:
            print(
                f"{'INPUT':<40} {'LABEL':<16} {'SCORE':>6}  {'BACKEND':<16} {'MS':>8}  OTHERS",
                file=self.stream,
            )
            self.header_done = True
        name = outcome.input if outcome.row is None else f"{outcome.input} row {file_row(outcome.row)}"
        name = name if len(name) <= 40 else "…" + name[-39:]
        if isinstance(outcome, Prediction):
            others = ", ".join(f"{t.label} {t.score:.0%}" for t in outcome.top_k[1:])
            others = f"not sure · {others}" if outcome.unsure else others
            backend = outcome.backend + (" (fallback)" if outcome.fallback_reason else "")
            backend += " (local was unsure)" if outcome.escalated is not None else ""
            print(
                f"{name:<40} {outcome.label[:16]:<16} {outcome.score:>6.1%}  "
                f"{backend:<16} {outcome.latency_ms:>8.2f}  {others}",
                file=self.stream,
                flush=True,
            )
        else:
            word = "queued" if isinstance(outcome, Queued) else "error"
            print(f"{name:<40} {word}: {outcome.error}", file=self.stream, flush=True)
