"""``watch``: predict images and CSV rows as they arrive in folders, exactly once, until stopped.

Exit status: 0 after SIGTERM or Ctrl+C (what was read is delivered first), or
after ``--once``; 1 when the model, the state or the output cannot be used;
2 for usage errors.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from inference.cli.predict import add_model_arguments
from inference.cli.remote_args import add_remote_arguments, endpoint_from_args
from inference.errors import UsageError

if TYPE_CHECKING:
    from inference.history import History
    from inference.offline import OfflineQueue
    from inference.predictor import Predictor
    from inference.watch import WatchState
    from inference.watch.queueing import QueueFollower


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folders", nargs="+", metavar="DIR", help="folders to watch (and their sub-folders)")
    add_model_arguments(parser)
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="FILE",
        help="results.csv or results.jsonl (default: JSON lines on stdout)",
    )
    parser.add_argument("-k", "--top-k", type=int, default=3, help="labels per result (default 3)")
    parser.add_argument(
        "--settle", type=float, default=0.5, metavar="S",
        help="seconds a file must stay unchanged before it is read (default 0.5)",
    )  # fmt: skip
    parser.add_argument(
        "--poll", type=float, metavar="S",
        help="scan every S seconds instead of using file-system events (network shares, SD cards)",
    )  # fmt: skip
    parser.add_argument("--move-done", type=Path, metavar="DIR", help="move predicted images into DIR")
    parser.add_argument(
        "--state", type=Path, metavar="FILE",
        help="the watch state (default: one per folders, model and output, in the user data folder)",
    )  # fmt: skip
    parser.add_argument("--once", action="store_true", help="take in what is there, deliver it and exit")
    add_remote_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from inference.history import History
    from inference.offline import OfflinePredictor, OfflineQueue
    from inference.session import open_predictor
    from inference.watch import Delivery, Output, Watcher, WatchOptions, WatchState, default_state_path

    _check(args)
    output = Output(args.out)
    state_path = args.state or default_state_path(args.folders, args.model, output.path)
    stop = threading.Event()
    endpoint = endpoint_from_args(args)
    with (
        WatchState(state_path) as state,
        History() as history,
        open_predictor(
            args.model,
            threads=args.threads,
            allow_unsafe=args.allow_unsafe_model,
            top_k=args.top_k,
            remote=endpoint,
            policy=args.policy,
            on_status=_note,
        ) as opened,
        ExitStack() as closing,
    ):
        predictor: Predictor | OfflinePredictor = opened
        queue = None
        if endpoint is not None and not args.no_queue and opened.router.remote_only:
            offline = closing.enter_context(OfflineQueue())
            predictor = OfflinePredictor(opened, offline)
            queue = _queue_follower(offline, state, history)
        skip = {state_path.absolute(), *(state_path.absolute().with_name(state_path.name + s) for s in
                ("-wal", "-shm", ".lock"))}  # fmt: skip
        if output.path is not None:
            skip.add(output.path)
        options = WatchOptions(
            settle_s=args.settle,
            poll_s=args.poll,
            move_done=args.move_done,
            once=args.once,
            skip=frozenset(skip),
        )
        delivery = Delivery(state, output, history, model=predictor.pack.ref)
        watcher = Watcher([Path(f) for f in args.folders], predictor, state, delivery, options, note=_note,
                          queue=queue)  # fmt: skip
        _stop_on_signals(stop, watcher.wake)
        how = f"scanning every {args.poll:g} s" if args.poll else "on file-system events"
        how = "once, for what is there now" if args.once else how
        _note(f"watching {', '.join(args.folders)} {how} with {predictor.pack.ref}; "
              f"results to {output.path or 'stdout'}; state in {state_path}. Ctrl+C stops.")  # fmt: skip
        summary = watcher.run(stop)
    _note(f"stopped: {summary.results} new results delivered.")
    return 0


def _check(args: argparse.Namespace) -> None:
    if args.out is not None and args.out.suffix.lower() not in (".csv", ".jsonl", ".ndjson", ".json"):
        raise UsageError("cli.watch_out")
    if args.top_k < 1:
        raise UsageError("cli.top_k")
    if args.settle < 0 or (args.poll is not None and args.poll <= 0):
        raise UsageError("cli.watch_timing")
    for folder in args.folders:
        if Path(folder).exists() and not Path(folder).is_dir():
            raise UsageError("cli.watch_file", folder=folder)


def _queue_follower(queue: OfflineQueue, state: WatchState, history: History) -> QueueFollower:
    """For a remote-only model: the offline queue's replayer beside the loop."""
    from inference.watch.queueing import QueueFollower

    return QueueFollower(queue, state, history)


def _stop_on_signals(stop: threading.Event, wake: threading.Event) -> None:
    def handler(signum: int, frame: object) -> None:
        if stop.is_set():  # a second Ctrl+C: stop now
            raise KeyboardInterrupt
        _note("stopping: delivering what was read...")
        stop.set()
        wake.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def _note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr, flush=True)
