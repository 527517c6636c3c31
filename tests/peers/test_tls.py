"""Tepi's reference server behind real TLS (uvicorn, certificates made by trustme), and its client.

The certificate is issued for 127.0.0.1 by a CA of the test's own: trusted through
``--ca-bundle`` the client verifies it; with another CA's bundle, or with a URL
naming another host, it refuses, each time in one sentence.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from inference.backends.endpoint import Endpoint
from inference.backends.remote import remote_backend
from inference.errors import RemoteError
from inference.modelpack import load_manifest
from tests.peers.conftest import ROOT, SAMPLES
from tests.peers.servers import DIGITS, Peer, start_reference_server

PACK = load_manifest(DIGITS.parent)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tls")
    ca, other = trustme.CA(), trustme.CA()
    server = ca.issue_cert("127.0.0.1")
    paths = {name: folder / f"{name}.pem" for name in ("ca", "other_ca", "cert", "key")}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    other.cert_pem.write_to_path(str(paths["other_ca"]))
    server.private_key_pem.write_to_path(str(paths["key"]))
    paths["cert"].write_bytes(b"".join(blob.bytes() for blob in server.cert_chain_pems))
    return paths


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, certificates: dict[str, Path]) -> Iterator[Peer]:
    peer = start_reference_server(
        tmp_path_factory.mktemp("tls-home"),
        "--tls-cert", str(certificates["cert"]), "--tls-key", str(certificates["key"]),
    )  # fmt: skip
    peer.wait_ready("/v2/health/ready", verify=str(certificates["ca"]))
    yield peer
    peer.stop()


def _open(url: str, ca_bundle: Path) -> None:
    endpoint = Endpoint(url, model="digits", ca_bundle=str(ca_bundle), retries=0)
    with remote_backend(endpoint, PACK):
        pass


def test_cli_verifies_the_server_with_its_ca_bundle(tls_server: Peer, certificates, tepi_home) -> None:
    assert tls_server.url.startswith("https://127.0.0.1:")
    command = [sys.executable, "-m", "inference", "predict", str(SAMPLES / "digit-3.png"), "-m", "digits",
               "--remote", tls_server.url, "--policy", "remote-only", "--ca-bundle", str(certificates["ca"]),
               "--json"]  # fmt: skip
    env = {**os.environ, "TEPI_HOME": str(tepi_home)}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    assert answer["label"] == "3" and answer["backend"] == f"remote v2 {tls_server.url[8:]}"


def test_a_certificate_from_another_ca_is_refused(tls_server: Peer, certificates) -> None:
    with pytest.raises(RemoteError) as caught:
        _open(tls_server.url, certificates["other_ca"])
    assert str(caught.value) == (
        f"The remote endpoint {tls_server.url[8:]}'s TLS certificate is not signed by a certificate "
        "authority Tepi trusts; give its CA bundle."
    )


def test_a_certificate_for_another_host_is_refused(tls_server: Peer, certificates) -> None:
    url = tls_server.url.replace("127.0.0.1", "localhost")
    with pytest.raises(RemoteError) as caught:
        _open(url, certificates["ca"])
    assert str(caught.value) == (
        f"The remote endpoint {url[8:]}'s TLS certificate is for another host name, not localhost; "
        "check the URL."
    )

