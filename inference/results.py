"""What a prediction gives back: ``Prediction`` on success, ``Failure`` otherwise.

Both are plain frozen dataclasses so the CLI prints them as JSON lines, the
desktop shows them in Qt models and the history stores them, all alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Failure", "LabelScore", "Outcome", "Prediction", "softmax", "top_k"]


@dataclass(frozen=True)
class LabelScore:
    label: str
    score: float


@dataclass(frozen=True)
class Prediction:
    """One input's answer: the winning label, the top k, and who answered how fast."""

    input: str
    row: int | None
    label: str
    score: float
    top_k: tuple[LabelScore, ...]
    backend: str
    """Who answered: ``local LiteRT``, ``local TensorFlow`` or ``remote v2 host:port``."""
    model: str
    """``name@version``."""
    latency_ms: float
    fallback_reason: str | None = None
    input_sha256: str | None = None
    extras: dict[str, str] = field(default_factory=dict, compare=False)
    """CSV columns that are not features, carried through to the output."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "input": self.input,
            "row": self.row,
            "label": self.label,
            "score": round(self.score, 6),
            "top_k": [{"label": t.label, "score": round(t.score, 6)} for t in self.top_k],
            "backend": self.backend,
            "model": self.model,
            "latency_ms": round(self.latency_ms, 3),
        }
        if self.fallback_reason:
            data["fallback_reason"] = self.fallback_reason
        return data


@dataclass(frozen=True)
class Failure:
    """One input that got no prediction, with the sentence saying why."""

    input: str
    row: int | None
    error: str
    kind: str = "TepiError"
    """The exception class name, for mapping to a translated sentence."""
    queued: bool = False
    """True when the input waits in the offline queue instead of having failed."""
    queue_item: int | None = None
    """The offline queue's id for it, when queued: its result arrives later under this id."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"input": self.input, "row": self.row, "error": self.error}
        if self.queued:
            data["queued"] = True
        return data


Outcome = Prediction | Failure


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


def top_k(scores: np.ndarray, labels: tuple[str, ...], k: int) -> tuple[LabelScore, ...]:
    """The k best labels of one score vector, best first."""
    k = max(1, min(k, scores.shape[-1]))
    best = np.argsort(-scores, kind="stable")[:k]
    return tuple(LabelScore(_label(labels, int(i)), float(scores[i])) for i in best)


def _label(labels: tuple[str, ...], index: int) -> str:
    return labels[index] if index < len(labels) else f"class {index}"
