"""TensorFlow Serving REST (V1) endpoints over the served models.

    GET  /v1/models/{m}[/versions/{v}]            version status (LOADING, AVAILABLE, END)
    GET  /v1/models/{m}[/versions/{v}]/metadata   signature_def of ``serving_default``
    POST /v1/models/{m}[/versions/{v}]:predict    ``instances`` -> ``predictions``, ``inputs`` -> ``outputs``

One catch-all route parses the rest of the path itself: ``:predict`` is glued
to the model name, and a name smuggled in with ``%2F`` or ``..`` simply fails
to parse (404) instead of reaching another route.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import Response

from inference.errors import RequestError
from inference.protocol import tfserving as codec
from inference.server.http import decode_body, json_response, parse_json, ready_model, registry_of

__all__ = ["router"]

router = APIRouter()
PATH = re.compile(
    r"^(?P<name>[^/:]+)(?:/versions/(?P<version>[0-9]+))?(?P<tail>/metadata|:predict|:classify|:regress)?$"
)
STATE = {"loading": "LOADING", "ready": "AVAILABLE", "failed": "END", "stopped": "END"}


def _parse(rest: str) -> tuple[str, str | None, str]:
    match = PATH.match(rest)
    if match is None:
        raise RequestError("server.tfs_no_endpoint", status_code=404)
    return match["name"], match["version"], match["tail"] or ""


@router.get("/v1/models/{rest:path}")
async def status_or_metadata(request: Request, rest: str) -> Response:
    name, version, tail = _parse(rest)
    if tail == "/metadata":
        model = ready_model(request, name, version)
        assert model.metadata is not None
        return json_response(codec.encode_metadata(model.metadata, version=model.version))
    if tail:
        raise RequestError("server.needs_post", path=tail, status_code=405)
    model = registry_of(request).lookup(name, version)
    failed = model.state == "failed"
    status = codec.VersionStatus(
        version=model.version,
        state=STATE[model.state],
        error_code="UNKNOWN" if failed else "OK",
        error_message=(model.error or "") if failed else "",
    )
    return json_response(codec.encode_status([status]))


@router.post("/v1/models/{rest:path}")
async def predict(request: Request, rest: str) -> Response:
    name, version, tail = _parse(rest)
    if tail in (":classify", ":regress"):
        raise RequestError("server.predict_only", verb=tail, status_code=400)
    if tail != ":predict":
        raise RequestError("server.post_predict", status_code=404)
    model = ready_model(request, name, version)
    input_name = model.input.name

    def decode(raw: bytes) -> codec.PredictRequest:
        body = parse_json(raw)
        return codec.decode_predict_request(body, default_name=input_name, dtypes={input_name: "FP32"})

    call = await decode_body(request, decode)
    if call.signature_name not in (None, codec.DEFAULT_SIGNATURE):
        raise RequestError("server.no_signature", name=call.signature_name)
    rows = model.input_rows(call.inputs, f"'{call.format}'", fp32=False)
    outputs = model.shape_outputs(await model.infer(rows))
    return json_response(codec.encode_predict_response({model.output.name: outputs}, format=call.format))
