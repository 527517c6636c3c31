"""The one exception tree of Tepi.

Every error a person can cause (a bad file, a wrong model, an unreachable
server) is a ``TepiError`` whose ``str()`` is one plain sentence they can act
on. Third-party exceptions are mapped here, at the boundary, with
``raise ... from exc`` so the log keeps the cause.

    TepiError
    ├── InputError                 an input file cannot be used (path, row, column)
    │   ├── ImageError             not a readable image
    │   │   └── ImageTooLarge      decompression-bomb limit
    │   └── CsvError               empty, missing columns, non-numeric cells
    ├── ModelError                 a model cannot be opened (path)
    │   ├── ManifestError          model.toml is wrong
    │   ├── ModelFormatError       not a model Tepi understands
    │   ├── IntegrityError         SHA-256 does not match the manifest
    │   ├── UnsafeModelError       the model would run arbitrary code (Lambda)
    │   └── SignatureError         a pack is unsigned, its signature fails or is untrusted (reason)
    ├── BackendError               running a model failed
    │   ├── BackendUnavailable     cannot load or run *here*: a router may fall back
    │   │   └── RemoteUnavailable  connection refused, timeout, 5xx, circuit open
    │   │       ├── RemoteTimeout
    │   │       └── CircuitOpen
    │   └── RemoteError            the server answered, but no (status_code)
    │       ├── RemoteAuthError    401 / 403
    │       ├── RemoteModelNotFound 404
    │       └── RemoteProtocolError malformed body, shape or dtype mismatch
    ├── ExplainError               this model cannot be explained this way (no picture, no Grad-CAM)
    ├── InputQueued                not an error: the input waits in the offline queue (item_id)
    ├── QueueError                 the offline queue's database cannot be used
    ├── HistoryError               the prediction history's database cannot be used
    ├── WatchError                 a watcher's state or output file cannot be used
    ├── SecretStoreError           the OS keyring cannot store or read a secret
    ├── PackStoreError             installed packs: no such version, the store is busy (name, version)
    ├── UpdateError                an update source cannot be used or fails TUF's checks (url, reason)
    ├── UsageError                 a wrong command-line or settings value
    └── RequestError               the reference server refuses a request (status_code)
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "BackendError",
    "BackendUnavailable",
    "CircuitOpen",
    "CsvError",
    "ExplainError",
    "HistoryError",
    "ImageError",
    "ImageTooLarge",
    "InputError",
    "InputQueued",
    "IntegrityError",
    "ManifestError",
    "ModelError",
    "ModelFormatError",
    "PackStoreError",
    "PayloadError",
    "QueueError",
    "RemoteAuthError",
    "RemoteError",
    "RemoteModelNotFound",
    "RemoteProtocolError",
    "RemoteTimeout",
    "RemoteUnavailable",
    "RequestError",
    "SecretStoreError",
    "SignatureError",
    "TepiError",
    "UnsafeModelError",
    "UpdateError",
    "UsageError",
    "WatchError",
]


def _name(path: str | Path | None) -> str:
    if path is None:
        return "the input"
    return Path(path).name or str(path)


class TepiError(Exception):
    """Base of every error Tepi reports to a person; ``str()`` is the sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(TepiError):
    """A command-line flag or setting has a value Tepi cannot use."""


class InputError(TepiError):
    """An input (image, CSV row) cannot be used; names where it went wrong."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column


class ImageError(InputError):
    """The file is not an image Tepi can read."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        super().__init__(f"{_name(path)} is not an image Tepi can read: {reason}.", path=path)
        self.reason = reason


class ImageTooLarge(ImageError):
    """The image has more pixels than the decompression-bomb limit allows."""

    def __init__(self, path: str | Path | None, pixels: int, limit: int) -> None:
        mp, limit_mp = pixels / 1e6, limit / 1e6
        super().__init__(path, f"it has {mp:,.0f} megapixels, more than the {limit_mp:,.0f} megapixel limit")
        self.pixels = pixels
        self.limit = limit


class CsvError(InputError):
    """A CSV file cannot be read as model input."""


