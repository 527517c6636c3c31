"""Every refusal: its status, the protocol's ``{"error": ...}`` body (its code beside it), no traceback."""

from __future__ import annotations

import json
import socket

import pytest
import requests

from inference import text
from tests.server.conftest import API_KEY, Server, digit_batch, read_response, v2_body


def assert_error(response: requests.Response, status: int, *fragments: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "tepi_error"} and isinstance(body["error"], str) and body["error"]
    coded = body["tepi_error"]
    assert text.knows(coded["code"]) and text.render(coded["code"], coded["params"]) == body["error"]
    indonesian = text.render(coded["code"], coded["params"], "id")
    assert indonesian != body["error"] or coded["code"] == "server.http_error"  # Starlette's own words
    assert "Traceback" not in response.text and 'File "' not in response.text
    for fragment in fragments:
        assert fragment in body["error"]


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda t: t.update(shape=[2, 8, 8]), "has shape [2, 8, 8]"),
        (lambda t: t.update(shape=[2, 8, 8, 3], data=[0.0] * 384), "has shape [2, 8, 8, 3]"),
        (lambda t: t.update(shape=[0, 8, 8, 1], data=[]), "N at least 1"),
        (lambda t: t.update(datatype="INT32", data=[1] * 128), "is FP32, not INT32"),
        (lambda t: t.update(datatype="FP64"), "is FP32, not FP64"),
        (lambda t: t.update(datatype="FLOAT"), "Unknown datatype"),
        (lambda t: t.update(data=["a"] * 128), "holds text"),
        (lambda t: t.update(data=[0.5] * 100), "has 100 values"),
        (lambda t: t.update(name="pixels"), "takes one input named 'image'"),
        (lambda t: t.pop("shape"), "needs a shape"),
    ],
)
def test_v2_bad_tensor_is_400(served: Server, mutate, fragment: str) -> None:
    body = v2_body(digit_batch(2))
    mutate(body["inputs"][0])
    assert_error(served.post("/v2/models/digits/infer", json=body), 400, fragment)


def test_v2_bad_bodies_are_400(served: Server) -> None:
    url = "/v2/models/digits/infer"
    assert_error(served.post(url, data=b"{not json"), 400, "not valid JSON")
    assert_error(served.post(url, data=b"[" * 100_000 + b"]" * 100_000), 400)
    assert_error(served.post(url, json=[1, 2]), 400, "JSON object")
    assert_error(served.post(url, json={"inputs": []}), 400, "non-empty 'inputs'")
    assert_error(
        served.post(url, json=v2_body(digit_batch(1), outputs=[{"name": "logits"}])), 400, "no output"
    )


def test_tfserving_bad_requests_are_400(served: Server) -> None:
    url = "/v1/models/digits:predict"
    batch = digit_batch(1).tolist()
    assert_error(served.post(url, json={"instances": [[1, 2, 3]]}), 400, "has shape [1, 3]")
    assert_error(served.post(url, json={"instances": batch, "inputs": batch}), 400, "exactly one of")
    assert_error(served.post(url, json={"rows": batch}), 400, "exactly one of")
    assert_error(
        served.post(url, json={"signature_name": "classify_x", "instances": batch}),
        400,
        'Serving signature name: "classify_x" not found',
    )
    assert_error(served.post(url, json={"inputs": {"pixels": batch}}), 400, "named 'image'")
    assert_error(served.post(url, json={"instances": [["x"] * 8]}), 400)
    assert_error(served.post("/v1/models/digits:classify", json={"examples": []}), 400, ":predict only")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/v2/models/nope"),
        ("get", "/v2/models/digits/versions/7"),
        ("post", "/v2/models/nope/infer"),
        ("post", "/v2/models/digits/versions/2/infer"),
        ("get", "/v1/models/nope"),
        ("get", "/v1/models/digits/versions/2/metadata"),
        ("post", "/v1/models/nope:predict"),
        ("post", "/v1/models/digits/versions/3:predict"),
        ("get", "/v2/models/..%2Fdigits"),
        ("post", "/v2/models/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/infer"),
        ("post", "/v1/models/..%2F..%2Fdigits:predict"),
        ("post", "/v1/models/digits%2F..%2Firis:predict"),
        ("get", "/v1/models/digits/versions/..%2F1"),
        ("get", "/nothing/here"),
    ],
)
def test_unknown_models_and_path_tricks_are_404(served: Server, method: str, path: str) -> None:
    body = {"json": v2_body(digit_batch(1))} if method == "post" else {}
    assert_error(getattr(served, method)(path, **body), 404)


