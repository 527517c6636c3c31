"""``OfflinePredictor``: a ``Predictor`` that parks what only an unreachable remote could run.

    predictor = open_predictor(model, remote=endpoint)
    with OfflineQueue() as queue:                      # the caller opens and closes the queue
        offline = OfflinePredictor(predictor, queue)
        for outcome in offline.predict_paths(paths):   # Prediction | Failure | Queued
            ...

An input is parked, and comes back as ``Queued`` instead of ``Failure``, when
the router had no backend but the remote (``Router.remote_only``) and the
remote was unavailable (unreachable, timing out, 5xx, circuit open); its bytes
are copied into the queue, and the replayer answers it later. Everything else
passes through unchanged. A queue that cannot take the inputs leaves them
failed, with the endpoint's own error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.endpoint import Endpoint
from inference.backends.remote import RemoteBackend
from inference.errors import QueueError, RemoteUnavailable, TepiError
from inference.images import LoadedImage
from inference.modelpack import ModelPack
from inference.offline.queue import OfflineQueue
from inference.predictor import Predictor
from inference.results import Answer, Failure, Outcome, Prediction, Queued
from inference.routing import Router
from inference.text import message

__all__ = ["OfflinePredictor"]

logger = logging.getLogger(__name__)
Entry = tuple[str | Path | bytes, str, int | None]
"""What the queue copies: ``(source, input name, row)``."""


def _kinds(cls: type[TepiError]) -> frozenset[str]:
    return frozenset({cls.__name__}).union(*(_kinds(sub) for sub in cls.__subclasses__()))


_UNAVAILABLE = _kinds(RemoteUnavailable)
"""The error classes (``Failure.kind``) that say the remote could not be reached or is failing."""


def _reason(failure: Failure) -> dict[str, Any]:
    return {"code": failure.code or failure.error, "params": dict(failure.params)}


def _second_of(local: Prediction, threshold: float) -> dict[str, Any]:
    """What a second-opinion item keeps of the local answer: the same shape as ``Prediction.escalated``."""
    kept = {k: v for k, v in local.to_json().items() if k in ("label", "score", "top_k", "backend")}
    return {"reason": message("route.escalated", score=local.score, threshold=threshold), "local": kept}


class OfflinePredictor:
    """Wraps a ``Predictor``; the queue belongs to the caller, who opens and closes it."""

    def __init__(self, predictor: Predictor, queue: OfflineQueue) -> None:
        self.predictor = predictor
        self.queue = queue

    @property
    def pack(self) -> ModelPack:
        return self.predictor.pack

    @property
    def router(self) -> Router:
        return self.predictor.router

    @property
    def backend_kind(self) -> str:
        return self.predictor.backend_kind

    @property
    def top_k(self) -> int:
        return self.predictor.top_k

    @top_k.setter
    def top_k(self, value: int) -> None:
        self.predictor.top_k = value

    def _endpoint(self) -> Endpoint | None:
        """Where parked inputs must run later; None while another backend could answer now."""
        remote = self.predictor.router.remote
        if not isinstance(remote, RemoteBackend) or not self.predictor.router.remote_only:
            return None
        return remote.endpoint

    def predict_array(self, batch: np.ndarray, inputs: list[str]) -> list[Prediction]:
        """``Predictor.predict_array`` (nothing to park: the caller has the tensors, not the inputs)."""
        return self.predictor.predict_array(batch, inputs)

    # -- single inputs -------------------------------------------------------------------------------
    def predict_image(
        self, source: str | Path | bytes, *, name: str | None = None
    ) -> tuple[Prediction, LoadedImage] | tuple[Queued, None]:
        """``Predictor.predict_image``, or ``Queued`` (and no image) when it was parked; raises the rest."""
        try:
            prediction, image = self.predictor.predict_image(source, name=name)
        except RemoteUnavailable as exc:
            label = name or ("pasted image" if isinstance(source, bytes) else str(source))
            parked = self.park([(source, label, None)], exc, kind="image")
            if parked is None:
                raise
            return parked[0], None
        self._ask_later([(source, prediction)], kind="image")
        return prediction, image

    # -- many inputs ---------------------------------------------------------------------------------
    def predict_paths(
        self, paths: Iterable[str | Path], *, cancel: Callable[[], bool] | None = None
    ) -> Iterator[Outcome]:
        """``Predictor.predict_paths``, with what only the unreachable remote could run parked."""
        for batch in self.predictor.predict_batches(paths, cancel=cancel):
            yield from self._parked(batch)

    def _parked(self, batch: Sequence[Answer]) -> list[Outcome]:
        """The batch with its unavailable failures parked (one transaction per batch)."""
        unsure = [o for o in batch if isinstance(o, Prediction) and o.second_opinion is not None]
        if unsure:
            self._ask_later([(Path(o.input), o) for o in unsure], kind="csv" if unsure[0].row else "image")
        waiting = [i for i, o in enumerate(batch) if isinstance(o, Failure) and o.kind in _UNAVAILABLE]
        if not waiting:
            return list(batch)
        failures = [o for o in batch if isinstance(o, Failure) and o.kind in _UNAVAILABLE]
        first = failures[0]  # a batch fails together: one error for all of it
        entries: list[Entry] = [(Path(f.input), f.input, f.row) for f in failures]
        parked = self.park(entries, first, kind="csv" if first.row is not None else "image")
        if parked is None:
            return list(batch)
        answered: list[Outcome] = list(batch)
        for index, waits in zip(waiting, parked, strict=True):
            answered[index] = waits
        return answered

    def park(self, entries: Sequence[Entry], error: TepiError | Failure, *, kind: str) -> list[Queued] | None:
        """Copy the inputs into the queue and say so; None when they cannot wait there.

        They cannot when another backend could run them now (not ``Router.remote_only``), or the
        queue refuses them (it is logged): then they stay failed with ``error``.
        """
        endpoint = self._endpoint()
        if endpoint is None:
            return None
        try:
            items = self.queue.enqueue_many(
                entries, model=self.predictor.model_ref, endpoint=endpoint, kind=kind, reason=error
            )
        except QueueError as queue_exc:
            logger.error("could not queue %d inputs: %s", len(entries), queue_exc)
            return None
        reason = error.to_json() if isinstance(error, TepiError) else _reason(error)
        return [Queued(item.input, item.row, item.id, reason) for item in items]

    def _ask_later(self, answered: Sequence[tuple[str | Path | bytes, Prediction]], *, kind: str) -> None:
        """Queue a second opinion for each unsure answer the cascade's server could not give now.

        The local answers stand (they are returned unchanged); the replayer asks the server later and
        its answer updates each one's history entry. A queue that refuses them is logged, nothing more.
        """
        asked = [(source, p) for source, p in answered if p.second_opinion is not None]
        remote = self.predictor.router.remote
        if not asked or not isinstance(remote, RemoteBackend):
            return
        threshold = self.pack.min_confidence or 0.0
        second_of = [_second_of(p, threshold) for _, p in asked]
        entries: list[Entry] = [(source, p.input, p.row) for source, p in asked]
        reason = dict(asked[0][1].second_opinion or {})  # a batch fails together: one error for all
        try:
            self.queue.enqueue_many(
                entries,
                model=self.predictor.model_ref,
                endpoint=remote.endpoint,
                kind=kind,
                reason=reason,
                second_of=second_of,
            )
        except QueueError as queue_exc:
            logger.error("could not queue %d second opinions: %s", len(entries), queue_exc)

    def close(self) -> None:
        """Close the predictor; the queue is the caller's to close."""
        self.predictor.close()

    def __enter__(self) -> OfflinePredictor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
