"""A Space URL as a remote endpoint: the token from the keyring, a sleeping Space waited out.

The Space is the exported ``api`` folder's own command, behind a stand-in for
the Hub's front door (``space_front.py``) that answers 404 without the token
and 503 with an HTML page until the Space has woken up.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from inference.backends.endpoint import SPACE_COLD_START_S, Endpoint
from inference.cli import build_parser
from inference.cli.remote_args import endpoint_from_args
from inference.errors import RemoteModelNotFound
from inference.secrets import set_token
from inference.session import open_predictor
from tests.web.conftest import ROOT, SAMPLES, PageServer
from tests.web.test_space_export import export, start_cmd

TOKEN = "hf_test_0123456789"
FRONT = Path(__file__).with_name("space_front.py")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@dataclass
class Space:
    api: PageServer
    front: subprocess.Popen[str]
    url: str

    def wake_again(self, tmp_path: Path, sleep: float) -> None:
        """Put the front door back to sleep (a new front process, the same Space behind it)."""
        _stop(self.front)
        self.front, self.url = _start_front(self.api.url, sleep)


def _start_front(backend_url: str, sleep: float) -> tuple[subprocess.Popen[str], str]:
    port = backend_url.rsplit(":", 1)[1]
    command = [sys.executable, str(FRONT), "--backend-port", port, "--token", TOKEN, "--sleep", str(sleep)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()  # type: ignore[union-attr]
    match = re.match(r"PORT (\d+)", line)
    assert match, line
    return process, f"http://127.0.0.1:{match[1]}"


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="module")
def space(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Space]:
    tmp = tmp_path_factory.mktemp("space")
    api = start_cmd(export(tmp, "api", "digits"), tmp / "home", "/v2/health/ready")
    front, url = _start_front(api.url, sleep=2.0)
    space = Space(api, front, url)
    yield space
    _stop(space.front)
    api.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_token_from_the_keyring_and_the_wait_while_the_space_wakes(
    space: Space, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    space.wake_again(tmp_path, sleep=2.0)
    set_token(space.url, TOKEN)
    args = build_parser().parse_args(["predict", "x.png", "--remote", space.url, "--policy", "remote-only"])
    endpoint = endpoint_from_args(args)
    assert endpoint is not None and endpoint.token == TOKEN
    heard: list[str] = []
    with open_predictor("digits", remote=endpoint, policy="remote-only", on_status=heard.append) as p:
        prediction, _ = p.predict_image(SAMPLES / "digit-3.png")
    assert prediction.label == "3" and prediction.backend == f"remote v2 {space.url.removeprefix('http://')}"
    assert len(heard) == 1 and "is waking up; waiting up to 30 s" in heard[0]


def test_the_cli_says_the_server_is_waking_up_and_answers(space: Space, tmp_path: Path) -> None:
    space.wake_again(tmp_path, sleep=2.0)
    env = {**os.environ, "TEPI_HOME": str(tmp_path / "client"), "TEPI_REMOTE_TOKEN": TOKEN}
    result = subprocess.run(
        [sys.executable, "-m", "inference", "predict", str(SAMPLES / "digit-7.png"), "-m", "digits",
         "--remote", space.url, "--policy", "remote-only", "--json"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["label"] == "7"
    assert "is waking up; waiting up to 30 s for it to be ready." in result.stderr


def test_without_the_token_a_private_space_is_not_found(space: Space, no_token_env: None) -> None:
    endpoint = Endpoint(space.url, cold_start_s=5)
    with (
        open_predictor("digits", remote=endpoint, policy="remote-only") as predictor,
        pytest.raises(RemoteModelNotFound, match="HTTP 404"),
    ):
        predictor.predict_image(SAMPLES / "digit-3.png")


def test_a_space_url_gets_minutes_to_wake_and_the_hugging_face_token(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.delenv("TEPI_REMOTE_TOKEN", raising=False)
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    url = "https://someone-digits.hf.space"
    args = build_parser().parse_args(["predict", "x.png", "--remote", url])
    endpoint = endpoint_from_args(args)
    assert endpoint is not None and endpoint.is_space
    assert endpoint.cold_start_s == SPACE_COLD_START_S and endpoint.token == "hf_from_env"
    set_token(url, "hf_from_keyring")
    assert endpoint_from_args(args).token == "hf_from_keyring"  # type: ignore[union-attr]
    plain = endpoint_from_args(build_parser().parse_args(["predict", "x", "--remote", "http://127.0.0.1:9"]))
    assert plain is not None and not plain.is_space and plain.cold_start_s == 30 and plain.token is None


@pytest.fixture
def no_token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEPI_REMOTE_TOKEN", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
