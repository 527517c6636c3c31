"""Choose who runs a batch (local or remote) and fall back on expected failures.

Only typed, expected failures cause a fallback: ``BackendUnavailable`` (the
model cannot load or run here; the remote is unreachable, timing out or
failing with 5xx; the circuit is open). Anything else is a real error and is
raised, so a bug never hides behind a silent second backend.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from inference.backends.base import Backend
from inference.errors import BackendUnavailable, UsageError

__all__ = ["POLICIES", "Answer", "Router"]

logger = logging.getLogger(__name__)
POLICIES = ("local-only", "prefer-local", "prefer-remote", "remote-only")


@dataclass(frozen=True)
class Answer:
    outputs: np.ndarray
    backend: str
    fallback_reason: str | None = None


class Router:
    """Runs batches on the local and/or remote backend according to a policy.

    ``local`` may be given as an unloaded backend factory so that a model is
    only loaded when the policy actually needs it; a factory that raises
    ``BackendUnavailable`` marks local inference as impossible, with its reason.
    """

    def __init__(
        self,
        local: Backend | Callable[[], Backend] | None,
        remote: Backend | None = None,
        policy: str = "prefer-local",
    ) -> None:
        if policy not in POLICIES:
            raise UsageError(f"Unknown policy {policy!r}; use one of {', '.join(POLICIES)}.")
        self.policy = policy
        self._local_factory = local if callable(local) and not isinstance(local, Backend) else None
        self._local: Backend | None = local if isinstance(local, Backend) else None
        self._local_error: BackendUnavailable | None = None
        self.remote = remote

    @property
    def local(self) -> Backend | None:
        """The local backend, loading it on first use; None when it cannot run here."""
        if self._local is None and self._local_factory is not None and self._local_error is None:
            try:
                self._local = self._local_factory()
            except BackendUnavailable as exc:
                logger.info("local backend unavailable: %s", exc)
                self._local_error = exc
        return self._local

    def order(self) -> list[Backend]:
        """Backends to try, best first, for the current policy."""
        if self.policy == "local-only":
            chain = [self.local]
        elif self.policy == "remote-only":
            chain = [self.remote]
        elif self.policy == "prefer-remote":
            chain = [self.remote, self.local]
        else:
            chain = [self.local, self.remote]
        return [backend for backend in chain if backend is not None]

    def run(self, batch: np.ndarray) -> Answer:
        reason: str | None = None
        chain = self.order()
        if not chain:
            raise self._local_error or BackendUnavailable("No backend can run this model here.")
        for position, backend in enumerate(chain):
            try:
                outputs = backend.predict(batch)
            except BackendUnavailable as exc:
                if position == len(chain) - 1:
                    raise
                reason = f"{backend.kind}: {exc}"
                logger.warning("falling back from %s: %s", backend.kind, exc)
                continue
            if reason is None and position == 0 and self._local_error and backend is self.remote:
                reason = f"local: {self._local_error}"
            return Answer(outputs, backend.kind, reason)
        raise AssertionError("unreachable")

    @property
    def primary(self) -> str:
        """Who is expected to answer, for status lines."""
        chain = self.order()
        return chain[0].kind if chain else "none"

    def close(self) -> None:
        for backend in (self._local, self.remote):
            if backend is not None:
                backend.close()
