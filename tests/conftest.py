"""Shared fixtures: every test gets its own Tepi home, so no test touches real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def tepi_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private TEPI_HOME (data, cache and log folders) for each test."""
    home = tmp_path_factory.mktemp("tepi-home")
    monkeypatch.setenv("TEPI_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return ROOT / "resources" / "samples"
