"""The prediction pipeline: inputs in, ``Prediction``/``Failure`` out.

    path -> decode + preprocess (threads, overlapping inference)
         -> router.run(batch) -> postprocess (softmax, top-k, labels)

``Predictor`` is a model pack, a router and the pre- and postprocessing between
them, nothing more: ``inference.session.open_predictor`` assembles one (model,
backends, policy), and ``inference.offline.OfflinePredictor`` wraps one to
park what only an unreachable remote could run. It is synchronous and
thread-agnostic; the desktop runs it in a worker thread, the CLI in the main
thread, the server per request.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from inference.calibration import scaled_probabilities
from inference.errors import BackendUnavailable, CsvError, InputError, TepiError, UsageError, input_name
from inference.images import IMAGE_SUFFIXES, LoadedImage, load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec, sha256_file
from inference.results import Answer, Failure, Prediction, top_k
from inference.routing import Answer as RoutedAnswer
from inference.routing import Router
from inference.tables import CSV_SUFFIXES, read_csv
from inference.text import message

__all__ = ["InputList", "Predictor", "expand_inputs", "natural_key"]

logger = logging.getLogger(__name__)
Cancel = Callable[[], bool]


@dataclass
class InputList:
    """What a set of paths expands to: files to predict and files skipped."""

    files: list[Path]
    skipped: list[Path]


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts names as people count: ``r2`` before ``r10``, case aside (``Photo-9`` before ``photo-10``)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(name.casefold()) if part
    )


_DIGITS = re.compile(r"(\d+)")


def expand_inputs(paths: Iterable[str | Path], *, tabular: bool = False) -> InputList:
    """Expand folders recursively (in natural order: ``r2`` before ``r10``); keep images, or CSVs for
    tabular models."""
    wanted = CSV_SUFFIXES if tabular else IMAGE_SUFFIXES
    files: list[Path] = []
    skipped: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file())
            for child in sorted(found, key=lambda p: natural_key(p.relative_to(path).as_posix())):
                (files if child.suffix.lower() in wanted else skipped).append(child)
        else:
            files.append(path)  # named explicitly: a wrong type gets a clear error later
    return InputList(files, skipped)


@dataclass(frozen=True)
class _Made:
    """What one batch's predictions are made for: ``indexes`` into the batch's inputs."""

    inputs: list[str]
    digests: list[str | None]
    read_ms: list[float]
    rows: list[int] | None
    extras: list[dict[str, str]] | None
    indexes: Sequence[int]


class Predictor:
    """A model pack bound to a router of backends, with pre- and postprocessing."""

    def __init__(
        self,
        pack: ModelPack,
        router: Router,
        *,
        top_k: int = 5,
        batch_size: int = 16,
        model_ref: str | None = None,
    ):
        if pack.input is None:
            raise ValueError("complete the pack's input spec before building a Predictor")
        self.pack = pack
        self.router = router
        self.top_k = top_k
        self.batch_size = batch_size
        self.model_ref = model_ref or str(pack.root)
        """How to open this model again (a bundled name or an absolute path): the offline queue keeps it."""

    @property
    def backend_kind(self) -> str:
        return self.router.primary

    # -- single inputs -------------------------------------------------------------
    def predict_image(
        self, source: str | Path | bytes, *, name: str | None = None
    ) -> tuple[Prediction, LoadedImage]:
        """Predict one image; raises ``TepiError``. Returns the loaded image too (preview)."""
        spec = self._image_spec(name or (None if isinstance(source, bytes) else str(source)))
        image, read_ms = _timed_load(source, spec, name=name, preview=True)
        label = name or ("pasted image" if isinstance(source, bytes) else str(source))
        return self._finish([label], [image.tensor[None]], [image.sha256], [read_ms])[0], image

    def predict_array(self, batch: np.ndarray, inputs: list[str]) -> list[Prediction]:
        """Predict preprocessed tensors (N × ...), e.g. from the server or a benchmark."""
        return self._finish(inputs, [batch], [None] * len(inputs), [0.0] * len(inputs))

    # -- many inputs ---------------------------------------------------------------
    def predict_paths(self, paths: Iterable[str | Path], *, cancel: Cancel | None = None) -> Iterator[Answer]:
        """Predict files and folders: images in batches, CSV files row by row."""
        for batch in self.predict_batches(paths, cancel=cancel):
            yield from batch

    def predict_batches(
        self, paths: Iterable[str | Path], *, cancel: Cancel | None = None
    ) -> Iterator[list[Answer]]:
        """``predict_paths`` a batch at a time: the outcomes of inputs that ran (or failed) together."""
        listing = expand_inputs(paths, tabular=not self.pack.is_image)
        images: list[Path] = []
        for path in listing.files:
            if path.suffix.lower() in CSV_SUFFIXES:
                yield from self._image_batches(images, cancel)
                images = []
                yield from self._csv_batches(path, cancel)
            else:
                images.append(path)
        yield from self._image_batches(images, cancel)

    def predict_images(self, paths: list[Path], *, cancel: Cancel | None = None) -> Iterator[Answer]:
        """Decode in background threads while the backend runs the previous batch."""
        for batch in self._image_batches(paths, cancel):
            yield from batch

    def predict_csv(self, path: str | Path, *, cancel: Cancel | None = None) -> Iterator[Answer]:
        """One prediction per CSV row; bad rows fail alone, a bad file fails once."""
        for batch in self._csv_batches(path, cancel):
            yield from batch

    def _image_batches(self, paths: list[Path], cancel: Cancel | None) -> Iterator[list[Answer]]:
        if not paths:
            return
        if not self.pack.is_image:
            wrong = UsageError("input.images_for_tabular", model=self.pack.name)
            yield [Failure.of(str(path), None, wrong) for path in paths]
            return
        spec = self._image_spec(None)
        workers = max(1, min(4, (os.cpu_count() or 2)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tepi-decode") as pool:
            window = self.batch_size * 2
            pending: list[tuple[Path, Future[tuple[LoadedImage, float]]]] = []
            queue = iter(paths)
            while True:
                while len(pending) < window and (upcoming := next(queue, None)) is not None:
                    pending.append((upcoming, pool.submit(_timed_load, upcoming, spec)))
                if not pending or (cancel is not None and cancel()):
                    for _, future in pending:
                        future.cancel()
                    return
                batch, pending = pending[: self.batch_size], pending[self.batch_size :]
                yield self._run_loaded(batch)

    def _run_loaded(self, batch: list[tuple[Path, Future[tuple[LoadedImage, float]]]]) -> list[Answer]:
        """Outcomes in the order of ``batch``: a bad file keeps its place among the good ones."""
        good: list[tuple[Path, LoadedImage, float]] = []
        failed: dict[int, Answer] = {}
        for index, (path, future) in enumerate(batch):
            try:
                good.append((path, *future.result()))
            except TepiError as exc:
                failed[index] = _failure(str(path), None, exc)
        results: list[Answer] = []
        if good:
            names = [str(p) for p, _, _ in good]
            read_ms = [ms for _, _, ms in good]
            try:
                tensors = [np.stack([img.tensor for _, img, _ in good])]
                results = list(self._finish(names, tensors, [img.sha256 for _, img, _ in good], read_ms))
            except TepiError as exc:
                results = [_failure(name, None, exc) for name in names]
        answers = iter(results)
        return [failed[i] if i in failed else next(answers) for i in range(len(batch))]

    def _csv_batches(self, path: str | Path, cancel: Cancel | None) -> Iterator[list[Answer]]:
        if not isinstance(self.pack.input, TabularSpec):
            wrong = UsageError("input.csv_for_image", name=Path(path).name, model=self.pack.name)
            yield [Failure.of(str(path), None, wrong)]
            return
        began = time.perf_counter()
        try:
            table = read_csv(path, self.pack.input.features)
        except CsvError as exc:
            yield [_failure(str(path), None, exc)]
            return
        read_ms = (time.perf_counter() - began) * 1000.0 / max(1, len(table.rows))  # each row's share
        features = self.pack.input.features or tuple(table.header)
        digest = sha256_file(Path(path))
        step = self.batch_size * 4
        for start in range(0, len(table.rows), step):
            if cancel is not None and cancel():
                return
            indexes = range(start, min(start + step, len(table.rows)))
            good = [i for i in indexes if i not in table.row_errors]
            results: dict[int, Answer] = {
                i: _failure(str(path), i + 1, table.row_errors[i]) for i in indexes if i in table.row_errors
            }
            if good:
                try:
                    predicted = self._finish(
                        [str(path)] * len(good),
                        [table.features[good]],
                        [digest] * len(good),
                        [read_ms] * len(good),
                        rows=[i + 1 for i in good],
                        extras=[table.extras(i, features) for i in good],
                    )
                    results.update(zip(good, predicted, strict=True))
                except TepiError as exc:
                    results.update((i, _failure(str(path), i + 1, exc)) for i in good)
            yield [results[i] for i in indexes]

    # -- shared ---------------------------------------------------------------------
    def _image_spec(self, name: str | None) -> ImageSpec:
        if not isinstance(self.pack.input, ImageSpec):
            raise InputError(
                "input.image_for_tabular", name=input_name(name), model=self.pack.name, path=name
            )
        return self.pack.input

    def _finish(
        self,
        inputs: list[str],
        tensors: list[np.ndarray],
        digests: list[str | None],
        read_ms: list[float],
        *,
        rows: list[int] | None = None,
        extras: list[dict[str, str]] | None = None,
    ) -> list[Prediction]:
        """Predictions for a batch; each input's ``latency_ms`` is its own reading and preprocessing
        (``read_ms``) plus its share of the batch's inference and postprocessing."""
        started = time.perf_counter()
        batch = np.ascontiguousarray(tensors[0] if len(tensors) == 1 else np.concatenate(tensors), np.float32)
        answer = self.router.run(batch)
        made = partial(_Made, inputs=inputs, digests=digests, read_ms=read_ms, rows=rows, extras=extras)
        results = self._predictions(answer, made(indexes=range(len(inputs))), started)
        if self.router.policy == "cascade" and not answer.remote and any(r.unsure for r in results):
            results = self._escalate(batch, results, made, started)
        return results

    def _predictions(self, answer: RoutedAnswer, made: _Made, started: float) -> list[Prediction]:
        """Predictions from a router's answer for the inputs ``made.indexes`` names, in that order."""
        scores = scaled_probabilities(answer.outputs, self.pack.output, self._temperature(answer.remote))
        shared = (time.perf_counter() - started) * 1000.0 / max(1, len(made.inputs))
        threshold = self._min_confidence(answer.remote)
        results = []
        for at, i in enumerate(made.indexes):
            best = top_k(scores[at], self.pack.labels, self.top_k)
            results.append(
                Prediction(
                    input=made.inputs[i],
                    row=made.rows[i] if made.rows else None,
                    label=best[0].label,
                    score=best[0].score,
                    top_k=best,
                    backend=answer.backend,
                    model=self.pack.ref,
                    latency_ms=made.read_ms[i] + shared,
                    fallback_reason=answer.fallback_reason,
                    input_sha256=made.digests[i],
                    extras=made.extras[i] if made.extras else {},
                    fallback=answer.fallback,
                    unsure=threshold is not None and best[0].score < threshold,
                )
            )
        return results

    def _escalate(
        self, batch: np.ndarray, local: list[Prediction], made: Callable[..., _Made], started: float
    ) -> list[Prediction]:
        """Policy ``cascade``: the inputs the local model was unsure of go to the remote model.

        The remote's answer replaces the local one and keeps it (``escalated``); when the remote
        cannot answer, the local answers stand, marked unsure.
        """
        unsure = [i for i, p in enumerate(local) if p.unsure]
        try:
            answer = self.router.ask_remote(batch[unsure])
        except BackendUnavailable as exc:
            logger.info("cascade: the remote could not answer, the local answers stand: %s", exc)
            return [replace(p, second_opinion=exc.to_json()) if p.unsure else p for p in local]
        results = list(local)
        threshold = self.pack.min_confidence or 0.0
        for i, remote in zip(unsure, self._predictions(answer, made(indexes=unsure), started), strict=True):
            first = local[i]
            reason = message("route.escalated", score=first.score, threshold=threshold)
            kept = {k: v for k, v in first.to_json().items() if k in ("label", "score", "top_k", "backend")}
            results[i] = replace(remote, escalated={"reason": reason, "local": kept})
        return results

    def _temperature(self, remote: bool) -> float:
        """The pack's calibration; a remote model may declare its own under ``[remote]``."""
        spec = self.pack.remote
        if remote and spec is not None and spec.temperature is not None:
            return spec.temperature
        return self.pack.temperature

    def _min_confidence(self, remote: bool) -> float | None:
        """Below this top score an answer is *unsure*; a remote model may declare its own."""
        spec = self.pack.remote
        if remote and spec is not None and spec.min_confidence is not None:
            return spec.min_confidence
        return self.pack.min_confidence

    def close(self) -> None:
        self.router.close()

    def __enter__(self) -> Predictor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _timed_load(
    source: str | Path | bytes, spec: ImageSpec, *, name: str | None = None, preview: bool = False
) -> tuple[LoadedImage, float]:
    """``load_image`` and the milliseconds it took (reading, decoding, preprocessing this one input)."""
    began = time.perf_counter()
    image = load_image(source, spec, name=name, preview=preview)
    return image, (time.perf_counter() - began) * 1000.0


def _failure(name: str, row: int | None, exc: TepiError) -> Failure:
    logger.info("failed %s%s: %s", name, f" row {row}" if row else "", exc)
    return Failure.of(name, row, exc)
