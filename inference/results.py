"""What a prediction gives back, one of three: ``Prediction | Failure | Queued``.

    Prediction   the answer: label, top k, who answered and how fast
    Failure      no answer, and why: an error's code and params (and its English sentence)
    Queued       no answer yet: the input waits in the offline queue; the replayer answers it later

All three are plain frozen dataclasses so the CLI prints them as JSON lines, the
desktop shows them in Qt models and the history stores them, all alike. Tell
them apart with ``isinstance`` (or ``match``), never by their fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from inference import text

if TYPE_CHECKING:
    from inference.errors import TepiError

__all__ = ["Answer", "Failure", "LabelScore", "Outcome", "Prediction", "Queued", "softmax", "top_k"]


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
    """Why the first backend did not answer, in English (``; `` between reasons)."""
    input_sha256: str | None = None
    extras: dict[str, str] = field(default_factory=dict, compare=False)
    """CSV columns that are not features, carried through to the output."""
    fallback: tuple[dict[str, Any], ...] = field(default=(), compare=False)
    """The same reasons as ``{"code", "params"}``, to show them in any language."""
    unsure: bool = False
    """The top score is below the pack's ``min_confidence``: shown as "not sure", with the top two."""
    escalated: Mapping[str, Any] | None = field(default=None, compare=False)
    """When the local model was unsure and the server answered instead (policy ``cascade``):
    ``{"reason": {"code", "params"}, "local": {label, score, top_k, backend}}``."""
    second_opinion: Mapping[str, Any] | None = field(default=None, compare=False)
    """Policy ``cascade``, unsure, and the server unreachable: why it was not asked (``{"code", "params"}``).
    The local answer stands; an ``OfflinePredictor`` queues the input to ask the server later."""

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
        if self.fallback:
            data["fallback"] = list(self.fallback)
        if self.unsure:
            data["unsure"] = True
        if self.escalated is not None:
            data["escalated"] = self.escalated_json()
        return data

    def escalated_json(self, language: str = text.DEFAULT_LANGUAGE) -> dict[str, Any]:
        """``escalated`` with its reason as a sentence too ("local confidence 54 % < 70 %")."""
        assert self.escalated is not None
        reason = self.escalated["reason"]
        return {
            "reason": text.render(reason["code"], reason.get("params"), language),
            "code": reason["code"],
            "params": dict(reason.get("params") or {}),
            "local": dict(self.escalated["local"]),
        }

    def fallback_text(self, language: str = text.DEFAULT_LANGUAGE) -> str | None:
        """Why it fell back, in ``language``."""
        if self.fallback:
            return "; ".join(text.render(r["code"], r.get("params"), language) for r in self.fallback)
        return text.translate(self.fallback_reason, language) if self.fallback_reason else None


@dataclass(frozen=True)
class Failure:
    """One input that got no prediction: the error's code and params, and its English sentence."""

    input: str
    row: int | None
    error: str
    """The sentence in English (what ``--json`` and old history rows carry)."""
    kind: str = "TepiError"
    """The exception class name (``ImageError``)."""
    code: str | None = None
    """The error's code (``image.unreadable``); None for a sentence from outside (an old history row)."""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, input: str, row: int | None, error: TepiError) -> Failure:
        """The failure ``error`` caused for one input."""
        return cls(input, row, str(error), type(error).__name__, error.code, error.params)

    def render(self, language: str = text.DEFAULT_LANGUAGE) -> str:
        """The sentence in ``language``: by code when it has one Tepi knows, else read from the English."""
        if self.code is not None and text.knows(self.code):
            return text.render(self.code, self.params, language)
        return text.translate(self.error, language)

    def reason(self, language: str = text.DEFAULT_LANGUAGE) -> str:
        """Why, without the input's name, for a table row that names the input already
        ("Not an image Tepi can read: the file is cut short."); the whole sentence where that
        cannot be said shorter."""
        if self.code is not None and text.knows(self.code):
            return text.render_short(self.code, self.params, language)
        found = text.parse(self.error) if self.error else None  # an old sentence, read back
        return text.render_short(*found, language) if found else self.render(language)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"input": self.input, "row": self.row, "error": self.error}
        if self.code is not None:
            data["code"] = self.code
            data["params"] = dict(self.params)
        return data


@dataclass(frozen=True)
class Queued:
    """An input that waits in the offline queue: only the remote could run it, and it was unreachable.

    Nothing is lost: the input's bytes are in the queue, and the replayer answers
    it (into history) once the endpoint is back.
    """

    input: str
    row: int | None
    item_id: int
    """The offline queue's id for it: its answer arrives later under this id."""
    reason: Mapping[str, Any] = field(default_factory=dict, compare=False)
    """Why it could not run now, as ``{"code", "params"}`` (the endpoint's error)."""

    code = "queue.waiting"

    @property
    def params(self) -> dict[str, Any]:
        return {"item": self.item_id, "cause": dict(self.reason)}

    @property
    def error(self) -> str:
        """The English sentence: "Waiting in the offline queue (item 3) until the endpoint answers: ..."."""
        return self.render()

    def render(self, language: str = text.DEFAULT_LANGUAGE) -> str:
        return text.render(self.code, self.params, language)

    def to_json(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "row": self.row,
            "queued": True,
            "queue_item": self.item_id,
            "error": self.error,
            "code": self.code,
            "params": self.params,
        }


Outcome = Prediction | Failure | Queued
"""What one input comes to: the closed set callers match on with ``isinstance``."""
Answer = Prediction | Failure
"""What a ``Predictor`` gives for each input: it never queues (``OfflinePredictor`` does)."""


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
