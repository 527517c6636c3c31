"""The router, ``open_predictor`` and ``OfflinePredictor`` with a real local model and a faulty remote."""

from __future__ import annotations

import shutil
import time

import pytest

from inference import Predictor, open_predictor
from inference.backends.endpoint import Endpoint
from inference.errors import RemoteAuthError, RemoteProtocolError, RemoteUnavailable
from inference.offline import OfflinePredictor, OfflineQueue
from inference.results import Failure, Outcome, Prediction, Queued
from inference.routing import CircuitBreaker
from tests.remote.conftest import SAMPLES, free_port

DIGIT = SAMPLES / "digit-3.png"


def endpoint(url: str, **settings: object) -> Endpoint:
    return Endpoint(url, **{"retries": 0, "cold_start_s": 0.0, **settings})  # type: ignore[arg-type]


def one(predictor: Predictor | OfflinePredictor, path=DIGIT) -> Outcome:
    (outcome,) = predictor.predict_paths([path])
    return outcome


def test_prefer_local_never_contacts_the_remote(fault) -> None:
    with open_predictor("digits", remote=endpoint(fault.url), policy="prefer-local") as predictor:
        outcome = one(predictor)
    assert isinstance(outcome, Prediction)
    assert (outcome.label, outcome.backend, outcome.fallback_reason) == ("3", "local LiteRT", None)
    assert fault.stats() == {}


def test_prefer_remote_answers_remotely_without_loading_the_local_model(fault) -> None:
    with open_predictor("digits", remote=endpoint(fault.url), policy="prefer-remote") as predictor:
        outcome = one(predictor)
        assert predictor.router._local is None  # the local model was never loaded
    assert outcome.backend == f"remote v2 127.0.0.1:{fault.port}" and outcome.label == "3"
    assert outcome.to_json()["backend"] == f"remote v2 127.0.0.1:{fault.port}"


def test_prefer_remote_falls_back_to_local_when_the_remote_is_down() -> None:
    port = free_port()
    with open_predictor("digits", remote=endpoint(f"http://127.0.0.1:{port}"), policy="prefer-remote") as p:
        outcome = one(p)
    assert outcome.backend == "local LiteRT" and outcome.label == "3"
    reason = f"The remote endpoint 127.0.0.1:{port} cannot be reached (connection refused)."
    assert outcome.fallback_reason == reason
    assert outcome.to_json()["fallback_reason"] == outcome.fallback_reason


@pytest.mark.parametrize(
    ("mode", "options", "error"),
    [("auth", {"token": "x"}, RemoteAuthError), ("wrong_shape", {}, RemoteProtocolError)],
)
def test_no_fallback_on_errors_a_retry_elsewhere_would_hide(fault, mode, options, error) -> None:
    fault.set(mode, **options)
    with open_predictor("digits", remote=endpoint(fault.url), policy="prefer-remote") as predictor:
        outcome = one(predictor)
    assert isinstance(outcome, Failure) and outcome.kind == error.__name__


def test_circuit_breaker_skips_a_failing_remote_then_probes_once(fault) -> None:
    fault.set("error500")
    with open_predictor("digits", remote=endpoint(fault.url), policy="prefer-remote") as predictor:
        predictor.router.breaker = CircuitBreaker(threshold=2, cooldown_s=0.6)
        reasons = [one(predictor).fallback_reason for _ in range(4)]
        assert sum(fault.stats().values()) == 2  # the third and fourth never reached the server
        assert "HTTP 500" in reasons[0] and "HTTP 500" in reasons[1]
        assert reasons[2].startswith("The remote endpoint failed 2 times in a row; Tepi skips it for another")
        fault.set("ok")
        time.sleep(0.7)
        probe = one(predictor)
        after = one(predictor)
    assert probe.backend.startswith("remote v2") and probe.fallback_reason is None
    assert after.backend.startswith("remote v2")
    assert fault.stats()["POST /v2/models/digits/versions/1/infer"] == 2


def test_remote_only_with_the_endpoint_down_queues_a_copy_of_each_input(tmp_path) -> None:
    original = tmp_path / "mine.png"
    shutil.copy(DIGIT, original)
    down = endpoint(f"http://127.0.0.1:{free_port()}")
    with OfflineQueue() as queue, open_predictor("digits", remote=down, policy="remote-only") as predictor:
        offline = OfflinePredictor(predictor, queue)
        outcome = one(offline, original)
        pasted, image = offline.predict_image(DIGIT.read_bytes(), name="pasted.png")
    assert isinstance(outcome, Queued) and outcome.item_id == 1
    assert outcome.to_json()["queued"] is True and outcome.to_json()["code"] == "queue.waiting"
    assert outcome.reason["code"] == "remote.unreachable"
    assert isinstance(pasted, Queued) and image is None
    assert pasted.error.startswith("Waiting in the offline queue (item 2) until the endpoint answers: ")
    original.unlink()  # moving or deleting the original loses nothing
    with OfflineQueue() as queue:
        first, second = queue.items()
    assert (first.input, first.model, first.state) == (str(original), "digits", "pending")
    assert first.blob.read_bytes() == DIGIT.read_bytes()
    assert first.reason_code is not None and first.reason_code["code"] == "remote.unreachable"
    assert second.id == pasted.item_id and second.input == "pasted.png"
    assert Endpoint.from_json(first.endpoint) == down


def test_no_queue_when_a_local_copy_can_answer_or_queueing_is_off() -> None:
    down = endpoint(f"http://127.0.0.1:{free_port()}")
    with OfflineQueue() as queue, open_predictor("digits", remote=down, policy="prefer-remote") as predictor:
        outcome = one(OfflinePredictor(predictor, queue))
        assert isinstance(outcome, Prediction) and outcome.backend == "local LiteRT"
    with open_predictor("digits", remote=down, policy="remote-only") as predictor:
        outcome = one(predictor)  # not wrapped: nothing is parked
    assert isinstance(outcome, Failure) and outcome.kind == "RemoteUnavailable"
    assert outcome.code == "remote.unreachable"
    with OfflineQueue() as queue:
        assert queue.count() == 0


def test_remote_placed_pack_without_local_copy_queues(tmp_path) -> None:
    pack = tmp_path / "remote-digits"
    shutil.copytree(SAMPLES.parent / "models" / "digits", pack)
    manifest = (pack / "model.toml").read_text()
    start, end = manifest.index("[model]"), manifest.index("[input]")
    (pack / "model.toml").write_text(manifest[:start] + manifest[end:])
    with (
        OfflineQueue() as queue,
        open_predictor(pack, remote=endpoint(f"http://127.0.0.1:{free_port()}")) as predictor,
    ):
        assert predictor.router.policy == "prefer-local" and predictor.router.remote_only
        outcome = one(OfflinePredictor(predictor, queue))
    assert isinstance(outcome, Queued)
    with OfflineQueue() as queue:
        assert queue.items()[0].model == str(pack.resolve())


def test_a_remote_error_reaches_the_caller_as_its_type(fault) -> None:
    fault.set("reset")
    remote = endpoint(fault.url)
    predictor = open_predictor("digits", remote=remote, policy="remote-only")
    with predictor, pytest.raises(RemoteUnavailable):
        predictor.predict_image(DIGIT)
