"""Endpoint secrets through the keyring API, with an in-process keyring backend and with none at all."""

from __future__ import annotations

import argparse

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from inference.cli.remote_args import add_remote_arguments, endpoint_from_args
from inference.errors import SecretStoreError, UsageError
from inference.secrets import SERVICE, delete_token, endpoint_key, get_token, set_token


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (the OS keyring is not there in CI)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_endpoint_key_ignores_paths_and_fills_default_ports() -> None:
    assert endpoint_key("http://127.0.0.1:8500/v2/models") == "http://127.0.0.1:8500"
    assert endpoint_key("https://example.org") == "https://example.org:443"
    assert endpoint_key("example.org") == "https://example.org:443"


def test_tokens_are_stored_per_endpoint(memory_keyring) -> None:
    set_token("http://127.0.0.1:8500/", "abc")
    assert get_token("http://127.0.0.1:8500/v2") == "abc"
    assert get_token("http://127.0.0.1:8501") is None
    assert memory_keyring.store == {(SERVICE, "http://127.0.0.1:8500"): "abc"}
    assert delete_token("http://127.0.0.1:8500") is True
    assert delete_token("http://127.0.0.1:8500") is False
    with pytest.raises(SecretStoreError, match="empty token"):
        set_token("http://h", "")


def test_without_a_keyring_reading_finds_nothing_and_storing_says_what_to_do(no_keyring) -> None:
    assert get_token("http://127.0.0.1:8500") is None
    with pytest.raises(SecretStoreError, match="pass it with --token or TEPI_REMOTE_TOKEN"):
        set_token("http://127.0.0.1:8500", "abc")


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_remote_arguments(parser)
    return parser.parse_args(argv)


def test_cli_token_comes_from_flag_environment_or_keyring(memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv("TEPI_REMOTE_TOKEN", raising=False)
    set_token("http://127.0.0.1:8500", "from-keyring")
    assert endpoint_from_args(parse("--remote", "http://127.0.0.1:8500")).token == "from-keyring"
    monkeypatch.setenv("TEPI_REMOTE_TOKEN", "from-env")
    assert endpoint_from_args(parse("--remote", "http://127.0.0.1:8500")).token == "from-env"
    flagged = endpoint_from_args(parse("--remote", "http://127.0.0.1:8500", "--token", "from-flag"))
    assert flagged.headers() == {"Authorization": "Bearer from-flag"}
    custom = endpoint_from_args(parse("--remote", "http://127.0.0.1:8500", "--header", "X-API-Key: k1"))
    assert custom.headers() == {"X-API-Key": "k1"}


def test_cli_remote_flags_are_checked(monkeypatch) -> None:
    monkeypatch.delenv("TEPI_REMOTE_URL", raising=False)
    assert endpoint_from_args(parse()) is None
    with pytest.raises(UsageError, match="remote-only needs --remote"):
        endpoint_from_args(parse("--policy", "remote-only"))
    with pytest.raises(UsageError, match="--header takes 'Name: value'"):
        endpoint_from_args(parse("--remote", "http://h", "--header", "novalue"))
    flags = ["--remote", "http://h:1", "--protocol", "tfserving", "--remote-model", "m"]
    flags += ["--remote-version", "2", "--predict-path", "/invocations", "--read-timeout", "5"]
    flags += ["--insecure", "--token", "t"]
    endpoint = endpoint_from_args(parse(*flags))
    assert (endpoint.protocol, endpoint.model, endpoint.version, endpoint.predict_path) == (
        "tfserving", "m", "2", "/invocations"
    )
    assert endpoint.read_timeout == 5 and endpoint.verify is False
