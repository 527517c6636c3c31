"""``queue``: list, send (``run``) or clear the offline queue.

Exit status of ``run``: 0 the queue is empty, 1 the endpoint refused (credentials,
unknown model) or the model cannot be opened, 3 items still wait (unreachable).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from urllib.parse import urlsplit

from inference import text
from inference.cli.remote_args import add_auth_arguments, token_from_args
from inference.offline import (
    HistorySink,
    OfflineQueue,
    QueueItem,
    Replayer,
    ReplayReport,
    token_from_environment,
)
from inference.results import Failure, Prediction
from inference.text import file_row


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show the waiting inputs, oldest first")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    run = actions.add_parser("run", help="send the waiting inputs now, in order, into the history")
    run.add_argument("--wait", type=float, default=0.0, metavar="S",
                     help="keep retrying with backoff for up to S seconds while the endpoint is down")
    run.add_argument("--json", action="store_true", help="one JSON object per line")
    run.add_argument("--batch-size", type=int, default=16, metavar="N", help="inputs per request (16)")
    add_auth_arguments(run)
    clear = actions.add_parser("clear", help="discard waiting inputs (all, or the given item numbers)")
    clear.add_argument("ids", nargs="*", type=int, metavar="ID")


def run(args: argparse.Namespace) -> int:
    with OfflineQueue() as queue:
        if args.action == "list":
            return _list(queue, args.json)
        if args.action == "clear":
            return _clear(queue, args.ids)
        return _run(queue, args)


def _host(item: QueueItem) -> str:
    url = json.loads(item.endpoint).get("url", "")
    parts = urlsplit(url)
    return f"{json.loads(item.endpoint).get('protocol', '')} {parts.netloc}"


def _list(queue: OfflineQueue, as_json: bool) -> int:
    items = queue.items()
    for item in items:
        if as_json:
            data = {
                "id": item.id, "input": item.input, "row": item.row, "state": item.state,
                "model": item.model, "endpoint": _host(item), "attempts": item.attempts,
                "queued_at": round(item.created, 3), "reason": item.reason, "last_error": item.last_error,
                "reason_code": item.reason_code, "last_error_code": item.last_error_code,
            }
            print(json.dumps(data, ensure_ascii=False))
            continue
        name = item.input if item.row is None else f"{item.input} row {file_row(item.row)}"
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.created))
        print(f"{item.id:>5}  {when}  {item.state:<8} {name}  → {_host(item)}  ({item.attempts} tries)")
    if not as_json:
        print(f"{len(items)} inputs wait in the offline queue." if items else "The offline queue is empty.",
              file=sys.stderr)
    return 0


def _clear(queue: OfflineQueue, ids: list[int]) -> int:
    gone = sum(queue.discard(item_id) for item_id in ids) if ids else queue.clear()
    print(f"Discarded {gone} queued inputs.", file=sys.stderr)
    return 0


def _run(queue: OfflineQueue, args: argparse.Namespace) -> int:
    from inference.history import History

    token = token_from_args(args)[0] if (args.token or args.header) else None
    history = History()
    sink = HistorySink(history)

    def deliver(item: QueueItem, outcome: Prediction | Failure) -> None:
        sink(item, outcome)
        if args.json:
            print(json.dumps(outcome.to_json() | {"queue_item": item.id}, ensure_ascii=False), flush=True)
        elif isinstance(outcome, Failure):
            print(f"{item.id:>5}  {item.input}: error: {outcome.error}", flush=True)
        else:
            answer = f"{outcome.label} {outcome.score:.1%} ({outcome.backend})"
            print(f"{item.id:>5}  {item.input}: {answer}", flush=True)

    replayer = Replayer(
        queue,
        on_result=deliver,
        tokens=(lambda endpoint: token) if token else token_from_environment,
        on_status=lambda text: print(f"note: {text}", file=sys.stderr, flush=True),
        batch_size=max(1, args.batch_size),
    )
    try:
        report = _replay_with_backoff(replayer, args.wait)
    finally:
        replayer.close()
        history.close()
    return _summary(report)


def _replay_with_backoff(replayer: Replayer, wait_s: float) -> ReplayReport:
    deadline = time.monotonic() + wait_s
    delay = 1.0
    completed = failed = 0
    while True:
        report = replayer.run_once()
        completed += report.completed
        failed += report.failed
        left = deadline - time.monotonic()
        if report.stopped is None or not report.unreachable or left <= 0:
            return replace(report, completed=completed, failed=failed)
        again = f"note: {report.stopped} Trying again in {min(delay, left):.0f} s."
        print(again, file=sys.stderr, flush=True)
        time.sleep(min(delay, left))
        delay = min(delay * 2, 30.0)


def _summary(report: ReplayReport) -> int:
    print(f"Sent {report.completed} queued inputs ({report.failed} failed); {report.remaining} still wait.",
          file=sys.stderr)
    opinions = report.second_opinions_sentence()
    if opinions is not None:
        print(text.render(opinions["code"], opinions["params"]), file=sys.stderr)
    if report.stopped:
        print(f"note: {report.stopped}", file=sys.stderr)
    if report.remaining == 0:
        return 0
    return 3 if report.unreachable or report.busy else 1
