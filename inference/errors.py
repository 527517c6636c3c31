"""The one exception tree of Tepi.

Every error a person can cause (a bad file, a wrong model, an unreachable
server) is a ``TepiError`` with a stable ``code`` (``image.unreadable``,
``remote.auth``) and ``params`` (plain JSON values: names, numbers, nested
``{"code", "params"}``). ``str()`` renders the English sentence from the code's
template; ``render(language)`` any language ``inference.text`` knows. Third-party
exceptions are mapped here, at the boundary, with ``raise ... from exc`` so the
log keeps the cause.

    TepiError
    ├── InputError                 an input file cannot be used (path, row, column)
    │   ├── ImageError             not a readable image (the reason is a nested code)
    │   │   └── ImageTooLarge      decompression-bomb limit
    │   ├── CsvError               empty, missing columns, non-numeric cells
    │   └── PayloadError           a body that does not follow its wire protocol (field)
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
    │   │       ├── CircuitOpen
    │   │       └── RemoteCancelled  the person cancelled the request in flight
    │   └── RemoteError            the server answered, but no (status_code)
    │       ├── RemoteAuthError    401 / 403
    │       ├── RemoteModelNotFound 404
    │       └── RemoteProtocolError malformed body, shape or dtype mismatch
    ├── ExplainError               this model cannot be explained this way (no picture, no Grad-CAM)
    ├── QueueError                 the offline queue's database cannot be used
    ├── HistoryError               the prediction history's database cannot be used
    ├── WatchError                 a watcher's state or output file cannot be used
    ├── WatchError                 a watcher's state or output file cannot be used
    ├── SecretStoreError           the OS keyring cannot store or read a secret
    ├── PackStoreError             installed packs: no such version, the store is busy (name, version)
    ├── UpdateError                an update source cannot be used or fails TUF's checks (url, reason)
    ├── UsageError                 a wrong command-line or settings value
    └── RequestError               the reference server refuses a request (status_code)

Raising one: ``raise CsvError("csv.empty", name=path.name, path=path)``; the
code's English template lives in ``inference/text/`` and its Indonesian in
``resources/i18n/messages_id.json`` (a test reads every raise site and checks both).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inference.text import DEFAULT_LANGUAGE, as_params, file_row, message, render

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
    "IntegrityError",
    "ManifestError",
    "ModelError",
    "ModelFormatError",
    "PackStoreError",
    "PayloadError",
    "QueueError",
    "RemoteAuthError",
    "RemoteCancelled",
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
    "input_name",
]


def input_name(path: str | Path | None) -> str | dict[str, Any]:
    """How a sentence names an input: its file name, or "the input" (a nested code) when it has none."""
    if path is None:
        return message("input.unnamed")
    return Path(path).name or str(path)


def _rebuild(cls: type[TepiError], state: dict[str, Any]) -> TepiError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = (state["code"],)
    return error


class TepiError(Exception):
    """Base of every error Tepi reports to a person: a ``code``, its ``params``, and ``str()`` in English."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        """Stable and dotted (``csv.empty``); a sentence given instead of a code is shown as it is."""
        self.params: dict[str, Any] = as_params(
            {
                name: value.to_json() if isinstance(value, TepiError) else value
                for name, value in params.items()
            }
        )
        """Plain JSON values; a nested ``{"code", "params"}`` is rendered in turn."""

    @property
    def message(self) -> str:
        """The English sentence."""
        return render(self.code, self.params)

    def render(self, language: str = DEFAULT_LANGUAGE) -> str:
        return render(self.code, self.params, language)

    def to_json(self) -> dict[str, Any]:
        """``{"code": ..., "params": ...}``: what crosses the process and language boundaries."""
        return {"code": self.code, "params": self.params}

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:  # subclasses' constructors differ: pickle the state
        return (_rebuild, (type(self), self.__dict__))


class UsageError(TepiError):
    """A command-line flag or setting has a value Tepi cannot use."""


class InputError(TepiError):
    """An input (image, CSV row) cannot be used; names where (``row`` and ``column`` are params too).

    ``row`` counts data rows from 1, as ``Failure.row`` does; its sentence names the file's row
    (``inference.text.file_row``: the header is row 1, so data row 1 is "row 2").
    """

    def __init__(
        self,
        code: str,
        /,
        *,
        path: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
        **params: Any,
    ) -> None:
        shown = {"row": None if row is None else file_row(row), "column": column}
        for key, value in shown.items():
            if value is not None:
                params.setdefault(key, value)  # templates may name them ("row 3, column width")
        super().__init__(code, **params)
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column


class ImageError(InputError):
    """The file is not an image Tepi can read; ``reason`` is the code of why (``image.reason.empty``)."""

    def __init__(
        self, path: str | Path | None, reason: str, /, *, name: Any = None, **reason_params: Any
    ) -> None:
        why = message(reason, **reason_params)
        super().__init__("image.unreadable", path=path, name=name or input_name(path), reason=why)
        self.reason = reason


class ImageTooLarge(ImageError):
    """The image has more pixels than the decompression-bomb limit allows."""

    def __init__(self, path: str | Path | None, pixels: int, limit: int, *, name: Any = None) -> None:
        super().__init__(path, "image.reason.pixels", name=name, megapixels=pixels / 1e6, limit=limit / 1e6)
        self.pixels = pixels
        self.limit = limit


class CsvError(InputError):
    """A CSV file cannot be read as model input."""


class PayloadError(InputError):
    """A request or response body does not follow its wire protocol.

    Raised by the codecs in ``inference.protocol``: the server answers it with
    HTTP 400, the remote backends re-raise it as ``RemoteProtocolError``.
    ``field`` (where in the body) is a parameter too, for the templates that name it.
    """

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        if field is not None:
            params.setdefault("field", field)
        super().__init__(code, column=field, **params)
        self.field = field


class ModelError(TepiError):
    """A model or model pack cannot be opened."""

    def __init__(self, code: str, /, *, path: str | Path | None = None, **params: Any) -> None:
        super().__init__(code, **params)
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
        self,
        code: str,
        /,
        *,
        reason: str,
        path: str | Path | None = None,
        file: str | None = None,
        **params: Any,
    ) -> None:
        if file is not None:
            params.setdefault("file", file)  # templates name it ("signature.json is missing")
        super().__init__(code, path=path, **params)
        self.reason = reason
        self.file = file


class BackendError(TepiError):
    """Running the model failed."""


class BackendUnavailable(BackendError):
    """The backend cannot load or run this model here; another backend may."""


class RemoteUnavailable(BackendUnavailable):
    """The remote endpoint cannot be reached or is failing (connection, 5xx)."""

    def __init__(
        self, code: str, /, *, url: str | None = None, status_code: int | None = None, **params: Any
    ) -> None:
        super().__init__(code, **params)
        self.url = url
        self.status_code = status_code


class RemoteTimeout(RemoteUnavailable):
    """The remote endpoint did not answer within the timeout."""


class CircuitOpen(RemoteUnavailable):
    """The remote endpoint failed repeatedly and is skipped for a cool-down."""


class RemoteCancelled(RemoteUnavailable):
    """The person cancelled a request in flight: it is abandoned, the input goes where the policy says."""


class RemoteError(BackendError):
    """The remote endpoint answered with an error that retrying will not fix."""

    def __init__(
        self, code: str, /, *, url: str | None = None, status_code: int | None = None, **params: Any
    ) -> None:
        super().__init__(code, **params)
        self.url = url
        self.status_code = status_code


class RemoteAuthError(RemoteError):
    """The endpoint refused the credentials (HTTP 401 or 403)."""


class RemoteModelNotFound(RemoteError):
    """The endpoint does not serve the requested model (HTTP 404)."""


class RemoteProtocolError(RemoteError):
    """The endpoint's answer is malformed or does not fit the model."""


