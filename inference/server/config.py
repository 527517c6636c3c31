"""The reference server's settings, as one value object with a docstring per field."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inference.errors import UsageError

if TYPE_CHECKING:
    from inference.packs.trust import TrustPolicy

__all__ = ["ServerConfig"]

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class ServerConfig:
    """How ``python -m inference serve`` listens, authenticates, limits and batches."""

    host: str = LOOPBACK
    """Address to bind; loopback unless a person asks for more (``0.0.0.0`` in a container)."""
    port: int = 8500
    """TCP port; 0 picks a free one (printed at start)."""
    api_key: str | None = None
    """When set, every request except the health probes must carry it as
    ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``."""
    max_batch_size: int = 32
    """Most rows one backend call runs; 1 turns micro-batching off."""
    max_delay_ms: float = 5.0
    """How long the first queued request waits for others to join its batch."""
    max_body_bytes: int = 64 * 1024 * 1024
    """Largest request body accepted; bigger ones get HTTP 413."""
    threads: int | None = None
    """Threads each model's runtime may use (None: the backend's default)."""
    graceful_timeout_s: float = 30.0
    """On SIGTERM, how long in-flight requests may take to finish before they are cancelled."""
    request_timeout_s: float = 30.0
    """How long a client may take to send a whole request (headers and body); slower ones get 408
    and are disconnected, so trickling clients (slowloris) cannot hold connections forever."""
    rate_limit: float | None = None
    """Requests a second each client (API key, else address) may make; more get 429 with
    ``Retry-After`` (``--rate-limit 100/s``; None: no limit)."""
    workers: int = 1
    """Server processes sharing the port, each with its own runtime and batcher (``--workers``)."""
    tls_cert: str | None = None
    """A PEM certificate chain: with ``tls_key`` the server speaks HTTPS only."""
    tls_key: str | None = None
    """The PEM private key of ``tls_cert``."""
    trust: TrustPolicy | None = None
    """Trusted publishers: when any, only packs they signed are served (None: settings and
    ``TEPI_TRUSTED_KEYS``, see ``inference.packs.trust``)."""

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise UsageError("server.port", port=self.port)
        if self.max_batch_size < 1:
            raise UsageError("server.batch_size")
        if self.max_delay_ms < 0:
            raise UsageError("server.delay")
        if self.max_body_bytes < 1024:
            raise UsageError("server.body_limit")
        if self.threads is not None and self.threads < 1:
            raise UsageError("server.threads")
        if self.rate_limit is not None and not self.rate_limit > 0:
            raise UsageError("server.rate_limit", value=str(self.rate_limit))
        if self.workers < 1:
            raise UsageError("server.workers")
        if not self.request_timeout_s > 0:
            raise UsageError("server.timeout")
        if self.api_key is not None and not self.api_key.strip():
            raise UsageError("server.empty_key")
        if (self.tls_cert is None) != (self.tls_key is None):
            raise UsageError("server.tls_pair")

    @property
    def scheme(self) -> str:
        return "https" if self.tls_cert else "http"

    @property
    def is_loopback(self) -> bool:
        """True when only this machine can reach the server."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False
