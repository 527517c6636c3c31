""" "Test connection" for the remote endpoint settings: one quick round trip, sorted into a few outcomes.

Runs on a worker (it talks to the network). It asks for the model's metadata
without retries or a cold-start wait, then for readiness, so the person hears
within a few seconds whether the server is ready, starting up, refusing the
credentials, missing the model or out of reach. The window turns the outcome
into one translated sentence (``describe_check``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.remote.secrets import lookup_secret
from desktop.settings.remote_settings import RemoteSettings
from desktop.text.errors import coded_text

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint
    from inference.modelpack import ModelPack

__all__ = [
    "READY",
    "ConnectionCheck",
    "check_connection",
    "check_endpoint",
    "describe_check",
    "detail_text",
]

logger = logging.getLogger(__name__)
READY, NOT_READY, AUTH, MISSING, UNREACHABLE, ERROR = (
    "ready", "not-ready", "auth", "missing", "unreachable", "error"
)  # fmt: skip
CHECK_READ_TIMEOUT_S = 10.0
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ConnectionCheck:
    state: str
    """``ready``, ``not-ready``, ``auth``, ``missing``, ``unreachable`` or ``error``."""
    host: str
    model: str
    """The served model asked for."""
    version: str = ""
    detail: str = ""
    """The core's sentence (shown as a tooltip, and as the text for ``error``)."""
    status_code: int | None = None
    error: dict[str, Any] | None = None
    """The core's error as ``{"code", "params"}``, to show ``detail`` in the person's language."""


def check_connection(
    settings: RemoteSettings,
    secret: str | None,
    session: dict[str, str],
    default_model: str,
    default_version: str,
) -> ConnectionCheck:
    """Try the endpoint of the settings once; ``secret`` None uses the stored one."""
    from inference.errors import TepiError

    if secret is None:
        secret = lookup_secret(settings, session)
    typed = settings.model.strip()
    model = typed or default_model
    version = settings.version.strip() or ("" if typed else default_version)
    try:
        endpoint = settings.endpoint(secret)
    except TepiError as exc:
        return ConnectionCheck(ERROR, settings.url, model, version, str(exc))
    return check_endpoint(replace(endpoint, model=model, version=version or None))


def check_endpoint(endpoint: Endpoint, pack: ModelPack | None = None) -> ConnectionCheck:
    """Try ``endpoint`` once, without retries or a cold-start wait (any thread but the GUI's)."""
    from inference.backends.remote import remote_backend
    from inference.errors import RemoteAuthError, RemoteModelNotFound, RemoteUnavailable, TepiError

    endpoint = replace(
        endpoint, retries=0, cold_start_s=0.0, read_timeout=min(endpoint.read_timeout, CHECK_READ_TIMEOUT_S)
    )
    host = endpoint.host
    backend = remote_backend(endpoint, pack)
    model, version = backend.model, backend.version or ""
    try:
        backend.load()
        return ConnectionCheck(READY if backend.ready() else NOT_READY, host, model, version)
    except RemoteAuthError as exc:
        return ConnectionCheck(AUTH, host, model, version, str(exc), exc.status_code, exc.to_json())
    except RemoteModelNotFound as exc:
        return ConnectionCheck(MISSING, host, model, version, str(exc), exc.status_code, exc.to_json())
    except RemoteUnavailable as exc:
        state = NOT_READY if exc.status_code == 503 else UNREACHABLE
        return ConnectionCheck(state, host, model, version, str(exc), exc.status_code, exc.to_json())
    except TepiError as exc:
        return ConnectionCheck(
            ERROR, host, model, version, str(exc), getattr(exc, "status_code", None), exc.to_json()
        )
    finally:
        backend.close()


def detail_text(check: ConnectionCheck) -> str:
    """The core's sentence behind the outcome, in the person's language (empty when all went well)."""
    return coded_text(check.error, check.detail) if check.detail else ""


def describe_check(check: ConnectionCheck) -> str:
    """One plain sentence, in the person's language."""
    model = check.model
    if check.version:
        model = (
            translate("Connection", "%1 version %2").replace("%1", check.model).replace("%2", check.version)
        )

    def fill(text: str) -> str:
        return text.replace("%1", check.host).replace("%2", model)

    if check.state == READY:
        return fill(translate("Connection", "Ready: the server at %1 runs %2."))
    if check.state == NOT_READY:
        return fill(
            translate("Connection", "Not ready: the server at %1 answers, but %2 is still starting up.")
        )
    if check.state == AUTH:
        code = str(check.status_code or 401)
        text = translate(
            "Connection", "Refused (HTTP %3): the server at %1 does not accept the token or header."
        )
        return fill(text).replace("%3", code)
    if check.state == MISSING:
        return fill(translate("Connection", "The server at %1 answers, but does not serve the model %2."))
    if check.state == UNREACHABLE:
        return fill(
            translate("Connection", "Unreachable: nothing answers at %1. Check the URL and the network.")
        )
    return detail_text(check)
