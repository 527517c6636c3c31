"""Fixtures for the desktop's remote side: an in-memory keyring, real servers on loopback, quick retries.

The servers are the ones the remote tests use (``tests/remote/conftest.py``):
Tepi's reference server (``python -m inference serve``) with an API key, and
the misbehaving fault server.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from tests.inference.test_secrets import MemoryKeyring
from tests.remote.conftest import (
    API_KEY,
    FaultServer,
    ReferenceServer,
    _stop,
    free_port,
    start_fault_server,
    start_reference_server,
)

__all__ = ["API_KEY", "free_port", "start_reference_server", "stop_server"]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fast_replay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Probe a missing server every fraction of a second instead of backing off to a minute."""
    from desktop.controllers import queue as offline_queue

    monkeypatch.setattr(offline_queue, "IDLE_S", 0.3)
    monkeypatch.setattr(offline_queue, "FIRST_DELAY_S", 0.2)
    monkeypatch.setattr(offline_queue, "MAX_DELAY_S", 0.5)


@pytest.fixture(scope="module")
def reference_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReferenceServer]:
    """``python -m inference serve`` over the bundled packs, with an API key."""
    server = start_reference_server(tmp_path_factory.mktemp("reference"), "--api-key", API_KEY)
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def fault_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultServer]:
    server = start_fault_server(tmp_path_factory.mktemp("fault"))
    yield server
    stop_server(server)


def stop_server(server: ReferenceServer | FaultServer) -> None:
    _stop(server.process)
    if server.process.stdout is not None:
        server.process.stdout.close()
