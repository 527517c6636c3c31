"""Every HTTP exchange Tepi makes, bounded in time and memory whatever the server does.

    session = watched_session()                   # requests.Session whose sockets can be cut off
    with Exchange(seconds) as exchange:           # a total deadline (and the thread's cancellation)
        with exchange.sending():
            response = session.get(url, stream=True, timeout=(connect, read))
        body = read_body(response, exchange, limit)   # decompressed, counted, at most ``limit`` bytes

A read timeout only bounds the wait *between* bytes: a server that drips one
byte a second, or sends a chunked answer that never ends, never trips it.
So a watchdog thread keeps each open ``Exchange``'s deadline and, when it
passes (or the caller's cancel predicate turns true), shuts down the sockets
the exchange uses: whatever the calling thread was blocked in (connect, send,
headers, body) returns at once, and the exchange raises ``Abandoned``.

Bodies are read as a stream and decompressed here (gzip, deflate), counting
what comes out, not what comes in, so a small gzip bomb cannot become
gigabytes; each step yields at most ``CHUNK`` bytes. Headers are bounded by
``http.client`` (100 lines of 64 KiB at most). A redirect's body is never
read (requests would read all of it). ``cancellation(predicate)`` lets a
caller (the desktop's worker) abandon whatever exchange its thread is in.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import ProxyManager

__all__ = [
    "CHUNK",
    "Abandoned",
    "BodyTooLarge",
    "Exchange",
    "UnknownEncoding",
    "WatchedAdapter",
    "cancellation",
    "current_exchange",
    "iter_body",
    "pause",
    "read_body",
    "watched_session",
]

CHUNK = 64 * 1024
POLL_S = 0.1
"""How often cancel predicates are asked (Esc must take effect within a second)."""
ACCEPT_ENCODING = "gzip, deflate"
IDLE_EXIT_S = 0.5
_local = threading.local()


class Abandoned(Exception):
    """The exchange passed its deadline (``reason == "deadline"``) or its caller cancelled it."""

    def __init__(self, reason: str, seconds: float) -> None:
        super().__init__(reason)
        self.reason = reason
        self.seconds = seconds


class BodyTooLarge(Exception):
    """The answer's body (decompressed) passed ``limit`` bytes; the connection was closed."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class UnknownEncoding(Exception):
    """A ``Content-Encoding`` Tepi did not ask for, or compressed bytes that do not inflate."""

    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


# -- cancellation and deadlines ------------------------------------------------------------------
@contextmanager
def cancellation(cancelled: Callable[[], bool]) -> Iterator[None]:
    """Within the block, exchanges (and ``pause``) on this thread end soon after ``cancelled()`` is true."""
    previous = getattr(_local, "cancelled", None)
    _local.cancelled = cancelled
    try:
        yield
    finally:
        _local.cancelled = previous


def _thread_cancelled() -> Callable[[], bool] | None:
    return getattr(_local, "cancelled", None)


def pause(seconds: float) -> None:
    """``time.sleep`` that the thread's cancellation ends early (raising ``Abandoned``)."""
    cancelled = _thread_cancelled()
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if cancelled is not None and cancelled():
            raise Abandoned("cancelled", seconds)
        time.sleep(min(left, POLL_S))
    if cancelled is not None and cancelled():
        raise Abandoned("cancelled", seconds)


