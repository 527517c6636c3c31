"""ONNX Runtime backend for ``.onnx`` models, as PyTorch, scikit-learn and tf2onnx write them.

Image models come in either layout: NHWC (exported from TensorFlow) or NCHW
(PyTorch). The layout is read from the model's input shape; Tepi's
preprocessing makes NHWC, so for an NCHW model the batch is transposed here and
the input is reported in NHWC (``info().details["layout"]`` says which the file
has). The session runs on the CPU with ``threads`` intra-op threads, one graph
node at a time, and with spinning off in both thread pools: by default idle
workers spin for a while after each run, which in the desktop keeps cores busy
between inputs for nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.base import Backend, BackendInfo, TensorInfo
from inference.backends.litert import default_threads
from inference.errors import BackendError, BackendUnavailable, ModelFormatError

__all__ = ["OnnxBackend", "layout_of"]

logger = logging.getLogger(__name__)
_FLOAT_TYPES = {"tensor(float)": np.float32, "tensor(float16)": np.float16, "tensor(double)": np.float64}


def _dims(shape: list[Any]) -> tuple[int, ...]:
    """ONNX dimensions as Tepi's: a named or unknown dimension (``"batch"``, None) is -1."""
    return tuple(d if isinstance(d, int) and d > 0 else -1 for d in shape)


def layout_of(shape: tuple[int, ...]) -> str:
    """``NCHW`` or ``NHWC`` for a 4-D image input; ``""`` for any other rank."""
    if len(shape) != 4:
        return ""
    if shape[3] in (1, 3, 4):
        return "NHWC"
    return "NCHW" if shape[1] in (1, 3, 4) else "NHWC"


def _runtime() -> Any:
    try:
        import onnxruntime
    except ImportError as exc:
        raise BackendUnavailable("backend.no_onnxruntime") from exc
    return onnxruntime


class OnnxBackend(Backend):
    """Runs an ``.onnx`` file on ONNX Runtime's CPU provider."""

    kind = "local ONNX Runtime"

    def __init__(self, path: Path, *, threads: int | None = None) -> None:
        self.path = Path(path)
        self.threads = threads or default_threads()
        self._session: Any = None
        self._info: BackendInfo | None = None

    def load(self) -> None:
        ort = _runtime()
        self._session = self._open(ort)
        inputs, outputs = self._session.get_inputs(), self._session.get_outputs()
        scores = [o for o in outputs if o.type in _FLOAT_TYPES]
        if len(inputs) != 1 or not scores:
            raise ModelFormatError(
                "model.tensors", name=self.path.name, inputs=len(inputs), outputs=len(scores), path=self.path
            )
        tensor, output = inputs[0], scores[0]  # scikit-learn's exports put the label first
        if tensor.type not in _FLOAT_TYPES:
            name = self.path.name
            raise ModelFormatError("model.onnx_input_type", name=name, kind=tensor.type, path=self.path)
        self._in_name, self._out_name = tensor.name, output.name
        self._in_dtype = np.dtype(_FLOAT_TYPES[tensor.type])
        shape = _dims(tensor.shape)
        self._layout = layout_of(shape)
        self._batch = shape[0] if shape else -1
        shown = (shape[0], shape[2], shape[3], shape[1]) if self._layout == "NCHW" else shape
        self._info = BackendInfo(
            runtime=f"ONNX Runtime {ort.__version__}",
            inputs=(TensorInfo(tensor.name, shown, self._in_dtype.name),),
            outputs=(TensorInfo(output.name, _dims(output.shape), np.dtype(_FLOAT_TYPES[output.type]).name),),
            details={"threads": self.threads, "layout": self._layout or None},
        )
        self._warm_up(shown)
        logger.info(
            "loaded %s with ONNX Runtime %s, %d threads", self.path.name, ort.__version__, self.threads
        )

    def _open(self, ort: Any) -> Any:
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        options.log_severity_level = 3  # warnings about unused initializers are not for users
        try:
            return ort.InferenceSession(str(self.path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own pybind types (Fail, InvalidGraph, ...)
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if type(exc).__name__ == "NotImplemented":
                name = self.path.name
                raise BackendUnavailable("backend.onnx_op", name=name, system_error=reason[:200]) from exc
            raise ModelFormatError("model.onnx_unreadable", name=self.path.name, path=self.path) from exc

    def _warm_up(self, shape: tuple[int, ...]) -> None:
        """One run at load: the first real input should not pay for memory planning."""
        zeros = np.zeros([d if d > 0 else 1 for d in shape], np.float32)
        try:
            self.predict(zeros)
        except BackendError as exc:
            name = self.path.name
            raise BackendUnavailable("backend.cannot_run", name=name, system_error=str(exc)) from exc

    def predict(self, batch: np.ndarray) -> np.ndarray:
        if self._session is None:
            raise BackendError("backend.not_loaded")
        count = batch.shape[0]
        if self._batch > 0 and count != self._batch:  # a fixed batch (often 1): feed it what it takes
            return self._in_fixed_batches(batch)
        if self._layout == "NCHW":
            batch = batch.transpose(0, 3, 1, 2)
        feed = np.ascontiguousarray(batch, dtype=self._in_dtype)
        try:
            (raw,) = self._session.run([self._out_name], {self._in_name: feed})
        except Exception as exc:  # InvalidArgument and friends, for a wrong shape
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            name = self.path.name
            raise BackendError("backend.input_mismatch", name=name, system_error=text[:200]) from exc
        values = np.asarray(raw, dtype=np.float32)
        return values.reshape(values.shape[0], -1)

    def _in_fixed_batches(self, batch: np.ndarray) -> np.ndarray:
        step, parts = self._batch, []
        for start in range(0, batch.shape[0], step):
            chunk = batch[start : start + step]
            short = step - chunk.shape[0]
            if short:  # pad the last chunk with zeros and drop their answers
                chunk = np.concatenate([chunk, np.zeros((short, *chunk.shape[1:]), chunk.dtype)])
            parts.append(self.predict(chunk)[: step - short])
        return np.concatenate(parts)

    def info(self) -> BackendInfo:
        if self._info is None:
            self.load()
        assert self._info is not None
        return self._info

    def close(self) -> None:
        self._session = None
