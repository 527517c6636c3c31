"""The two servers the peer benchmark compares, as real processes on 127.0.0.1.

* Tepi: ``python -m inference serve`` (``--workers N`` for N processes), from this
  checkout or another one (``root``, to measure an older version with the same script).
* MLServer 1.7.1 from its own venv (``.peers/mlserver``, ``make peer-mlserver``),
  serving the same ``.tflite`` files through the LiteRT runtime in
  ``scripts/peers/mlserver_runtime.py``; ``parallel_workers`` gives it N
  inference processes behind its HTTP process.

Both get the same number of LiteRT threads per process, and both write their
logs to files (a server that does not come up is reported with its log's tail).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import requests

from inference.bench.procs import SOURCE_ROOT
from inference.bench.startup import SkipSection

__all__ = ["PeerProcess", "ensure_mlserver", "start_mlserver", "start_tepi"]

MLSERVER_VENV = SOURCE_ROOT / ".peers" / "mlserver"
PEER_SCRIPTS = SOURCE_ROOT / "scripts" / "peers"
ANNOUNCE = re.compile(r"on (http://127\.0\.0\.1:\d+)")


class PeerProcess:
    """A server process (its own process group) with its base URL and log file."""

    def __init__(self, name: str, command: list[str], log: Path, *, cwd: Path, env: dict[str, str]) -> None:
        self.name = name
        self.log = log
        self.url = ""
        with log.open("w") as out:
            self.process = subprocess.Popen(
                command,
                cwd=cwd,
                env={**os.environ, "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "2", **env},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def cpu_seconds(self) -> float:
        """CPU time (user and system) of the server and all its children so far (NaN without psutil)."""
        try:
            import psutil
        except ImportError:  # the dev extra brings it
            return float("nan")

        try:
            root = psutil.Process(self.process.pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        total = 0.0
        for process in processes:
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        return total

    def log_tail(self, lines: int = 6) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return " | ".join(text[-lines:]) or "no log"

    def wait_for(self, paths: list[str], timeout: float = 180.0) -> None:
        """Until every path answers 200; raises with the log's tail if the server dies or stays silent."""
        deadline = time.monotonic() + timeout
        pending = list(paths)
        while pending and time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if requests.get(self.url + pending[0], timeout=5).status_code == 200:
                    pending.pop(0)
                    continue
            except requests.RequestException:
                pass
            time.sleep(0.3)
        if pending:
            self.stop()
            raise RuntimeError(f"{self.name} did not get ready: {self.log_tail()}")

    def stop(self) -> None:
        """SIGTERM to the whole group (MLServer's workers too); SIGKILL if it lingers."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        with contextlib.suppress(ProcessLookupError, PermissionError):  # workers that outlived their parent
            os.killpg(self.process.pid, signal.SIGKILL)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_tepi(
    models: Path, log: Path, *, workers: int, threads: int, root: Path = SOURCE_ROOT
) -> PeerProcess:
    """Tepi's reference server on a port it picks; ``root`` is the checkout whose code runs."""
    command = [sys.executable, "-m", "inference", "serve", "--models", str(models), "--port", "0"]
    command += ["--threads", str(threads)] + (["--workers", str(workers)] if workers > 1 else [])
    env = {"PYTHONPATH": str(root), "TEPI_HOME": str(log.parent / "tepi-home")}
    server = PeerProcess("Tepi", command, log, cwd=root, env=env)
    deadline = time.monotonic() + 120
    while not server.url and time.monotonic() < deadline:
        match = ANNOUNCE.search(log.read_text(encoding="utf-8", errors="replace"))
        if match:
            server.url = match.group(1)
        elif server.process.poll() is not None:
            break
        else:
            time.sleep(0.1)
    if not server.url:
        server.stop()
        raise RuntimeError(f"Tepi's server did not start: {server.log_tail()}")
    server.wait_for(["/v2/health/ready"])
    return server


def ensure_mlserver() -> Path:
    """The ``mlserver`` command of the peer venv, built by ``make peer-mlserver`` when missing."""
    command = MLSERVER_VENV / "bin" / "mlserver"
    if not command.is_file():
        if not (SOURCE_ROOT / "Makefile").is_file():
            raise SkipSection(
                "MLServer's venv (.peers/mlserver) is missing and there is no Makefile to build it"
            )
        print("bench: building MLServer's venv (make peer-mlserver, a few minutes)...", file=sys.stderr)
        subprocess.run(["make", "peer-mlserver"], cwd=SOURCE_ROOT, check=True)
    return command


def _settings_writer() -> ModuleType:
    """``scripts/peers/mlserver_settings.py``: standard library only, loaded from its file."""
    spec = importlib.util.spec_from_file_location("mlserver_settings", PEER_SCRIPTS / "mlserver_settings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def start_mlserver(models: dict[str, Path], home: Path, *, workers: int, threads: int) -> PeerProcess:
    """``mlserver start`` on the same ``.tflite`` files: one process, or ``workers`` inference workers."""
    command = ensure_mlserver()
    http = _free_port()
    folder = _settings_writer().write_settings(
        home / f"mlserver-{workers}",
        models,
        http_port=http,
        grpc_port=_free_port(),
        metrics_port=_free_port(),
        parallel_workers=workers if workers > 1 else 0,
    )
    env = {"PYTHONPATH": str(PEER_SCRIPTS), "LITERT_THREADS": str(threads)}
    server = PeerProcess("MLServer", [str(command), "start", str(folder)], home / f"mlserver-{workers}.log",
                         cwd=SOURCE_ROOT, env=env)  # fmt: skip
    server.url = f"http://127.0.0.1:{http}"
    server.wait_for(["/v2/health/ready", *(f"/v2/models/{name}/ready" for name in models)])
    return server