class ExplainError(TepiError):
    """The model cannot be explained by the method asked for (``model``: the pack's name, a param too)."""

    def __init__(self, code: str, /, *, model: str, **params: Any) -> None:
        params.setdefault("model", model)
        super().__init__(code, **params)
        self.model = model


class QueueError(TepiError):
    """The offline queue's database or its stored inputs cannot be used."""


class HistoryError(TepiError):
    """The prediction history's database cannot be opened, read or written."""


class SecretStoreError(TepiError):
    """The OS keyring is missing or refused to store or read a secret."""


class PackStoreError(TepiError):
    """The installed model packs cannot be used as asked (no such version, the store is busy)."""

    def __init__(
        self, code: str, /, *, name: str | None = None, version: str | None = None, **params: Any
    ) -> None:
        for key, value in (("name", name), ("version", version)):
            if value is not None:
                params.setdefault(key, value)  # templates name them ("digits 1.2 is not installed")
        super().__init__(code, **params)
        self.name = name
        self.version = version


class UpdateError(TepiError):
    """An update source cannot be used, or what it offers fails TUF's checks or the pack's signature.

    ``reason``: ``unreachable``, ``not-trusted`` (no root of trust for the source),
    ``rollback`` (older metadata than already seen), ``expired``, ``tampered``
    (length, hash or signature mismatch), ``not-found``, ``bad-pack``.
    """

    def __init__(self, code: str, /, *, reason: str, url: str | None = None, **params: Any) -> None:
        if url is not None:
            params.setdefault("url", url)  # templates name it ("The update source {url} ...")
        super().__init__(code, **params)
        self.reason = reason
        self.url = url


class RequestError(TepiError):
    """Tepi's reference server refuses a request: bad input, unknown model, no key, loading.

    ``status_code`` is the HTTP status the server answers with; the sentence is
    what it sends in the protocol's ``{"error": ...}`` body (with the code beside it).
    """

    def __init__(self, code: str, /, *, status_code: int = 400, **params: Any) -> None:
        super().__init__(code, **params)
        self.status_code = status_code


class WatchError(TepiError):
    """A watched folder's state or output file cannot be used."""
