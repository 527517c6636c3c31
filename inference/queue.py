"""Moved to ``inference.offline`` (``offline.queue``, ``offline.items``, ``offline.lock``); kept one step
so callers of the old path keep working. New code imports from ``inference.offline``."""

from __future__ import annotations

from inference.offline.items import QueueItem
from inference.offline.lock import ReplayLock
from inference.offline.queue import DB_NAME, OfflineQueue
from inference.session import model_reference

__all__ = ["DB_NAME", "OfflineQueue", "QueueItem", "ReplayLock", "model_reference"]
