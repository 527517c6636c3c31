"""The remote endpoint's settings: a typed value object in ``QSettings``, its secret in the OS keyring.

Only non-secret fields are written to ``QSettings`` (group ``remote/``). The
bearer token or custom header value goes to the keyring through
``inference.secrets`` under the endpoint's ``scheme://host:port``, the same
place the CLI and the queue's replayer look. Keyring calls may talk to a
system service (D-Bus, Keychain), so the functions here that touch it are run
on a worker, never on the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint

__all__ = [
    "AUTH_KINDS",
    "POLICIES",
    "PROTOCOLS",
    "RemoteSettings",
    "SecretOutcome",
    "keyring_available",
    "read_remote",
    "store_secret",
    "write_remote",
]

logger = logging.getLogger(__name__)
PROTOCOLS = ("v2", "tfserving")
POLICIES = ("local-only", "prefer-local", "prefer-remote", "remote-only")
AUTH_KINDS = ("none", "bearer", "header")


@dataclass(frozen=True)
class RemoteSettings:
    enabled: bool = False
    """Use a remote endpoint at all; off means every model runs as its pack says, on this computer."""
    url: str = ""
    """Base URL, e.g. ``http://127.0.0.1:8500``."""
    protocol: str = "v2"
    """``v2`` (Open Inference Protocol) or ``tfserving`` (TF Serving REST)."""
    model: str = ""
    """Served model name; empty takes the pack's ``[remote] model``."""
    version: str = ""
    """Served model version; empty takes the pack's ``[remote] version`` (or the latest)."""
    policy: str = "prefer-local"
    """Where to run: ``local-only``, ``prefer-local``, ``prefer-remote`` or ``remote-only``."""
    auth: str = "none"
    """``none``, ``bearer`` (``Authorization: Bearer <token>``) or ``header`` (``<header_name>: <value>``)."""
    header_name: str = "X-API-Key"
    connect_timeout: float = 3.0
    """Seconds to wait for a connection (shown with one decimal, so a round default)."""
    read_timeout: float = 30.0
    """Seconds to wait for an answer before falling back (or queueing)."""
    verify_tls: bool = True
    ca_bundle: str = ""
    """A PEM file of CA certificates to trust instead of the system's; empty uses the system's."""

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.url.strip())

    @property
    def auth_header(self) -> str:
        return self.header_name.strip() if self.auth == "header" else "Authorization"

    def endpoint(self, secret: str | None = None) -> Endpoint:
        """The core's ``Endpoint``; raises ``UsageError`` for a URL or timeout it cannot use."""
        from inference.backends.endpoint import Endpoint
        from inference.errors import UsageError

        if self.auth == "header" and not self.header_name.strip():
            raise UsageError("Name the header that carries the secret, e.g. X-API-Key.")
        return Endpoint(
            url=self.url.strip(),
            protocol=self.protocol,
            model=self.model.strip() or None,
            version=self.version.strip() or None,
            token=secret if self.auth != "none" else None,
            auth_header=self.auth_header,
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            verify=self.verify_tls,
            ca_bundle=self.ca_bundle.strip() or None,
        )

    def key(self) -> str:
        """Where the keyring keeps this endpoint's secret (``scheme://host:port``)."""
        from inference.secrets import endpoint_key

        return endpoint_key(self.url.strip())


def _float(store: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(store.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value)) if value == value else default


def _text(store: QSettings, key: str, default: str) -> str:
    value = store.value(key, default)
    return str(value) if value is not None else default


def _bool(store: QSettings, key: str, default: bool) -> bool:
    value = store.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _choice(store: QSettings, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = str(store.value(key, default))
    return value if value in allowed else default


def read_remote(store: QSettings) -> RemoteSettings:
    """The remote settings in ``store``; a missing or bad value gets its default."""
    d = RemoteSettings()
    return RemoteSettings(
        enabled=_bool(store, "remote/enabled", d.enabled),
        url=_text(store, "remote/url", d.url),
        protocol=_choice(store, "remote/protocol", d.protocol, PROTOCOLS),
        model=_text(store, "remote/model", d.model),
        version=_text(store, "remote/version", d.version),
        policy=_choice(store, "remote/policy", d.policy, POLICIES),
        auth=_choice(store, "remote/auth", d.auth, AUTH_KINDS),
        header_name=_text(store, "remote/header_name", d.header_name),
        connect_timeout=_float(store, "remote/connect_timeout", d.connect_timeout, 0.1, 600.0),
        read_timeout=_float(store, "remote/read_timeout", d.read_timeout, 0.1, 3600.0),
        verify_tls=_bool(store, "remote/verify_tls", d.verify_tls),
        ca_bundle=_text(store, "remote/ca_bundle", d.ca_bundle),
    )


def write_remote(store: QSettings, settings: RemoteSettings) -> None:
    """Write every field except the secret, which never leaves the keyring (or this session)."""
    for name, value in (
        ("enabled", settings.enabled),
        ("url", settings.url.strip()),
        ("protocol", settings.protocol),
        ("model", settings.model.strip()),
        ("version", settings.version.strip()),
        ("policy", settings.policy),
        ("auth", settings.auth),
        ("header_name", settings.header_name.strip()),
        ("connect_timeout", settings.connect_timeout),
        ("read_timeout", settings.read_timeout),
        ("verify_tls", settings.verify_tls),
        ("ca_bundle", settings.ca_bundle.strip()),
    ):
        store.setValue(f"remote/{name}", value)
    store.sync()


# -- the keyring (worker thread only) --------------------------------------------------------
def keyring_available() -> bool:
    """True when a real keyring backend is there (not the failing or the null one)."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration is "no keyring", never a crash
        logger.info("no keyring: %s", exc)
        return False
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


@dataclass(frozen=True)
class SecretOutcome:
    """What happened to a secret on Apply: kept in the keyring, or for this session only (and why)."""

    stored: bool
    error: str | None = None
    """The ``SecretStoreError`` sentence when the keyring could not take it."""


def store_secret(settings: RemoteSettings, secret: str | None, previous_key: str | None) -> SecretOutcome:
    """Apply the secret side of new settings: store a new one, move one to a new host, or forget it.

    ``secret`` None keeps what is stored (moved when the host changed); no
    authentication forgets the stored secret.
    """
    from inference.errors import SecretStoreError
    from inference.secrets import delete_token, get_token, set_token

    key = settings.key() if settings.url.strip() else None
    try:
        if key is None:
            return SecretOutcome(True)
        if settings.auth == "none":
            delete_token(key)
            return SecretOutcome(True)
        if secret is None and previous_key and previous_key != key:
            secret = get_token(previous_key)
            if secret is not None:
                set_token(key, secret)
                delete_token(previous_key)
            return SecretOutcome(True)
        if secret:
            set_token(key, secret)
        return SecretOutcome(True)
    except SecretStoreError as exc:
        logger.info("secret kept for this session only: %s", exc)
        return SecretOutcome(False, str(exc))


def lookup_secret(settings: RemoteSettings, session: dict[str, str]) -> str | None:
    """The endpoint's secret: this session's, else the keyring's (worker thread)."""
    if settings.auth == "none" or not settings.url.strip():
        return None
    secret = session.get(settings.key())
    if secret is not None:
        return secret
    from inference.secrets import get_token

    return get_token(settings.key())


def open_options(settings: RemoteSettings, session: dict[str, str]) -> dict[str, Any]:
    """``Predictor.open`` arguments for these settings (worker thread: reads the keyring)."""
    if not settings.active:
        return {}
    endpoint = settings.endpoint(lookup_secret(settings, session))
    return {"remote": endpoint, "policy": settings.policy}
