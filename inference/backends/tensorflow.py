"""TensorFlow backend for ``.keras``, ``.h5`` and SavedModel folders.

TensorFlow takes seconds and hundreds of megabytes to import, so it is
imported in ``load`` and nowhere at module level. Inference goes through a
traced ``tf.function`` with a fixed input signature and a dynamic batch,
warmed up at load: ``model.predict`` costs several times more for one input.
"""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import numpy as np

from inference.backends.base import Backend, BackendInfo, TensorInfo
from inference.backends.keras_compat import load_h5_model
from inference.backends.litert import default_threads, quiet_native_stderr
from inference.errors import BackendError, BackendUnavailable, ModelFormatError, UnsafeModelError

__all__ = ["TensorFlowBackend", "check_keras_file", "keras_layer_classes", "load_keras_model"]

logger = logging.getLogger(__name__)
UNSAFE_LAYERS = frozenset({"Lambda"})
MAX_CONFIG_BYTES = 64 * 2**20
"""A .keras file's config.json larger than this is refused unread (real ones are kilobytes)."""
_threads_set = False


def import_tensorflow(threads: int | None = None) -> Any:
    """Import TensorFlow once, quietly, with the thread count applied."""
    global _threads_set
    import os

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    try:
        # TensorFlow's C++ start-up notes (oneDNN, CUDA drivers) bypass Python logging.
        with quiet_native_stderr():
            import tensorflow as tf
    except ImportError as exc:
        raise BackendUnavailable("backend.no_tensorflow") from exc
    if not _threads_set:
        _threads_set = True
        tf.get_logger().setLevel("ERROR")  # retracing notes and deprecations are not for users
        try:
            count = threads or default_threads()
            tf.config.threading.set_intra_op_parallelism_threads(count)
            tf.config.threading.set_inter_op_parallelism_threads(min(2, count))
        except RuntimeError:  # already initialised by someone else
            pass
    return tf


def keras_layer_classes(path: Path) -> set[str]:
    """Every ``class_name`` in a Keras file's config, read without loading the model."""
    try:
        if path.suffix.lower() == ".keras":
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    if _escapes(member):
                        raise ModelFormatError("model.keras_escapes", name=path.name, path=path)
                size = archive.getinfo("config.json").file_size
                if size > MAX_CONFIG_BYTES:  # a zip bomb: refuse before inflating it
                    raise ModelFormatError(
                        "model.config_too_large",
                        name=path.name,
                        size=size / 2**20,
                        limit=MAX_CONFIG_BYTES // 2**20,
                        path=path,
                    )
                config = json.loads(archive.read("config.json"))
        else:
            import h5py

            with h5py.File(path, "r") as handle:
                raw = handle.attrs.get("model_config")
                if raw is None:
                    raise ModelFormatError("model.weights_only", name=path.name, path=path)
                config = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
        found: set[str] = set()
        _collect_classes(config, found)
    except ModelFormatError:
        raise
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RecursionError) as exc:
        raise ModelFormatError("model.not_keras", name=path.name, path=path) from exc
    return found


def _escapes(member: str) -> bool:
    """True for a zip member that would be written outside the folder it is unpacked into."""
    posix, windows = PurePosixPath(member), PureWindowsPath(member)
    return posix.is_absolute() or bool(windows.anchor) or ".." in posix.parts or ".." in windows.parts


