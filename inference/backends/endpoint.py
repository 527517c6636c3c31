"""Where a remote model lives and how to talk to it: the ``Endpoint`` value object and its HTTP session.

One ``requests.Session`` per endpoint pools connections; its urllib3 ``Retry``
retries connection errors and 429/502/503/504 with exponential backoff and
jitter, honouring ``Retry-After`` (capped). Inference is idempotent, so POST
is retried too. Reads that time out are not retried. Every request, its
retries included, must end within the endpoint's ``deadline`` (and answer
with at most ``max_response_mb``): ``inference.backends.bounded_http`` cuts
off a server that drips or never stops; a retry's wait ends with it.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from inference.backends.bounded_http import WatchedAdapter, current_exchange, mount
from inference.errors import UsageError
from inference.protocol import PROTOCOLS
from inference.protocol.tfserving import COLUMNAR, ROW

__all__ = ["DEFAULT_MAX_RESPONSE_MB", "RETRY_STATUSES", "SPACE_COLD_START_S", "Endpoint", "make_session"]

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SPACE_COLD_START_S = 300.0
"""A sleeping Hugging Face Space starts its container when visited; give it minutes, not seconds."""
RETRY_AFTER_CAP_S = 10.0
DEFAULT_MAX_RESPONSE_MB = 64.0


@dataclass(frozen=True)
class Endpoint:
    """Settings for one remote endpoint; secrets are kept out of ``repr`` and ``to_json``."""

    url: str
    """Base URL, e.g. ``http://127.0.0.1:8500`` or ``https://host/prefix``."""
    protocol: str = "v2"
    """``v2`` (Open Inference Protocol / KServe) or ``tfserving`` (TF Serving REST, Vertex, SageMaker)."""
    model: str | None = None
    """Served model name; None takes the pack's ``[remote] model``, else the pack's name."""
    version: str | None = None
    predict_path: str | None = None
    """Full predict path replacing the protocol's (SageMaker ``/invocations``); skips metadata."""
    signature_name: str | None = None
    """TF Serving signature; None is the server's default (``serving_default``)."""
    tfserving_format: str = ROW
    """``instances`` (row) or ``inputs`` (columnar) for TF Serving bodies."""
    token: str | None = field(default=None, repr=False, compare=False)
    """Secret sent in ``auth_header``: as ``Bearer <token>`` for ``Authorization``, else as is."""
    auth_header: str = "Authorization"
    connect_timeout: float = 3.05
    read_timeout: float = 30.0
    verify: bool = True
    """Verify TLS certificates (on by default)."""
    ca_bundle: str | None = None
    """A PEM file of CA certificates to trust instead of the system's."""
    retries: int = 3
    """Retries for connection errors and 429/502/503/504."""
    backoff: float = 0.2
    """First retry delay in seconds; doubles each retry, plus up to as much again of jitter."""
    cold_start_s: float = 30.0
    """How long 503 / "not ready" answers are waited out while a server wakes up."""
    binary: bool = True
    """Send V2 tensors as raw bytes (the binary tensor data extension) when the server lists it in
    ``GET /v2``; False always sends JSON numbers."""
    deadline_s: float | None = None
    """The longest one request may take, connect to last byte, retries included (None: twice the
    read timeout). Unlike the read timeout it also ends answers that trickle or never stop."""
    max_response_mb: float = DEFAULT_MAX_RESPONSE_MB
    """The largest answer read (decompressed), when the model's metadata does not say less."""

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError("endpoint.url", url=self.url)
        if self.protocol not in PROTOCOLS:
            raise UsageError("endpoint.protocol", protocol=self.protocol, choices=list(PROTOCOLS))
        if self.tfserving_format not in (ROW, COLUMNAR):
            raise UsageError("endpoint.tfserving_format")
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            raise UsageError("endpoint.timeouts")
        if self.retries < 0 or self.cold_start_s < 0 or self.backoff < 0:
            raise UsageError("endpoint.negative")
        if (self.deadline_s is not None and not self.deadline_s > 0) or not self.max_response_mb > 0:
            raise UsageError("endpoint.limits")
        if self.predict_path is not None and not self.predict_path.startswith("/"):
            raise UsageError("endpoint.predict_path", path=self.predict_path)

    @property
    def deadline(self) -> float:
        """Seconds one request may take in all: ``deadline_s``, else twice the read timeout."""
        return self.deadline_s if self.deadline_s is not None else 2 * self.read_timeout

    @property
    def max_response_bytes(self) -> int:
        return int(self.max_response_mb * 1024 * 1024)

    @property
    def base(self) -> str:
        return self.url.rstrip("/")

    @property
    def host(self) -> str:
        """``host:port`` as shown to people."""
        parts = urlsplit(self.url)
        default = 443 if parts.scheme == "https" else 80
        return f"{parts.hostname}:{parts.port or default}"

    @property
    def is_space(self) -> bool:
        """A Hugging Face Space (``https://USER-SPACE.hf.space``): asleep until visited, private ones
        answer 404 without the owner's token."""
        return (urlsplit(self.url).hostname or "").endswith(".hf.space")

    @property
    def kind(self) -> str:
        """``remote v2 127.0.0.1:8500``: who answered, for results and the badge."""
        return f"remote {self.protocol} {self.host}"

    @property
    def key(self) -> str:
        """What the keyring stores this endpoint's secret under: scheme, host and port."""
        return f"{urlsplit(self.url).scheme}://{self.host}"

    def headers(self) -> dict[str, str]:
        if not self.token:
            return {}
        if self.auth_header.lower() == "authorization":
            return {"Authorization": f"Bearer {self.token}"}
        return {self.auth_header: self.token}

    def with_token(self, token: str | None) -> Endpoint:
        return replace(self, token=token)

    def to_json(self) -> str:
        """Settings without the secret, for the offline queue and settings files."""
        data = asdict(self)
        data.pop("token")
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, *, token: str | None = None) -> Endpoint:
        known = {f.name for f in fields(cls)} - {"token"}
        data: dict[str, Any] = {k: v for k, v in json.loads(text).items() if k in known}
        return cls(**data, token=token)


