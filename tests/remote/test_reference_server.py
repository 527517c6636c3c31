"""Client, router, queue replay and CLI against Tepi's own reference server, on both protocols."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.backends.endpoint import Endpoint
from inference.backends.litert import LiteRTBackend
from inference.backends.remote import remote_backend
from inference.errors import RemoteAuthError, RemoteModelNotFound, RemoteProtocolError
from inference.formats import open_model
from inference.offline import OfflineQueue, Replayer
from inference.results import Prediction
from tests.remote.conftest import API_KEY, DIGITS, ROOT, SAMPLES

PROTOCOLS = ["v2", "tfserving"]
BATCH = np.random.default_rng(8).uniform(0, 1, (6, 8, 8, 1)).astype(np.float32)


def endpoint(server, protocol: str = "v2", **settings: object) -> Endpoint:
    return Endpoint(server.url, protocol=protocol, token=API_KEY, **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_remote_backend_matches_local_inference(reference_server, protocol) -> None:
    with LiteRTBackend(DIGITS / "digits.tflite") as local:
        want = local.predict(BATCH)
    with remote_backend(endpoint(reference_server, protocol), open_model("digits")) as backend:
        np.testing.assert_allclose(backend.predict(BATCH), want, atol=1e-5)
        info = backend.info()
        assert backend.ready()
    assert info.inputs[0].shape[1:] == (8, 8, 1)


def test_v2_client_sends_binary_tensors_when_the_server_offers_them(reference_server) -> None:
    """Tepi's server lists the binary tensor extension: the client sends raw bytes and reads raw
    bytes back, with the same answers as JSON numbers; ``binary=False`` keeps JSON."""
    with LiteRTBackend(DIGITS / "digits.tflite") as local:
        want = local.predict(BATCH)
    kinds = {}
    for binary in (True, False):
        with remote_backend(endpoint(reference_server, binary=binary), open_model("digits")) as backend:
            backend.load()
            sent = backend._encode(BATCH)
            answer = backend._send(sent)
            kinds[binary] = (type(sent).__name__, answer.headers.get("Content-Type") if binary else "json")
            np.testing.assert_allclose(backend.predict(BATCH), want, atol=1e-5)
            assert backend.binary is binary
    assert kinds[True] == ("BinaryCall", "application/octet-stream")
    assert kinds[False] == ("dict", "json")


def test_columnar_tf_serving_bodies_work_too(reference_server) -> None:
    settings = {"tfserving_format": "inputs"}
    with remote_backend(endpoint(reference_server, "tfserving", **settings), open_model("digits")) as backend:
        assert backend.predict(BATCH).shape == (6, 10)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_remote_placed_demo_pack_runs_remotely_by_default(reference_server, protocol) -> None:
    with open_predictor("digits-large", remote=endpoint(reference_server, protocol)) as predictor:
        assert predictor.router.policy == "prefer-remote"
        outcomes = list(predictor.predict_paths(sorted(SAMPLES.glob("digit-*.png"))))
    host = reference_server.url.removeprefix("http://")
    assert all(isinstance(o, Prediction) for o in outcomes)
    assert {o.backend for o in outcomes} == {f"remote {protocol} {host}"}
    assert [o.label for o in outcomes] == [Path(o.input).stem.split("-")[1] for o in outcomes]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_tabular_rows_run_remotely_and_agree_with_local(reference_server, protocol) -> None:
    csv = SAMPLES / "iris.csv"
    with open_predictor("iris", policy="local-only") as local:
        want = [o.label for o in local.predict_paths([csv])]
    with open_predictor("iris", remote=endpoint(reference_server, protocol), policy="remote-only") as remote:
        got = list(remote.predict_paths([csv]))
    assert [o.label for o in got] == want and got[0].backend.startswith(f"remote {protocol}")


def test_a_pack_that_does_not_fit_the_served_model_is_refused(reference_server) -> None:
    backend = remote_backend(endpoint(reference_server, model="iris"), open_model("digits"))
    with pytest.raises(RemoteProtocolError) as caught:
        backend.load()
    host = reference_server.url.removeprefix("http://")
    assert str(caught.value) == (
        f"The remote model 'iris' at {host} takes input of shape 4, but this model pack prepares 8×8×1."
    )


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_missing_key_and_unknown_model_are_typed(reference_server, protocol) -> None:
    no_key = Endpoint(reference_server.url, protocol=protocol)
    with pytest.raises(RemoteAuthError, match="HTTP 401"):
        remote_backend(no_key, open_model("digits")).load()
    with pytest.raises(RemoteModelNotFound, match="HTTP 404") as refused:
        unknown = endpoint(reference_server, protocol, model="no-such-model")
        remote_backend(unknown, open_model("digits")).load()
    detail = refused.value.params["detail"]  # the server's refusal, by its code: shown in any language
    assert detail["code"] == "server.not_served" and detail["params"]["model"] == "no-such-model"
    assert "tidak dilayani di sini" in refused.value.render("id")
    header_key = Endpoint(reference_server.url, protocol=protocol, token=API_KEY, auth_header="X-API-Key")
    assert remote_backend(header_key, open_model("digits")).predict(BATCH[:1]).shape == (1, 10)


def test_queued_csv_rows_replay_with_their_columns(reference_server, tmp_path) -> None:
    csv = tmp_path / "flowers.csv"
    csv.write_text((SAMPLES / "iris.csv").read_text())
    rows = [1, 2, 3]
    with OfflineQueue() as queue:
        entries = [(csv, str(csv), r) for r in rows]
        queue.enqueue_many(entries, model="iris", endpoint=endpoint(reference_server), kind="csv")
        csv.unlink()
        seen: list[Prediction] = []
        replayer = Replayer(queue, on_result=lambda item, outcome: seen.append(outcome),
                            tokens=lambda e: API_KEY)
        report = replayer.run_once()
        replayer.close()
    with open_predictor("iris", policy="local-only") as local:
        want = [o for o in local.predict_paths([SAMPLES / "iris.csv"])][:3]
    assert report.completed == 3 and [o.row for o in seen] == rows
    assert [o.label for o in seen] == [o.label for o in want]
    assert [o.extras for o in seen] == [o.extras for o in want]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_cli_prints_who_answered(reference_server, protocol, tepi_home) -> None:
    env = {**os.environ, "TEPI_HOME": str(tepi_home), "TEPI_REMOTE_URL": reference_server.url,
           "TEPI_REMOTE_TOKEN": API_KEY}
    command = [sys.executable, "-m", "inference", "predict", str(SAMPLES / "digit-7.png"), "--json",
               "--policy", "remote-only", "--protocol", protocol]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout)
    assert line["label"] == "7"
    assert line["backend"] == f"remote {protocol} {reference_server.url.removeprefix('http://')}"
    assert "fallback_reason" not in line
