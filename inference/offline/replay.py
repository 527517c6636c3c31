"""Replaying the offline queue when the endpoint answers again, in order, each item exactly once.

    Replayer.run_once()       deliver stored results, then claim → send → complete → deliver → ack
    Replayer(q, here=True)    the same on this computer's own copy of each item's model, for when
                              no server will answer (the person has none set any more)
    Replayer.run_forever(..)  the same behind a probe with exponential backoff (blocks: the
                              desktop calls it from a worker thread, the CLI from its main thread)
    HistorySink(history)      an ``on_result`` that records each item into history exactly once
                              (``inference.offline.delivery``)

``on_result(item, outcome)`` is called after the item's result is committed and
before it is acknowledged, so a crash in between delivers it again with the
same ``item.completed`` timestamp; ``HistorySink`` uses that timestamp to
skip an entry it already recorded. Endpoint-wide failures (unreachable,
refused credentials, unknown model) stop the run and leave the items first in
line; an input that itself cannot be used (its copy unreadable, a bad CSV row)
completes as a ``Failure``. Between runs the loop probes the first item's
endpoint: one that is not ready is probed again with backoff; one that refuses
(credentials: ``RemoteAuthError``; no such model; an unverifiable certificate)
is reported at once, since waiting will not fix it, and probed again with the
same backoff. Either way every item stays queued.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from inference.backends.endpoint import Endpoint
from inference.backends.remote import RemoteBackend
from inference.errors import (
    BackendUnavailable,
    InputError,
    ModelError,
    QueueError,
    RemoteAuthError,
    RemoteError,
    TepiError,
)
from inference.images import load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.offline.delivery import outcome_from_json, outcome_to_json
from inference.offline.items import QueueItem
from inference.offline.lock import ReplayLock
from inference.offline.queue import OfflineQueue
from inference.results import Failure, Prediction
from inference.tables import CsvTable, read_csv
from inference.text import message

if TYPE_CHECKING:
    from inference.predictor import Predictor

__all__ = ["ReplayReport", "Replayer", "token_from_environment"]

logger = logging.getLogger(__name__)
OnResult = Callable[[QueueItem, Prediction | Failure], None]
TokenLookup = Callable[[Endpoint], str | None]


@dataclass(frozen=True)
class ReplayReport:
    completed: int = 0
    """Items whose result was stored and delivered in this run (predictions and failures)."""
    failed: int = 0
    """Of those, how many completed as a ``Failure``."""
    remaining: int = 0
    stopped: str | None = None
    """Why the run stopped early: the endpoint's sentence; None when the queue drained."""
    unreachable: bool = False
    """True when it stopped because the endpoint cannot be reached (worth probing again)."""
    busy: bool = False
    """True when another process is replaying the queue."""
    error: TepiError | None = field(default=None, compare=False)
    """The error that stopped the run (``stopped`` is its sentence), for callers that show or sort it."""
    second_opinions: int = 0
    """Of ``completed``, the server's answers to second opinions (``QueueItem.second_of``) delivered."""
    changed: int = 0
    """Of those, how many gave another label than the local answer that stood meanwhile."""

    def second_opinions_sentence(self) -> dict[str, Any] | None:
        """"2 second opinions arrived; 1 changed the answer" as ``{"code", "params"}``; None for none."""
        if not self.second_opinions:
            return None
        code = "queue.second_opinion" if self.second_opinions == 1 else "queue.second_opinions"
        return message(code, count=self.second_opinions, changed=self.changed)

    @property
    def refused(self) -> bool:
        """True when the endpoint refused the credentials: a new token, not waiting, lets the queue go on."""
        return isinstance(self.error, RemoteAuthError)


def token_from_environment(endpoint: Endpoint) -> str | None:
    """``TEPI_REMOTE_TOKEN``, else the OS keyring's secret for the endpoint."""
    token = os.environ.get("TEPI_REMOTE_TOKEN")
    if token:
        return token
    from inference.secrets import get_token

    return get_token(endpoint.key)


