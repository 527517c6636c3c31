"""Open Inference Protocol (KServe V2) REST endpoints over the served models.

GET  /v2                                   server metadata
GET  /v2/health/live | /v2/health/ready    probes (no API key needed)
GET  /v2/models/{m}[/versions/{v}]         model metadata
GET  /v2/models/{m}[/versions/{v}]/ready   model readiness
POST /v2/models/{m}[/versions/{v}]/infer   inference; ``id`` is echoed (``infer_route``: beneath FastAPI)
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from inference.errors import RequestError
from inference.protocol import v2 as codec
from inference.protocol.error_bodies import error_body
from inference.server import v2_binary
from inference.server.http import json_response, ready_model, registry_of

__all__ = ["router"]

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
        body = {"ready": False, **error_body(RequestError("server.still_loading", models=loading))}
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
