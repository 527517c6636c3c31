"""One served model: its state, its tensors as clients see them, and the checks every request meets.

Both protocols' routes decode a body with their codec and then ask the model
here whether the tensors fit (``input_rows``, ``check_outputs``), so a request
is refused with the same sentence whichever protocol it came by. Nothing here
knows about HTTP: refusals are ``RequestError``s carrying the status to answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from inference.backends.base import Backend, BackendInfo
from inference.errors import RequestError
from inference.modelpack import ModelPack
from inference.protocol.common import ModelMetadata, TensorMeta, datatype_of, shape_fits
from inference.server.batching import MicroBatcher

__all__ = ["ServedModel", "served_identity", "served_metadata"]


@dataclass
class ServedModel:
    """One pack as the server exposes it: a name, one version, a state and a batcher."""

    name: str
    version: str
    pack: ModelPack
    state: str = "loading"
    """``loading``, ``ready``, ``failed`` or ``stopped``."""
    error: str | None = None
    """Why it failed to load, in English (TF Serving's status carries it)."""
    failure: dict[str, Any] | None = None
    """The same as ``{"code", "params"}``, for the refusals that name it."""
    backend: Backend | None = None
    info: BackendInfo | None = None
    batcher: MicroBatcher | None = field(default=None, repr=False)
    metadata: ModelMetadata | None = None
    """What clients see: FP32 tensors with a dynamic batch, set once loaded."""

    @property
    def input(self) -> TensorMeta:
        assert self.metadata is not None
        return self.metadata.inputs[0]

    @property
    def output(self) -> TensorMeta:
        assert self.metadata is not None
        return self.metadata.outputs[0]

    def shape_outputs(self, outputs: np.ndarray) -> np.ndarray:
        """Backends give N × k rows; restore the model's own output shape when it is known."""
        dims = self.output.shape[1:]
        if dims and all(d > 0 for d in dims) and int(np.prod(dims)) == outputs[0].size:
            return outputs.reshape(len(outputs), *dims)
        return outputs

    def require_ready(self) -> None:
        """Raise the ``RequestError`` a request meets while the model is not serving."""
        if self.state == "ready":
            return
        if self.state == "loading":
            raise RequestError("server.loading", model=self.name, status_code=503)
        if self.state == "failed":
            cause = self.failure or self.error or ""
            raise RequestError("server.load_failed", model=self.name, cause=cause, status_code=500)
        raise RequestError("server.shutting_down", model=self.name, status_code=503)

    async def infer(self, rows: np.ndarray) -> np.ndarray:
        """Run ``rows`` through the model's batcher without blocking the event loop."""
        self.require_ready()
        assert self.batcher is not None
        if self.batcher.stopping:
            raise RequestError("server.shutting_down", model=self.name, status_code=503)
        return await asyncio.wrap_future(self.batcher.submit(rows))

    # -- what a request may send -----------------------------------------------------------------
    def input_rows(self, inputs: Mapping[str, np.ndarray], where: str, *, fp32: bool = True) -> np.ndarray:
        """The one input tensor, checked: its name, FP32 (when ``fp32``), its shape, finite values.

        ``where`` names it in sentences: ``Input 'x'`` for V2, ``'instances'`` for TF Serving.
        """
        expected = self.input.name
        if len(inputs) != 1 or expected not in inputs:
            given = ", ".join(repr(n) for n in inputs)
            raise RequestError("server.input_name", model=self.name, name=expected, given=given)
        array = inputs[expected]
        if fp32 and array.dtype != np.float32:
            datatype = datatype_of(array.dtype)
            raise RequestError("server.input_fp32", model=self.name, name=expected, datatype=datatype)
        return self.validate_rows(array, where)

    def validate_rows(self, array: np.ndarray, where: str) -> np.ndarray:
        """Refuse a batch whose shape does not fit the model (batch dimension free, at least one row)."""
        declared = self.input.shape
        if not shape_fits(declared, array.shape) or array.shape[0] < 1:
            wanted = ["N" if d < 0 else d for d in declared]
            raise RequestError(
                "server.input_shape",
                where=where,
                model=self.name,
                shape=str(list(array.shape)),
                expected=str(wanted),
            )
        rows = np.ascontiguousarray(array, dtype=np.float32)
        if not np.isfinite(
            rows
        ).all():  # binary tensors can carry NaN: the answer would be nulls, not numbers
            raise RequestError("server.input_nan", where=where, model=self.name)
        return rows

    def check_outputs(self, requested: Iterable[str] | None) -> None:
        """Refuse a request for outputs the model does not have."""
        wanted = self.output.name
        unknown = [o for o in requested or () if o != wanted]
        if unknown:
            given = ", ".join(repr(o) for o in unknown)
            raise RequestError("server.no_output", model=self.name, given=given, name=wanted)


def served_identity(pack: ModelPack) -> tuple[str, str]:
    """The name and version clients use: the manifest's ``[remote]`` ones when given."""
    if pack.remote is not None:
        return pack.remote.model, pack.remote.version or pack.version
    return pack.name, pack.version


def served_metadata(
    name: str, version: str, pack: ModelPack, backend: Backend, info: BackendInfo
) -> ModelMetadata:
    """The tensors as served: FP32 in and out (backends quantize themselves), batch dimension -1.

    Runtime tensor names (``serving_default_image:0``, ``StatefulPartitionedCall:0``)
    are trimmed to what a person would call them (``image``; the output kind).
    """
    tensor_in, tensor_out = info.inputs[0], info.outputs[0]
    in_name = _clean_name(tensor_in.name) or "input"
    out_name = _clean_name(tensor_out.name)
    if not out_name or out_name.startswith(("StatefulPartitionedCall", "Identity", "PartitionedCall")):
        out_name = pack.output
    if out_name == in_name:
        out_name = f"{out_name}_output"
    platform = "tensorflow_lite" if "LiteRT" in type(backend).__name__ else "tensorflow"
    return ModelMetadata(
        name=name,
        inputs=(TensorMeta(in_name, "FP32", (-1, *tensor_in.shape[1:])),),
        outputs=(TensorMeta(out_name, "FP32", (-1, *tensor_out.shape[1:])),),
        versions=(version,),
        platform=platform,
    )


def _clean_name(name: str) -> str:
    name = name.split(":")[0]
    return name.removeprefix("serving_default_")
