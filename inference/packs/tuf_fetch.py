"""TUF's downloads over ``requests`` with Tepi's bounded timeouts, and TUF's errors as sentences.

TUF bounds how many bytes each file may have (its metadata's lengths and
``max_*_length``) and counts what the fetcher yields; the fetcher bounds the
time. A read timeout only limits the wait between bytes, so each download is a
``bounded_http.Exchange`` whose deadline starts at twice the read timeout and
grows with what arrives (``MIN_RATE``): a large archive on a slow link finishes,
a server dripping a byte a second is cut off. Compressed answers are inflated
in bounded steps, so TUF's count is of the bytes that come out.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import requests
import urllib3.exceptions as urllib3_errors
from tuf.api import exceptions as tuf_errors
from tuf.ngclient import FetcherInterface

from inference.backends.bounded_http import Abandoned, Exchange, UnknownEncoding, iter_body, watched_session
from inference.errors import UpdateError
from inference.text import message

__all__ = ["MIN_RATE", "RequestsFetcher", "update_error"]

MIN_RATE = 32 * 1024
"""Bytes per second a download must average, past its first two read timeouts, to keep going."""


class RequestsFetcher(FetcherInterface):
    """GET with a (connect, read) timeout and a total deadline that only a steady download extends."""

    def __init__(self, timeout: tuple[float, float]) -> None:
        from inference import __version__

        self.timeout = timeout
        self.session = watched_session()
        self.session.headers["User-Agent"] = f"Tepi/{__version__}"

    def _fetch(self, url: str) -> Iterator[bytes]:
        exchange = Exchange(2 * self.timeout[1])
        try:
            with exchange.sending():
                response = self.session.get(url, stream=True, timeout=self.timeout)
        except (Abandoned, requests.Timeout) as exc:
            exchange.close()
            raise tuf_errors.SlowRetrievalError(f"no answer from {url}") from exc
        except requests.RequestException as exc:
            exchange.close()
            raise tuf_errors.DownloadError(f"cannot reach {url}") from exc
        if response.status_code >= 400:
            response.close()
            exchange.close()
            status = response.status_code
            error = tuf_errors.DownloadHTTPError(f"HTTP {status} for {url}", status)
            error.url = url  # type: ignore[attr-defined, unused-ignore]  # named in the sentence
            raise error
        return self._chunks(response, exchange)

    @staticmethod
    def _chunks(response: requests.Response, exchange: Exchange) -> Iterator[bytes]:
        try:
            for piece in iter_body(response, exchange):
                exchange.deadline += len(piece) / MIN_RATE
                yield piece
        except (Abandoned, urllib3_errors.ReadTimeoutError, requests.Timeout) as exc:
            raise tuf_errors.SlowRetrievalError("the server stopped sending") from exc
        except UnknownEncoding as exc:
            raise tuf_errors.DownloadError(f"an answer in an unknown encoding ({exc.encoding})") from exc
        except (requests.RequestException, urllib3_errors.HTTPError, OSError) as exc:
            raise tuf_errors.DownloadError("the connection broke") from exc
        finally:
            response.close()
            exchange.close()


def update_error(exc: BaseException, url: str) -> UpdateError | None:
    """One sentence for a TUF or download failure; None for anything else (a bug, a full disk)."""
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return UpdateError("update.too_much", reason="tampered", url=url)
    if isinstance(exc, tuf_errors.SlowRetrievalError):
        return UpdateError("update.stopped", reason="unreachable", url=url)
    if isinstance(exc, tuf_errors.DownloadHTTPError):
        reason = "not-found" if exc.status_code == 404 else "unreachable"
        file = str(getattr(exc, "url", "")).removeprefix(url).lstrip("/")
        if not file:
            return UpdateError("update.http_no_file", status=exc.status_code, reason=reason, url=url)
        return UpdateError("update.http", status=exc.status_code, file=file, reason=reason, url=url)
    if isinstance(exc, tuf_errors.DownloadError) and _tls_refused(exc):
        return UpdateError("update.untrusted_tls", reason="unreachable", url=url)
    if isinstance(exc, tuf_errors.DownloadError):
        return UpdateError("update.unreachable", cause=message(_cause(exc)), reason="unreachable", url=url)
    if isinstance(exc, tuf_errors.BadVersionNumberError):
        return UpdateError("update.rollback", system_error=str(exc), reason="rollback", url=url)
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        return UpdateError("update.expired", system_error=str(exc), reason="expired", url=url)
    if isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        return UpdateError("update.mismatch", reason="tampered", url=url)
    if isinstance(exc, tuf_errors.RepositoryError):
        return UpdateError("update.tuf_failed", system_error=str(exc), reason="tampered", url=url)
    return None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    cause: BaseException | None = exc
    while cause is not None:
        yield cause
        cause = cause.__cause__ or cause.__context__


def _tls_refused(exc: BaseException) -> bool:
    return any(isinstance(c, requests.exceptions.SSLError) for c in _causes(exc))


def _cause(exc: BaseException) -> str:
    """The code of why the source cannot be reached, as the remote backend says it."""
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError):
            return "remote.reason.refused"
        if isinstance(cause, socket.gaierror):
            return "remote.reason.unknown_host"
    return "remote.reason.network"
