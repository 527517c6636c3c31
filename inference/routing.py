"""Choose who runs a batch (local or remote) and fall back on expected failures.

    placement_for(pack)          where a model belongs: the manifest's ``placement``, or by
                                 size against the local budget (default 200 MB)
    choose_policy(policy, ...)   the person's policy, or the placement's when none is given
    Router.run(batch)            tries the policy's backends in order; a ``CircuitBreaker``
                                 skips a remote that failed N times in a row, then probes once

Only typed, expected failures cause a fallback: ``BackendUnavailable`` (the
model cannot load or run here; the remote is unreachable, timing out or
failing with 5xx; the circuit is open). Anything else is a real error and is
raised, so a bug never hides behind a silent second backend. The answer
records who answered and, after a fallback, why (``fallback_reason``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from inference.backends import load_local_backend
from inference.backends.base import Backend
from inference.errors import (
    BackendUnavailable,
    CircuitOpen,
    RemoteCancelled,
    RemoteError,
    RemoteUnavailable,
    UsageError,
)
from inference.modelpack import ModelPack
from inference.text import message, render

__all__ = [
    "DEFAULT_LOCAL_BUDGET",
    "POLICIES",
    "Answer",
    "CircuitBreaker",
    "Router",
    "choose_policy",
    "local_backend_for",
    "placement_for",
]

logger = logging.getLogger(__name__)
POLICIES = ("local-only", "prefer-local", "prefer-remote", "remote-only", "cascade")
"""``cascade``: local first (the remote when local cannot run), and the remote again for the inputs
the local model is unsure of (``Predictor`` asks it through ``Router.ask_remote``)."""
DEFAULT_LOCAL_BUDGET = 200 * 1024 * 1024
"""Models larger than this (bytes on disk) are placed remote when the manifest says ``auto``."""


def placement_for(pack: ModelPack, local_budget: int = DEFAULT_LOCAL_BUDGET) -> str:
    """``local`` or ``remote``: the manifest's choice, else remote for models over the budget."""
    if pack.placement in ("local", "remote"):
        return pack.placement
    if not pack.model_files:
        return "remote"
    return "remote" if pack.size_bytes > local_budget else "local"


def choose_policy(policy: str | None, placement: str) -> str:
    """The person's policy wins; without one, a remote-placed model prefers the remote."""
    if policy is None:
        return "prefer-remote" if placement == "remote" else "prefer-local"
    if policy not in POLICIES:
        raise UsageError("route.policy", policy=policy, choices=list(POLICIES))
    return policy


def local_backend_for(
    pack: ModelPack,
    policy: str,
    *,
    has_remote: bool,
    threads: int | None = None,
    allow_unsafe: bool = False,
) -> Backend | Callable[[], Backend] | None:
    """The local backend the policy needs: loaded now, a factory to load it on fallback, or None.

    Under ``prefer-remote`` a model with a known input spec is loaded only if
    the remote fails. A model that cannot run here is no error while a remote
    can answer: the router then records why in ``fallback_reason``.
    """
    if policy == "remote-only" or not pack.model_files:
        return None

    def load() -> Backend:
        return load_local_backend(pack.model_files, threads=threads, allow_unsafe=allow_unsafe)

    if policy == "prefer-remote" and has_remote and pack.input is not None:
        return load
    try:
        return load()
    except BackendUnavailable as exc:
        if not has_remote or policy == "local-only":
            raise
        reason = exc

        def unavailable() -> Backend:
            raise reason

        return unavailable


@dataclass(frozen=True)
class Answer:
    outputs: np.ndarray
    backend: str
    fallback: tuple[dict[str, Any], ...] = ()
    """Why the backends before this one did not answer, as ``{"code", "params"}``."""
    remote: bool = False
    """True when the remote endpoint answered (its model may be calibrated differently)."""

    @property
    def fallback_reason(self) -> str | None:
        """The same reasons in English, ``; `` between them."""
        return "; ".join(render(r["code"], r["params"]) for r in self.fallback) or None