class Replayer:
    """Sends queued items to their endpoints; safe to kill at any point (see ``inference.offline.queue``)."""

    def __init__(
        self,
        queue: OfflineQueue,
        *,
        on_result: OnResult | None = None,
        tokens: TokenLookup = token_from_environment,
        batch_size: int = 16,
        on_status: Callable[[str], None] | None = None,
        here: bool = False,
    ) -> None:
        """``here`` runs the items on this computer (``local-only``) instead of their endpoint."""
        self.queue = queue
        self.here = here
        self.on_result = on_result
        self.tokens = tokens
        self.batch_size = batch_size
        self.on_status = on_status
        self._lock = ReplayLock(queue)
        self._claim = f"{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._predictors: dict[tuple[str, str, str], Predictor] = {}
        self._wake = threading.Event()
        self._opinions = [0, 0]
        """Second opinions delivered in this run, and how many changed the answer."""

    # -- one pass ------------------------------------------------------------------------------------
    def run_once(self, *, limit: int | None = None) -> ReplayReport:
        """Replay until the queue is empty, ``limit`` items are done, or the endpoint fails."""
        if not self._lock.acquire():
            busy = QueueError("queue.busy")
            return ReplayReport(remaining=self.queue.count(), stopped=str(busy), busy=True, error=busy)
        self.queue.recover()
        completed = failed = 0
        self._opinions = [0, 0]
        for item in self.queue.undelivered():
            self._deliver(item)
        while limit is None or completed < limit:
            size = self.batch_size if limit is None else min(self.batch_size, limit - completed)
            items = self.queue.claim(self._claim, size)
            if not items:
                break
            try:
                outcomes = self._run(items)
            except TepiError as exc:
                self.queue.release(items, self._claim, exc)
                logger.info("replay stopped: %s", exc)
                unreachable = isinstance(exc, BackendUnavailable)
                return ReplayReport(
                    completed, failed, self.queue.count(), str(exc), unreachable, error=exc,
                    second_opinions=self._opinions[0], changed=self._opinions[1],
                )  # fmt: skip
            results = [(i, outcome_to_json(o)) for i, o in zip(items, outcomes, strict=True)]
            done = self.queue.complete(results, self._claim)
            for item in done:
                self._deliver(item)
                completed += 1
                failed += isinstance(outcome_from_json(item.result or {}), Failure)
        opinions, changed = self._opinions
        return ReplayReport(completed, failed, self.queue.count(), second_opinions=opinions, changed=changed)

    def _deliver(self, item: QueueItem) -> None:
        if self.here and item.second_of is not None:  # this computer's answer stands already: no news
            self.queue.ack(item)
            return
        outcome = outcome_from_json(item.result) if item.result is not None else None
        if self.on_result is not None and outcome is not None:
            self.on_result(item, outcome)
        self.queue.ack(item)
        if item.second_of is not None and isinstance(outcome, Prediction):
            self._opinions[0] += 1
            self._opinions[1] += outcome.label != item.second_of["local"]["label"]

    # -- sending a batch -----------------------------------------------------------------------------
    def _predictor(self, item: QueueItem) -> Predictor:
        key = ("here", item.model, "") if self.here else (*item.group, str(item.second_opinion))
        predictor = self._predictors.get(key)
        if predictor is None:
            from inference.session import open_predictor

            if self.here:
                predictor = open_predictor(item.model, policy="local-only")
            else:
                endpoint = Endpoint.from_json(item.endpoint)
                endpoint = endpoint.with_token(self.tokens(endpoint))
                model = _second_opinion_pack(item) if item.second_opinion else item.model
                predictor = open_predictor(
                    model, remote=endpoint, policy="remote-only", on_status=self.on_status
                )
            self._predictors[key] = predictor
        return predictor

    def _run(self, items: list[QueueItem]) -> list[Prediction | Failure]:
        """Outcomes in item order; raises ``TepiError`` for failures of the endpoint or model."""
        try:
            predictor = self._predictor(items[0])
        except ModelError as exc:
            raise ModelError("queue.model", model=items[0].model, cause=exc) from exc
        outcomes: dict[int, Prediction | Failure] = {}
        tensors: list[np.ndarray] = []
        ready: list[QueueItem] = []
        tables: dict[str, CsvTable] = {}
        for item in items:
            try:
                tensors.append(self._tensor(item, predictor.pack, tables))
                ready.append(item)
            except InputError as exc:
                outcomes[item.id] = Failure.of(item.input, item.row, exc)
        if ready:
            predictions = predictor.predict_array(np.stack(tensors), [i.input for i in ready])
            for item, prediction in zip(ready, predictions, strict=True):
                outcomes[item.id] = _restore(prediction, item, tables, predictor.pack.input)
        return [outcomes[item.id] for item in items]

    def _tensor(self, item: QueueItem, pack: ModelPack, tables: dict[str, CsvTable]) -> np.ndarray:
        if item.kind == "image":
            if not isinstance(pack.input, ImageSpec):
                raise InputError("input.image_for_tabular", name=item.input, model=pack.name, path=item.input)
            return load_image(item.blob, pack.input, name=item.input).tensor
        if not isinstance(pack.input, TabularSpec) or item.row is None:
            raise InputError("input.csv_row_for_image", name=item.input, model=pack.name, path=item.input)
        table = tables.get(item.blob.name)
        if table is None:
            table = tables[item.blob.name] = read_csv(item.blob, pack.input.features)
        index = 0 if item.kind == "csv-row" else item.row - 1
        if index in table.row_errors:
            raise table.row_errors[index]
        if not 0 <= index < len(table.rows):
            raise InputError("input.no_row", name=item.input, path=item.input, row=item.row)
        return table.features[index]

    # -- probing ---------------------------------------------------------------------------------------
    def wake(self) -> None:
        """Try again now (an item was added, or a person pressed Retry now)."""
        self._wake.set()

    def run_forever(
        self,
        stop: threading.Event,
        *,
        idle_s: float = 5.0,
        first_delay_s: float = 1.0,
        max_delay_s: float = 60.0,
        on_report: Callable[[ReplayReport], None] | None = None,
    ) -> None:
        """Replay whenever items wait and the endpoint is ready; back off while it is not.

        ``on_report`` hears each run's report and each probe the endpoint refused
        (``report.error``), not the probes that find it not ready.
        """
        delay = first_delay_s
        while not stop.is_set():
            report, ran = self._attempt() if self.queue.count() else (None, False)
            if report is not None and (ran or report.error is not None) and on_report is not None:
                on_report(report)
            if report is None or report.stopped is None:
                delay = first_delay_s
                wait = idle_s
            else:
                wait = delay * (1 + random.random() / 2)  # jitter: many clients must not probe in step
                delay = min(delay * 2, max_delay_s)
            self._wake.wait(wait)
            self._wake.clear()
        self.close()

    def _attempt(self) -> tuple[ReplayReport, bool]:
        """Probe the first item's endpoint and run the queue when it is ready; True when it ran."""
        try:
            ready = self._probe(self.queue.items()[0])
        except RemoteError as exc:  # waiting will not fix it: say so now, keep every item
            logger.info("replay paused: %s", exc)
            return ReplayReport(remaining=self.queue.count(), stopped=str(exc), error=exc), False
        if not ready:
            return ReplayReport(remaining=self.queue.count(), stopped="not ready", unreachable=True), False
        return self.run_once(), True

    def _probe(self, item: QueueItem) -> bool:
        """Whether ``item``'s endpoint is ready; a ``RemoteError`` when it refuses (``check_ready``)."""
        try:
            predictor = self._predictor(item)
        except TepiError as exc:
            logger.info("queue head %d cannot be probed: %s", item.id, exc)
            return True  # let run_once report the sentence
        remote = predictor.router.remote
        return remote.check_ready() if isinstance(remote, RemoteBackend) else True

    def close(self) -> None:
        for predictor in self._predictors.values():
            predictor.close()
        self._predictors.clear()
        self._lock.release()


def _restore(
    prediction: Prediction, item: QueueItem, tables: dict[str, CsvTable], spec: ImageSpec | TabularSpec | None
) -> Prediction:
    """The prediction under the item's own name and row, with its CSV extras and input hash."""
    extras: dict[str, str] = {}
    table = tables.get(item.blob.name)
    if table is not None and item.row is not None and isinstance(spec, TabularSpec):
        index = 0 if item.kind == "csv-row" else item.row - 1
        extras = table.extras(index, spec.features or tuple(table.header))
    return replace(prediction, input=item.input, row=item.row, input_sha256=item.sha256, extras=extras)


def _second_opinion_pack(item: QueueItem) -> ModelPack:
    """The item's model as policy ``cascade`` asks the server: its ``[cascade]`` model, when it names one."""
    from inference.formats import open_model

    pack = open_model(item.model)
    return replace(pack, remote=pack.cascade) if pack.cascade is not None else pack
