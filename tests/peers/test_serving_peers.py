"""Tepi's remote clients against servers no one here wrote: MLServer and the KServe SDK's model server.

Both leave their V2 metadata empty unless an operator declares it, and name their
outputs their own way (``output_0``, ``output-0``); KServe's V1 protocol has no
metadata route at all. Tepi sends the pack's own input then and says so once in
the log; metadata that does declare a shape the pack cannot make stays an error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import numpy as np
import pytest

from inference import open_predictor
from inference.backends.endpoint import Endpoint
from inference.backends.litert import LiteRTBackend
from inference.backends.remote import RemoteBackend, remote_backend
from inference.errors import RemoteModelNotFound, RemoteProtocolError
from inference.images import load_image
from inference.modelpack import load_manifest
from tests.peers.conftest import SAMPLES
from tests.peers.servers import DIGITS, Peer, start_kserve, start_mlserver

PACK = load_manifest(DIGITS.parent)
WRONG_INPUT = {"inputs": [{"name": "image", "datatype": "FP32", "shape": [-1, 28, 28, 1]}]}
WRONG_TYPE = {"inputs": [{"name": "image", "datatype": "BYTES", "shape": [-1]}]}
DECLARED = {
    "inputs": [{"name": "image", "datatype": "FP32", "shape": [-1, 8, 8, 1]}],
    "outputs": [{"name": "probabilities", "datatype": "FP32", "shape": [-1, 10]}],
}


@pytest.fixture(scope="module")
def mlserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    models = {"digits": DIGITS, "digits-wrong": DIGITS, "digits-bytes": DIGITS, "digits-declared": DIGITS}
    declared = {"digits-wrong": WRONG_INPUT, "digits-bytes": WRONG_TYPE, "digits-declared": DECLARED}
    peer = start_mlserver(tmp_path_factory.mktemp("mlserver"), models, declared)
    yield peer
    peer.stop()


@pytest.fixture(scope="module")
def kserve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    peer = start_kserve(tmp_path_factory.mktemp("kserve"), {"digits": DIGITS})
    yield peer
    peer.stop()


@pytest.fixture(scope="module")
def samples() -> tuple[np.ndarray, np.ndarray]:
    """The digit samples as the pack preprocesses them, and LiteRT's scores for them here."""
    batch = np.stack([load_image(p, PACK.input).tensor for p in sorted(SAMPLES.glob("digit-*"))])
    with LiteRTBackend(DIGITS) as local:
        return batch, local.predict(batch)


def _backend(url: str, protocol: str = "v2", model: str = "digits") -> RemoteBackend:
    return remote_backend(Endpoint(url, protocol=protocol, model=model, retries=0), PACK)


def _assumptions(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "inference.backends.remote"]


def test_v2_client_follows_mlserver_with_empty_metadata(mlserver: Peer, samples, caplog) -> None:
    batch, expected = samples
    caplog.set_level(logging.INFO, logger="inference.backends.remote")
    with _backend(mlserver.url) as backend:
        for _ in range(3):
            np.testing.assert_allclose(backend.predict(batch), expected, atol=1e-5)
        np.testing.assert_allclose(backend.predict(batch[:1]), expected[:1], atol=1e-5)
        assert backend.info().inputs[0].shape == (-1, 8, 8, 1)
    said = _assumptions(caplog)
    assert said == [
        f"The remote model 'digits' at {mlserver.url[7:]} declares no inputs; "
        "Tepi sends the pack's 8×8×1 FP32 input unchecked."
    ]


def test_predictor_on_mlserver_answers_the_samples(mlserver: Peer) -> None:
    endpoint = Endpoint(mlserver.url, model="digits")
    with open_predictor("digits", remote=endpoint, policy="remote-only") as predictor:
        for sample in ("digit-0.png", "digit-3.png", "digit-7.png"):
            prediction, _ = predictor.predict_image(SAMPLES / sample)
            assert prediction.label == sample[6]
            assert prediction.backend == f"remote v2 {mlserver.url[7:]}"


def test_declared_output_name_that_differs_is_followed_and_said_once(mlserver: Peer, samples, caplog) -> None:
    batch, expected = samples
    caplog.set_level(logging.INFO, logger="inference.backends.remote")
    with _backend(mlserver.url, model="digits-declared") as backend:
        np.testing.assert_allclose(backend.predict(batch), expected, atol=1e-5)
        np.testing.assert_allclose(backend.predict(batch), expected, atol=1e-5)
    assert _assumptions(caplog) == [
        f"The remote model 'digits-declared' at {mlserver.url[7:]} answers with 'output_0', "
        "not the declared 'probabilities'; Tepi takes it as the scores."
    ]


def test_declared_shape_or_datatype_that_conflicts_is_one_clear_error(mlserver: Peer) -> None:
    with pytest.raises(RemoteProtocolError) as caught, _backend(mlserver.url, model="digits-wrong"):
        pass
    assert str(caught.value) == (
        f"The remote model 'digits-wrong' at {mlserver.url[7:]} takes input of shape 28×28×1, "
        "but this model pack prepares 8×8×1."
    )
    with pytest.raises(RemoteProtocolError) as caught, _backend(mlserver.url, model="digits-bytes"):
        pass
    assert str(caught.value) == (
        f"The remote model 'digits-bytes' at {mlserver.url[7:]} takes BYTES input, "
        "but Tepi sends preprocessed FP32 values."
    )


def test_v2_client_follows_kserve(kserve: Peer, samples, caplog) -> None:
    batch, expected = samples
    caplog.set_level(logging.INFO, logger="inference.backends.remote")
    with _backend(kserve.url) as backend:
        assert backend.ready()
        np.testing.assert_allclose(backend.predict(batch), expected, atol=1e-5)
    assert [m for m in _assumptions(caplog) if "declares no inputs" in m]


def test_tfserving_client_follows_kserve_v1(kserve: Peer, samples, caplog) -> None:
    """KServe's V1 has no /metadata route: its 404 there is not an error, the model's status decides."""
    batch, expected = samples
    caplog.set_level(logging.INFO, logger="inference.backends.remote")
    with _backend(kserve.url, protocol="tfserving") as backend:
        assert backend.ready()
        np.testing.assert_allclose(backend.predict(batch), expected, atol=1e-5)
        np.testing.assert_allclose(backend.predict(batch[:1]), expected[:1], atol=1e-5)
    assert _assumptions(caplog) == [
        f"The remote model 'digits' at {kserve.url[7:]} offers no metadata; "
        "Tepi sends the pack's 8×8×1 FP32 input unchecked."
    ]
    with pytest.raises(RemoteModelNotFound), _backend(kserve.url, protocol="tfserving", model="nonesuch"):
        pass


def test_predictor_on_kserve_v1_answers_the_samples(kserve: Peer) -> None:
    endpoint = Endpoint(kserve.url, protocol="tfserving", model="digits")
    with open_predictor("digits", remote=endpoint, policy="remote-only") as predictor:
        prediction, _ = predictor.predict_image(SAMPLES / "digit-5.png")
    assert prediction.label == "5" and prediction.backend == f"remote tfserving {kserve.url[7:]}"

