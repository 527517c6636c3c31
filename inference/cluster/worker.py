"""The actor of a Ray job: one pack, opened once, answering batches of input rows.

Ray Data builds a pool of these (``map_batches(PackWorker, compute=ActorPoolStrategy(size=N))``)
and restarts one whose process dies (its defaults: ``max_restarts=-1``, and the
batch it held is retried), so a killed worker loses no row. Every input gets
exactly one output row: an answer, or a failure with the plain command's
sentence. Nothing an input does stops the job.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from inference.cluster.rows import output_table
from inference.cluster.spec import JobSpec, check_fingerprint
from inference.errors import ImageError, TepiError
from inference.formats import open_model
from inference.images import LoadedImage, load_image
from inference.modelpack import ImageSpec, ModelPack
from inference.results import Failure
from inference.session import open_predictor
from inference.tables import CSV_SUFFIXES

__all__ = ["PackWorker", "check_node", "open_checked"]

logger = logging.getLogger(__name__)
Answer = dict[str, Any]


class PackWorker:
    """Opens the job's pack on this node, checks it is the driver's, then predicts batches."""

    def __init__(self, spec: JobSpec) -> None:
        self.host = socket.gethostname()
        self.actor = _actor_id()
        self.decoder = ThreadPoolExecutor(max_workers=max(1, spec.threads), thread_name_prefix="tepi-decode")
        self.refusal: TepiError | None = None
        """Why this node will not predict (its pack differs, the model will not load here). It is
        raised with the first batch: Ray passes a task's error back whole (an actor that fails
        to start only as text), and the job stops with its sentence."""
        try:
            pack = open_checked(spec, self.host)
            # No offline queue on a cluster node: an unreachable endpoint fails the row.
            self.predictor = open_predictor(
                pack,
                threads=spec.threads,
                allow_unsafe=spec.allow_unsafe,
                top_k=spec.top_k,
                remote=spec.remote,
                policy=spec.policy,
            )
        except TepiError as exc:
            logger.error("refusing the job on %s: %s", self.host, exc)
            self.refusal = exc

    def __call__(self, batch: pa.Table) -> pa.Table:
        if self.refusal is not None:
            raise self.refusal
        return output_table(self.answer(batch.to_pylist()), self.host, self.actor)

    def answer(self, rows: list[dict[str, Any]]) -> list[Answer]:
        """One ``predict --json`` object per row, in the rows' order.

        A row is a file (``input``, with its ``bytes`` when Ray Data read them), a CSV
        row's ``features``, or an input that failed before (``failure``); see ``rows.py``.
        """
        started = time.perf_counter()
        answers: dict[int, Answer] = {}
        images: list[int] = []
        tabular: list[int] = []
        for index, row in enumerate(rows):
            if row.get("failure") is not None:
                answers[index] = json.loads(row["failure"])
            elif row.get("features") is not None:
                tabular.append(index)
            elif (wrong := self._wrong_kind(row["input"])) is not None:
                answers[index] = wrong
            else:
                images.append(index)
        answers.update(self._images(rows, images))
        answers.update(self._rows(rows, tabular))
        share = (time.perf_counter() - started) * 1000.0 / max(1, len(rows))
        for answer in answers.values():
            if "latency_ms" in answer:  # a batch shares its wall time, as in the plain command
                answer["latency_ms"] = round(share, 3)
        return [answers[i] for i in range(len(rows))]

    def _wrong_kind(self, name: str) -> Answer | None:
        """The plain command's answer to a CSV file for an image model, or a file for a CSV model."""
        if not self.predictor.pack.is_image:
            return next(iter(self.predictor.predict_images([Path(name)]))).to_json()
        if Path(name).suffix.lower() in CSV_SUFFIXES:
            return next(iter(self.predictor.predict_csv(name))).to_json()
        return None

    def _images(self, rows: list[dict[str, Any]], indexes: list[int]) -> dict[int, Answer]:
        spec = self.predictor.pack.input
        if not indexes or not isinstance(spec, ImageSpec):  # a CSV model's files were answered before
            return {}
        loaded = list(self.decoder.map(lambda i: _decode(rows[i], spec), indexes))
        answers = {i: item for i, item in zip(indexes, loaded, strict=True) if isinstance(item, dict)}
        good = [(i, item) for i, item in zip(indexes, loaded, strict=True) if not isinstance(item, dict)]
        if good:
            names = [rows[i]["input"] for i, _ in good]
            tensors = np.stack([image.tensor for _, image in good])
            answers.update(self._predict([i for i, _ in good], tensors, names, [None] * len(good)))
        return answers

    def _rows(self, rows: list[dict[str, Any]], indexes: list[int]) -> dict[int, Answer]:
        if not indexes:
            return {}
        features = np.asarray([rows[i]["features"] for i in indexes], dtype=np.float32)
        names = [rows[i]["input"] for i in indexes]
        return self._predict(indexes, features, names, [rows[i]["row"] for i in indexes])

    def _predict(
        self, indexes: list[int], batch: np.ndarray, names: list[str], numbers: list[int | None]
    ) -> dict[int, Answer]:
        try:
            predictions = self.predictor.predict_array(batch, names)
        except TepiError as exc:  # the model or endpoint failed this batch: each input says why
            return {i: _failure(n, r, exc) for i, n, r in zip(indexes, names, numbers, strict=True)}
        answers = {}
        for index, prediction, number in zip(indexes, predictions, numbers, strict=True):
            answers[index] = {**prediction.to_json(), "row": number}
        return answers


