"""A light closed-loop HTTP/1.1 load generator, run in a process of its own (loopback only).

    python -m inference.bench.httpload --url http://127.0.0.1:8500/v2/models/digits/infer \
        --body BODY_FILE [--header 'Content-Type: application/json'] --clients 8 --seconds 5

Each client keeps one connection alive and sends one pre-built request over
and over, waiting for each answer before the next (closed loop), on one
asyncio loop: a request costs the generator some tens of microseconds, so on a
small machine it takes far less CPU than the servers it measures, and it costs
every server the same. Answers are read by ``Content-Length``; any status but
200 ends the run as a failure. Prints one JSON object: requests per second over
the measured window, p50/p90/p99 latency in ms, and the count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["LoadResult", "build_request", "run_load"]


@dataclass(frozen=True)
class LoadResult:
    rate: float
    """Answers per second completed inside the measured window."""
    count: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    seconds: float
    total: int
    """Every answer, warm-up included (what the server's CPU time was spent on)."""


def build_request(url: str, body: bytes, headers: dict[str, str]) -> tuple[str, int, bytes]:
    """``(host, port, raw request bytes)`` for a keep-alive POST of ``body`` to ``url``."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname is None:
        raise ValueError(f"only plain http URLs are supported: {url}")
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return parts.hostname, parts.port or 80, head + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    raise RuntimeError(f"an answer without Content-Length: {head[:200]!r}")


class _Window:
    """The measured window: it opens once every client has had its first answer (and the warm-up
    has passed), so slow first requests (connections, a big model's first batch) never count."""

    def __init__(self, clients: int, warmup: float, seconds: float) -> None:
        self.waiting = clients
        self.earliest = time.perf_counter() + warmup
        self.seconds = seconds
        self.start = float("inf")
        self.stop = float("inf")
        self.opened = asyncio.Event()

    def first_answer(self) -> None:
        self.waiting -= 1
        if self.waiting == 0:
            self.start = max(self.earliest, time.perf_counter())
            self.stop = self.start + self.seconds
            self.opened.set()


async def _client(host: str, port: int, request: bytes, window: _Window, done: list[float],
                  took: list[float], answers: list[int]) -> None:  # fmt: skip
    reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
    first = True
    try:
        while (sent := time.perf_counter()) < window.stop:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            body = await reader.readexactly(_content_length(head))
            finished = time.perf_counter()
            answers[0] += 1
            if head[9:12] != b"200":
                raise RuntimeError(f"HTTP {head[9:12].decode()}: {body[:300].decode(errors='replace')}")
            if first:
                first = False
                window.first_answer()
            if window.start <= finished <= window.stop:
                done.append(finished)
            if sent >= window.start:
                took.append(finished - sent)
    finally:
        writer.close()


async def _run(host: str, port: int, request: bytes, clients: int, seconds: float,
               warmup: float) -> LoadResult:  # fmt: skip
    window = _Window(clients, warmup, seconds)
    done: list[float] = []
    took: list[float] = []
    answers = [0]
    await asyncio.gather(*(_client(host, port, request, window, done, took, answers) for _ in range(clients)))
    took.sort()

    def quantile(q: float) -> float:
        return 1000.0 * took[min(len(took) - 1, int(q * len(took)))] if took else float("nan")

    rate = len(done) / seconds
    return LoadResult(rate, len(done), quantile(0.5), quantile(0.9), quantile(0.99), seconds, answers[0])


def run_load(
    url: str, body: bytes, headers: dict[str, str], *, clients: int, seconds: float, warmup: float = 0.5
) -> LoadResult:
    """``clients`` closed-loop clients; ``seconds`` count once all have an answer and ``warmup`` passed."""
    host, port, request = build_request(url, body, headers)
    return asyncio.run(_run(host, port, request, clients, seconds, warmup))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--body", type=Path, required=True, metavar="FILE")
    parser.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'")
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=0.5)
    args = parser.parse_args(argv)
    headers = dict(h.split(":", 1) for h in args.header)
    headers = {name.strip(): value.strip() for name, value in headers.items()}
    try:
        result = run_load(
            args.url,
            args.body.read_bytes(),
            headers,
            clients=args.clients,
            seconds=args.seconds,
            warmup=args.warmup,
        )
    except (OSError, RuntimeError, asyncio.IncompleteReadError) as exc:
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    print(json.dumps(asdict(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
