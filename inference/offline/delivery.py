"""Delivering a replayed item's outcome: stored as JSON in the queue, recorded into history exactly once.

outcome_to_json(outcome)      what the queue stores for a completed item (``to_json`` and what
                              history needs besides: the input's hash, CSV extras, the error class)
outcome_from_json(data)       the ``Prediction`` or ``Failure`` back
HistorySink(history)          an ``on_result`` that records each item into history exactly once
"""

from __future__ import annotations

import logging
import math
from typing import Any

from inference.errors import UsageError
from inference.offline.items import QueueItem
from inference.results import Failure, LabelScore, Outcome, Prediction

__all__ = ["HistorySink", "outcome_from_json", "outcome_to_json"]

logger = logging.getLogger(__name__)


def outcome_to_json(outcome: Prediction | Failure) -> dict[str, Any]:
    """``to_json`` plus what it leaves out but history needs back."""
    if isinstance(outcome, Prediction):
        return outcome.to_json() | {"input_sha256": outcome.input_sha256, "extras": outcome.extras}
    return outcome.to_json() | {"kind": outcome.kind}


def outcome_from_json(data: dict[str, Any]) -> Prediction | Failure:
    """The ``Prediction`` or ``Failure`` a completed item stored (items stored before codes lack them)."""
    if "error" in data:
        kind = data.get("kind", "TepiError")
        return Failure(
            data["input"], data.get("row"), data["error"], kind, data.get("code"), data.get("params") or {}
        )
    return Prediction(
        input=data["input"],
        row=data.get("row"),
        label=data["label"],
        score=float(data["score"]),
        top_k=tuple(LabelScore(t["label"], float(t["score"])) for t in data["top_k"]),
        backend=data["backend"],
        model=data["model"],
        latency_ms=float(data.get("latency_ms", math.nan)),
        fallback_reason=data.get("fallback_reason"),
        input_sha256=data.get("input_sha256"),
        extras=dict(data.get("extras") or {}),
        fallback=tuple(data.get("fallback") or ()),
        unsure=bool(data.get("unsure")),
    )


class HistorySink:
    """Records each completed item into history exactly once, even when delivered twice after a crash."""

    def __init__(self, history: Any) -> None:
        self.history = history

    def __call__(self, item: QueueItem, outcome: Outcome) -> None:
        from inference.history import HistoryQuery

        when = item.completed
        if when is None:
            raise UsageError("queue.not_completed")
        if item.second_of is not None:
            self._second_opinion(item, outcome)
            return
        query = HistoryQuery(since=when, until=math.nextafter(when, math.inf), limit=50)
        if any(entry.input == item.input and entry.row == item.row for entry in self.history.search(query)):
            logger.info("queue item %d is already in history", item.id)
            return
        model = outcome.model if isinstance(outcome, Prediction) else item.model
        self.history.record_many([outcome], created=when, model=model)

    def _second_opinion(self, item: QueueItem, outcome: Outcome) -> None:
        """The server's answer joins the local answer's entry; a failure leaves the local answer alone."""
        if not isinstance(outcome, Prediction) or item.second_of is None:
            logger.info("second opinion %d: the server gave no answer, the local one stands", item.id)
            return
        entry = self.history.add_second_opinion(item.key, outcome, item.second_of, since=item.created)
        if entry is None:
            logger.info("second opinion %d: no history entry waits for it", item.id)
