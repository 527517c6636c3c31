"""Per-client rate limiting for the reference server: a token bucket per API key or address.

A server on a Pi in the field has no proxy in front of it, so one client must
not be able to take all of it. Each client (its API key when it sends one,
else its address) has a bucket of ``rate`` tokens a second holding at most
one second's worth; a request takes one token, and a request that finds none
gets 429 with ``Retry-After`` (Tepi's client waits that out). Buckets of
clients gone quiet are forgotten, and at most ``MAX_CLIENTS`` are kept, so
many addresses cannot grow the table without bound. Each ``--workers``
process keeps its own buckets.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections import OrderedDict

from inference.errors import UsageError

__all__ = ["MAX_CLIENTS", "RateLimiter", "client_key", "parse_rate"]

MAX_CLIENTS = 10_000
_UNITS = {"s": 1.0, "sec": 1.0, "m": 60.0, "min": 60.0}


def parse_rate(text: str) -> float:
    """Requests a second from ``100/s``, ``600/min`` or ``100``."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|m|min))?\s*", text)
    if match is None or float(match[1]) <= 0:
        raise UsageError("server.rate_limit", value=text)
    return float(match[1]) / _UNITS[match[2] or "s"]


class RateLimiter:
    """Token buckets by client key; ``take`` answers None (go on) or the seconds to wait."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.burst = max(1.0, rate)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str, now: float | None = None) -> float | None:
        now = time.monotonic() if now is None else now
        tokens, then = self._buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        wait = None if tokens >= 1 else (1 - tokens) / self.rate
        self._buckets[client] = (tokens - 1 if wait is None else tokens, now)
        while len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)  # the least recently seen client
        return wait

    @staticmethod
    def retry_after(wait: float) -> str:
        """The ``Retry-After`` header: whole seconds, at least 1."""
        return str(max(1, math.ceil(wait)))


def client_key(api_key: bytes | None, address: str) -> str:
    """The bucket's key: a digest of the key a client sent (never the key itself), else its address."""
    if api_key:
        return "key:" + hashlib.sha256(api_key).hexdigest()[:16]
    return "addr:" + address
