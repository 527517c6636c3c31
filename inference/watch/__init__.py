"""Watching folders: predict what arrives, exactly once, with nobody at a screen.

python -m inference watch DIR... --model M --out results.csv

sources     watchdog events + a folder scan; a file is read once it stops changing
tail        new whole rows of a growing CSV file, through rotation and truncation
predicting  images and rows to outcomes (the offline queue for a remote-only model)
intake      predict, then commit outcomes with the file state in one transaction
state       the SQLite journal that makes the commit the exactly-once boundary
delivery    each result to the output file (fsync'd) and to history, idempotently
queueing    the replayer beside the loop, and results others replayed
service     the loop that ties them together, until SIGTERM or Ctrl+C
"""

from __future__ import annotations

from inference.watch.delivery import Delivery, Output
from inference.watch.service import StopFlag, Watcher, WatchOptions, WatchSummary
from inference.watch.state import WatchState, default_state_path

__all__ = [
    "Delivery",
    "Output",
    "StopFlag",
    "WatchOptions",
    "WatchState",
    "WatchSummary",
    "Watcher",
    "default_state_path",
]
