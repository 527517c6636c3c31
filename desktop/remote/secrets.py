"""The remote endpoint's secret in the OS keyring, and the endpoint the inference worker opens with it.

Keyring calls may talk to a system service (D-Bus, Keychain), so everything
here runs on a worker, never on the GUI thread. The secret goes through
``inference.secrets`` under the endpoint's ``scheme://host:port``, the same
place the CLI and the queue's replayer look.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from desktop.settings.remote_settings import RemoteSettings

__all__ = ["SecretOutcome", "endpoint_options", "keyring_available", "lookup_secret", "store_secret"]

logger = logging.getLogger(__name__)


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


def endpoint_options(settings: RemoteSettings, session: dict[str, str]) -> dict[str, Any]:
    """``open_predictor`` arguments for these settings (inference worker, at each load: reads the keyring)."""
    if not settings.active:
        return {}
    endpoint = settings.endpoint(lookup_secret(settings, session))
    return {"remote": endpoint, "policy": settings.checked_policy()}
