"""One endpoint's HTTP for the remote backends: pooled sessions, cold starts waited out, failures mapped.

    connection refused / reset, 5xx, 408, 429    RemoteUnavailable   (the router may fall back)
    connect or read timeout, 504, the deadline   RemoteTimeout       (the router may fall back)
    cancelled by the caller                      RemoteCancelled     (the router may fall back)
    401, 403                                     RemoteAuthError
    404                                          RemoteModelNotFound
    other 4xx, malformed JSON, redirect loops    RemoteProtocolError
    an answer over its size limit, too many      RemoteProtocolError (never sent again)
    headers, an encoding not asked for
    an unverifiable TLS certificate              RemoteError

Every request is one ``bounded_http.Exchange``: it ends within the endpoint's
``deadline`` however the server sends (a drip, an endless chunked answer),
and reads at most ``limit`` bytes of answer (decompressed); an error answer's
body is read only as far as ``ERROR_BODY_LIMIT``.

A 503, or an answer saying "not ready"/"loading", is waited out for up to the
endpoint's cold-start budget (a server scaling up from zero), and
``on_status`` hears about it so a person sees that the server is waking up.
The server's own words travel as the error's ``detail`` (with their code when
the server is Tepi's).
"""

from __future__ import annotations

import http.client
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions as urllib3_errors

from inference.backends.bounded_http import (
    Abandoned,
    BodyTooLarge,
    Exchange,
    UnknownEncoding,
    pause,
    read_body,
)
from inference.backends.endpoint import Endpoint, make_session
from inference.errors import (
    RemoteAuthError,
    RemoteCancelled,
    RemoteError,
    RemoteModelNotFound,
    RemoteProtocolError,
    RemoteTimeout,
    RemoteUnavailable,
    TepiError,
    UsageError,
)
from inference.protocol import error_detail, http_error
from inference.protocol.common import dumps, loads
from inference.text import message, render

__all__ = ["ERROR_BODY_LIMIT", "PROBE_LIMIT", "EndpointClient", "RawBody", "StatusCallback"]

logger = logging.getLogger(__name__)
StatusCallback = Callable[[str], None]
_WAKING = re.compile(r"not ready|loading|warming up|starting up", re.IGNORECASE)
ERROR_BODY_LIMIT = 64 * 1024
"""An error answer's body is read this far, for the server's own words; the rest is dropped."""
PROBE_LIMIT = 1024 * 1024
"""Readiness answers are a few bytes; metadata is read up to ``max_response_mb``."""


@dataclass(frozen=True)
class RawBody:
    """A body sent as it is (not as JSON), e.g. the V2 binary tensor extension's."""

    content: bytes
    content_type: str = "application/octet-stream"
    headers: dict[str, str] = field(default_factory=dict)


