"""Real server processes on loopback: the misbehaving fault server and Tepi's reference server.

Both start on port 0 and report the port they bound; logs go to files, shown
when a server fails to start. A test that switches the fault server into a
fault mode gets it switched back to ``ok`` afterwards.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIGITS = ROOT / "resources" / "models" / "digits"
SAMPLES = ROOT / "resources" / "samples"
FAULT_SERVER = Path(__file__).with_name("fault_server.py")


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _first_line(process: subprocess.Popen[str], timeout: float) -> str:
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    return line[0] if line else ""


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class FaultServer:
    process: subprocess.Popen[str]
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _call(self, path: str, body: dict | None = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        with urllib.request.urlopen(urllib.request.Request(self.url + path, data=data), timeout=10) as reply:
            return json.loads(reply.read())

    def set(self, mode: str, **options: object) -> None:
        self._call("/_control", {"mode": mode, **options})

    def stats(self) -> dict[str, int]:
        return self._call("/_stats")


def start_fault_server(
    home: Path, *, port: int = 0, mode: str = "ok", model: Path | None = None, name: str = "digits"
) -> FaultServer:
    """The fault server on the digits model, or on ``model`` served under ``name``."""
    model = model or DIGITS / "digits.tflite"
    log = home / "fault-server.log"
    command = [sys.executable, str(FAULT_SERVER), "--model", str(model), "--name", name,
               "--port", str(port), "--mode", mode]
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=ROOT)
    match = re.match(r"PORT (\d+)", _first_line(process, 30))
    if match is None:
        process.kill()
        process.wait()
        raise AssertionError(f"fault server did not start:\n{log.read_text()}")
    return FaultServer(process, int(match[1]))


@pytest.fixture(scope="session")
def fault_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultServer]:
    server = start_fault_server(tmp_path_factory.mktemp("fault"))
    yield server
    _stop(server.process)


@pytest.fixture
def fault(fault_server: FaultServer) -> Iterator[FaultServer]:
    """The shared fault server, back in ``ok`` mode after the test."""
    fault_server.set("ok")
    yield fault_server
    fault_server.set("ok")


@dataclass
class ReferenceServer:
    process: subprocess.Popen[str]
    url: str
    log: Path


def start_reference_server(home: Path, *args: str) -> ReferenceServer:
    log = home / "server.log"
    command = [sys.executable, "-m", "inference", "serve", "--models", str(ROOT / "resources" / "models"),
               "--port", "0", *args]
    env = {**os.environ, "TEPI_HOME": str(home), "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}
    with log.open("w") as stderr:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
        )
    match = re.search(r"on (http://127\.0\.0\.1:\d+)", _first_line(process, 90))
    if match is None:
        process.kill()
        process.wait()
        raise AssertionError(f"reference server did not start:\n{log.read_text()}")
    server = ReferenceServer(process, match[1], log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(server.url + "/v2/health/ready", timeout=5) as reply:
                if reply.status == 200:
                    return server
        except OSError:
            pass
        assert process.poll() is None, f"reference server exited:\n{log.read_text()}"
        time.sleep(0.1)
    raise AssertionError(f"reference server not ready:\n{log.read_text()}")


API_KEY = "remote-test-key"


@pytest.fixture(scope="session")
def reference_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReferenceServer]:
    """``python -m inference serve`` over the bundled packs, with an API key."""
    server = start_reference_server(tmp_path_factory.mktemp("reference"), "--api-key", API_KEY)
    yield server
    _stop(server.process)
