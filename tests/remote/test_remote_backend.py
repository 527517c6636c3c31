"""Remote backends against a real misbehaving server process: every fault becomes one typed sentence."""

from __future__ import annotations

import time

import numpy as np
import pytest

from inference.backends.endpoint import Endpoint
from inference.backends.litert import LiteRTBackend
from inference.backends.remote import RemoteV2Backend, TFServingBackend, remote_backend
from inference.errors import (
    RemoteAuthError,
    RemoteModelNotFound,
    RemoteProtocolError,
    RemoteTimeout,
    RemoteUnavailable,
    UsageError,
)
from inference.formats import open_model
from tests.remote.conftest import DIGITS, free_port

BATCH = np.random.default_rng(3).uniform(0, 1, (5, 8, 8, 1)).astype(np.float32)


@pytest.fixture(scope="module")
def local_scores() -> np.ndarray:
    with LiteRTBackend(DIGITS / "digits.tflite", threads=1) as backend:
        return backend.predict(BATCH)


def backend_for(url: str, protocol: str = "v2", **settings: object) -> RemoteV2Backend | TFServingBackend:
    options = {"retries": 1, "backoff": 0.05, "cold_start_s": 0.0, **settings}
    return remote_backend(Endpoint(url, protocol=protocol, **options), open_model("digits"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("protocol", "settings"),
    [
        ("v2", {}),
        ("tfserving", {}),
        ("tfserving", {"tfserving_format": "inputs", "signature_name": "serving_default"}),
        ("tfserving", {"predict_path": "/invocations"}),
    ],
    ids=["v2", "tfserving-rows", "tfserving-columns", "sagemaker-invocations"],
)
def test_remote_answers_equal_local_answers(fault, local_scores, protocol, settings) -> None:
    backend = backend_for(fault.url, protocol, **settings)
    with backend:
        remote = backend.predict(BATCH)
        info = backend.info()
    np.testing.assert_allclose(remote, local_scores, atol=1e-6)
    assert backend.kind == f"remote {protocol} 127.0.0.1:{fault.port}"
    if "predict_path" in settings:
        assert fault.stats().get("POST /invocations") == 1
    else:
        assert info.inputs[0].shape == (-1, 8, 8, 1) and info.details["model"] == "digits"
        assert info.runtime == f"remote {protocol}"


def test_metadata_is_fetched_once(fault) -> None:
    with backend_for(fault.url) as backend:
        for _ in range(3):
            backend.predict(BATCH[:1])
    stats = fault.stats()
    assert stats["GET /v2/models/digits/versions/1"] == 1
    assert stats["POST /v2/models/digits/versions/1/infer"] == 3


def test_server_down_is_unavailable_quickly() -> None:
    backend = backend_for(f"http://127.0.0.1:{free_port()}")
    start = time.monotonic()
    with pytest.raises(RemoteUnavailable, match=r"cannot be reached \(connection refused\)") as caught:
        backend.predict(BATCH)
    assert time.monotonic() - start < 3
    assert not isinstance(caught.value, RemoteTimeout)
    assert backend.ready() is False


def test_slower_than_the_read_timeout_is_a_timeout(fault) -> None:
    backend = backend_for(fault.url, read_timeout=0.5)
    backend.load()
    fault.set("slow", delay=3)
    start = time.monotonic()
    with pytest.raises(RemoteTimeout, match=r"did not answer within 0.5 s"):
        backend.predict(BATCH)
    assert time.monotonic() - start < 2.5  # read timeouts are not retried


@pytest.mark.parametrize(
    ("body", "detail"),
    [("error", "the model crashed"), ("detail", "the model crashed"), ("html", "Internal Server Error boom")],
)
def test_http_500_becomes_one_sentence_whatever_the_body(fault, body, detail) -> None:
    backend = backend_for(fault.url)
    backend.load()
    fault.set("error500", body=body)
    with pytest.raises(RemoteUnavailable) as caught:
        backend.predict(BATCH)
    assert str(caught.value) == (
        f"The remote endpoint 127.0.0.1:{fault.port} answered HTTP 500 Internal Server Error: {detail}."
    )
    assert caught.value.status_code == 500


def test_503_then_ready_is_waited_out_and_reported(fault, local_scores) -> None:
    heard: list[str] = []
    endpoint = Endpoint(fault.url, retries=1, backoff=0.05, cold_start_s=10)
    backend = remote_backend(endpoint, open_model("digits"), on_status=heard.append)
    fault.set("cold", seconds=1.5)
    start = time.monotonic()
    np.testing.assert_allclose(backend.predict(BATCH), local_scores, atol=1e-6)
    assert 1.4 < time.monotonic() - start < 8
    assert heard == [
        f"The remote endpoint 127.0.0.1:{fault.port} is waking up; waiting up to 10 s for it to be ready."
    ]


def test_503_beyond_the_cold_start_budget_gives_up(fault) -> None:
    fault.set("cold", seconds=60)
    backend = backend_for(fault.url, cold_start_s=0.6)
    start = time.monotonic()
    with pytest.raises(RemoteUnavailable, match=r"HTTP 503 .*loading \(still not ready after 0.6 s\)"):
        backend.predict(BATCH)
    assert time.monotonic() - start < 4
    assert backend.ready() is False


def test_429_honours_retry_after(fault, local_scores) -> None:
    backend = backend_for(fault.url)
    backend.load()
    fault.set("throttle", count=1)
    start = time.monotonic()
    np.testing.assert_allclose(backend.predict(BATCH), local_scores, atol=1e-6)
    assert time.monotonic() - start >= 0.9  # Retry-After: 1
    assert fault.stats()["POST /v2/models/digits/versions/1/infer"] == 2


@pytest.mark.parametrize("protocol", ["v2", "tfserving"])
def test_malformed_json_is_a_protocol_error(fault, protocol) -> None:
    backend = backend_for(fault.url, protocol)
    backend.load()
    fault.set("malformed")
    with pytest.raises(RemoteProtocolError, match=r"answered with a body that is not JSON"):
        backend.predict(BATCH)


def test_connection_reset_mid_answer_is_unavailable(fault) -> None:
    backend = backend_for(fault.url)
    backend.load()
    fault.set("reset")
    with pytest.raises(RemoteUnavailable, match=r"cannot be reached \(the connection broke off mid-answer\)"):
        backend.predict(BATCH)


@pytest.mark.parametrize("protocol", ["v2", "tfserving"])
def test_wrong_input_shape_is_refused_before_sending(fault, protocol) -> None:
    fault.set("wrong_shape")
    with pytest.raises(RemoteProtocolError) as caught:
        backend_for(fault.url, protocol).predict(BATCH)
    assert str(caught.value) == (
        f"The remote model 'digits' version 1 at 127.0.0.1:{fault.port} takes input of shape 28×28×1, "
        "but this model pack prepares 8×8×1."
    )
    assert not any(key.startswith("POST") for key in fault.stats())


def test_wrong_number_of_output_rows_is_refused(fault) -> None:
    backend = backend_for(fault.url)
    backend.load()
    fault.set("wrong_rows")
    with pytest.raises(RemoteProtocolError, match=r"answered 5 inputs with output of shape \[4, 10\]"):
        backend.predict(BATCH)


def test_401_is_an_auth_error_and_the_token_is_sent(fault, local_scores) -> None:
    fault.set("auth", token="s3cret")
    with pytest.raises(RemoteAuthError) as caught:
        backend_for(fault.url).predict(BATCH)
    assert str(caught.value) == (
        f"The remote endpoint 127.0.0.1:{fault.port} answered HTTP 401 Unauthorized: "
        "Not authenticated; check the token or API key."
    )
    np.testing.assert_allclose(backend_for(fault.url, token="s3cret").predict(BATCH), local_scores, atol=1e-6)
    fault.set("auth", token="k3y", header="X-API-Key")
    backend = backend_for(fault.url, token="k3y", auth_header="X-API-Key")
    np.testing.assert_allclose(backend.predict(BATCH), local_scores, atol=1e-6)


@pytest.mark.parametrize("protocol", ["v2", "tfserving"])
def test_unknown_model_is_not_found(fault, protocol) -> None:
    backend = backend_for(fault.url, protocol, model="nope")
    with pytest.raises(RemoteModelNotFound, match=r"HTTP 404 Not Found: .*nope"):
        backend.load()


@pytest.mark.parametrize("protocol", ["v2", "tfserving"])
def test_ready_probe(fault, protocol) -> None:
    backend = backend_for(fault.url, protocol)
    assert backend.ready() is True
    fault.set("cold", seconds=60)
    assert backend.ready() is False


def test_endpoint_settings_are_checked_and_keep_secrets_out() -> None:
    with pytest.raises(UsageError, match="must start with http"):
        Endpoint("ftp://host")
    with pytest.raises(UsageError, match="Unknown protocol"):
        Endpoint("http://h", protocol="grpc")
    with pytest.raises(UsageError, match="must start with '/'"):
        Endpoint("http://h", predict_path="invocations")
    endpoint = Endpoint("https://example.org/prefix/", token="tok")
    assert endpoint.host == "example.org:443" and endpoint.key == "https://example.org:443"
    assert endpoint.headers() == {"Authorization": "Bearer tok"}
    assert "tok" not in repr(endpoint) and "tok" not in endpoint.to_json()
    again = Endpoint.from_json(endpoint.to_json(), token="other")
    assert again == endpoint and again.token == "other"
