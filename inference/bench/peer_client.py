"""Tepi's own V2 client against Tepi's server: JSON numbers against the binary tensor extension.

Both clients are ``RemoteV2Backend``s, one told to send JSON (``Endpoint(binary=False)``), one
left to find the extension in ``GET /v2`` as it does by default. Each is driven by N threads
calling ``predict`` on one preprocessed MobileNetV2 input, in interleaved blocks, so the
figures include what a client really spends: encoding, the round trip, decoding the answer.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.endpoint import Endpoint
from inference.backends.remote import RemoteV2Backend
from inference.bench.local import BenchModel
from inference.bench.peer_servers import start_tepi
from inference.bench.remote import _serve_dir

__all__ = ["run_client_binary"]

CLIENTS = (1, 8)


def _drive(backend: RemoteV2Backend, x: np.ndarray, clients: int, seconds: float) -> dict[str, float]:
    """``clients`` threads calling ``predict`` for ``seconds`` (after a short warm-up)."""
    begin = time.perf_counter() + 0.5
    stop = begin + seconds
    took: list[float] = []
    errors: list[BaseException] = []

    def client() -> None:
        try:
            while (sent := time.perf_counter()) < stop:
                backend.predict(x)
                if sent >= begin and time.perf_counter() <= stop:
                    took.append(time.perf_counter() - sent)
        except Exception as exc:  # reported below, with the first error
            errors.append(exc)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"Tepi's client failed: {errors[0]}")
    took.sort()
    p50 = 1000.0 * took[len(took) // 2] if took else float("nan")
    return {"rate": len(took) / seconds, "count": len(took), "p50_ms": p50}


def run_client_binary(model: BenchModel, settings: Any, logs: Path) -> list[dict[str, Any]]:
    """One row per client count: JSON and binary requests per second, and their ratio."""
    server = start_tepi(_serve_dir([model]), logs / "tepi-client.log", workers=1, threads=settings.threads,
                        root=settings.tepi_root)  # fmt: skip
    rows = []
    try:
        backends = {
            "json": RemoteV2Backend(Endpoint(server.url, binary=False), model.name),
            "binary": RemoteV2Backend(Endpoint(server.url), model.name),
        }
        for backend in backends.values():
            backend.load()
        if not backends["binary"].binary:
            raise RuntimeError("Tepi's server did not offer the binary tensor extension")
        for clients in CLIENTS:
            before = os.getloadavg()[0]
            runs: dict[str, list[dict[str, float]]] = {"json": [], "binary": []}
            for block in range(settings.blocks):
                order = ["json", "binary"] if block % 2 == 0 else ["binary", "json"]
                for kind in order:
                    runs[kind].append(_drive(backends[kind], model.sample, clients, settings.seconds))
            merged = {
                kind: {
                    "rate": sum(r["count"] for r in found) / (settings.seconds * len(found)),
                    "p50_ms": float(np.median([r["p50_ms"] for r in found])),
                }
                for kind, found in runs.items()
            }
            ratio = merged["binary"]["rate"] / merged["json"]["rate"] if merged["json"]["rate"] else 0.0
            rows.append({"clients": clients, **merged, "ratio": ratio, "load": (before, os.getloadavg()[0])})
        for backend in backends.values():
            backend.close()
    finally:
        server.stop()
    return rows