def test_literal_dot_segments_are_404(served: Server) -> None:
    """A raw request line (no client normalisation) cannot climb out of the model namespace."""
    host, port = served.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /v2/models/../../v2/models/digits/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")
        status, body = read_response(sock)
    assert status == 404, body
    assert set(json.loads(body)) == {"error", "tepi_error"}


def test_wrong_method_is_405_with_error_body(served: Server) -> None:
    assert_error(requests.delete(served.url + "/v2", timeout=10), 405)
    assert_error(served.get("/v1/models/digits:predict"), 405)


def test_api_key_is_required_except_for_probes(secured: Server) -> None:
    anonymous = requests.get(secured.url + "/v2/models/digits", timeout=10)
    assert_error(anonymous, 401, "needs an API key")
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    wrong = requests.get(secured.url + "/v2/models/digits", headers={"X-API-Key": "nope"}, timeout=10)
    assert_error(wrong, 401, "wrong")
    bad_bearer = {"Authorization": "Bearer nope"}
    infer = requests.post(
        secured.url + "/v1/models/digits:predict", json={"instances": []}, headers=bad_bearer, timeout=10
    )
    assert_error(infer, 401)
    assert_error(requests.get(secured.url + "/metrics", timeout=10), 401)
    bearer = {"Authorization": f"Bearer {API_KEY}"}
    assert requests.get(secured.url + "/v2/models/digits", headers=bearer, timeout=10).status_code == 200
    assert secured.get("/v2/models/digits").status_code == 200  # X-API-Key
    for probe in ("/v2/health/live", "/v2/health/ready"):
        assert requests.get(secured.url + probe, timeout=10).status_code == 200


def test_body_over_the_limit_is_413(secured: Server) -> None:
    small = v2_body(digit_batch(4))
    assert secured.post("/v2/models/digits/infer", json=small).status_code == 200
    big = json.dumps(v2_body(digit_batch(256))).encode()
    assert len(big) > 64 * 1024
    headers = {**secured.headers, "Content-Type": "application/json"}
    assert_error(secured.post("/v2/models/digits/infer", data=big, headers=headers), 413, "64 KiB")

    def chunks():  # no Content-Length: the limit applies to the bytes as they stream in
        for start in range(0, len(big), 8192):
            yield big[start : start + 8192]

    assert_error(secured.post("/v2/models/digits/infer", data=chunks(), headers=headers), 413)
    huge = b"0" * (24 * 1024 * 1024)
    assert_error(secured.post("/v1/models/digits:predict", data=huge, headers=headers), 413)
    assert secured.post("/v2/models/digits/infer", json=small).status_code == 200  # still serving


def test_v2_bad_binary_bodies_are_400(served: Server) -> None:
    batch = digit_batch(2)
    tensor = {
        "name": "image",
        "shape": [2, 8, 8, 1],
        "datatype": "FP32",
        "parameters": {"binary_data_size": 512},
    }
    head = json.dumps({"inputs": [tensor]}).encode()
    url = "/v2/models/digits/infer"

    def post(body: bytes, length: object) -> requests.Response:
        return served.post(url, data=body, headers={"Inference-Header-Content-Length": str(length)})

    assert post(head + batch.tobytes(), len(head)).status_code == 200
    assert_error(post(head + batch.tobytes()[:100], len(head)), 400, "past the end")
    assert_error(post(head + batch.tobytes() + b"xx", len(head)), 400, "binary part has 514 bytes")
    assert_error(post(head + batch.tobytes(), len(head) + 10_000), 400, "Inference-Header-Content-Length")
    assert_error(post(head + batch.tobytes(), "ten"), 400, "Inference-Header-Content-Length")
    wrong_size = head.replace(b"512", b"500")
    assert_error(post(wrong_size + batch.tobytes()[:500], len(wrong_size)), 400, "takes 512")
