"""Big V2 JSON bodies: the simdjson path answers and refuses exactly as the plain parser does."""

from __future__ import annotations

import json

import numpy as np
import orjson
import pytest

from inference.errors import TepiError
from inference.protocol import v2
from inference.server import v2_binary, v2_json
from tests.server.conftest import Server, digit_batch, v2_body

ROWS = 120  # 120 digits of 64 numbers: about 150 KB of JSON, over the fast path's threshold


def big(data: object, datatype: str = "FP32", **extra: object) -> bytes:
    tensor = {"name": "image", "shape": [ROWS, 8, 8, 1], "datatype": datatype, "data": data}
    body = json.dumps({"id": "big-1", "inputs": [tensor], **extra}).encode()
    assert len(body) >= v2_json.FAST_BYTES
    return body


def plain(raw: bytes) -> v2.InferRequest:
    return v2.decode_infer_request(orjson.loads(raw))


def outcome(decode, raw: bytes) -> object:
    try:
        call = decode(raw)
    except TepiError as exc:
        return exc.code, exc.params
    return call.id, {k: (a.dtype, a.shape, a.tobytes()) for k, a in call.inputs.items()}, call.parameters


def test_a_big_float_body_takes_the_fast_path_with_the_same_request() -> None:
    batch = digit_batch(ROWS, seed=3)
    raw = big(batch.ravel().tolist(), parameters={"binary_data_output": True})
    fast = v2_json.decode_big_request(raw)
    assert fast is not None
    assert outcome(lambda r: fast[0], raw) == outcome(plain, raw)
    call, wants_binary = v2_binary.decode_request(raw, None)
    assert wants_binary and call.id == "big-1"
    np.testing.assert_array_equal(call.inputs["image"], batch)


FLAT = [v / 7 for v in range(ROWS * 64)]


@pytest.mark.parametrize(
    "raw",
    [
        big(FLAT[:-1]),  # one number short
        big([*FLAT[:-1], 1e39]),  # beyond FP32
        big(FLAT, datatype="INT32"),  # integers: the plain parser keeps them exact
        big([FLAT[:64]] * ROWS),  # nested rows
        big([[v] for v in FLAT[:-2]] + [[FLAT[-2], FLAT[-1]], []]),  # ragged, with the right count
        big(FLAT, note="[not a list]"),  # a bracket inside a string
        big([*FLAT[:-1], "x"]),  # a string among the numbers
        big([*FLAT[:-1], True]),  # a boolean
        big([*FLAT[:-1], None]),  # null
        big(FLAT)[:-3],  # cut short: not JSON
        big(FLAT).replace(b'"FP32"', b'"FP99"'),  # unknown datatype
    ],
    ids=["short", "range", "int", "nested", "ragged", "bracket", "string", "bool", "null", "cut", "datatype"],
)
def test_big_bodies_are_answered_and_refused_as_plain_ones(raw: bytes) -> None:
    try:
        fast = v2_binary.decode_request(raw, None)[0]
        got: object = outcome(lambda r: fast, raw)
    except TepiError as exc:
        got = exc.code, exc.params
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError:
        assert isinstance(got, tuple) and got[0] == "server.bad_json"
    else:  # a JSON body: the plain codec's own answer
        assert got == outcome(plain, raw)


def test_the_server_answers_a_big_json_batch(served: Server, digits_reference) -> None:
    batch = digit_batch(ROWS, seed=9)
    answer = served.post("/v2/models/digits/infer", json=v2_body(batch, id="big-2"))
    assert answer.status_code == 200, answer.text
    output = answer.json()["outputs"][0]
    assert answer.json()["id"] == "big-2" and output["shape"] == [ROWS, 10]
    np.testing.assert_allclose(
        np.array(output["data"]).reshape(ROWS, 10), digits_reference.predict(batch), atol=1e-5
    )
    refused = served.post("/v2/models/digits/infer", data=big([*FLAT[:-1], 1e39]))
    assert refused.status_code == 400 and "FP32" in refused.json()["error"]