class EndpointClient:
    """Requests to one endpoint; every failure comes back as an error of the tree, never ``requests``'."""

    def __init__(self, endpoint: Endpoint, *, on_status: StatusCallback | None = None) -> None:
        self.endpoint = endpoint
        self.on_status = on_status
        self._session: requests.Session | None = None

    @property
    def session(self) -> requests.Session:
        if self._session is None:
            self._session = make_session(self.endpoint)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        wait: bool = True,
        raw: bool = False,
        limit: int | None = None,
    ) -> Any:
        """Send, wait out a cold start within the budget, and return the JSON body or raise.

        ``raw`` returns the ``requests.Response`` itself (after the same status checks),
        for answers that are not plain JSON. ``limit``: the most bytes of answer to read
        (default: the endpoint's ``max_response_mb``). Each attempt has the endpoint's
        deadline; the cold-start wait between them is its own budget.
        """
        url = self.endpoint.base + path
        budget = self.endpoint.cold_start_s if wait else 0.0
        deadline = time.monotonic() + budget
        delay, told = 0.5, False
        while True:
            response = self.send(method, url, body, limit=limit)
            left = deadline - time.monotonic()
            if not _waking(response) or left <= 0:
                return self._parse(response, url, waited=told, raw=raw)
            if not told:
                told = True
                self._tell(render("remote.waking", {"host": self.endpoint.host, "seconds": budget}))
            try:
                pause(min(delay, left))
            except Abandoned as exc:
                raise RemoteCancelled("remote.cancelled", host=self.endpoint.host, url=url) from exc
            delay = min(delay * 2, 4.0)

    def probe_timeout(self) -> tuple[float, float]:
        return (self.endpoint.connect_timeout, min(self.endpoint.read_timeout, 5.0))

    def probe(self, path: str) -> requests.Response:
        """GET a readiness path; a refusal (401, 403, 404) raises its ``RemoteError``: waiting won't help."""
        url = self.endpoint.base + path
        response = self.get_status(url)
        if response.status_code in (401, 403, 404):
            raise _status_error(response.status_code, response.text, self.endpoint.host, url, False, 0.0)
        return response

    def get_status(self, url: str) -> requests.Response:
        """GET ``url`` with the probe's short timeouts and limits, whatever its status."""
        timeout = self.probe_timeout()
        return self.send("GET", url, None, timeout=timeout, limit=PROBE_LIMIT, deadline=2 * timeout[1])

    def _tell(self, sentence: str) -> None:
        logger.info("%s", sentence)
        if self.on_status is not None:
            self.on_status(sentence)

    def send(
        self,
        method: str,
        url: str,
        body: Any,
        timeout: tuple[float, float] | None = None,
        *,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> requests.Response:
        """One request (the session retries what is safe to retry), its answer read into ``content``
        within the deadline and ``limit``; every failure raised as an error of the tree."""
        limit = self.endpoint.max_response_bytes if limit is None else limit
        with Exchange(deadline or self.endpoint.deadline) as exchange:
            try:
                return self._exchange(exchange, method, url, body, timeout, limit)
            except Abandoned as exc:
                raise self._abandoned(exc, url) from exc
            except BodyTooLarge as exc:
                host, mb = self.endpoint.host, round(exc.limit / 1024 / 1024, 2)
                raise RemoteProtocolError("remote.too_large", host=host, mb=mb, url=url) from exc
            except UnknownEncoding as exc:
                host, encoding = self.endpoint.host, exc.encoding
                raise RemoteProtocolError("remote.encoding", host=host, encoding=encoding, url=url) from exc

    def _exchange(
        self,
        exchange: Exchange,
        method: str,
        url: str,
        body: Any,
        timeout: tuple[float, float] | None,
        limit: int,
    ) -> requests.Response:
        timeout = timeout or (self.endpoint.connect_timeout, self.endpoint.read_timeout)
        data, headers = _encoded(body)
        try:
            with exchange.sending():
                response = self.session.request(
                    method, url, data=data, headers=headers, timeout=timeout, stream=True
                )
            if response.status_code >= 400:
                read_body(response, exchange, ERROR_BODY_LIMIT, truncate=True)
            else:
                read_body(response, exchange, limit)
            return response
        except (Abandoned, BodyTooLarge, UnknownEncoding):
            raise
        except Exception as exc:
            exchange.check()  # a socket the watchdog cut off: the deadline or a cancel, not the network
            mapped = _network_error(exc, self.endpoint, url)
            if mapped is None:
                raise
            raise mapped from exc

    def _abandoned(self, exc: Abandoned, url: str) -> TepiError:
        host = self.endpoint.host
        if exc.reason == "cancelled":
            return RemoteCancelled("remote.cancelled", host=host, url=url)
        return RemoteTimeout("remote.deadline", host=host, seconds=round(exc.seconds, 2), url=url)

    def _parse(self, response: requests.Response, url: str, *, waited: bool, raw: bool = False) -> Any:
        status = response.status_code
        if status >= 400:
            budget = self.endpoint.cold_start_s
            raise _status_error(status, response.text, self.endpoint.host, url, waited, budget)
        if raw:
            return response
        try:
            return loads(response.content)
        except ValueError as exc:
            kind = response.headers.get("Content-Type") or message("remote.no_content_type")
            raise RemoteProtocolError(
                "remote.not_json", host=self.endpoint.host, content_type=kind, url=url, status_code=status
            ) from exc


def _tls_refusal(host: str, url: str, exc: BaseException) -> RemoteError:
    """A certificate Tepi refused, saying what to fix."""
    text = str(exc).lower()
    if "mismatch" in text or "doesn't match" in text or "not valid for" in text:
        hostname = urlsplit(url).hostname or ""
        return RemoteError("remote.tls_host", host=host, hostname=hostname, url=url)
    if "expired" in text:
        return RemoteError("remote.tls_expired", host=host, url=url)
    if "issuer" in text or "self-signed" in text or "self signed" in text or "unknown ca" in text:
        return RemoteError("remote.tls_untrusted", host=host, url=url)
    return RemoteError("remote.tls", host=host, url=url)


def _encoded(body: Any) -> tuple[bytes | None, dict[str, str] | None]:
    """The bytes and headers a request body goes out as: none, raw (``RawBody``) or JSON."""
    if body is None:
        return None, None
    if isinstance(body, RawBody):
        return body.content, {"Content-Type": body.content_type, **body.headers}
    return dumps(body), {"Content-Type": "application/json"}


def _network_error(exc: BaseException, endpoint: Endpoint, url: str) -> TepiError | None:
    """The error of the tree for a failure of ``requests`` or urllib3; None for anything else (a bug)."""
    host = endpoint.host
    if _headers_refused(exc):
        return RemoteProtocolError("remote.headers_too_large", host=host, url=url)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RemoteTimeout("remote.connect_timeout", host=host, seconds=endpoint.connect_timeout, url=url)
    if isinstance(exc, (requests.exceptions.ReadTimeout, urllib3_errors.ReadTimeoutError)):
        return RemoteTimeout("remote.read_timeout", host=host, seconds=endpoint.read_timeout, url=url)
    if isinstance(exc, requests.exceptions.SSLError):
        return _tls_refusal(host, url, exc)
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema)):
        return UsageError("remote.bad_url", url=url)
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return RemoteProtocolError("remote.redirects", host=host, url=url)
    broken = (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)
    if isinstance(exc, (*broken, urllib3_errors.HTTPError, OSError)):  # mid-answer: urllib3's own errors
        reason = message(_network_reason(exc))
        return RemoteUnavailable("remote.unreachable", host=host, reason=reason, url=url)
    if isinstance(exc, requests.RequestException):
        name = type(exc).__name__
        return RemoteUnavailable("remote.failed", host=host, system_error=name, url=url)
    return None


