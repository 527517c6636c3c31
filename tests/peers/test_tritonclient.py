"""NVIDIA's tritonclient[http] against Tepi's reference server: metadata, JSON and binary tensors."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from inference.backends.litert import LiteRTBackend
from inference.images import load_image
from inference.modelpack import load_manifest
from tests.peers.conftest import ROOT, SAMPLES
from tests.peers.servers import DIGITS, Peer, peer_python, start_reference_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    peer = start_reference_server(tmp_path_factory.mktemp("triton-home"))
    peer.wait_ready("/v2/health/ready")
    yield peer
    peer.stop()


def test_tritonclient_reads_metadata_and_gets_the_same_scores(server: Peer, tmp_path: Path) -> None:
    python = peer_python("mlserver")
    pack = load_manifest(DIGITS.parent)
    batch = np.stack([load_image(p, pack.input).tensor for p in sorted(SAMPLES.glob("digit-*"))])
    np.save(tmp_path / "batch.npy", batch)
    command = [str(python), str(Path(__file__).with_name("triton_client.py")), server.url[7:], "digits",
               str(tmp_path / "batch.npy")]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["metadata"]["inputs"][0]["shape"] == [-1, 8, 8, 1]
    with LiteRTBackend(DIGITS) as local:
        expected = local.predict(batch)
    np.testing.assert_allclose(answer["binary"], expected, atol=1e-5)
    np.testing.assert_allclose(answer["json"], expected, atol=1e-5)
