"""What every route needs from HTTP: JSON bodies in and out, the registry, and error answers.

Built on ``inference.protocol.common``'s JSON functions (orjson when present),
so the client and the server read and write bodies the same way. The routes
and ``app`` import from here; nothing here imports them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import anyio
from fastapi import Request
from fastapi.responses import Response

from inference.errors import InputError, RequestError, TepiError
from inference.protocol.common import dumps, loads
from inference.protocol.error_bodies import error_body
from inference.server.registry import ModelRegistry
from inference.server.served import ServedModel

__all__ = [
    "OFFLOAD_BYTES",
    "decode_big",
    "decode_body",
    "error_response",
    "json_response",
    "parse_json",
    "ready_model",
    "refusal_for",
    "registry_of",
]

logger = logging.getLogger(__name__)
T = TypeVar("T")
OFFLOAD_BYTES = 256 * 1024
"""Bodies larger than this are parsed in a worker thread, so the event loop keeps answering."""
_BIG_PARSES = threading.BoundedSemaphore(2)
"""A JSON body parses to about 15 times its size in Python objects and arrays; parsing at most two big
ones at a time bounds that peak (64 MB bodies: about 2 GB), however many clients send them at once."""


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, media_type="application/json", headers=headers)


def error_response(error: TepiError, status: int, headers: Mapping[str, str] | None = None) -> Response:
    """The protocols' ``{"error": sentence}``, with ``tepi_error`` (code and params) beside it."""
    return json_response(error_body(error), status, headers)


def refusal_for(exc: Exception, path: str) -> tuple[TepiError, int, dict[str, str] | None]:
    """What the server answers an exception with: the error to show, the status, extra headers.

    The one mapping for FastAPI's exception handlers and the infer fast path: a
    refusal keeps its status (503 with ``Retry-After``), bad input is 400, a model
    that failed is 500 and logged, and anything unexpected a plain 500, never a traceback.
    """
    if isinstance(exc, RequestError):
        return exc, exc.status_code, {"Retry-After": "1"} if exc.status_code == 503 else None
    if isinstance(exc, InputError):
        return exc, 400, None
    if isinstance(exc, TepiError):
        logger.warning("inference failed for %s: %s", path, exc)
        return exc, 500, None
    logger.error("internal error on %s: %s", path, type(exc).__name__)
    return RequestError("server.internal", status_code=500), 500, None


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
        raise RequestError("server.bad_json", system_error=str(exc)) from exc
    except RecursionError as exc:
        raise RequestError("server.deep_json") from exc


async def decode_body(request: Request, decode: Callable[[bytes], T]) -> T:
    """Run ``decode`` on the raw body; big bodies go to a worker thread so the loop keeps answering."""
    raw = await request.body()
    if len(raw) > OFFLOAD_BYTES:
        return await decode_big(decode, raw)
    return decode(raw)


async def decode_big(decode: Callable[..., T], raw: bytes, *args: Any) -> T:
    """``decode(raw, *args)`` in a worker thread, at most two at a time (see ``_BIG_PARSES``)."""
    return await anyio.to_thread.run_sync(_decode_big, decode, raw, *args)


def _decode_big(decode: Callable[..., T], raw: bytes, *args: Any) -> T:
    with _BIG_PARSES:
        return decode(raw, *args)
