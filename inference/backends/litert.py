"""LiteRT backend for ``.tflite`` models: starts in a fraction of a second.

Uses ``ai_edge_litert`` and falls back to ``tf.lite.Interpreter`` where LiteRT
is not installable (Intel macOS). Quantized inputs and outputs are converted
with the model's own scale and zero point, so callers always see float32.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.base import Backend, BackendInfo, TensorInfo
from inference.errors import BackendError, BackendUnavailable, ModelFormatError, TepiError

__all__ = ["LiteRTBackend", "default_threads", "probe_child"]

logger = logging.getLogger(__name__)
ACTIVATION_BUDGET_BYTES = 4 * 2**20
"""The largest feature map, summed over a batch, that one invoke may hold (about a core's share of cache)."""


@contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Silence the runtime's C++ banner ("Created TensorFlow Lite XNNPACK delegate")."""
    try:
        saved = os.dup(2)
    except OSError:  # no real stderr (frozen GUI on Windows)
        yield
        return
    try:
        sys.stderr.flush()
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _interpreter_class() -> tuple[Any, str]:
    try:
        from ai_edge_litert import interpreter as litert

        version = getattr(__import__("ai_edge_litert"), "__version__", "")
        return litert.Interpreter, f"LiteRT {version}".strip()
    except ImportError:
        try:
            import tensorflow as tf
        except ImportError as exc:
            raise BackendUnavailable("backend.no_litert") from exc
        return tf.lite.Interpreter, f"TensorFlow Lite {tf.__version__}"


def _tensor_info(detail: dict[str, Any]) -> TensorInfo:
    shape = tuple(int(d) for d in detail.get("shape_signature", detail["shape"]))
    scale, zero = detail.get("quantization", (0.0, 0))
    quant = (float(scale), int(zero)) if scale else None
    return TensorInfo(detail["name"], shape, np.dtype(detail["dtype"]).name, quant)


class LiteRTBackend(Backend):
    """Runs a ``.tflite`` file; ``predict`` resizes the batch dimension as needed."""

    kind = "local LiteRT"

    def __init__(self, path: Path, *, threads: int | None = None, isolate: bool = True) -> None:
        self.path = Path(path)
        self.threads = threads or default_threads()
        self.isolate = isolate
        """Open the file in a child process first, unless bundled or known good (``litert_probe``)."""
        self._interpreter: Any = None
        self._runtime = ""

    def load(self) -> None:
        cls, self._runtime = _interpreter_class()
        if self.isolate:
            from inference.backends.litert_probe import check_in_child

            check_in_child(self.path)  # a file that crashes the runtime crashes a child, not this process
        try:
            with quiet_native_stderr():
                self._interpreter = cls(model_path=str(self.path), num_threads=self.threads)
                self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            text = str(exc)
            if "op" in text.lower() and ("registration" in text.lower() or "unsupported" in text.lower()):
                first = text.splitlines()[0]
                name = self.path.name
                raise BackendUnavailable("backend.litert_op", name=name, system_error=first) from exc
            raise ModelFormatError("model.tflite_unreadable", name=self.path.name, path=self.path) from exc
        inputs = self._interpreter.get_input_details()
        outputs = self._interpreter.get_output_details()
        if len(inputs) != 1 or len(outputs) != 1:
            raise ModelFormatError(
                "model.tensors", name=self.path.name, inputs=len(inputs), outputs=len(outputs), path=self.path
            )
        self._input, self._output = inputs[0], outputs[0]
        self._in_index = self._input["index"]
        self._out_index = self._output["index"]
        self._in_dtype = np.dtype(self._input["dtype"])
        self._in_quant = _quant(self._input)
        self._out_quant = _quant(self._output)
        self._batch = int(self._input["shape"][0])
        self._rows_per_invoke = _rows_per_invoke(self._interpreter.get_tensor_details())
        self._warm_up()
        logger.info("loaded %s with %s, %d threads", self.path.name, self._runtime, self.threads)

    def _warm_up(self) -> None:
        """One invoke at load, so the first real input does not pay for delegate set-up."""
        try:
            zeros = np.zeros(self._input["shape"], dtype=self._in_dtype)
            self._interpreter.set_tensor(self._in_index, zeros)
            self._interpreter.invoke()
        except (ValueError, RuntimeError) as exc:
            name = self.path.name
            raise BackendUnavailable("backend.cannot_run", name=name, system_error=str(exc)) from exc

    def predict(self, batch: np.ndarray) -> np.ndarray:
        interpreter = self._interpreter
        if interpreter is None:
            raise BackendError("backend.not_loaded")
        count = batch.shape[0]
        if count > self._rows_per_invoke:
            step = self._rows_per_invoke
            return np.concatenate([self.predict(batch[i : i + step]) for i in range(0, count, step)])
        if count != self._batch and not self._resize(count):
            return np.concatenate([self.predict(batch[i : i + 1]) for i in range(count)])
        try:
            interpreter.set_tensor(self._in_index, self._encode(batch))
            interpreter.invoke()
            raw = interpreter.get_tensor(self._out_index)
        except ValueError as exc:
            raise BackendError("backend.input_mismatch", name=self.path.name, system_error=str(exc)) from exc
        return self._decode(raw)

    def _encode(self, batch: np.ndarray) -> np.ndarray:
        if self._in_quant is None:
            return batch if batch.dtype == self._in_dtype else batch.astype(self._in_dtype)
        scale, zero = self._in_quant
        info = np.iinfo(self._in_dtype)
        return np.clip(np.round(batch / scale + zero), info.min, info.max).astype(self._in_dtype)

    def _decode(self, raw: np.ndarray) -> np.ndarray:
        if self._out_quant is None:
            return raw.astype(np.float32, copy=False).reshape(raw.shape[0], -1)
        scale, zero = self._out_quant
        return ((raw.astype(np.float32) - zero) * scale).reshape(raw.shape[0], -1)

    def _resize(self, count: int) -> bool:
        """Resize the batch dimension; False when the model has a fixed batch."""
        shape = list(self._input["shape"])
        try:
            shape[0] = count
            self._interpreter.resize_tensor_input(self._in_index, shape, strict=False)
            self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError):
            shape[0] = self._batch
            self._interpreter.resize_tensor_input(self._in_index, shape, strict=False)
            self._interpreter.allocate_tensors()
            return False
        self._batch = count
        return True

    def info(self) -> BackendInfo:
        if self._interpreter is None:
            self.load()
        details = self._interpreter.get_tensor_details()
        params = sum(
            int(np.prod(d["shape"]))
            for d in details
            if d["index"] not in (self._in_index, self._out_index) and len(d["shape"]) > 1
        )
        return BackendInfo(
            runtime=self._runtime,
            inputs=(_tensor_info(self._input),),
            outputs=(_tensor_info(self._output),),
            parameters=params or None,
            details={"threads": self.threads},
        )

    def close(self) -> None:
        self._interpreter = None


