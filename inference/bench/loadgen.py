"""A reference server in a child process, and a bounded load generator for it (loopback only).

The load generator sends one pre-encoded body over and over from N client
threads, so the figures measure the server, not the client's JSON encoder
(which shares the same cores). Load is bounded in time and in count.
"""

from __future__ import annotations

import logging
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from inference.bench.procs import SOURCE_ROOT

__all__ = ["ServerProcess", "offered_load", "serve"]

logger = logging.getLogger(__name__)
ANNOUNCE = re.compile(r"on (http://127\.0\.0\.1:\d+)")


class ServerProcess:
    """``python -m inference serve`` on 127.0.0.1 and a free port; its log goes to a file."""

    def __init__(self, models: Path, log: Path, args: list[str]) -> None:
        self.log_path = log
        self._log = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "inference", "serve", "--models", str(models), "--port", "0", *args],
            cwd=SOURCE_ROOT,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self.url = self._announced_url(timeout=120)

    def _announced_url(self, timeout: float) -> str:
        lines: queue.Queue[str] = queue.Queue()
        stdout = self.process.stdout
        assert stdout is not None

        def pump() -> None:
            for line in stdout:
                lines.put(line)

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                match = ANNOUNCE.search(lines.get(timeout=0.5))
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            if match:
                return match.group(1)
        self.stop()
        raise RuntimeError(f"the server did not start: {self.log_tail()}")

    def wait_ready(self, timeout: float = 300) -> None:
        """Until every model is loaded (``/v2/health/ready`` answers 200)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if requests.get(self.url + "/v2/health/ready", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"the server's models did not get ready: {self.log_tail()}")

    def log_tail(self) -> str:
        self._log.flush()
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return " | ".join(lines[-3:]) or "no log"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


@contextmanager
def serve(models: Path, log: Path, args: list[str]) -> Iterator[ServerProcess]:
    server = ServerProcess(models, log, args)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def offered_load(url: str, body: bytes, *, headers: dict[str, str], clients: int, per_client: int) -> float:
    """Requests per second of ``clients`` closed-loop clients, each sending ``per_client`` requests.

    Only the steady state counts: from the moment every client has had its
    first answer to the moment the first client is done.
    """
    per_client = max(3, per_client)
    finished: list[list[float]] = [[] for _ in range(clients)]
    failures: list[str] = []

    def client(times: list[float]) -> None:
        with requests.Session() as session:
            for _ in range(per_client):
                if failures:
                    return
                try:
                    response = session.post(url, data=body, headers=headers, timeout=120)
                except requests.RequestException as exc:
                    failures.append(str(exc))
                    return
                if response.status_code != 200:
                    failures.append(f"HTTP {response.status_code}: {response.text[:200]}")
                    return
                times.append(time.perf_counter())

    threads = [threading.Thread(target=client, args=(times,), daemon=True) for times in finished]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    if failures or any(thread.is_alive() for thread in threads):
        raise RuntimeError(f"the server failed under load: {failures[0] if failures else 'no answer'}")
    begin = max(times[0] for times in finished)
    end = min(times[-1] for times in finished)
    counted = sum(1 for times in finished for t in times if begin < t <= end)
    if counted == 0 or end <= begin:  # one request each, or no overlap: fall back to the whole run
        all_times = sorted(t for times in finished for t in times)
        return (len(all_times) - 1) / max(1e-9, all_times[-1] - all_times[0])
    return counted / (end - begin)
