"""One endpoint's HTTP for the remote backends: pooled sessions, cold starts waited out, failures mapped.

    connection refused / reset, 5xx, 408, 429    RemoteUnavailable   (the router may fall back)
    connect or read timeout, 504                 RemoteTimeout       (the router may fall back)
    401, 403                                     RemoteAuthError
    404                                          RemoteModelNotFound
    other 4xx, malformed JSON, redirect loops    RemoteProtocolError
    an unverifiable TLS certificate              RemoteError

A 503, or an answer saying "not ready"/"loading", is waited out for up to the
endpoint's cold-start budget (a server scaling up from zero), and
``on_status`` hears about it so a person sees that the server is waking up.
The server's own words travel as the error's ``detail`` (with their code when
the server is Tepi's).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests

from inference.backends.endpoint import Endpoint, make_session
from inference.errors import (
    RemoteAuthError,
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

__all__ = ["EndpointClient", "RawBody", "StatusCallback"]

logger = logging.getLogger(__name__)
StatusCallback = Callable[[str], None]
_WAKING = re.compile(r"not ready|loading|warming up|starting up", re.IGNORECASE)


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
        self, method: str, path: str, body: Any = None, *, wait: bool = True, raw: bool = False
    ) -> Any:
        """Send, wait out a cold start within the budget, and return the JSON body or raise.

        ``raw`` returns the ``requests.Response`` itself (after the same status checks),
        for answers that are not plain JSON.
        """
        url = self.endpoint.base + path
        budget = self.endpoint.cold_start_s if wait else 0.0
        deadline = time.monotonic() + budget
        delay, told = 0.5, False
        while True:
            response = self.send(method, url, body)
            left = deadline - time.monotonic()
            if not _waking(response) or left <= 0:
                return self._parse(response, url, waited=told, raw=raw)
            if not told:
                told = True
                self._tell(render("remote.waking", {"host": self.endpoint.host, "seconds": budget}))
            time.sleep(min(delay, left))
            delay = min(delay * 2, 4.0)

    def probe_timeout(self) -> tuple[float, float]:
        return (self.endpoint.connect_timeout, min(self.endpoint.read_timeout, 5.0))

    def probe(self, path: str) -> requests.Response:
        """GET a readiness path; a refusal (401, 403, 404) raises its ``RemoteError``: waiting won't help."""
        url = self.endpoint.base + path
        response = self.send("GET", url, None, timeout=self.probe_timeout())
        if response.status_code in (401, 403, 404):
            raise _status_error(response.status_code, response.text, self.endpoint.host, url, False, 0.0)
        return response

    def _tell(self, sentence: str) -> None:
        logger.info("%s", sentence)
        if self.on_status is not None:
            self.on_status(sentence)

    def send(
        self, method: str, url: str, body: Any, timeout: tuple[float, float] | None = None
    ) -> requests.Response:
        """One request (the session retries what is safe to retry); network failures raised as errors."""
        timeout = timeout or (self.endpoint.connect_timeout, self.endpoint.read_timeout)
        host = self.endpoint.host
        try:
            if body is None:
                return self.session.request(method, url, timeout=timeout)
            if isinstance(body, RawBody):
                headers = {"Content-Type": body.content_type, **body.headers}
                return self.session.request(method, url, data=body.content, headers=headers, timeout=timeout)
            headers = {"Content-Type": "application/json"}
            return self.session.request(method, url, data=dumps(body), headers=headers, timeout=timeout)
        except requests.exceptions.ConnectTimeout as exc:
            seconds = self.endpoint.connect_timeout
            raise RemoteTimeout("remote.connect_timeout", host=host, seconds=seconds, url=url) from exc
        except requests.exceptions.ReadTimeout as exc:
            seconds = self.endpoint.read_timeout
            raise RemoteTimeout("remote.read_timeout", host=host, seconds=seconds, url=url) from exc
        except requests.exceptions.SSLError as exc:
            raise _tls_refusal(host, url, exc) from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema) as exc:
            raise UsageError("remote.bad_url", url=url) from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            reason = message(_network_reason(exc))
            raise RemoteUnavailable("remote.unreachable", host=host, reason=reason, url=url) from exc
        except requests.exceptions.TooManyRedirects as exc:
            raise RemoteProtocolError("remote.redirects", host=host, url=url) from exc
        except requests.RequestException as exc:
            name = type(exc).__name__
            raise RemoteUnavailable("remote.failed", host=host, system_error=name, url=url) from exc

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