class CircuitBreaker:
    """Skips a failing remote: open after ``threshold`` failures in a row, one probe after ``cooldown_s``.

    closed --N failures--> open --cooldown--> half-open (one caller probes)
    half-open --success--> closed;  half-open --failure--> open again
    """

    def __init__(
        self, threshold: int = 3, cooldown_s: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if threshold < 1 or cooldown_s < 0:
            raise UsageError("route.breaker")
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._lock = threading.Lock()
        self.failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if self._probing or self._clock() - self._opened_at >= self.cooldown_s:
                return "half-open"
            return "open"

    def allow(self) -> bool:
        """True when a call may go to the remote; in half-open state only the first caller gets True."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._probing or self._clock() - self._opened_at < self.cooldown_s:
                return False
            self._probing = True
            return True

    def remaining(self) -> float:
        """Seconds until the next probe is allowed (0 when closed)."""
        with self._lock:
            if self._opened_at is None:
                return 0.0
            return max(0.0, self.cooldown_s - (self._clock() - self._opened_at))

    def success(self) -> None:
        with self._lock:
            self.failures = 0
            self._opened_at = None
            self._probing = False

    def release(self) -> None:
        """End a probe that neither succeeded nor failed to reach the remote (the next caller probes)."""
        with self._lock:
            self._probing = False

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self._probing or self.failures >= self.threshold:
                if self._opened_at is None or self._probing:
                    logger.warning("circuit open after %d failures in a row", self.failures)
                self._opened_at = self._clock()
                self._probing = False


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
        *,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        self.policy = choose_policy(policy, "local")
        self._local_factory = local if callable(local) and not isinstance(local, Backend) else None
        self._local: Backend | None = local if isinstance(local, Backend) else None
        self._local_error: BackendUnavailable | None = None
        self.remote = remote
        self.breaker = breaker or CircuitBreaker()

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

    def _slots(self) -> tuple[str, ...]:
        return {
            "local-only": ("local",),
            "remote-only": ("remote",),
            "prefer-remote": ("remote", "local"),
        }.get(self.policy, ("local", "remote"))

    def _backend(self, slot: str) -> Backend | None:
        return self.local if slot == "local" else self.remote

    def order(self) -> list[Backend]:
        """Backends to try, best first, for the current policy (loads a lazy local backend)."""
        return [b for b in (self._backend(slot) for slot in self._slots()) if b is not None]

    @property
    def remote_only(self) -> bool:
        """True when the remote is the only backend that could answer (then requests may be queued)."""
        if self.remote is None or self.policy == "local-only":
            return False
        if self.policy == "remote-only":
            return True
        return self._local is None and (self._local_factory is None or self._local_error is not None)

    def run(self, batch: np.ndarray) -> Answer:
        """The first backend in policy order that answers; a later one only after a typed failure."""
        reasons: list[dict[str, Any]] = []
        last: BackendUnavailable | None = None
        for slot in self._slots():
            backend = self._backend(slot)  # a lazy local loads only when its turn comes
            if backend is None:
                if slot == "local" and self._local_error is not None:
                    cause = self._local_error.to_json()
                    reasons.append(message("route.backend_failed", backend="local", cause=cause))
                continue
            try:
                outputs = self._call(backend, batch)
            except BackendUnavailable as exc:
                logger.warning("%s failed: %s", backend.kind, exc)
                reason = exc.to_json()
                if backend is not self.remote:
                    reason = message("route.backend_failed", backend=backend.kind, cause=reason)
                reasons.append(reason)
                last = exc
                continue
            return Answer(outputs, backend.kind, tuple(reasons), remote=backend is self.remote)
        raise last or self._local_error or BackendUnavailable("route.no_backend")

    def ask_remote(self, batch: np.ndarray) -> Answer:
        """The remote's answer for ``batch`` (a second opinion); raises ``BackendUnavailable``."""
        if self.remote is None:
            raise BackendUnavailable("route.no_backend")
        return Answer(self._call(self.remote, batch), self.remote.kind, remote=True)

    def _call(self, backend: Backend, batch: np.ndarray) -> np.ndarray:
        if backend is not self.remote:
            return backend.predict(batch)
        if not self.breaker.allow():
            raise CircuitOpen(
                "route.circuit_open", count=self.breaker.failures, seconds=self.breaker.remaining()
            )
        try:
            outputs = backend.predict(batch)
        except RemoteCancelled:
            self.breaker.release()  # the person stopped it: says nothing about the remote
            raise
        except RemoteUnavailable:
            self.breaker.failure()
            raise
        except RemoteError:
            self.breaker.success()  # it answered: reachable, just not usable for this request
            raise
        except BaseException:
            self.breaker.release()  # not about reachability: just free a half-open probe
            raise
        self.breaker.success()
        return outputs

    @property
    def primary(self) -> str:
        """Who is expected to answer, for status lines (does not load a lazy local backend)."""
        for slot in self._slots():
            if slot == "remote" and self.remote is not None:
                return self.remote.kind
            if slot == "local" and (self._local is not None or self._local_factory is not None):
                backend = self.local
                if backend is not None:
                    return backend.kind
        return "none"

    def close(self) -> None:
        for backend in (self._local, self.remote):
            if backend is not None:
                backend.close()
