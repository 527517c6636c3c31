"""Start serving peers as real processes on 127.0.0.1: MLServer, KServe's model server, Tepi's own over TLS.

Each runs from its own venv under ``.peers/`` (``make peers``). Logs go to a
file, shown when a server does not come up. Ports are picked free just before
the start (MLServer and KServe cannot report a port they chose themselves).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.peers.conftest import PEERS, ROOT

SCRIPTS = ROOT / "scripts" / "peers"
sys.path.insert(0, str(SCRIPTS))
from mlserver_settings import write_settings  # noqa: E402

DIGITS = ROOT / "resources" / "models" / "digits" / "digits.tflite"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def peer_python(name: str) -> Path:
    """The peer venv's interpreter; outside ``make test`` a missing venv skips (in CI it fails)."""
    python = PEERS / name / "bin" / "python"
    if not python.is_file():
        message = f".peers/{name} is missing: `make peers` builds it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return python


@dataclass
class Peer:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def wait_ready(self, path: str, timeout: float = 120.0, **kwargs: object) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"{self.log.name} exited:\n{self.log.read_text()[-4000:]}")
            try:
                if requests.get(self.url + path, timeout=5, **kwargs).status_code == 200:  # type: ignore[arg-type]
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"not ready after {timeout} s:\n{self.log.read_text()[-4000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _spawn(command: list[str], log: Path, **env: str) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONUNBUFFERED": "1", "LITERT_THREADS": "1", **env}
    with log.open("w") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=environment)


def start_mlserver(home: Path, models: dict[str, Path], declared: dict | None = None) -> Peer:
    python = peer_python("mlserver")
    http = free_port()
    ports = {"http_port": http, "grpc_port": free_port(), "metrics_port": free_port()}
    folder = write_settings(home / "mlserver", models, declared=declared, **ports)
    log = home / "mlserver.log"
    process = _spawn([str(python.with_name("mlserver")), "start", str(folder)], log, PYTHONPATH=str(SCRIPTS))
    peer = Peer(process, f"http://127.0.0.1:{http}", log)
    peer.wait_ready("/v2/health/ready")
    for name in models:
        peer.wait_ready(f"/v2/models/{name}/ready")
    return peer


def start_kserve(home: Path, models: dict[str, Path]) -> Peer:
    python = peer_python("kserve")
    http = free_port()
    command = [str(python), str(SCRIPTS / "kserve_server.py"), "--http-port", str(http)]
    command += [f"--model={name}={path}" for name, path in models.items()]
    log = home / "kserve.log"
    peer = Peer(_spawn(command, log), f"http://127.0.0.1:{http}", log)
    peer.wait_ready("/v2/health/ready")
    return peer


def start_reference_server(home: Path, *args: str) -> Peer:
    """``python -m inference serve`` on the bundled packs, on a port it picks itself."""
    log = home / "reference-server.log"
    command = [sys.executable, "-m", "inference", "serve", "--models", str(ROOT / "resources" / "models"),
               "--port", "0", *args]  # fmt: skip
    process = _spawn(command, log, TEPI_HOME=str(home), TF_CPP_MIN_LOG_LEVEL="2")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        match = re.search(r"on (https?://127\.0\.0\.1:\d+)", log.read_text())
        if match:
            return Peer(process, match[1], log)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    process.wait()
    raise AssertionError(f"the reference server did not start:\n{log.read_text()}")
