"""``make_app``: the FastAPI application serving every pack on both protocols.

    Gate (metrics, API key, body limit)
      -> POST /v2/models/M/infer   answered beneath FastAPI (infer_route: the hot path)
      -> /v2/...          Open Inference Protocol (v2_routes)
      -> /v1/models/...   TensorFlow Serving REST (tfserving_routes)
      -> /tepi/v1/models/...:predict   a file in, the pack's preprocessing, predict --json out (tepi_routes)
      -> /metrics         Prometheus text
    ModelRegistry -> ServedModel -> MicroBatcher thread -> Backend

The REST modules are thin adapters: they decode with ``inference.protocol``,
let the ``ServedModel`` check the tensors, await the model's batcher and
encode; ``http`` holds what they share. Every refusal is a
``RequestError``/``PayloadError`` turned into the protocol's ``{"error": ...}``
body (with ``tepi_error``: its code and params) here, in one place; anything
unexpected is logged and answered with a plain 500, never a traceback.

    app -> infer_route, v2_routes, tfserving_routes -> http, v2_binary -> served, registry
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from inference.errors import BackendError, InputError, RequestError, TepiError
from inference.server import tepi_routes, tfserving_routes, v2_routes
from inference.server.config import ServerConfig
from inference.server.http import error_response, refusal_for
from inference.server.infer_route import InferRoute
from inference.server.metrics import CONTENT_TYPE_LATEST, ServerMetrics
from inference.server.middleware import Gate
from inference.server.registry import ModelRegistry, discover_packs
from inference.server.served import ServedModel

__all__ = ["make_app"]

logger = logging.getLogger(__name__)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_error(request: Request, exc: Exception) -> Response:
        return error_response(*refusal_for(exc, request.url.path))

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            refusal = RequestError("server.no_endpoint", status_code=404)
        else:
            refusal = RequestError("server.http_error", detail=str(exc.detail), status_code=exc.status_code)
        return error_response(refusal, exc.status_code, exc.headers)

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        return error_response(RequestError("server.request_mismatch"), 400)

    for kind in (RequestError, InputError, BackendError, TepiError, Exception):
        app.add_exception_handler(kind, on_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)


def make_app(models_dir: Path | str, config: ServerConfig | None = None) -> FastAPI:
    """The server app for every pack in ``models_dir`` (or that one pack).

    Manifests are read now, so a wrong folder fails before anything listens;
    models load in the background once the app starts (503 until then).
    """
    from inference import __version__

    config = config or ServerConfig()
    packs = discover_packs(Path(models_dir))
    metrics = ServerMetrics()

    def on_state(model: ServedModel) -> None:
        metrics.model_ready.labels(model.name).set(1 if model.state == "ready" else 0)

    registry = ModelRegistry(packs, config, observer=metrics.observer, on_state=on_state)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        registry.start_loading()
        logger.info("serving %s", ", ".join(f"{m.name}@{m.version}" for m in registry.models.values()))
        yield
        logger.info("in-flight requests are done; stopping the models")
        await anyio.to_thread.run_sync(registry.close)

    app = FastAPI(
        title="Tepi reference server",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.registry = registry
    app.state.metrics = metrics
    app.state.config = config
    app.include_router(v2_routes.router)
    app.include_router(tfserving_routes.router)
    app.include_router(tepi_routes.router)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    _install_error_handlers(app)
    app.add_middleware(InferRoute, registry=registry)  # inside the Gate: every request passes the gate
    app.add_middleware(
        Gate,
        metrics=metrics,
        api_key=config.api_key,
        max_body=config.max_body_bytes,
        rate_limit=config.rate_limit,
    )
    return app
