"""The prediction pipeline: inputs in, ``Prediction``/``Failure`` out.

    path -> decode + preprocess (threads, overlapping inference)
         -> router.run(batch) -> postprocess (softmax, top-k, labels)

``Predictor`` is synchronous and thread-agnostic; the desktop runs it in a
worker thread, the CLI in the main thread, the server per request.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from inference.backends.base import Backend
from inference.errors import CsvError, InputError, InputQueued, QueueError, RemoteUnavailable, TepiError
from inference.formats import complete_pack, open_model
from inference.images import IMAGE_SUFFIXES, LoadedImage, load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec, sha256_file
from inference.queue import OfflineQueue, QueueItem, QueueTarget, model_reference
from inference.results import Failure, Outcome, Prediction, softmax, top_k
from inference.routing import DEFAULT_LOCAL_BUDGET, Router, choose_policy, local_backend_for, placement_for
from inference.tables import CSV_SUFFIXES, read_csv

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint
    from inference.packs.trust import TrustPolicy

__all__ = ["InputList", "Predictor", "expand_inputs"]

logger = logging.getLogger(__name__)
Cancel = Callable[[], bool]


@dataclass
class InputList:
    """What a set of paths expands to: files to predict and files skipped."""

    files: list[Path]
    skipped: list[Path]


def expand_inputs(paths: Iterable[str | Path], *, tabular: bool = False) -> InputList:
    """Expand folders recursively (sorted); keep images, or CSVs for tabular models."""
    wanted = CSV_SUFFIXES if tabular else IMAGE_SUFFIXES
    files: list[Path] = []
    skipped: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                (files if child.suffix.lower() in wanted else skipped).append(child)
        else:
            files.append(path)  # named explicitly: a wrong type gets a clear error later
    return InputList(files, skipped)


class Predictor:
    """A model pack bound to a router of backends, with pre- and postprocessing."""

    def __init__(self, pack: ModelPack, router: Router, *, top_k: int = 5, batch_size: int = 16):
        if pack.input is None:
            raise ValueError("complete the pack's input spec before building a Predictor")
        self.pack = pack
        self.router = router
        self.top_k = top_k
        self.batch_size = batch_size
        self.parking: QueueTarget | None = None
        """Where inputs go when only the remote could run them and it is unreachable."""

    @classmethod
    def open(
        cls,
        model: str | Path | ModelPack | None = None,
        *,
        threads: int | None = None,
        allow_unsafe: bool = False,
        trust: TrustPolicy | None = None,
        top_k: int = 5,
        remote: Backend | Endpoint | None = None,
        policy: str | None = None,
        queue: OfflineQueue | bool = True,
        local_budget: int = DEFAULT_LOCAL_BUDGET,
        on_status: Callable[[str], None] | None = None,
    ) -> Predictor:
        """Open a model reference (or an opened pack) and load what the policy needs to run it.

        ``trust`` None takes the trusted publishers from settings (see ``inference.packs.trust``).
        ``policy`` None follows the model's placement (manifest, or size against
        ``local_budget``). With ``queue``, inputs that only the remote could run
        wait in the offline queue while it is unreachable.
        """
        # A pack already opened (by open_model) has been through the trust check there.
        pack = model if isinstance(model, ModelPack) else open_model(model, trust=trust)
        model = pack.root if isinstance(model, ModelPack) else model
        if remote is not None and not isinstance(remote, Backend):  # endpoint settings: build its backend
            from inference.backends.remote import remote_backend

            remote = remote_backend(remote, pack, on_status=on_status)
        policy = choose_policy(policy, placement_for(pack, local_budget))
        local = local_backend_for(
            pack, policy, has_remote=remote is not None, threads=threads, allow_unsafe=allow_unsafe
        )
        if isinstance(local, Backend):
            pack = complete_pack(pack, local.info())
        elif pack.input is None and remote is not None:
            pack = complete_pack(pack, remote.info())
        predictor = cls(pack, Router(local, remote, policy), top_k=top_k)
        endpoint = getattr(remote, "endpoint", None)  # remote backends carry their Endpoint
        if queue is not False and endpoint is not None and predictor.router.remote_only:
            store = queue if isinstance(queue, OfflineQueue) else OfflineQueue()
            predictor.parking = QueueTarget(store, model_reference(model, pack.root.name), endpoint)
        return predictor

    @property
    def backend_kind(self) -> str:
        return self.router.primary

    # -- single inputs -------------------------------------------------------------
    def predict_image(
        self, source: str | Path | bytes, *, name: str | None = None
    ) -> tuple[Prediction, LoadedImage]:
        """Predict one image; raises ``TepiError``. Returns the loaded image too (preview)."""
        spec = self._image_spec(name or str(source))
        start = time.perf_counter()
        image = load_image(source, spec, name=name, preview=True)
        label = name or ("pasted image" if isinstance(source, bytes) else str(source))
        try:
            return self._finish([label], [image.tensor[None]], [image.sha256], start)[0], image
        except RemoteUnavailable as exc:
            items = self._park([(source, label, None)], exc, kind="image")
            if items:
                raise InputQueued(_queued_sentence(items[0], exc), item_id=items[0].id) from exc
            raise

    def predict_array(self, batch: np.ndarray, inputs: list[str]) -> list[Prediction]:
        """Predict preprocessed tensors (N × ...), e.g. from the server or a benchmark."""
        return self._finish(inputs, [batch], [None] * len(inputs), time.perf_counter())

    # -- many inputs ---------------------------------------------------------------
    def predict_paths(
        self, paths: Iterable[str | Path], *, cancel: Cancel | None = None
    ) -> Iterator[Outcome]:
        """Predict files and folders: images in batches, CSV files row by row."""
        listing = expand_inputs(paths, tabular=not self.pack.is_image)
        images: list[Path] = []
        for path in listing.files:
            if path.suffix.lower() in CSV_SUFFIXES:
                yield from self._flush_images(images, cancel)
                images = []
                yield from self.predict_csv(path, cancel=cancel)
            else:
                images.append(path)
        yield from self._flush_images(images, cancel)

    def _flush_images(self, paths: list[Path], cancel: Cancel | None) -> Iterator[Outcome]:
        if paths:
            yield from self.predict_images(paths, cancel=cancel)

    def predict_images(self, paths: list[Path], *, cancel: Cancel | None = None) -> Iterator[Outcome]:
        """Decode in background threads while the backend runs the previous batch."""
        if not self.pack.is_image:
            for path in paths:
                yield Failure(str(path), None, f"{self.pack.name} takes CSV rows, not images.", "UsageError")
            return
        spec = self._image_spec("")
        workers = max(1, min(4, (os.cpu_count() or 2)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tepi-decode") as pool:
            window = self.batch_size * 2
            pending: list[tuple[Path, float, Future[LoadedImage]]] = []
            queue = iter(paths)
            while True:
                while len(pending) < window and (upcoming := next(queue, None)) is not None:
                    pending.append((upcoming, time.perf_counter(), pool.submit(load_image, upcoming, spec)))
                if not pending or (cancel is not None and cancel()):
                    for _, _, future in pending:
                        future.cancel()
                    return
                batch, pending = pending[: self.batch_size], pending[self.batch_size :]
                yield from self._run_loaded(batch)

    def _run_loaded(self, batch: list[tuple[Path, float, Future[LoadedImage]]]) -> Iterator[Outcome]:
        """Outcomes in the order of ``batch``: a bad file keeps its place among the good ones."""
        good: list[tuple[Path, float, LoadedImage]] = []
        failed: dict[int, Outcome] = {}
        for index, (path, started, future) in enumerate(batch):
            try:
                good.append((path, started, future.result()))
            except TepiError as exc:
                failed[index] = _failure(str(path), None, exc)
        results: list[Outcome] = []
        if good:
            start = min(started for _, started, _ in good)
            try:
                results = list(
                    self._finish(
                        [str(p) for p, _, _ in good],
                        [np.stack([img.tensor for _, _, img in good])],
                        [img.sha256 for _, _, img in good],
                        start,
                    )
                )
            except TepiError as exc:
                entries = [(path, str(path), None) for path, _, _ in good]
                results = list(self._fail(entries, exc, kind="image"))  # type: ignore[arg-type]
        answers = iter(results)
        yield from (failed[i] if i in failed else next(answers) for i in range(len(batch)))

    def predict_csv(self, path: str | Path, *, cancel: Cancel | None = None) -> Iterator[Outcome]:
        """One prediction per CSV row; bad rows fail alone, a bad file fails once."""
        if not isinstance(self.pack.input, TabularSpec):
            message = f"{Path(path).name} is a CSV file, but {self.pack.name} takes images."
            yield Failure(str(path), None, message, "UsageError")
            return
        try:
            table = read_csv(path, self.pack.input.features)
        except CsvError as exc:
            yield _failure(str(path), None, exc)
            return
        features = self.pack.input.features or tuple(table.header)
        digest = sha256_file(Path(path))
        for start in range(0, len(table.rows), self.batch_size * 4):
            if cancel is not None and cancel():
                return
            indexes = range(start, min(start + self.batch_size * 4, len(table.rows)))
            good = [i for i in indexes if i not in table.row_errors]
            began = time.perf_counter()
            results: dict[int, Outcome] = {
                i: _failure(str(path), i + 1, table.row_errors[i]) for i in indexes if i in table.row_errors
            }
            if good:
                try:
                    predicted = self._finish(
                        [str(path)] * len(good),
                        [table.features[good]],
                        [digest] * len(good),
                        began,
                        rows=[i + 1 for i in good],
                        extras=[table.extras(i, features) for i in good],
                    )
                    results.update(zip(good, predicted, strict=True))
                except TepiError as exc:
                    failed = self._fail([(Path(path), str(path), i + 1) for i in good], exc, kind="csv")
                    results.update(zip(good, failed, strict=True))
            yield from (results[i] for i in indexes)

    # -- shared ---------------------------------------------------------------------
    def _fail(
        self, entries: list[tuple[str | Path | bytes, str, int | None]], exc: TepiError, *, kind: str
    ) -> list[Failure]:
        """Failures for inputs the router could not run; queued when only the remote could."""
        items = self._park(entries, exc, kind=kind)
        if items is None:
            return [_failure(name, row, exc) for _, name, row in entries]
        return [_queued_failure(item, exc) for item in items]

    def _park(
        self, entries: list[tuple[str | Path | bytes, str, int | None]], exc: TepiError, *, kind: str
    ) -> list[QueueItem] | None:
        if self.parking is None or not isinstance(exc, RemoteUnavailable):
            return None
        try:
            return self.parking.park(entries, kind=kind, reason=str(exc))
        except QueueError as queue_exc:
            logger.error("could not queue %d inputs: %s", len(entries), queue_exc)
            return None

    def _image_spec(self, name: str) -> ImageSpec:
        if not isinstance(self.pack.input, ImageSpec):
            raise InputError(
                f"{Path(name).name} is an image, but {self.pack.name} takes CSV rows.", path=name
            )
        return self.pack.input

    def _finish(
        self,
        inputs: list[str],
        tensors: list[np.ndarray],
        digests: list[str | None],
        started: float,
        *,
        rows: list[int] | None = None,
        extras: list[dict[str, str]] | None = None,
    ) -> list[Prediction]:
        batch = tensors[0] if len(tensors) == 1 else np.concatenate(tensors)
        answer = self.router.run(np.ascontiguousarray(batch, dtype=np.float32))
        scores = answer.outputs if self.pack.output == "probabilities" else softmax(answer.outputs)
        # A batch shares its wall time: each input is charged its share.
        latency = (time.perf_counter() - started) * 1000.0 / max(1, len(inputs))
        results = []
        for i, name in enumerate(inputs):
            best = top_k(scores[i], self.pack.labels, self.top_k)
            results.append(
                Prediction(
                    input=name,
                    row=rows[i] if rows else None,
                    label=best[0].label,
                    score=best[0].score,
                    top_k=best,
                    backend=answer.backend,
                    model=self.pack.ref,
                    latency_ms=latency,
                    fallback_reason=answer.fallback_reason,
                    input_sha256=digests[i],
                    extras=extras[i] if extras else {},
                )
            )
        return results

    def close(self) -> None:
        self.router.close()

    def __enter__(self) -> Predictor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _queued_failure(item: QueueItem, exc: TepiError) -> Failure:
    sentence = _queued_sentence(item, exc)
    return Failure(item.input, item.row, sentence, "InputQueued", queued=True, queue_item=item.id)


def _queued_sentence(item: QueueItem, exc: TepiError) -> str:
    return f"Waiting in the offline queue (item {item.id}) until the endpoint answers: {exc}"


def _failure(name: str, row: int | None, exc: TepiError) -> Failure:
    logger.info("failed %s%s: %s", name, f" row {row}" if row else "", exc)
    return Failure(name, row, str(exc), type(exc).__name__)
