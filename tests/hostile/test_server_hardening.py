"""The reference server against hostile clients: slow, malformed, oversized, random. It never falls over.

One real ``python -m inference serve`` process on a free loopback port, with a
2-second request deadline so slow-client tests are short. tests/server covers
each documented refusal (413, 401, 404 path tricks, bad tensors); these tests
add what an attacker would try next, and finally read the server's log: no
traceback, and the process still serves.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.test_properties import json_values, v2_tensors
from tests.server.conftest import MODELS, Server, start_server, v2_body

DEADLINE_S = 2.0
KEY = "hardening-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    served = start_server(
        MODELS,
        tmp_path_factory.mktemp("hardened"),
        "--request-timeout",
        str(DEADLINE_S),
        "--max-body-mb",
        "24",
        "--max-delay-ms",
        "2",
    )
    yield served
    assert served.process.poll() is None, "the server died"
    served.stop()
    log = served.log.read_text()
    assert "Traceback" not in log and "internal error" not in log, log[-3000:]


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    served = start_server(MODELS / "iris", tmp_path_factory.mktemp("keyed"), api_key=KEY)
    yield served
    served.stop()
    assert "Traceback" not in served.log.read_text()


def _address(server: Server) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


def _read_until_closed(sock: socket.socket, limit: float) -> bytes:
    """Everything the server sends until it closes the connection (or ``limit`` seconds pass)."""
    sock.settimeout(limit)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except TimeoutError:
        raise AssertionError(f"still open after {limit} s; received {data[:200]!r}") from None
    except ConnectionResetError:
        pass
    return data


def _healthy(server: Server) -> None:
    body = v2_body(np.full((1, 8, 8, 1), 0.5, np.float32))
    response = requests.post(server.url + "/v2/models/digits/infer", json=body, timeout=10)
    assert response.status_code == 200, response.text


def assert_refusal(response: requests.Response, *statuses: int) -> None:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert set(response.json()) == {"error", "tepi_error"}
    assert "Traceback" not in response.text and 'File "' not in response.text


# -- slow clients ---------------------------------------------------------------------------------


def test_slowloris_connections_are_cut_off_while_others_are_served(server: Server) -> None:
    """100 clients trickling headers and one trickling a body: all cut at the deadline, nobody else waits."""
    started = time.monotonic()
    slow = [socket.create_connection(_address(server)) for _ in range(100)]
    for sock in slow:
        sock.sendall(b"POST /v2/models/digits/infer HTTP/1.1\r\nHost: x\r\n")
    body_sock = socket.create_connection(_address(server))
    body_sock.sendall(b"POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n{")
    _healthy(server)  # served at once, despite 101 hanging connections
    stop = threading.Event()

    def trickle() -> None:  # one byte every 0.2 s: never idle, never done
        while not stop.wait(0.2):
            for sock in (*slow[:10], body_sock):
                with contextlib.suppress(OSError):
                    sock.send(b"X")

    dripper = threading.Thread(target=trickle, daemon=True)
    dripper.start()
    try:
        answers = [_read_until_closed(sock, DEADLINE_S + 8) for sock in (*slow, body_sock)]
    finally:
        stop.set()
        dripper.join()
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE_S + 8
    assert all(a.startswith(b"HTTP/1.1 408 ") for a in answers), {a[:40] for a in answers}
    assert b"did not arrive within 2 s" in answers[-1]
    for sock in (*slow, body_sock):
        sock.close()
    _healthy(server)


def test_a_silent_connection_is_closed(server: Server) -> None:
    with socket.create_connection(_address(server)) as sock:
        assert _read_until_closed(sock, DEADLINE_S + 5).startswith(b"HTTP/1.1 408 ")


def test_a_keep_alive_connection_cannot_trickle_its_next_request(server: Server) -> None:
    with socket.create_connection(_address(server)) as sock:
        sock.sendall(b"GET /v2/health/live HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.settimeout(5)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
        started = time.monotonic()
        try:
            for byte in (
                b"GET /v2/health/live HTTP/1.1\r\nX-Slow: " + b"s" * 100
            ):  # keeps uvicorn's idle timer busy
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
            raise AssertionError("the server took 13 s of trickle without closing")
        except (BrokenPipeError, ConnectionResetError):
            pass  # closed on us, as it should
        assert DEADLINE_S - 0.5 < time.monotonic() - started < DEADLINE_S + 3


def test_a_slow_but_whole_upload_within_the_deadline_is_answered(server: Server) -> None:
    body = json.dumps(v2_body(np.full((2, 8, 8, 1), 0.5, np.float32))).encode()
    with socket.create_connection(_address(server)) as sock:
        head = f"POST /v2/models/digits/infer HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n"
        sock.sendall(head.encode())
        for start in range(0, len(body), len(body) // 4 + 1):
            time.sleep(0.25)
            sock.sendall(body[start : start + len(body) // 4 + 1])
        sock.settimeout(10)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")


# -- malformed HTTP and JSON ----------------------------------------------------------------------

RAW_REQUESTS = [
    b"\x00\xff\xfe garbage\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /v2 HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\n\r\n",
    b"GET /v2 HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(2000)) + b"\r\n",
    b"POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n"
    b"\r\n0\r\n\r\n",
    b"POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nxx\r\n"
    b"0\r\n\r\n",
    b"POST /v2/models/digits/infer HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n\xff\xfe\x00\x00{{{{{{",
    b"GET /v2/models/digits%00/ready HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /v2/models/%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n",
]  # fmt: skip


def _read_answer(sock: socket.socket, limit: float) -> bytes:
    """One response (head and Content-Length body), or what came before the server closed."""
    sock.settimeout(limit)
    data = b""
    while True:
        head, found, rest = data.partition(b"\r\n\r\n")
        if found:
            length = next(
                (
                    int(h.split(b":")[1])
                    for h in head.split(b"\r\n")
                    if h.lower().startswith(b"content-length:")
                ),
                0,
            )
            if len(rest) >= length:
                return data
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return data
        if not chunk:
            return data
        data += chunk


@pytest.mark.parametrize("raw", RAW_REQUESTS, ids=range(len(RAW_REQUESTS)))
def test_malformed_http_is_refused_without_a_trace(server: Server, raw: bytes) -> None:
    """Refused (4xx or closed), or answered when it is odd but legal; never a 5xx or a trace."""
    with socket.create_connection(_address(server)) as sock:
        sock.sendall(raw)
        answer = _read_answer(sock, DEADLINE_S + 5)
    status = int(answer.split(b" ")[1]) if answer.startswith(b"HTTP/1.1 ") else None
    assert status is None or status < 500, answer[:300]
    assert b"Traceback" not in answer and b'File "' not in answer
    _healthy(server)


@pytest.mark.parametrize(
    "path",
    [
        "/v2/models/" + "d" * 10_000 + "/infer",
        "/v2/models/digits%252F..%252Firis/infer",
        "/v2/models/%E2%80%AEstigid/infer",
        "/v2/models/digits;iris/infer",
        "/v1/models/digits%3Apredict:predict",
        "/v1/models/~root:predict",
    ],
)
def test_more_path_tricks_in_model_names_are_404(server: Server, path: str) -> None:
    response = requests.post(server.url + path, json=v2_body(np.zeros((1, 8, 8, 1), np.float32)), timeout=10)
    assert_refusal(response, 404)


RANDOM = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@RANDOM
@given(body=json_values)
def test_random_json_gets_200_or_400_never_500(server: Server, body: object) -> None:
    for path in ("/v2/models/digits/infer", "/v1/models/digits:predict", "/v1/models/iris:predict"):
        response = requests.post(server.url + path, data=json.dumps(body), timeout=10)  # NaN allowed
        assert_refusal(response, 200, 400)


@RANDOM
@given(tensors=st.lists(v2_tensors(), min_size=1, max_size=2))
def test_near_valid_v2_requests_get_200_or_400_never_500(server: Server, tensors: list[dict]) -> None:
    for name in ("digits", "iris"):
        url = f"{server.url}/v2/models/{name}/infer"
        response = requests.post(url, data=json.dumps({"inputs": tensors}), timeout=10)
        assert_refusal(response, 200, 400)


def test_non_finite_and_extreme_values_are_answered_or_refused(server: Server) -> None:
    """JSON NaN and Infinity (Python's json writes them) reach the model or get 400, never 500."""
    for value in ("NaN", "Infinity", "-Infinity", "1e308", "-0.0"):
        raw = '{"instances": [[' + value + ", 1.0, 1.0, 1.0]]}"
        response = requests.post(server.url + "/v1/models/iris:predict", data=raw, timeout=10)
        assert_refusal(response, 200, 400)
        if response.status_code == 200:
            json.loads(response.text)  # standard JSON the client can read


def test_huge_arrays_within_the_body_limit_are_refused_and_the_server_lives_on(server: Server) -> None:
    """Three 11 MB bodies of 5.6 million numbers at once: each is a plain 400, and the server still serves."""
    big = b'{"instances": [' + b"0," * 5_600_000 + b"0]}"
    results: list[requests.Response] = []

    def send() -> None:
        results.append(requests.post(server.url + "/v1/models/digits:predict", data=big, timeout=60))

    workers = [threading.Thread(target=send) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for response in results:
        assert_refusal(response, 400)
    _healthy(server)


# -- credentials ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": KEY},
        {"Authorization": f"Basic {KEY}"},
        {"Authorization": f"Bearer {KEY}x"},
        {"Authorization": f"Bearer {KEY[:-1]}"},
        {"X-API-Key": ""},
        {"X-API-Key": "é".encode("latin-1").decode("latin-1") + KEY},
        {"Authorization": "Bearer " + "k" * 20_000},
    ],
    ids=["none", "no-scheme", "basic", "longer", "shorter", "empty", "latin-1", "huge"],
)
def test_missing_or_wrong_keys_are_401(keyed: Server, headers: dict[str, str]) -> None:
    response = requests.post(
        keyed.url + "/v1/models/iris:predict", json={"instances": [[5.1, 3.5, 1.4, 0.2]]}, headers=headers,
        timeout=10,
    )  # fmt: skip
    assert_refusal(response, 401, 431, 400)


def test_the_key_in_the_query_string_is_not_accepted(keyed: Server) -> None:
    response = requests.get(f"{keyed.url}/v2/models/iris?api_key={KEY}", timeout=10)
    assert_refusal(response, 401)
    ok = requests.get(f"{keyed.url}/v2/models/iris", headers={"Authorization": f"bearer  {KEY} "}, timeout=10)
    assert ok.status_code == 200


def test_nan_in_a_binary_tensor_is_refused_not_answered_with_nulls(server: Server) -> None:
    """Found here: NaN rows sent as V2 binary data came back as 200 with FP32 'data': [null, ...]."""
    batch = np.full((2, 8, 8, 1), np.nan, np.float32)
    tensor = {
        "name": "image",
        "shape": [2, 8, 8, 1],
        "datatype": "FP32",
        "parameters": {"binary_data_size": 512},
    }
    head = json.dumps({"inputs": [tensor]}).encode()
    response = requests.post(
        server.url + "/v2/models/digits/infer",
        data=head + batch.tobytes(),
        headers={"Inference-Header-Content-Length": str(len(head))},
        timeout=10,
    )
    assert_refusal(response, 400)
    assert "NaN or infinite" in response.json()["error"]
