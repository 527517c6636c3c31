"""Working while the remote endpoint is unreachable: park inputs, replay them later, record them once.

queue.py      OfflineQueue: inputs' bytes and rows in SQLite, crash-safe (the caller opens and closes it)
items.py      QueueItem and its table
parking.py    OfflinePredictor: wraps a Predictor, parks what only the unreachable remote could run
replay.py     Replayer: sends the queue in order when the endpoint answers, each item exactly once
delivery.py   HistorySink: records replayed outcomes into history exactly once
lock.py       ReplayLock: one replayer at a time, machine-wide
"""

from __future__ import annotations

from inference.offline.delivery import HistorySink, outcome_from_json, outcome_to_json
from inference.offline.items import QueueItem
from inference.offline.lock import ReplayLock
from inference.offline.parking import OfflinePredictor
from inference.offline.queue import DB_NAME, OfflineQueue
from inference.offline.replay import Replayer, ReplayReport, token_from_environment

__all__ = [
    "DB_NAME",
    "HistorySink",
    "OfflinePredictor",
    "OfflineQueue",
    "QueueItem",
    "ReplayLock",
    "ReplayReport",
    "Replayer",
    "outcome_from_json",
    "outcome_to_json",
    "token_from_environment",
]
