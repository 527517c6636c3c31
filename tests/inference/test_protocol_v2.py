"""Open Inference Protocol codec: round trips through real JSON text, and refusals of bad bodies."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from inference.errors import PayloadError
from inference.protocol import DATATYPES, ModelMetadata, TensorMeta, datatype_of, numpy_dtype, shape_fits, v2


def through_json(body: object) -> object:
    return json.loads(json.dumps(body))


NUMERIC = [d for d in DATATYPES if d.name != "BYTES"]


@pytest.mark.parametrize("datatype", NUMERIC, ids=lambda d: d.name)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_every_numeric_datatype_round_trips_exactly(datatype, data) -> None:
    array = data.draw(
        hnp.arrays(
            datatype.numpy,
            hnp.array_shapes(min_dims=1, max_dims=3, max_side=4),
            elements={"allow_nan": False, "allow_infinity": False} if datatype.numpy.kind == "f" else None,
        )
    )
    body = through_json(v2.encode_infer_request({"x": array}, id="r1"))
    assert body["inputs"][0]["datatype"] == datatype.name
    assert body["inputs"][0]["shape"] == list(array.shape)
    request = v2.decode_infer_request(body)
    decoded = request.inputs["x"]
    assert request.id == "r1"
    assert decoded.dtype == datatype.numpy
    np.testing.assert_array_equal(decoded, array)


def test_bytes_tensor_round_trips_as_text() -> None:
    array = np.array([[b"cat", "d\u00f6g".encode()]], dtype=object)
    body = through_json(v2.encode_infer_request({"words": array}))
    expected = {"name": "words", "shape": [1, 2], "datatype": "BYTES", "data": ["cat", "d\u00f6g"]}
    assert body["inputs"][0] == expected
    decoded = v2.decode_infer_request(body).inputs["words"]
    assert decoded.tolist() == [[b"cat", "d\u00f6g".encode()]]


def test_response_round_trip_keeps_names_order_version_and_id() -> None:
    outputs = {"probs": np.array([[0.25, 0.75]], np.float32), "label": np.array([1], np.int64)}
    body = through_json(v2.encode_infer_response("digits", outputs, model_version="3", id="abc"))
    response = v2.decode_infer_response(body)
    assert (response.model_name, response.model_version, response.id) == ("digits", "3", "abc")
    assert list(response.outputs) == ["probs", "label"]
    np.testing.assert_array_equal(response.first(), outputs["probs"])
    assert response.outputs["label"].dtype == np.int64


def test_nested_data_is_accepted_row_major() -> None:
    body = {"inputs": [{"name": "x", "shape": [2, 2], "datatype": "FP32", "data": [[1, 2], [3, 4]]}]}
    np.testing.assert_array_equal(v2.decode_infer_request(body).inputs["x"], [[1, 2], [3, 4]])


def test_requested_outputs_and_parameters_are_kept() -> None:
    body = v2.encode_infer_request(
        {"x": np.zeros((1, 2), np.float32)}, outputs=["probs"], parameters={"top": 1}
    )
    request = v2.decode_infer_request(through_json(body))
    assert request.outputs == ("probs",)
    assert request.parameters == {"top": 1}


@pytest.mark.parametrize(
    ("tensor", "words"),
    [
        ({"name": "x", "shape": [1, 3], "datatype": "FP32", "data": [1, 2]}, "2 values, but shape [1, 3]"),
        ({"name": "x", "shape": [2], "datatype": "FP99", "data": [1, 2]}, "Unknown datatype 'FP99'"),
        ({"name": "x", "shape": [2], "datatype": "FP32", "data": ["a", "b"]}, "holds text"),
        ({"name": "x", "shape": [2], "datatype": "INT32", "data": [1.5, 2]}, "fractions"),
        ({"name": "x", "shape": [1], "datatype": "INT8", "data": [300]}, "outside the range of INT8"),
        ({"name": "x", "shape": [2], "datatype": "BOOL", "data": [1, 0]}, "true/false"),
        ({"name": "x", "shape": [2], "datatype": "FP32", "data": [[1, 2], [3]]}, "ragged"),
        ({"name": "x", "shape": [-1], "datatype": "FP32", "data": []}, "needs a shape"),
        ({"name": "x", "shape": [1], "datatype": "FP32"}, "has no data"),
        ({"shape": [1], "datatype": "FP32", "data": [1]}, "needs a name"),
        ({"name": "x", "shape": [1], "datatype": "FP32", "data": [None]}, "null"),
    ],
)
def test_bad_tensors_are_one_sentence_naming_the_problem(tensor: dict, words: str) -> None:
    with pytest.raises(PayloadError, match=words.replace("[", r"\[").replace("]", r"\]")):
        v2.decode_infer_request({"inputs": [tensor]})


@pytest.mark.parametrize("body", [[], "x", {}, {"inputs": []}, {"inputs": {"x": 1}}])
def test_bodies_without_an_inputs_list_are_refused(body: object) -> None:
    with pytest.raises(PayloadError):
        v2.decode_infer_request(body)


def test_duplicate_input_names_are_refused() -> None:
    tensor = {"name": "x", "shape": [1], "datatype": "FP32", "data": [1]}
    with pytest.raises(PayloadError, match="twice"):
        v2.decode_infer_request({"inputs": [tensor, tensor]})


def test_response_without_model_name_or_outputs_is_refused() -> None:
    with pytest.raises(PayloadError, match="model_name"):
        v2.decode_infer_response({"outputs": []})
    with pytest.raises(PayloadError, match="outputs"):
        v2.decode_infer_response({"model_name": "m", "outputs": []})


def test_metadata_round_trip() -> None:
    meta = ModelMetadata(
        name="digits",
        inputs=(TensorMeta("image", "FP32", (-1, 8, 8, 1)),),
        outputs=(TensorMeta("probs", "FP32", (-1, 10)),),
        versions=("1", "2"),
        platform="tflite",
    )
    assert v2.decode_metadata(through_json(v2.encode_metadata(meta))) == meta


def test_metadata_with_bad_tensor_is_refused() -> None:
    with pytest.raises(PayloadError, match="shape"):
        v2.decode_metadata({"name": "m", "inputs": [{"name": "x", "datatype": "FP32"}], "outputs": []})


def test_paths_quote_names_and_versions() -> None:
    assert v2.infer_path("digits") == "/v2/models/digits/infer"
    assert v2.infer_path("my model", "2") == "/v2/models/my%20model/versions/2/infer"
    assert v2.model_ready_path("a/b") == "/v2/models/a%2Fb/ready"


def test_datatype_table_is_one_to_one() -> None:
    for datatype in DATATYPES:
        assert numpy_dtype(datatype.name) == datatype.numpy
        if datatype.name != "BYTES":
            assert datatype_of(datatype.numpy) == datatype.name
    assert datatype_of(np.dtype("U3")) == "BYTES"
    with pytest.raises(PayloadError):
        datatype_of(np.complex64)


def test_shape_fits_treats_minus_one_as_any() -> None:
    assert shape_fits((-1, 8, 8, 1), (5, 8, 8, 1))
    assert not shape_fits((-1, 8, 8, 1), (5, 28, 28, 1))
    assert not shape_fits((-1, 8), (5, 8, 1))


@pytest.mark.parametrize("datatype", ["FP32", "FP64", "INT8", "UINT16", "INT64", "BOOL"])
def test_binary_tensors_round_trip_both_ways(datatype) -> None:
    """The client's request through the server's reader, the server's answer through the client's."""
    from inference.protocol import v2_binary as wire
    from inference.server import v2_binary as server

    array = (np.arange(24).reshape(2, 3, 4) % 7).astype(numpy_dtype(datatype))
    body, length = wire.encode_infer_request({"x": array}, id="b-1")
    call, wants_binary = server.decode_request(body, str(length))
    assert wants_binary and call.id == "b-1" and call.inputs["x"].dtype == array.dtype
    np.testing.assert_array_equal(call.inputs["x"], array)
    answer, length = server.encode_response("m", {"y": array}, model_version="3", id="b-1")
    got = wire.decode_infer_response(answer, str(length))
    assert (got.model_name, got.model_version, got.id) == ("m", "3", "b-1")
    np.testing.assert_array_equal(got.outputs["y"], array)
    plain = wire.decode_infer_response(json.dumps(v2.encode_infer_response("m", {"y": array})).encode(), None)
    np.testing.assert_array_equal(plain.outputs["y"], array)


@pytest.mark.parametrize(
    ("cut", "header", "code"),
    [
        (0, "nine", "wire.binary_header"),
        (0, "99999", "wire.binary_header"),
        (4, None, "wire.binary_past_end"),
        (-4, None, "wire.binary_total_outputs"),
        (0, "3", "wire.binary_json"),
    ],
)
def test_broken_binary_answers_are_one_sentence(cut, header, code) -> None:
    from inference.protocol import v2_binary as wire
    from inference.server import v2_binary as server

    outputs = {"y": np.ones((2, 3), np.float32)}
    answer, length = server.encode_response("m", outputs, model_version="1", id=None)
    answer = answer[:-cut] if cut > 0 else answer + b"\0" * -cut
    with pytest.raises(PayloadError) as caught:
        wire.decode_infer_response(answer, header or str(length))
    assert caught.value.code == code and "\n" not in str(caught.value)
