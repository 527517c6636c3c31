"""The gate every request passes: metrics, API key, rate limit, body size limit.

A plain ASGI middleware (not a FastAPI dependency) so it also covers 404s
and 405s, and so an oversized body is refused while it streams in: the
``Content-Length`` is checked first, then the bytes actually received, and
the body is never held beyond the limit. A refused body is still read and
discarded up to ``DRAIN_CAP`` bytes so the client, which is usually still
sending, reads the 413 or 401 instead of a connection reset.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from inference.errors import RequestError
from inference.protocol.common import dumps
from inference.protocol.error_bodies import error_body
from inference.server.metrics import ServerMetrics
from inference.server.ratelimit import RateLimiter, client_key

__all__ = ["Gate"]

logger = logging.getLogger(__name__)
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

OPEN_PATHS = frozenset({"/v2/health/live", "/v2/health/ready"})
"""Liveness and readiness probes: orchestrators call them without credentials."""
DRAIN_CAP = 16 * 1024 * 1024


class Gate:
    """Wraps the app: counts and times every request, checks the key and the body size."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: ServerMetrics,
        api_key: str | None,
        max_body: int,
        rate_limit: float | None = None,
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.api_key = api_key.encode("utf-8") if api_key else None
        self.max_body = max_body
        self.limiter = RateLimiter(rate_limit) if rate_limit else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        self.metrics.in_flight.inc()
        try:
            await self._guarded(scope, receive, send_and_record)
        finally:
            self.metrics.in_flight.dec()
            self.metrics.observe_request(scope.get("path", ""), status, time.perf_counter() - started)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v for k, v in scope.get("headers", [])}
        declared = _content_length(headers.get("content-length"))
        authorized = self.api_key is None or scope.get("path") in OPEN_PATHS or self._authorized(headers)
        wait = self._rate_limited(scope, authorized)
        if wait is not None:
            await _drain(receive, declared)
            extra = [(b"retry-after", RateLimiter.retry_after(wait).encode())]
            assert self.limiter is not None
            refusal = RequestError("server.rate_limited", rate=round(self.limiter.rate, 2), status_code=429)
            await _respond(send, 429, refusal, extra)
            return
        if not authorized:
            await _drain(receive, declared)
            extra = [(b"www-authenticate", b'Bearer realm="tepi"')]
            sent = "authorization" in headers or "x-api-key" in headers
            refusal = RequestError("server.key_wrong" if sent else "server.key_missing", status_code=401)
            await _respond(send, 401, refusal, extra)
            return
        if declared is not None and declared > self.max_body:
            await _drain(receive, declared)
            await _respond(send, 413, self._too_large())
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE") and not declared:
            await self.app(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:
            await _respond(send, 413, self._too_large())
            return
        await self.app(scope, _replay(body, receive), send)

    def _rate_limited(self, scope: Scope, authorized: bool) -> float | None:
        """Seconds the client must wait, or None: by API key once it is checked, else by address."""
        if self.limiter is None or scope.get("path") in OPEN_PATHS:
            return None
        address = (scope.get("client") or ("unknown", 0))[0]
        return self.limiter.take(client_key(self.api_key if authorized else None, str(address)))

    def _authorized(self, headers: dict[str, bytes]) -> bool:
        assert self.api_key is not None
        candidates = []
        auth = headers.get("authorization", b"")
        scheme, _, token = auth.partition(b" ")
        if scheme.lower() == b"bearer":
            candidates.append(token.strip())
        if "x-api-key" in headers:
            candidates.append(headers["x-api-key"].strip())
        return any(hmac.compare_digest(c, self.api_key) for c in candidates)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it passes the limit (the rest is discarded)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks)  # the app will see the disconnect on its next receive
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                if message.get("more_body", False):
                    await _drain(receive, None, already=size)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> RequestError:
        return RequestError("server.body_too_large", size=_size(self.max_body), status_code=413)


def _content_length(value: bytes | None) -> int | None:
    if value is None:
        return None
    try:
        length = int(value)
    except ValueError:
        return None
    return length if length >= 0 else None


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.4g} MiB" if count >= 1024 * 1024 else f"{count / 1024:.4g} KiB"


async def _drain(receive: Receive, declared: int | None, *, already: int = 0) -> None:
    """Read and drop the rest of a refused body, unless it is too large to be worth it."""
    if declared is not None and declared > DRAIN_CAP:
        return
    size = already
    while size <= DRAIN_CAP:
        message = await receive()
        if message["type"] != "http.request":
            return
        size += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the buffered body, then the real channel (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _respond(
    send: Send, status: int, refusal: RequestError, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = dumps(error_body(refusal))
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
