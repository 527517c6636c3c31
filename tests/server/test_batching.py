"""Concurrency against micro-batching, and the Prometheus metrics that show it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import requests

from tests.server.conftest import Server, digit_batch, v2_body

CLIENTS = 32


def hammer(server: Server, rounds: int = 3) -> list[tuple[np.ndarray, requests.Response]]:
    """CLIENTS threads, each with its own connection, fire together ``rounds`` times."""
    barrier = threading.Barrier(CLIENTS)

    def client(index: int) -> list[tuple[np.ndarray, requests.Response]]:
        session = requests.Session()
        session.headers.update(server.headers)
        results = []
        for round_ in range(rounds):
            rows = digit_batch(1 + index % 3, seed=index * 100 + round_)
            barrier.wait(timeout=30)
            if index % 2:
                response = session.post(
                    f"{server.url}/v2/models/digits/infer", json=v2_body(rows), timeout=30
                )
            else:
                url = f"{server.url}/v1/models/digits:predict"
                response = session.post(url, json={"instances": rows.tolist()}, timeout=30)
            results.append((rows, response))
        session.close()
        return results

    with ThreadPoolExecutor(CLIENTS) as pool:
        return [item for chunk in pool.map(client, range(CLIENTS)) for item in chunk]


def outputs_of(response: requests.Response) -> np.ndarray:
    body = response.json()
    if "predictions" in body:
        return np.array(body["predictions"], dtype=np.float32)
    output = body["outputs"][0]
    return np.array(output["data"], dtype=np.float32).reshape(output["shape"])


def test_concurrent_requests_are_batched_and_each_gets_its_own_rows(served: Server, digits_reference) -> None:
    count_before = served.metric("tepi_server_batch_size_count", model="digits")
    requests_before = served.metric("tepi_server_batch_requests_sum", model="digits")
    results = hammer(served)
    for rows, response in results:
        assert response.status_code == 200, response.text
        np.testing.assert_allclose(outputs_of(response), digits_reference.predict(rows), atol=1e-5)
    calls = served.metric("tepi_server_batch_size_count", model="digits") - count_before
    combined = served.metric("tepi_server_batch_requests_sum", model="digits") - requests_before
    assert combined == len(results)  # every request ran exactly once
    assert calls < combined  # so some backend calls carried several requests
    single = served.metric("tepi_server_batch_requests_bucket", model="digits", le="1.0")
    assert single < served.metric("tepi_server_batch_requests_count", model="digits")
    assert served.metric("tepi_server_queue_depth", model="digits") == 0


def test_batching_off_runs_every_request_alone(secured: Server) -> None:
    results = hammer(secured, rounds=1)
    assert all(response.status_code == 200 for _, response in results)
    total = secured.metric("tepi_server_batch_requests_count", model="digits")
    assert total >= len(results)
    assert secured.metric("tepi_server_batch_requests_bucket", model="digits", le="1.0") == total


def test_metrics_count_requests_latency_and_readiness(served: Server) -> None:
    served.get("/v2/models/digits")
    served.get("/v2/models/absent")
    served.post("/v2/models/digits/infer", json=v2_body(digit_batch(1)))
    text = served.get("/metrics").text
    assert served.get("/metrics").headers["content-type"].startswith("text/plain")
    for name in (
        "tepi_server_requests_total",
        "tepi_server_request_duration_seconds_bucket",
        "tepi_server_batch_size_bucket",
        "tepi_server_inference_duration_seconds_bucket",
        "tepi_server_queue_depth",
        "tepi_server_requests_in_flight",
    ):
        assert name in text
    assert served.metric("tepi_server_requests_total", protocol="v2", endpoint="metadata", code="404") >= 1
    assert served.metric("tepi_server_requests_total", protocol="v2", endpoint="infer", code="200") >= 1
    assert served.metric("tepi_server_request_duration_seconds_count", protocol="v2", endpoint="infer") >= 1
    for model in ("digits", "digits-large", "iris"):
        assert served.metric("tepi_server_model_ready", model=model) == 1
    assert "nope" not in text and "absent" not in text  # labels never carry raw paths
