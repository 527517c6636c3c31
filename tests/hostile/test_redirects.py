"""A redirect to another host never carries the endpoint's secret (requests strips only ``Authorization``).

Two real server processes on 127.0.0.1: one answers every request with a 307
to the other, which logs the headers it receives.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inference.backends.endpoint import Endpoint, make_session

SERVER = Path(__file__).with_name("redirect_server.py")


def _start(log: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--log", str(log), *extra], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("PORT "), line
    return process, f"http://127.0.0.1:{int(line.split()[1])}"


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """(redirecting URL, its log, the elsewhere server's log)."""
    elsewhere, elsewhere_url = _start(tmp_path / "elsewhere.log")
    redirector, url = _start(tmp_path / "redirector.log", "--redirect-to", elsewhere_url)
    yield url, tmp_path / "redirector.log", tmp_path / "elsewhere.log"
    for process in (redirector, elsewhere):
        process.terminate()
        process.wait(10)


def _headers(log: Path) -> list[dict[str, str]]:
    return [
        {k.lower(): v for k, v in json.loads(line)["headers"].items()}
        for line in log.read_text().splitlines()
    ]


@pytest.mark.parametrize("auth_header", ["X-API-Key", "Authorization"])
def test_the_secret_stays_with_the_endpoint(servers, auth_header: str) -> None:
    url, redirector_log, elsewhere_log = servers
    endpoint = Endpoint(url, token="s3cret-token", auth_header=auth_header, retries=0)
    session = make_session(endpoint)
    response = session.post(url + "/v2/models/digits/infer", json={"inputs": []}, timeout=10)
    assert response.status_code == 200 and response.json() == {"ok": True}  # the redirect was followed
    assert "s3cret-token" in json.dumps(_headers(redirector_log))  # the endpoint itself got it
    assert "s3cret-token" not in json.dumps(_headers(elsewhere_log))  # the other host did not
    assert auth_header.lower() not in _headers(elsewhere_log)[0]