class PayloadError(InputError):
    """A request or response body does not follow its wire protocol.

    Raised by the codecs in ``inference.protocol``: the server answers it with
    HTTP 400, the remote backends re-raise it as ``RemoteProtocolError``.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, column=field)
        self.field = field


class ModelError(TepiError):
    """A model or model pack cannot be opened."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.path = None if path is None else str(path)


class ManifestError(ModelError):
    """The model pack's model.toml is missing a field or has a wrong value."""


class ModelFormatError(ModelError):
    """The file is not a model in a format Tepi understands."""


class IntegrityError(ModelError):
    """A model file's SHA-256 does not match the one in its manifest."""


class UnsafeModelError(ModelError):
    """Loading the model would run code stored inside it."""


class SignatureError(ModelError):
    """A model pack's signature is missing, does not verify, or is not from a trusted key.

    ``reason`` says which, for code that must tell them apart: ``unsigned``,
    ``changed``, ``added``, ``missing``, ``wrong-key``, ``damaged``, ``outside``,
    ``unusable`` (a symbolic link or unreadable file), ``untrusted`` (unsigned or
    failing while only trusted packs may open). ``file`` names the file concerned.
    """

    def __init__(
        self, message: str, *, reason: str, path: str | Path | None = None, file: str | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.reason = reason
        self.file = file


class BackendError(TepiError):
    """Running the model failed."""


class BackendUnavailable(BackendError):
    """The backend cannot load or run this model here; another backend may."""


class RemoteUnavailable(BackendUnavailable):
    """The remote endpoint cannot be reached or is failing (connection, 5xx)."""

    def __init__(self, message: str, *, url: str | None = None, status_code: int | None = None):
        super().__init__(message)
        self.url = url
        self.status_code = status_code


class RemoteTimeout(RemoteUnavailable):
    """The remote endpoint did not answer within the timeout."""


class CircuitOpen(RemoteUnavailable):
    """The remote endpoint failed repeatedly and is skipped for a cool-down."""


class RemoteError(BackendError):
    """The remote endpoint answered with an error that retrying will not fix."""

    def __init__(self, message: str, *, url: str | None = None, status_code: int | None = None):
        super().__init__(message)
        self.url = url
        self.status_code = status_code


class RemoteAuthError(RemoteError):
    """The endpoint refused the credentials (HTTP 401 or 403)."""


class RemoteModelNotFound(RemoteError):
    """The endpoint does not serve the requested model (HTTP 404)."""


class RemoteProtocolError(RemoteError):
    """The endpoint's answer is malformed or does not fit the model."""


class ExplainError(TepiError):
    """The model cannot be explained by the method asked for (``model``: the pack's name)."""

    def __init__(self, message: str, *, model: str) -> None:
        super().__init__(message)
        self.model = model


class InputQueued(TepiError):
    """The input could not run now and waits in the offline queue; nothing is lost."""

    def __init__(self, message: str, *, item_id: int) -> None:
        super().__init__(message)
        self.item_id = item_id


class QueueError(TepiError):
    """The offline queue's database or its stored inputs cannot be used."""


class HistoryError(TepiError):
    """The prediction history's database cannot be opened, read or written."""


class SecretStoreError(TepiError):
    """The OS keyring is missing or refused to store or read a secret."""


class PackStoreError(TepiError):
    """The installed model packs cannot be used as asked (no such version, the store is busy)."""

    def __init__(self, message: str, *, name: str | None = None, version: str | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.version = version


class UpdateError(TepiError):
    """An update source cannot be used, or what it offers fails TUF's checks or the pack's signature.

    ``reason``: ``unreachable``, ``not-trusted`` (no root of trust for the source),
    ``rollback`` (older metadata than already seen), ``expired``, ``tampered``
    (length, hash or signature mismatch), ``not-found``, ``bad-pack``.
    """

    def __init__(self, message: str, *, reason: str, url: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.url = url


class RequestError(TepiError):
    """Tepi's reference server refuses a request: bad input, unknown model, no key, loading.

    ``status_code`` is the HTTP status the server answers with; the message is
    what it sends in the protocol's ``{"error": ...}`` body.
    """

    def __init__(self, message: str, *, status_code: int = 400) -> None:
        super().__init__(message)
        self.status_code = status_code


class WatchError(TepiError):
    """A watched folder's state or output file cannot be used."""
