"""A deadline for receiving each request: uvicorn has none, so slow clients could hold connections forever.

uvicorn's keep-alive timer is reset by every byte that arrives, and nothing
limits how long headers or a body may take, so a client trickling one byte a
second (slowloris) keeps a connection, and a file descriptor, for as long as
it likes; enough of them lock everyone else out. ASGI middleware cannot help:
it runs only once the headers are complete.

``deadline_protocol`` subclasses uvicorn's HTTP/1.1 protocol (the httptools
one when installed, else h11's): from a connection's opening, or from the
first byte of each later request, the whole request (headers and body) must
arrive within the deadline; then the timer is off while the model works and
the answer is sent. A late request gets a 408 and the connection is closed.
Both uvicorn protocols keep the same ``cycle`` (``more_body``,
``response_started``, ``response_complete``), which is all the deadline reads.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

try:  # C parser: a fraction of h11's cost per request
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # pragma: no cover - httptools comes with the server extra
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]

from inference.errors import RequestError
from inference.protocol.common import dumps
from inference.protocol.error_bodies import error_body

__all__ = ["deadline_protocol"]

logger = logging.getLogger(__name__)


def _timeout_response(seconds: float) -> bytes:
    body = dumps(error_body(RequestError("server.request_timeout", seconds=seconds, status_code=408)))
    head = (
        "HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _DeadlineProtocol(_Base):
    """uvicorn's HTTP/1.1 protocol with a deadline for receiving each request."""

    request_deadline_s = 30.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._deadline is None and self._between_requests():
            self._arm()
        super().data_received(data)
        if self._deadline is not None and self._request_received():
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _between_requests(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _request_received(self) -> bool:
        cycle = self.cycle
        return cycle is not None and not cycle.response_complete and not cycle.more_body

    def _arm(self) -> None:
        self._deadline = self.loop.call_later(self.request_deadline_s, self._on_deadline)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _on_deadline(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
        logger.info("closed %s: no complete request within %g s", client, self.request_deadline_s)
        if self.cycle is None or self.cycle.response_complete or not self.cycle.response_started:
            self.transport.write(_timeout_response(self.request_deadline_s))
        self.transport.close()


def deadline_protocol(seconds: float) -> type[Any]:
    """The protocol class to hand ``uvicorn.Config(http=...)`` for a deadline of ``seconds``."""
    return type("DeadlineProtocol", (_DeadlineProtocol,), {"request_deadline_s": float(seconds)})