def open_checked(spec: JobSpec, host: str) -> ModelPack:
    """This node's copy of the job's pack, refused in one sentence unless it is the driver's."""
    from inference import __version__
    from inference.packs.trust import TrustPolicy

    if spec.tepi_version != __version__:
        raise TepiError("cluster.version", version=__version__, host=host, expected=spec.tepi_version)
    # The driver checked the pack's signature; a pack with the same SHA-256 here is that pack.
    pack = open_model(spec.model, trust=TrustPolicy())
    check_fingerprint(pack, spec.fingerprint, host)
    return pack


def check_node(spec: JobSpec, local_inputs: tuple[str, ...]) -> TepiError | None:
    """A Ray task, run once on every node before the job: why this node would refuse it, or None.

    ``local_inputs`` are a few of the driver's local paths: the actors read them by name, so a
    node that cannot see them (no shared folder there) is named now, not with one failed row each.
    """
    host = socket.gethostname()
    try:
        open_checked(spec, host)
    except TepiError as exc:
        return exc
    unseen = next((path for path in local_inputs if not Path(path).exists()), None)
    if unseen is not None:
        return TepiError("cluster.inputs_unseen", host=host, path=unseen)
    return None


def _decode(row: dict[str, Any], spec: ImageSpec) -> LoadedImage | Answer:
    """Decode one image with the pack's preprocessing, or the failure saying why not."""
    name = row["input"]
    try:
        source = row["bytes"] if row.get("bytes") is not None else Path(name)
        return load_image(source, spec, name=name)
    except TepiError as exc:
        return _failure(name, None, exc)
    except Exception:  # a decoder bug must fail this input, not the job
        logger.exception("decoding %s failed", name)
        return _failure(name, None, ImageError(name, "image.reason.damaged"))


def _failure(name: str, row: int | None, exc: TepiError) -> Answer:
    logger.info("failed %s%s: %s", name, f" row {row}" if row else "", exc)
    return Failure.of(name, row, exc).to_json()


def _actor_id() -> str:
    """The Ray actor's id, short (it survives restarts), or the process when run outside an actor."""
    import os

    import ray

    actor = ray.get_runtime_context().get_actor_id() if ray.is_initialized() else None
    return actor[:8] if actor else f"pid {os.getpid()}"
