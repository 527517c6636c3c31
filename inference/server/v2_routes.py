"""Open Inference Protocol (KServe V2) REST endpoints over the served models.

GET  /v2                                   server metadata
GET  /v2/health/live | /v2/health/ready    probes (no API key needed)
GET  /v2/models/{m}[/versions/{v}]         model metadata
GET  /v2/models/{m}[/versions/{v}]/ready   model readiness
POST /v2/models/{m}[/versions/{v}]/infer   inference; ``id`` is echoed
"""

from __future__ import annotations

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import Response

from inference.errors import RequestError
from inference.protocol import v2 as codec
from inference.protocol.common import datatype_of, shape_fits
from inference.server import v2_binary
from inference.server.app import decode_body, json_response, ready_model, registry_of
from inference.server.registry import ServedModel

__all__ = ["router", "validate_rows"]

router = APIRouter()


@router.get("/v2")
async def server_metadata() -> Response:
    from inference import __version__

    return json_response({"name": "tepi", "version": __version__, "extensions": [v2_binary.EXTENSION]})


@router.get("/v2/health/live")
async def live() -> Response:
    return json_response({"live": True})


@router.get("/v2/health/ready")
async def ready(request: Request) -> Response:
    registry = registry_of(request)
    loading = [m.name for m in registry.models.values() if m.state == "loading"]
    if loading:
        body = {"ready": False, "error": f"Still loading: {', '.join(loading)}."}
        return json_response(body, 503, {"Retry-After": "1"})
    return json_response({"ready": True})


@router.get("/v2/models/{name}")
@router.get("/v2/models/{name}/versions/{version}")
async def model_metadata(request: Request, name: str, version: str | None = None) -> Response:
    model = ready_model(request, name, version)
    assert model.metadata is not None
    return json_response(codec.encode_metadata(model.metadata))


@router.get("/v2/models/{name}/ready")
@router.get("/v2/models/{name}/versions/{version}/ready")
async def model_ready(request: Request, name: str, version: str | None = None) -> Response:
    model = registry_of(request).lookup(name, version)
    model.require_ready()
    return json_response({"name": model.name, "ready": True})


@router.post("/v2/models/{name}/infer")
@router.post("/v2/models/{name}/versions/{version}/infer")
async def infer(request: Request, name: str, version: str | None = None) -> Response:
    model = ready_model(request, name, version)
    header_length = request.headers.get(v2_binary.HEADER)
    call, binary_out = await decode_body(request, lambda raw: v2_binary.decode_request(raw, header_length))
    rows = _input_rows(model, call.inputs)
    wanted = model.output.name
    if call.outputs is not None and any(o != wanted for o in call.outputs):
        unknown = ", ".join(repr(o) for o in call.outputs if o != wanted)
        raise RequestError(f"Model {model.name} has no output {unknown}; its output is {wanted!r}.")
    outputs = model.shape_outputs(await model.infer(rows))
    if binary_out:
        content, length = v2_binary.encode_response(
            model.name, {wanted: outputs}, model_version=model.version, id=call.id
        )
        headers = {v2_binary.HEADER: str(length)}
        return Response(content, media_type="application/octet-stream", headers=headers)
    body = codec.encode_infer_response(model.name, {wanted: outputs}, model_version=model.version, id=call.id)
    return json_response(body)


def _input_rows(model: ServedModel, inputs: dict[str, np.ndarray]) -> np.ndarray:
    expected = model.input
    if len(inputs) != 1 or expected.name not in inputs:
        given = ", ".join(repr(n) for n in inputs)
        raise RequestError(f"Model {model.name} takes one input named {expected.name!r}, not {given}.")
    array = inputs[expected.name]
    if array.dtype != np.float32:
        raise RequestError(
            f"Input {expected.name!r} of model {model.name} is FP32, not {datatype_of(array.dtype)}."
        )
    return validate_rows(model, array, f"Input {expected.name!r}")


def validate_rows(model: ServedModel, array: np.ndarray, label: str) -> np.ndarray:
    """Refuse a batch whose shape does not fit the model (batch dimension free, at least one row)."""
    declared = model.input.shape
    if not shape_fits(declared, array.shape) or array.shape[0] < 1:
        wanted = ["N" if d < 0 else d for d in declared]
        raise RequestError(
            f"{label} of model {model.name} has shape {list(array.shape)}, but the model takes "
            f"{wanted} (N at least 1)."
        )
    rows = np.ascontiguousarray(array, dtype=np.float32)
    if not np.isfinite(rows).all():  # binary tensors can carry NaN: the answer would be nulls, not numbers
        raise RequestError(f"{label} of model {model.name} holds NaN or infinite values.")
    return rows
