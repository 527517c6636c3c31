"""Start-up (503 while loading, a broken pack), graceful shutdown, and the command's own errors."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import requests

from tests.server.conftest import MODELS, ROOT, digit_batch, read_response, start_server, v2_body


def keras_only_pack(root: Path, name: str, *, corrupt: bool = False) -> Path:
    """digits as a pack holding only its .keras file: loading it imports TensorFlow (seconds)."""
    from inference.modelpack import sha256_file

    folder = root / name
    folder.mkdir(parents=True)
    shutil.copy(MODELS / "digits" / "digits.keras", folder / "digits.keras")
    digest = "0" * 64 if corrupt else sha256_file(folder / "digits.keras")
    manifest = (MODELS / "digits" / "model.toml").read_text()
    start = manifest.index("[model]")
    end = manifest.index("[input]")
    model = f'[model]\nfiles = ["digits.keras"]\n\n[model.sha256]\n"digits.keras" = "{digest}"\n\n'
    manifest = manifest[:start] + model + manifest[end:]
    manifest = manifest.replace('name = "digits"', f'name = "{name}"').replace(
        'model = "digits"', f'model = "{name}"'
    )
    (folder / "model.toml").write_text(manifest)
    return folder


def test_models_answer_503_while_loading_then_serve(tmp_path: Path, digits_reference) -> None:
    keras_only_pack(tmp_path / "packs", "slow")
    keras_only_pack(tmp_path / "packs", "broken", corrupt=True)
    server = start_server(tmp_path / "packs", tmp_path / "home", ready=False)
    try:
        body = v2_body(digit_batch(2))
        loading = server.post("/v2/models/slow/infer", json=body)
        assert loading.status_code == 503, loading.text
        assert loading.headers["retry-after"] == "1" and "loading" in loading.json()["error"]
        assert server.get("/v2/health/ready").status_code == 503
        assert server.get("/v2/health/live").status_code == 200
        status = server.get("/v1/models/slow").json()["model_version_status"][0]
        assert status["state"] == "LOADING"
        assert server.post("/v1/models/slow:predict", json={"instances": [[0]]}).status_code == 503
        server.wait_ready()
        answer = server.post("/v2/models/slow/infer", json=body)
        assert answer.status_code == 200, answer.text
        assert server.get("/v2/models/slow").json()["platform"] == "tensorflow"
        got = np.array(answer.json()["outputs"][0]["data"]).reshape(2, 10)
        np.testing.assert_allclose(got, digits_reference.predict(digit_batch(2)), atol=1e-4)
        broken = server.get("/v1/models/broken").json()["model_version_status"][0]
        assert broken["state"] == "END" and "changed or damaged" in broken["status"]["error_message"]
        failed = server.post("/v2/models/broken/infer", json=body)
        assert failed.status_code == 500 and "could not be loaded" in failed.json()["error"]
    finally:
        assert server.stop() == 0


def test_sigterm_drains_requests_in_flight(tmp_path: Path, digits_reference) -> None:
    """Requests still uploading when SIGTERM arrives complete; new connections are refused; exit 0."""
    server = start_server(MODELS / "digits", tmp_path / "home", "--max-delay-ms", "50")
    host, port = server.url.removeprefix("http://").split(":")
    uploads = []
    for index in range(4):
        body = json.dumps(v2_body(digit_batch(1 + index, seed=index))).encode()
        sock = socket.create_connection((host, int(port)), timeout=20)
        head = (
            f"POST /v2/models/digits/infer HTTP/1.1\r\nHost: {host}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        sock.sendall(head.encode() + body[: len(body) // 2])
        uploads.append((index, sock, body))
    deadline = time.monotonic() + 10
    while server.metric("tepi_server_requests_in_flight") < 5 and time.monotonic() < deadline:
        time.sleep(0.05)  # 4 uploads + this scrape
    assert server.metric("tepi_server_requests_in_flight") >= 5
    server.process.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "/v2/health/live", timeout=2)
    assert server.process.poll() is None, "the server quit with requests in flight"
    for index, sock, body in uploads:
        with sock:
            sock.sendall(body[len(body) // 2 :])
            status, payload = read_response(sock)
        assert status == 200, payload
        output = json.loads(payload)["outputs"][0]
        expected = digits_reference.predict(digit_batch(1 + index, seed=index))
        np.testing.assert_allclose(np.array(output["data"]).reshape(output["shape"]), expected, atol=1e-5)
    assert server.process.wait(30) == 0, server.log.read_text()
    assert "Traceback" not in server.log.read_text()


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inference", "serve", *args],
        cwd=ROOT,
        env={**os.environ, "TEPI_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_refuses_bad_folders_and_busy_ports(tmp_path: Path) -> None:
    missing = run_cli("--models", str(tmp_path / "absent"), "--port", "0", home=tmp_path)
    assert missing.returncode == 2 and "is not a folder of model packs" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run_cli("--models", str(tmp_path / "empty"), "--port", "0", home=tmp_path)
    assert empty.returncode == 2 and "holds no model pack" in empty.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        taken = run_cli("--models", str(MODELS), "--port", str(port), home=tmp_path)
    assert taken.returncode == 2 and "already in use" in taken.stderr
    bad = run_cli("--models", str(MODELS), "--max-batch-size", "0", home=tmp_path)
    assert bad.returncode == 2 and "--max-batch-size" in bad.stderr
    for result in (missing, empty, taken, bad):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
