"""``Explainer``: a ``Predictor``'s model, asked why it answered as it did.

    image   decode + preprocess as ``predict`` does (same sentences for bad files)
            -> the prediction -> Grad-CAM or occlusion over the model's input
            -> the map placed on the picture through the preprocessing's geometry
    CSV     the rows' predictions -> one feature at a time set to its baseline

Every score comes from the predictor's router, so occlusion runs on whichever
backend answers predictions (LiteRT, TensorFlow, ONNX Runtime, a remote
endpoint: there each batch of copies is one request). Grad-CAM needs the
Keras model itself: ``auto`` uses it when the model already runs on
TensorFlow; ``gradcam`` also loads a pack's Keras file when LiteRT runs it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.base import Backend
from inference.calibration import scaled_probabilities
from inference.errors import ExplainError, InputError, TepiError, UsageError
from inference.explain.gradcam import GradCamUnavailable, gradcam_map
from inference.explain.occlusion import neutral_value, occlusion_map, rows_per_call
from inference.explain.results import Explanation, FeatureAttribution, ImageExplanation, RowExplanation
from inference.explain.tabular import feature_attributions
from inference.geometry import InputGeometry
from inference.images import decode_image, load_image, read_image_bytes
from inference.modelpack import ImageSpec, TabularSpec
from inference.predictor import Predictor, expand_inputs
from inference.results import Failure, Prediction
from inference.tables import CSV_SUFFIXES, CsvTable, read_csv

__all__ = ["METHODS", "Explainer"]

logger = logging.getLogger(__name__)
METHODS = ("auto", "occlusion", "gradcam")
KERAS_SUFFIXES = (".keras", ".h5", ".hdf5")
ROWS_PER_CALL = 64
Cancel = Callable[[], bool]


class Explainer:
    """Explains a predictor's answers; ``method`` is ``auto``, ``occlusion`` or ``gradcam``."""

    def __init__(
        self,
        predictor: Predictor,
        *,
        method: str = "auto",
        threads: int | None = None,
        allow_unsafe: bool = False,
    ) -> None:
        """``threads`` and ``allow_unsafe`` apply to a Keras file loaded for Grad-CAM alone."""
        if method not in METHODS:
            raise UsageError("explain.method", method=method, choices=list(METHODS))
        self.predictor = predictor
        self.method = method
        self.threads = threads
        self.allow_unsafe = allow_unsafe
        self._gradcam_backend: Backend | None = None
        self._gradcam_failed = False
        """``auto`` found once that Grad-CAM cannot run here: occlude from then on, without retrying."""

    @property
    def name(self) -> str:
        return self.predictor.pack.name

    # -- choosing a method ------------------------------------------------------------
    def resolve_method(self) -> str:
        """The method that will run: ``auto`` becomes Grad-CAM where it can run, occlusion elsewhere."""
        spec = self.predictor.pack.input
        if isinstance(spec, TabularSpec):
            if self.method == "gradcam":
                raise ExplainError("explain.rows_no_picture", model=self.name)
            return "occlusion"
        if isinstance(spec, ImageSpec) and spec.width * spec.height < 4:
            raise ExplainError("explain.tiny_input", model=self.name, width=spec.width, height=spec.height)
        if self.method == "occlusion" or (self.method == "auto" and self._gradcam_failed):
            return "occlusion"
        model = self._keras_model(load=self.method == "gradcam")
        if model is None and self.method == "gradcam":
            raise ExplainError("explain.gradcam_needs_keras", model=self.name)
        return "occlusion" if model is None else "gradcam"

    def _keras_model(self, *, load: bool) -> Any | None:
        router = self.predictor.router
        if router.primary.startswith("local"):
            model = getattr(router.local, "keras_model", None)
            if model is not None:
                return model
        if self._gradcam_backend is None and load:
            files = [p for p in self.predictor.pack.model_files if p.suffix.lower() in KERAS_SUFFIXES]
            if not files:
                return None
            from inference.backends.tensorflow import TensorFlowBackend

            backend = TensorFlowBackend(files[0], threads=self.threads, allow_unsafe=self.allow_unsafe)
            backend.load()
            self._gradcam_backend = backend
        return getattr(self._gradcam_backend, "keras_model", None)

    # -- images -------------------------------------------------------------------------
    def explain_image(
        self,
        source: str | Path | bytes,
        *,
        name: str | None = None,
        picture: bool = False,
        cancel: Cancel | None = None,
    ) -> ImageExplanation:
        """Predict and explain one image; ``picture`` keeps the full-size picture to draw on."""
        label = name or ("pasted image" if isinstance(source, bytes) else str(source))
        spec = self.predictor.pack.input
        if not isinstance(spec, ImageSpec):
            raise InputError("input.image_for_tabular", name=Path(label).name, model=self.name, path=label)
        started = time.perf_counter()
        data = source if isinstance(source, bytes) else read_image_bytes(Path(source), label)
        loaded = load_image(data, spec, name=label)
        assert loaded.geometry is not None
        prediction = self.predictor.predict_array(loaded.tensor[None], [label])[0]
        prediction = replace(
            prediction, input_sha256=loaded.sha256, latency_ms=(time.perf_counter() - started) * 1000.0
        )
        drawn = decode_image(data, name=label)[0] if picture else None
        explained = self.explain_tensor(loaded.tensor, loaded.geometry, prediction, cancel=cancel)
        return replace(explained, picture=drawn)

    def explain_tensor(
        self,
        tensor: np.ndarray,
        geometry: InputGeometry,
        prediction: Prediction,
        *,
        cancel: Cancel | None = None,
    ) -> ImageExplanation:
        """Explain an input already preprocessed (H × W × C) and predicted (a shell's result)."""
        method = self.resolve_method()
        started = time.perf_counter()
        scores = self._scores(tensor[None])[0]
        target = int(np.argmax(scores))
        grid: np.ndarray | None = None
        if method == "gradcam":
            grid = self._gradcam(tensor, target)
            passes = 2
        if grid is None:
            method = "occlusion"
            assert isinstance(self.predictor.pack.input, ImageSpec)
            remote = self.predictor.router.primary.startswith("remote")
            grid, copies = occlusion_map(
                tensor,
                self._scores,
                target,
                scores,
                neutral_value(self.predictor.pack.input),
                rows=rows_per_call(tensor, remote=remote),
                cancel=cancel,
            )
            passes = copies + 1
        elapsed = (time.perf_counter() - started) * 1000.0
        return ImageExplanation(prediction, method, grid, geometry, passes, elapsed)

    def _gradcam(self, tensor: np.ndarray, target: int) -> np.ndarray | None:
        """Grad-CAM over the model's input (H × W); None when ``auto`` should occlude instead."""
        model = self._keras_model(load=self.method == "gradcam")
        try:
            cam = gradcam_map(model, tensor, target)
        except (GradCamUnavailable, ValueError, TypeError, AttributeError) as exc:  # Keras graph surgery
            if self.method == "auto":
                logger.info("Grad-CAM unavailable for %s (%s); occluding instead", self.name, exc)
                self._gradcam_failed = True
                return None
            reason = exc.reason if isinstance(exc, GradCamUnavailable) else str(exc)
            raise ExplainError("explain.gradcam_failed", model=self.name, reason=reason) from exc
        height, width = tensor.shape[:2]
        spread = InputGeometry((0.0, 0.0, float(width), float(height)), (width, height), cam.shape[::-1])
        return spread.to_picture(cam)

    def _scores(self, batch: np.ndarray) -> np.ndarray:
        """Class probabilities for a batch, from whichever backend answers predictions."""
        answer = self.predictor.router.run(np.ascontiguousarray(batch, dtype=np.float32))
        pack = self.predictor.pack
        return scaled_probabilities(answer.outputs, pack.output, pack.temperature)

    # -- CSV rows ---------------------------------------------------------------------------
    def explain_csv(
        self, path: str | Path, *, cancel: Cancel | None = None
    ) -> Iterator[RowExplanation | Failure]:
        """Each row's prediction with its attributions; bad rows and files fail as in ``predict``."""
        self.resolve_method()
        spec = self.predictor.pack.input
        table: CsvTable | None = None
        if isinstance(spec, TabularSpec):
            try:
                table = read_csv(path, spec.features)
            except TepiError:
                table = None  # predict_csv yields the file's failure, in predict's words
        pending: list[Prediction] = []
        for outcome in self.predictor.predict_csv(path, cancel=cancel):
            if isinstance(outcome, Failure):
                yield from self._attribute(pending, table)  # keep the file's order
                pending = []
                yield outcome
                continue
            pending.append(outcome)
            if len(pending) >= ROWS_PER_CALL:
                yield from self._attribute(pending, table)
                pending = []
        yield from self._attribute(pending, table)

    def _attribute(self, predictions: list[Prediction], table: CsvTable | None) -> Iterator[RowExplanation]:
        if not predictions:
            return
        assert table is not None, "predict_csv predicted rows of a file that did not read"
        assert isinstance(self.predictor.pack.input, TabularSpec)
        features = self.predictor.pack.input.features or tuple(table.header)
        baseline = self._baseline(table)
        started = time.perf_counter()
        rows = table.features[[p.row - 1 for p in predictions if p.row is not None]]
        scores = self._scores(rows)
        targets = np.argmax(scores, axis=1)
        base = scores[np.arange(len(rows)), targets]
        values = feature_attributions(rows, baseline, self._scores, targets, base)
        each = (time.perf_counter() - started) * 1000.0 / len(rows)
        for prediction, row, attribution in zip(predictions, rows, values, strict=True):
            parts = tuple(
                FeatureAttribution(name, float(v), float(b), float(a))
                for name, v, b, a in zip(features, row, baseline, attribution, strict=True)
            )
            yield RowExplanation(prediction, parts, len(features) + 1, each)

    def _baseline(self, table: CsvTable) -> np.ndarray:
        """The pack's baseline row, or the mean of the file's usable rows."""
        spec = self.predictor.pack.input
        if isinstance(spec, TabularSpec) and spec.baseline is not None:
            return np.asarray(spec.baseline, np.float32)
        good = [i for i in range(len(table.rows)) if i not in table.row_errors]
        return table.features[good].mean(axis=0).astype(np.float32)

    # -- anything ---------------------------------------------------------------------------
    def explain_paths(
        self, paths: Iterable[str | Path], *, picture: bool = False, cancel: Cancel | None = None
    ) -> Iterator[Explanation | Failure]:
        """Files and folders, as ``predict`` takes them; a bad input fails alone."""
        self.resolve_method()  # a method this model cannot use fails once, before any input
        image_model = self.predictor.pack.is_image
        for path in expand_inputs(paths, tabular=not image_model).files:
            if cancel is not None and cancel():
                return
            is_csv = path.suffix.lower() in CSV_SUFFIXES
            if is_csv and not image_model:
                yield from self.explain_csv(path, cancel=cancel)
                continue
            if is_csv or not image_model:  # what predict says
                wrong = (
                    UsageError("input.csv_for_image", name=path.name, model=self.name)
                    if is_csv
                    else UsageError("input.images_for_tabular", model=self.name)
                )
                yield Failure.of(str(path), None, wrong)
                continue
            try:
                yield self.explain_image(path, picture=picture, cancel=cancel)
            except TepiError as exc:
                logger.info("could not explain %s: %s", path, exc)
                yield Failure.of(str(path), None, exc)

    def close(self) -> None:
        if self._gradcam_backend is not None:
            self._gradcam_backend.close()
            self._gradcam_backend = None
