"""``make_app``: the FastAPI application serving every pack on both protocols.

    Gate (metrics, API key, body limit)
      -> /v2/...          Open Inference Protocol (v2_routes)
      -> /v1/models/...   TensorFlow Serving REST (tfserving_routes)
      -> /tepi/v1/models/...:predict   a file in, the pack's preprocessing, predict --json out (tepi_routes)
      -> /metrics         Prometheus text
    ModelRegistry -> ServedModel -> MicroBatcher thread -> Backend

The REST modules are thin adapters: they decode with ``inference.protocol``,
validate against the served metadata, await the model's batcher and encode.
Every refusal is a ``RequestError``/``PayloadError`` turned into the
protocol's ``{"error": ...}`` body here, in one place; anything unexpected is
logged and answered with a plain 500, never a traceback.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from inference.errors import BackendError, InputError, RequestError, TepiError
from inference.server.config import ServerConfig
from inference.server.metrics import CONTENT_TYPE_LATEST, ServerMetrics
from inference.server.middleware import Gate
from inference.server.registry import ModelRegistry, ServedModel, discover_packs

__all__ = ["decode_body", "dumps", "json_response", "make_app", "parse_json", "registry_of"]

logger = logging.getLogger(__name__)
T = TypeVar("T")
OFFLOAD_BYTES = 256 * 1024
"""Bodies larger than this are parsed in a worker thread, so the event loop keeps answering."""
_BIG_PARSES = threading.BoundedSemaphore(2)
"""A JSON body parses to about 15 times its size in Python objects and arrays; parsing at most two big
ones at a time bounds that peak (64 MB bodies: about 2 GB), however many clients send them at once."""


try:  # three times faster on big tensors; the server works without it
    import orjson

    def loads(raw: bytes) -> Any:
        return orjson.loads(raw)

    def dumps(body: Any) -> bytes:
        return orjson.dumps(body, option=orjson.OPT_SERIALIZE_NUMPY)

except ImportError:  # pragma: no cover - orjson ships with the server extra

    def loads(raw: bytes) -> Any:
        return json.loads(raw)

    def dumps(body: Any) -> bytes:
        return json.dumps(body, separators=(",", ":")).encode("utf-8")


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, media_type="application/json", headers=headers)


def registry_of(request: Request) -> ModelRegistry:
    registry: ModelRegistry = request.app.state.registry
    return registry


def ready_model(request: Request, name: str, version: str | None) -> ServedModel:
    model = registry_of(request).lookup(name, version)
    model.require_ready()
    return model


def parse_json(raw: bytes) -> Any:
    try:
        return loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestError(f"The request body is not valid JSON ({exc}).") from exc
    except RecursionError as exc:
        raise RequestError("The request body nests JSON too deeply.") from exc


async def decode_body(request: Request, decode: Callable[[bytes], T]) -> T:
    """Run ``decode`` on the raw body; big bodies go to a worker thread so the loop keeps answering."""
    raw = await request.body()
    if len(raw) > OFFLOAD_BYTES:
        return await anyio.to_thread.run_sync(_decode_big, decode, raw)
    return decode(raw)


def _decode_big(decode: Callable[[bytes], T], raw: bytes) -> T:
    with _BIG_PARSES:
        return decode(raw)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_request_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestError)
        headers = {"Retry-After": "1"} if exc.status_code == 503 else None
        return json_response({"error": str(exc)}, exc.status_code, headers)

    async def on_input_error(request: Request, exc: Exception) -> Response:
        return json_response({"error": str(exc)}, 400)

    async def on_backend_error(request: Request, exc: Exception) -> Response:
        logger.warning("inference failed for %s: %s", request.url.path, exc)
        return json_response({"error": str(exc)}, 500)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = "No such endpoint." if exc.status_code == 404 else str(exc.detail)
        return json_response({"error": message}, exc.status_code, exc.headers)

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        return json_response({"error": "The request does not match this endpoint."}, 400)

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        logger.error("internal error on %s: %s", request.url.path, type(exc).__name__)
        return json_response({"error": "The server hit an internal error; its log has the details."}, 500)

    app.add_exception_handler(RequestError, on_request_error)
    app.add_exception_handler(InputError, on_input_error)
    app.add_exception_handler(BackendError, on_backend_error)
    app.add_exception_handler(TepiError, on_backend_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_unexpected)


def make_app(models_dir: Path | str, config: ServerConfig | None = None) -> FastAPI:
    """The server app for every pack in ``models_dir`` (or that one pack).

    Manifests are read now, so a wrong folder fails before anything listens;
    models load in the background once the app starts (503 until then).
    """
    from inference import __version__
    from inference.server import tepi_routes, tfserving_routes, v2_routes

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
    app.add_middleware(Gate, metrics=metrics, api_key=config.api_key, max_body=config.max_body_bytes)
    return app
