"""TUF's downloads over ``requests`` with Tepi's bounded timeouts, and TUF's errors as sentences."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import requests
from tuf.api import exceptions as tuf_errors
from tuf.ngclient import FetcherInterface

from inference.errors import UpdateError

__all__ = ["RequestsFetcher", "update_error"]

CHUNK = 64 * 1024


class RequestsFetcher(FetcherInterface):
    """GET with a (connect, read) timeout; the read timeout bounds every wait for bytes."""

    def __init__(self, timeout: tuple[float, float]) -> None:
        from inference import __version__

        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = f"Tepi/{__version__}"

    def _fetch(self, url: str) -> Iterator[bytes]:
        try:
            response = self.session.get(url, stream=True, timeout=self.timeout)
        except requests.Timeout as exc:
            raise tuf_errors.SlowRetrievalError(f"no answer from {url}") from exc
        except requests.RequestException as exc:
            raise tuf_errors.DownloadError(f"cannot reach {url}") from exc
        if response.status_code >= 400:
            response.close()
            status = response.status_code
            error = tuf_errors.DownloadHTTPError(f"HTTP {status} for {url}", status)
            error.url = url  # type: ignore[attr-defined]  # named in the sentence
            raise error
        return self._chunks(response)

    @staticmethod
    def _chunks(response: requests.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_content(CHUNK)
        except requests.Timeout as exc:
            raise tuf_errors.SlowRetrievalError("the server stopped sending") from exc
        except requests.RequestException as exc:
            raise tuf_errors.DownloadError("the connection broke") from exc
        finally:
            response.close()


def update_error(exc: BaseException, url: str) -> UpdateError | None:
    """One sentence for a TUF or download failure; None for anything else (a bug, a full disk)."""
    tail = "; nothing was installed."
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return UpdateError(
            f"The update source {url} sent more data than its signed metadata allows{tail}",
            reason="tampered",
            url=url,
        )
    if isinstance(exc, tuf_errors.SlowRetrievalError):
        return UpdateError(f"The update source {url} stopped answering{tail}", reason="unreachable", url=url)
    if isinstance(exc, tuf_errors.DownloadHTTPError):
        reason = "not-found" if exc.status_code == 404 else "unreachable"
        file = str(getattr(exc, "url", "")).removeprefix(url).lstrip("/")
        message = (
            f"The update source {url} answered HTTP {exc.status_code} for {file}{tail}"
            if file
            else f"The update source {url} answered HTTP {exc.status_code}{tail}"
        )
        return UpdateError(message, reason=reason, url=url)
    if isinstance(exc, tuf_errors.DownloadError) and _tls_refused(exc):
        return UpdateError(
            f"The update source {url} has a TLS certificate Tepi does not trust{tail}",
            reason="unreachable",
            url=url,
        )
    if isinstance(exc, tuf_errors.DownloadError):
        return UpdateError(
            f"The update source {url} cannot be reached ({_cause(exc)}){tail}", reason="unreachable", url=url
        )
    if isinstance(exc, tuf_errors.BadVersionNumberError):
        return UpdateError(
            f"The update source {url} offered metadata older than Tepi has seen or than the rest "
            f"of the repository ({exc}): a replay, rollback or mix-and-match{tail}",
            reason="rollback",
            url=url,
        )
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        return UpdateError(
            f"The update source {url} offers expired metadata ({exc}); "
            f"its publisher must publish or refresh it{tail}",
            reason="expired",
            url=url,
        )
    if isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        return UpdateError(
            f"A file from {url} does not match its signed length and SHA-256, so it was refused{tail}",
            reason="tampered",
            url=url,
        )
    if isinstance(exc, tuf_errors.RepositoryError):
        return UpdateError(
            f"The update source {url} failed TUF's checks ({exc}){tail}", reason="tampered", url=url
        )
    return None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    cause: BaseException | None = exc
    while cause is not None:
        yield cause
        cause = cause.__cause__ or cause.__context__


def _tls_refused(exc: BaseException) -> bool:
    return any(isinstance(c, requests.exceptions.SSLError) for c in _causes(exc))


def _cause(exc: BaseException) -> str:
    """Worded as the remote backend words it (the window translates these reasons)."""
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "the host name is unknown"
    return "network error"