def _rows_per_invoke(details: list[dict[str, Any]]) -> int:
    """How many inputs one ``invoke`` should take before batches run slower per input.

    On CPUs (XNNPACK) batching saves only per-call overhead, while a batch whose
    feature maps outgrow the cache runs slower per input: MobileNetV2 at 224 px
    (4.8 MB largest feature map) ran 16 at a time at 0.6x to 1.0x the speed of
    one at a time on a 2-core EPYC, the slower the busier the machine, and never
    faster. Small models (digits, tables) keep whole batches: for them the
    per-call overhead is what counts.
    """
    largest = max(
        (
            int(np.prod(d["shape"])) * np.dtype(d["dtype"]).itemsize
            for d in details
            if len(d["shape"]) == 4 and int(d["shape"][0]) == 1
        ),
        default=0,
    )
    return max(1, ACTIVATION_BUDGET_BYTES // largest) if largest else 1_000_000


def _quant(detail: dict[str, Any]) -> tuple[float, int] | None:
    if np.dtype(detail["dtype"]).kind not in "iu":
        return None
    scale, zero = detail.get("quantization", (0.0, 0))
    return (float(scale), int(zero)) if scale else None


def probe_child(path: Path) -> int:
    """The child process of ``litert_probe``: load, allocate, warm up on zeros; 0 ran, 1 refused."""
    try:
        LiteRTBackend(path, threads=1, isolate=False).load()
    except TepiError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(probe_child(Path(sys.argv[1])))