class _CappedRetry(Retry):
    """A ``Retry`` that never sleeps longer than ``RETRY_AFTER_CAP_S`` for a ``Retry-After``."""

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, RETRY_AFTER_CAP_S)

    def sleep(self, response: Any = None) -> None:
        """Wait before the retry; within a bounded exchange, only as long as its deadline allows."""
        seconds = self.get_retry_after(response) if (self.respect_retry_after_header and response) else None
        seconds = seconds or self.get_backoff_time()
        exchange = current_exchange()
        if exchange is not None:
            exchange.wait(seconds)
        elif seconds > 0:
            time.sleep(seconds)


class _Session(requests.Session):
    """A session that drops the endpoint's secret when a redirect leaves its host.

    requests strips only ``Authorization`` on such a redirect; a token sent in
    another header (``X-API-Key``) would follow the redirect to whoever it names.
    """

    secret_headers: frozenset[str] = frozenset()

    def rebuild_auth(self, prepared_request: Any, response: Any) -> None:
        super().rebuild_auth(prepared_request, response)
        if self.should_strip_auth(response.request.url, prepared_request.url):
            for name in self.secret_headers:
                prepared_request.headers.pop(name, None)


def make_session(endpoint: Endpoint) -> requests.Session:
    """A pooled session that retries what is safe to retry for this endpoint."""
    retry = _CappedRetry(
        total=endpoint.retries,
        connect=endpoint.retries,
        read=False,  # re-raise read errors (timeouts, resets) as themselves, unretried
        status=endpoint.retries,
        other=0,
        redirect=3,
        allowed_methods=None,  # inference is idempotent: POST may be retried
        status_forcelist=RETRY_STATUSES,
        backoff_factor=endpoint.backoff,
        backoff_jitter=endpoint.backoff,
        backoff_max=5.0,
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    session = _Session()
    session.secret_headers = frozenset(endpoint.headers())
    adapter: HTTPAdapter = WatchedAdapter(max_retries=retry, pool_connections=2, pool_maxsize=8)
    mount(session, adapter)
    session.verify = endpoint.ca_bundle if (endpoint.verify and endpoint.ca_bundle) else endpoint.verify
    session.headers.update({"Accept": "application/json", **endpoint.headers()})
    # Environment proxies serve cloud endpoints; loopback traffic must never go through one.
    session.trust_env = urlsplit(endpoint.url).hostname not in ("127.0.0.1", "localhost", "::1")
    return session
