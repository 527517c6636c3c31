"""Endpoint secrets (bearer tokens, API keys) in the OS keyring, never in settings files.

Secrets are stored under the service ``Tepi remote endpoint`` with the
endpoint's ``scheme://host:port`` (``Endpoint.key``) as the user name, so one
token serves every model on that endpoint. Reading never fails loudly: a
machine without a keyring simply has no stored token (the CLI then takes
``--token`` or ``TEPI_REMOTE_TOKEN``); storing without a keyring is a
``SecretStoreError`` the person can act on.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from inference.errors import SecretStoreError

__all__ = ["SERVICE", "delete_token", "endpoint_key", "get_token", "set_token"]

logger = logging.getLogger(__name__)
SERVICE = "Tepi remote endpoint"


def endpoint_key(url: str) -> str:
    """``scheme://host:port`` of a URL (what ``Endpoint.key`` gives), so paths and slashes do not matter."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"


def get_token(url: str) -> str | None:
    """The stored secret for this endpoint, or None (also when no keyring is available)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(SERVICE, endpoint_key(url))
    except ImportError:
        return None
    except (KeyringError, RuntimeError, OSError) as exc:
        logger.info("no token from the keyring for %s: %s", endpoint_key(url), exc)
        return None


def set_token(url: str, token: str) -> None:
    """Store (or replace) the endpoint's secret in the OS keyring."""
    if not token:
        raise SecretStoreError("secret.empty")
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, endpoint_key(url), token)
    except ImportError as exc:
        raise SecretStoreError("secret.no_keyring") from exc
    except (KeyringError, RuntimeError, OSError) as exc:
        where = endpoint_key(url)
        raise SecretStoreError("secret.store_refused", endpoint=where, system_error=str(exc)) from exc


def delete_token(url: str) -> bool:
    """Forget the endpoint's secret; False when none was stored."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        keyring.delete_password(SERVICE, endpoint_key(url))
        return True
    except ImportError:
        return False
    except PasswordDeleteError:
        return False
    except (KeyringError, RuntimeError, OSError) as exc:
        raise SecretStoreError("secret.delete_refused", system_error=str(exc)) from exc
