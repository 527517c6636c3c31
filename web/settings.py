"""Where the page sends what the local model cannot run: from the environment or Streamlit's secrets.

The person deploying the page sets these, never the person visiting it, and the
page never shows the token:

    environment                 .streamlit/secrets.toml ([remote] table)
    TEPI_REMOTE_URL             url = "https://user-space.hf.space"
    TEPI_REMOTE_TOKEN           token = "hf_..."            (sent as a bearer token)
    TEPI_REMOTE_HEADER          header = "X-API-Key"        (send the token in this header instead)
    TEPI_REMOTE_PROTOCOL        protocol = "v2"             (or "tfserving")
    TEPI_REMOTE_MODEL           model = "digits"            (served name; default: the pack's)
    TEPI_REMOTE_POLICY          policy = "prefer-local"     (local-only, prefer-remote, remote-only)
    TEPI_COLD_START             cold_start = 120            (seconds to wait for a server waking up)

The environment wins over the file (a Space's secrets arrive as environment
variables). The folder of packs offered is ``TEPI_MODELS`` (default: the bundled ones).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inference.backends.endpoint import Endpoint
from inference.errors import UsageError
from inference.modelpack import MANIFEST
from inference.resources import resource_path
from inference.routing import POLICIES

__all__ = ["RemoteSettings", "model_folders", "remote_settings"]

_KEYS = {
    "url": "TEPI_REMOTE_URL",
    "token": "TEPI_REMOTE_TOKEN",
    "header": "TEPI_REMOTE_HEADER",
    "protocol": "TEPI_REMOTE_PROTOCOL",
    "model": "TEPI_REMOTE_MODEL",
    "policy": "TEPI_REMOTE_POLICY",
    "cold_start": "TEPI_COLD_START",
}


@dataclass(frozen=True)
class RemoteSettings:
    endpoint: Endpoint | None
    policy: str | None

    @property
    def key(self) -> str:
        """Tells settings apart (for the shared model's cache) without holding the token itself."""
        if self.endpoint is None:
            return f"local|{self.policy}"
        secret = hashlib.sha256((self.endpoint.token or "").encode()).hexdigest()[:16]
        return f"{self.endpoint.to_json()}|{self.policy}|{secret}"


def remote_settings(env: Mapping[str, str], secrets: Mapping[str, Any]) -> RemoteSettings:
    """The endpoint and policy the deployment asks for; a wrong value is a ``UsageError``."""
    table = secrets.get("remote", {}) if isinstance(secrets.get("remote", {}), Mapping) else {}

    def value(key: str) -> str | None:
        found = env.get(_KEYS[key]) or table.get(key)
        return str(found).strip() if found not in (None, "") else None

    policy = value("policy")
    if policy is not None and policy not in POLICIES:
        raise UsageError(f"The remote policy {policy!r} is not one of {', '.join(POLICIES)}.")
    url = value("url")
    if url is None:
        if policy == "remote-only":
            raise UsageError("The remote-only policy needs TEPI_REMOTE_URL (or url in secrets.toml).")
        return RemoteSettings(None, policy)
    cold_start = value("cold_start")
    try:
        budget = float(cold_start) if cold_start is not None else None
    except ValueError as exc:
        raise UsageError(f"TEPI_COLD_START must be a number of seconds, not {cold_start!r}.") from exc
    endpoint = Endpoint(
        url,
        protocol=value("protocol") or "v2",
        model=value("model"),
        auth_header=value("header") or "Authorization",
        **({"cold_start_s": budget} if budget is not None else {}),
    )
    return RemoteSettings(endpoint.with_token(value("token")), policy)


def model_folders(env: Mapping[str, str]) -> dict[str, Path]:
    """The packs offered on the page, by name: every pack folder in ``TEPI_MODELS`` or the bundled ones."""
    root = Path(env["TEPI_MODELS"]) if env.get("TEPI_MODELS") else resource_path("models")
    if (root / MANIFEST).is_file():
        return {root.name: root}
    if not root.is_dir():
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if (p / MANIFEST).is_file()}
