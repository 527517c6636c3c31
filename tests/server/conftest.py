"""Real ``python -m inference serve`` processes on free loopback ports, shared per session.

Each server is started with ``--port 0``; the port is read from the line the
command prints once it listens, and readiness is polled on
``/v2/health/ready``. Server logs go to a file (printed when a test fails to
start one), never to a pipe nobody reads.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "resources" / "models"
API_KEY = "test-key-5f1c"
URL_LINE = re.compile(r"on (http://127\.0\.0\.1:\d+)")


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    log: Path
    headers: dict[str, str] = field(default_factory=dict)

    def get(self, path: str, **kwargs: object) -> requests.Response:
        kwargs.setdefault("headers", self.headers)
        return requests.get(self.url + path, timeout=30, **kwargs)  # type: ignore[arg-type]

    def post(self, path: str, **kwargs: object) -> requests.Response:
        kwargs.setdefault("headers", self.headers)
        return requests.post(self.url + path, timeout=30, **kwargs)  # type: ignore[arg-type]

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.get("/v2/health/ready").status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            assert self.process.poll() is None, f"server exited:\n{self.log.read_text()}"
            time.sleep(0.1)
        raise AssertionError(f"server not ready after {timeout} s:\n{self.log.read_text()}")

    def stop(self, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise

    def metric(self, name: str, **labels: str) -> float:
        """One sample's value from /metrics (0 when absent)."""
        from prometheus_client.parser import text_string_to_metric_families

        text = self.get("/metrics").text
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                    return float(sample.value)
        return 0.0


def start_server(
    models: Path, home: Path, *args: str, api_key: str | None = None, ready: bool = True
) -> Server:
    log = home / "server.log"
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "inference", "serve", "--models", str(models), "--port", "0", *args]
    if api_key:
        command += ["--api-key", api_key]
    env = {**os.environ, "TEPI_HOME": str(home), "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}
    with log.open("w") as stderr:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
        )
    first_line: list[str] = []
    reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(60)
    match = URL_LINE.search(first_line[0]) if first_line else None
    if match is None:
        process.kill()
        process.wait()
        raise AssertionError(f"server did not start: {first_line}\n{log.read_text()}")
    server = Server(process, match[1], log, {"X-API-Key": api_key} if api_key else {})
    if ready:
        server.wait_ready()
    return server


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The bundled packs (digits, digits-large, iris), batching on, no API key."""
    server = start_server(
        MODELS, tmp_path_factory.mktemp("served"), "--max-batch-size", "64", "--max-delay-ms", "20"
    )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """digits alone, with an API key, a 64 KiB body limit and batching off."""
    server = start_server(
        MODELS / "digits",
        tmp_path_factory.mktemp("secured"),
        "--max-body-mb",
        "0.0625",
        "--max-batch-size",
        "1",
        api_key=API_KEY,
    )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def digits_reference() -> object:
    """digits.tflite run in this process, to check what the server answers."""
    from inference.backends.litert import LiteRTBackend

    backend = LiteRTBackend(MODELS / "digits" / "digits.tflite", threads=1)
    backend.load()
    yield backend
    backend.close()


def digit_batch(count: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((count, 8, 8, 1), dtype=np.float32)


def v2_body(batch: np.ndarray, name: str = "image", **extra: object) -> dict[str, object]:
    tensor = {"name": name, "shape": list(batch.shape), "datatype": "FP32", "data": batch.ravel().tolist()}
    return {"inputs": [tensor], **extra}


def read_response(sock: socket.socket) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 response read from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(
        next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[
            1
        ]
    )
    while len(rest) < length:
        rest += sock.recv(65536)
    return int(head.split(b" ")[1]), rest