class Exchange:
    """One request and its answer, which must end within ``seconds`` (and when the caller cancels)."""

    def __init__(self, seconds: float, *, cancelled: Callable[[], bool] | None = None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cancelled = cancelled or _thread_cancelled()
        self.reason: str | None = None
        self._connections: list[HTTPConnection] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        _WATCHDOG.add(self)

    def __enter__(self) -> Exchange:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        _WATCHDOG.discard(self)

    @contextmanager
    def sending(self) -> Iterator[None]:
        """Connections that send a request within the block are this exchange's to cut off."""
        previous = getattr(_local, "exchange", None)
        _local.exchange = self
        try:
            yield
        finally:
            _local.exchange = previous

    def attach(self, connection: HTTPConnection) -> None:
        with self._lock:
            self._connections.append(connection)
        self.check()

    def attach_socket(self, sock: socket.socket | None) -> None:
        """The socket a request went out on: an answer that closes its connection (HTTP/1.0,
        ``Connection: close``) keeps reading from it after the connection has let go of it."""
        if sock is not None:
            with self._lock:
                self._sockets.append(sock)
            self.check()

    def check(self) -> None:
        """Raise ``Abandoned`` once the deadline has passed or the caller has cancelled."""
        self.poll(time.monotonic())
        if self.reason is not None:
            raise Abandoned(self.reason, self.seconds)

    def poll(self, now: float) -> None:
        """From the watchdog (or the caller): abandon the exchange when its time is up or it is cancelled."""
        if self.reason is None:
            if now >= self.deadline:
                self.abandon("deadline")
            elif self.cancelled is not None and self.cancelled():
                self.abandon("cancelled")

    def abandon(self, reason: str) -> None:
        with self._lock:
            if self.reason is not None:
                return
            self.reason = reason
            sockets = [c.sock for c in self._connections] + self._sockets
        for sock in sockets:
            _cut(sock)

    def wait(self, seconds: float) -> None:
        """Sleep within the exchange (a retry's back-off); ``Abandoned`` when its time runs out first."""
        end = min(time.monotonic() + seconds, self.deadline)
        while (left := end - time.monotonic()) > 0:
            self.check()
            time.sleep(min(left, POLL_S))
        self.check()


def _cut(sock: socket.socket | None) -> None:
    """Shut the socket down under whoever is blocked in it (TLS included: the plain socket's call)."""
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already closed: nothing is blocked in it
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def current_exchange() -> Exchange | None:
    return getattr(_local, "exchange", None)


class _Watchdog:
    """One daemon thread for every open exchange: deadlines exactly, cancel predicates every ``POLL_S``."""

    def __init__(self) -> None:
        self._open: set[Exchange] = set()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, exchange: Exchange) -> None:
        with self._wake:
            self._open.add(exchange)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tepi-http-watchdog", daemon=True)
                self._thread.start()
            self._wake.notify()

    def discard(self, exchange: Exchange) -> None:
        with self._wake:
            self._open.discard(exchange)
            if not self._open:
                self._wake.notify()  # start the idle countdown now, not at the old deadline

    def _run(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                for exchange in list(self._open):
                    exchange.poll(now)
                    if exchange.reason is not None:
                        self._open.discard(exchange)
                if not self._open:  # idle: end soon, so no thread outlives the work (a new one starts)
                    if not self._wake.wait(IDLE_EXIT_S) and not self._open:
                        self._thread = None
                        return
                    continue
                soonest = min(e.deadline for e in self._open) - now
                asking = any(e.cancelled is not None for e in self._open)
                self._wake.wait(max(0.0, min(soonest, POLL_S) if asking else soonest))


_WATCHDOG = _Watchdog()


# -- sessions whose connections an exchange can cut off --------------------------------------------
def _watched_request(connection: HTTPConnection, send: Callable[[], None]) -> None:
    """Send on ``connection`` as part of the thread's current exchange, if any."""
    exchange = current_exchange()
    if exchange is not None:
        exchange.attach(connection)
    send()
    if exchange is not None:
        exchange.attach_socket(connection.sock)


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _watched_request(self, lambda: super(_WatchedHTTPConnection, self).request(*args, **kwargs))


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _watched_request(self, lambda: super(_WatchedHTTPSConnection, self).request(*args, **kwargs))


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` whose connections (direct or through an HTTP proxy) join the current exchange."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if type(manager) is ProxyManager:  # SOCKS proxies keep their own classes: checked between reads
            manager.pool_classes_by_scheme = _POOLS
        return manager


def _skip_redirect_body(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
    """requests reads a redirect's whole body before following it: close it unread instead."""
    if response.is_redirect:
        response._content = b""
        response._content_consumed = True
        response.raw.close()
    return response


def watched_session(adapter: HTTPAdapter | None = None) -> requests.Session:
    """A session whose requests an ``Exchange`` bounds; it asks only for encodings read here."""
    session = requests.Session()
    mount(session, adapter or WatchedAdapter())
    return session


def mount(session: requests.Session, adapter: HTTPAdapter) -> None:
    """Make ``session`` watchable: ``adapter`` (a ``WatchedAdapter``) for both schemes, bounded redirects."""
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["Accept-Encoding"] = ACCEPT_ENCODING
    session.hooks["response"].append(_skip_redirect_body)


# -- bodies ----------------------------------------------------------------------------------------
class _Inflater:
    """gzip or deflate (zlib-wrapped or raw, as servers differ) with bounded output per step."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflate: Any = zlib.decompressobj(16 + zlib.MAX_WBITS) if self._gzip else None

    def feed(self, data: bytes, step: int) -> Iterator[bytes]:
        if self._inflate is None:  # deflate: a zlib header, or (some servers) raw deflate
            zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        try:
            while True:
                out = self._inflate.decompress(data, step)
                if out:
                    yield out
                data = self._inflate.unconsumed_tail
                if self._inflate.eof and self._gzip and self._inflate.unused_data:  # another gzip member
                    data = self._inflate.unused_data
                    self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                elif not data and len(out) < step:
                    return
        except zlib.error as exc:
            raise UnknownEncoding(self.encoding) from exc


def _decoder(encoding: str) -> _Inflater | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _Inflater(encoding)
    raise UnknownEncoding(encoding)


def iter_body(response: requests.Response, exchange: Exchange, step: int = CHUNK) -> Iterator[bytes]:
    """The body as it arrives, decompressed, at most ``step`` bytes a piece; the exchange checked between."""
    decoder = _decoder(response.headers.get("Content-Encoding", ""))
    try:
        for raw in response.raw.stream(step, decode_content=False):
            exchange.check()
            if decoder is None:
                yield raw
            else:
                yield from decoder.feed(raw, step)
    except Abandoned:
        raise
    except Exception:
        exchange.check()  # a socket cut off under the read: say why
        raise
    exchange.check()


def read_body(
    response: requests.Response, exchange: Exchange, limit: int, *, truncate: bool = False
) -> bytes:
    """The whole body, at most ``limit`` bytes decompressed: past it ``BodyTooLarge`` (or, with
    ``truncate``, its first ``limit`` bytes). A body not read to its end leaves its connection closed."""
    declared = response.headers.get("Content-Length", "")
    identity = response.headers.get("Content-Encoding", "identity").strip().lower() in ("", "identity")
    if not truncate and identity and declared.isdigit() and int(declared) > limit:
        response.close()
        raise BodyTooLarge(limit)
    pieces: list[bytes] = []
    size = 0
    finished = False
    try:
        for piece in iter_body(response, exchange, min(CHUNK, limit + 1)):
            pieces.append(piece)
            size += len(piece)
            if size > limit:
                if truncate:
                    return b"".join(pieces)[:limit]
                raise BodyTooLarge(limit)
        finished = True
    finally:
        if finished:
            response.raw.release_conn()  # read to its end: the connection goes back to the pool
        else:
            response.close()
    body = b"".join(pieces)
    response._content, response._content_consumed = body, True
    return body
