"""The remote endpoint's settings: a typed value object in ``QSettings`` (group ``remote/``).

Only non-secret fields are written here. The bearer token or custom header
value lives in the OS keyring (``desktop.remote.secrets``, on a worker). The
policies are the core's (``inference.routing.POLICIES``), looked up when the
endpoint is used, so reading the settings at start-up does not load the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop.settings.store import read_bool, read_choice, read_float, read_text

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint

__all__ = ["AUTH_KINDS", "PROTOCOLS", "RemoteSettings", "read_remote", "write_remote"]

PROTOCOLS = ("v2", "tfserving")
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

    def checked_policy(self) -> str:
        """The policy when the core knows it, else the default (a hand-edited settings file)."""
        from inference.routing import POLICIES

        return self.policy if self.policy in POLICIES else RemoteSettings.policy

    def key(self) -> str:
        """Where the keyring keeps this endpoint's secret (``scheme://host:port``)."""
        from inference.secrets import endpoint_key

        return endpoint_key(self.url.strip())


def read_remote(store: QSettings) -> RemoteSettings:
    """The remote settings in ``store``; a missing or bad value gets its default."""
    d = RemoteSettings()
    return RemoteSettings(
        enabled=read_bool(store, "remote/enabled", d.enabled),
        url=read_text(store, "remote/url", d.url),
        protocol=read_choice(store, "remote/protocol", d.protocol, PROTOCOLS),
        model=read_text(store, "remote/model", d.model),
        version=read_text(store, "remote/version", d.version),
        policy=read_text(store, "remote/policy", d.policy),
        auth=read_choice(store, "remote/auth", d.auth, AUTH_KINDS),
        header_name=read_text(store, "remote/header_name", d.header_name),
        connect_timeout=read_float(store, "remote/connect_timeout", d.connect_timeout, 0.1, 600.0),
        read_timeout=read_float(store, "remote/read_timeout", d.read_timeout, 0.1, 3600.0),
        verify_tls=read_bool(store, "remote/verify_tls", d.verify_tls),
        ca_bundle=read_text(store, "remote/ca_bundle", d.ca_bundle),
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
