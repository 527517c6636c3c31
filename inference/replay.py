"""Moved to ``inference.offline`` (``offline.replay``, ``offline.delivery``); kept one step so callers of
the old path keep working. New code imports from ``inference.offline``."""

from __future__ import annotations

from inference.offline.delivery import HistorySink, outcome_from_json
from inference.offline.replay import Replayer, ReplayReport, token_from_environment

__all__ = ["HistorySink", "ReplayReport", "Replayer", "outcome_from_json", "token_from_environment"]
