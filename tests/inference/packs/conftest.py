"""Keys and packs for the signing, trust, store and update tests: real keys, real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inference.packs.keys import KeyPair, generate_keypair

ROOT = Path(__file__).resolve().parents[3]
IRIS = ROOT / "resources" / "models" / "iris"


@pytest.fixture(scope="session")
def key_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("keys")


@pytest.fixture(scope="session")
def acme(key_dir: Path) -> KeyPair:
    """The publisher's key pair (private key unencrypted)."""
    return generate_keypair(key_dir, "acme")


@pytest.fixture(scope="session")
def other(key_dir: Path) -> KeyPair:
    """Someone else's key pair."""
    return generate_keypair(key_dir, "other")


def make_pack(folder: Path, *, version: str = "1.0") -> Path:
    """The iris pack with its labels in labels.txt (a file only the signature covers) and a version."""
    shutil.copytree(IRIS, folder)
    (folder / "model.sig").unlink(missing_ok=True)
    (folder / "labels.txt").write_text("setosa\nversicolor\nvirginica\n", encoding="utf-8")
    text = (folder / "model.toml").read_text(encoding="utf-8")
    text = text.replace('labels = ["setosa", "versicolor", "virginica"]', 'labels_file = "labels.txt"')
    text = text.replace('version = "1.0"', f'version = "{version}"')
    (folder / "model.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "iris")