def _headers_refused(exc: BaseException) -> bool:
    """http.client refused the answer's headers: over 100 lines, or a line over 64 KiB."""
    cause: BaseException | None = exc
    for _ in range(8):
        if cause is None:
            return False
        if isinstance(cause, http.client.LineTooLong) or "got more than" in str(cause):
            return True
        nested = [a for a in getattr(cause, "args", ()) if isinstance(a, BaseException)]
        cause = cause.__cause__ or cause.__context__ or (nested[-1] if nested else None)
    return False


def _waking(response: requests.Response) -> bool:
    if response.status_code == 503:
        return True
    if response.status_code < 400 or response.status_code in (401, 403, 404):
        return False
    return bool(_WAKING.search(error_detail(response.text)))


def _status_error(status: int, text: str, host: str, url: str, waited: bool, budget: float) -> TepiError:
    """The error for an HTTP error answer: its class by status, the server's own words as ``detail``."""
    http_status, detail = http_error(status, text)
    params: dict[str, Any] = {"host": host, "http_status": http_status, "url": url, "status_code": status}
    if detail:
        params["detail"] = detail
    suffix = "_detail" if detail else ""
    if status in (401, 403):
        return RemoteAuthError("remote.http_auth" + suffix, **params)
    if status == 404:
        return RemoteModelNotFound("remote.http" + suffix, **params)
    if status in (408, 504):
        return RemoteTimeout("remote.http" + suffix, **params)
    if status == 429 or status >= 500:
        if waited:
            return RemoteUnavailable("remote.http_waited" + suffix, seconds=budget, **params)
        return RemoteUnavailable("remote.http" + suffix, **params)
    return RemoteProtocolError("remote.http" + suffix, **params)


def _network_reason(exc: BaseException) -> str:
    """The code of why an endpoint cannot be reached."""
    text = str(exc).lower()
    if "refused" in text:
        return "remote.reason.refused"
    if "reset" in text or "aborted" in text or "connection broken" in text or "incompleteread" in text:
        return "remote.reason.broken"
    if "name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return "remote.reason.unknown_host"
    if "max retries" in text:
        return "remote.reason.retries"
    return "remote.reason.network"
