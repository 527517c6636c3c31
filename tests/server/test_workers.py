"""``serve --workers 2``: two real server processes on one port, one /metrics, one drain."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from pathlib import Path

import numpy as np
import psutil
import requests

from tests.server.conftest import MODELS, Server, digit_batch, read_response, start_server, v2_body


def workers_of(server: Server) -> list[psutil.Process]:
    """The server's worker processes (not multiprocessing's resource tracker)."""
    found = []
    for child in psutil.Process(server.process.pid).children():
        try:
            if child.status() != psutil.STATUS_ZOMBIE and "resource_tracker" not in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:  # gone, or dead and not yet reaped
            continue
    return found


def wait_for_workers(server: Server, count: int, timeout: float = 90.0) -> list[psutil.Process]:
    """Until ``count`` workers run and every one of them has the model loaded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = workers_of(server)
        ready = server.metric("tepi_server_model_ready", model="digits") == 1.0
        if len(found) == count and ready and _files(found[0], "gauge_livemin") == count:
            return found
        assert server.process.poll() is None, server.log.read_text()
        time.sleep(0.2)
    raise AssertionError(f"{count} ready workers expected:\n{server.log.read_text()}")


def _files(worker: psutil.Process, kind: str) -> int:
    """How many live workers wrote ``kind`` values into the shared metrics folder."""
    folder = Path(worker.environ()["PROMETHEUS_MULTIPROC_DIR"])
    return len(list(folder.glob(f"{kind}_*.db")))


def infer(server: Server, rows: int, seed: int) -> np.ndarray:
    answer = requests.post(
        server.url + "/v2/models/digits/infer", json=v2_body(digit_batch(rows, seed=seed)), timeout=30
    )
    assert answer.status_code == 200, answer.text
    output = answer.json()["outputs"][0]
    return np.array(output["data"]).reshape(output["shape"])


def test_two_workers_answer_count_together_and_drain(tmp_path: Path, digits_reference) -> None:
    server = start_server(MODELS / "digits", tmp_path / "home", "--workers", "2", "--max-delay-ms", "50")
    try:
        first, second = wait_for_workers(server, 2)
        for seed in range(12):  # a new connection each: the kernel spreads them over both workers
            np.testing.assert_allclose(
                infer(server, 2, seed), digits_reference.predict(digit_batch(2, seed=seed)), atol=1e-5
            )
        for _ in range(4):  # whichever worker is scraped, it counts everyone's requests
            assert server.metric("tepi_server_requests_total", endpoint="infer", code="200") == 12
        assert first.cpu_times().user > 0 and second.cpu_times().user > 0

        second.kill()  # a worker that dies is replaced, and the server keeps answering meanwhile
        deadline = time.monotonic() + 10
        while second.pid in {w.pid for w in workers_of(server)} and time.monotonic() < deadline:
            time.sleep(0.1)  # until the parent has reaped it
        replaced = wait_for_workers(server, 2)
        assert second.pid not in {w.pid for w in replaced}
        infer(server, 1, 99)

        host, port = server.url.removeprefix("http://").split(":")
        body = json.dumps(v2_body(digit_batch(3, seed=5))).encode()
        sock = socket.create_connection((host, int(port)), timeout=20)
        head = f"POST /v2/models/digits/infer HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n\r\n"
        sock.sendall(head.encode() + body[:100])
        time.sleep(0.3)
        server.process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        with sock:  # a request half-sent at SIGTERM still completes
            sock.sendall(body[100:])
            status, payload = read_response(sock)
        assert status == 200, payload
        assert server.process.wait(40) == 0, server.log.read_text()
        assert not [w for w in replaced if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]
        assert "Traceback" not in server.log.read_text()
    finally:
        server.stop()
        for worker in workers_of(server) if server.process.poll() is None else []:
            os.kill(worker.pid, signal.SIGKILL)