def _collect_classes(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("class_name"), str):
            found.add(node["class_name"])
        for value in node.values():
            _collect_classes(value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_classes(value, found)


def check_keras_file(path: Path, *, allow_unsafe: bool = False) -> None:
    """Refuse a file that is not a Keras model, or that holds code, before TensorFlow is imported.

    Reading the config takes milliseconds; importing TensorFlow takes seconds,
    which a hostile or mistaken file should not cost anyone.
    """
    unsafe = keras_layer_classes(path) & UNSAFE_LAYERS
    if unsafe and not allow_unsafe:
        raise UnsafeModelError("model.lambda", name=path.name, path=path)
    if unsafe:
        logger.warning("loading %s with unsafe deserialization on request", path.name)


def load_keras_model(path: Path, *, allow_unsafe: bool = False) -> Any:
    """Load a ``.keras`` or ``.h5`` model safely; Teachable Machine files included."""
    check_keras_file(path, allow_unsafe=allow_unsafe)
    import_tensorflow()
    import keras

    try:
        if path.suffix.lower() in (".h5", ".hdf5"):  # Keras 2 wrote most of these: see keras_compat
            return load_h5_model(path, safe_mode=not allow_unsafe)
        return keras.models.load_model(path, compile=False, safe_mode=not allow_unsafe)
    except MemoryError as exc:
        raise BackendUnavailable("backend.out_of_memory", name=path.name) from exc
    except Exception as exc:  # Keras raises many types for unreadable files
        if "safe_mode" in str(exc):
            raise UnsafeModelError("model.unsafe_deserialization", name=path.name, path=path) from exc
        raise ModelFormatError(
            "model.keras_unreadable", name=path.name, system_error=_first_line(exc), path=path
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


class TensorFlowBackend(Backend):
    """Runs a Keras model or a SavedModel through one traced ``tf.function``."""

    kind = "local TensorFlow"

    def __init__(self, path: Path, *, threads: int | None = None, allow_unsafe: bool = False) -> None:
        self.path = Path(path)
        self.threads = threads
        self.allow_unsafe = allow_unsafe
        self._fn: Any = None
        self._info: BackendInfo | None = None

    def load(self) -> None:
        if not self.path.is_dir():
            check_keras_file(self.path, allow_unsafe=self.allow_unsafe)
        tf = import_tensorflow(self.threads)
        with quiet_native_stderr():  # device probing notes ("failed call to cuInit")
            if self.path.is_dir():
                fn, inputs, outputs, params = self._load_saved_model(tf)
            else:
                fn, inputs, outputs, params = self._load_keras(tf)
        self._fn = fn
        self._info = BackendInfo(f"TensorFlow {tf.__version__}", inputs, outputs, params)
        try:  # trace now, so the first real input is fast
            shape = [1, *[d if d > 0 else 1 for d in inputs[0].shape[1:]]]
            self._fn(np.zeros(shape, np.float32))
        except Exception as exc:
            raise BackendUnavailable(
                "backend.cannot_run", name=self.path.name, system_error=_first_line(exc)
            ) from exc
        logger.info("loaded %s with TensorFlow %s", self.path.name, tf.__version__)

    def _load_keras(self, tf: Any) -> tuple[Any, tuple[TensorInfo, ...], tuple[TensorInfo, ...], int]:
        model = load_keras_model(self.path, allow_unsafe=self.allow_unsafe)
        if len(model.inputs) != 1 or len(model.outputs) != 1:
            raise ModelFormatError(
                "model.tensors",
                name=self.path.name,
                inputs=len(model.inputs),
                outputs=len(model.outputs),
                path=self.path,
            )
        # The batch dimension is always free: a nested model may report the size it was trained with.
        in_shape = (-1, *(-1 if d is None else int(d) for d in model.inputs[0].shape[1:]))
        out_shape = (-1, *(-1 if d is None else int(d) for d in model.outputs[0].shape[1:]))
        spec = tf.TensorSpec([None, *in_shape[1:]], tf.float32)

        @tf.function(input_signature=[spec], reduce_retracing=True)
        def serve(batch: Any) -> Any:
            return model(batch, training=False)

        self._model = model  # keep the variables alive
        inputs = (TensorInfo(model.inputs[0].name, in_shape, "float32"),)
        outputs = (TensorInfo(model.outputs[0].name, out_shape, "float32"),)
        return serve, inputs, outputs, int(model.count_params())

    def _load_saved_model(self, tf: Any) -> tuple[Any, tuple[TensorInfo, ...], tuple[TensorInfo, ...], None]:
        try:
            loaded = tf.saved_model.load(str(self.path))
            signature = loaded.signatures["serving_default"]
        except KeyError as exc:
            raise ModelFormatError("model.no_signature", name=self.path.name, path=self.path) from exc
        except Exception as exc:
            raise ModelFormatError(
                "model.savedmodel_unreadable",
                name=self.path.name,
                system_error=_first_line(exc),
                path=self.path,
            ) from exc
        _, kwargs = signature.structured_input_signature
        if len(kwargs) != 1 or len(signature.structured_outputs) != 1:
            raise ModelFormatError("model.signature_tensors", name=self.path.name, path=self.path)
        ((in_name, in_spec),) = kwargs.items()
        ((out_name, out_spec),) = signature.structured_outputs.items()
        in_dtype = in_spec.dtype

        def serve(batch: Any) -> Any:
            return signature(**{in_name: tf.cast(batch, in_dtype)})[out_name]

        self._model = loaded
        dims = lambda s: tuple(-1 if d is None else int(d) for d in s.shape)  # noqa: E731
        inputs = (TensorInfo(in_name, dims(in_spec), in_dtype.name),)
        outputs = (TensorInfo(out_name, dims(out_spec), out_spec.dtype.name),)
        return serve, inputs, outputs, None

    def predict(self, batch: np.ndarray) -> np.ndarray:
        if self._fn is None:
            raise BackendError("backend.not_loaded")
        try:
            out = self._fn(batch)
        except Exception as exc:  # TF raises InvalidArgumentError and friends
            reason = _first_line(exc)
            raise BackendError("backend.run_failed", name=self.path.name, system_error=reason) from exc
        values = out.numpy()
        return values.astype(np.float32, copy=False).reshape(values.shape[0], -1)

    def info(self) -> BackendInfo:
        if self._info is None:
            self.load()
        assert self._info is not None
        return self._info

    @property
    def keras_model(self) -> Any | None:
        """The loaded Keras model (for gradients: Grad-CAM); None for a SavedModel or before ``load``."""
        model = getattr(self, "_model", None)
        return None if model is None or self.path.is_dir() else model

    def close(self) -> None:
        self._fn = None
        self._model = None
