"""TF Serving REST codec: row and columnar bodies, b64 binaries, metadata, status and error bodies."""

from __future__ import annotations

import json

import numpy as np
import pytest

from inference.errors import PayloadError
from inference.protocol import ModelMetadata, TensorMeta, error_detail, http_error_sentence
from inference.protocol import tfserving as tfs


def through_json(body: object) -> object:
    return json.loads(json.dumps(body))


BATCH = np.arange(12, dtype=np.float32).reshape(3, 2, 2) / 7


def test_row_format_single_tensor_is_a_plain_list_of_rows() -> None:
    body = through_json(tfs.encode_predict_request(BATCH, signature_name="serving_default"))
    assert body["signature_name"] == "serving_default"
    assert len(body["instances"]) == 3 and body["instances"][0] == BATCH[0].tolist()
    request = tfs.decode_predict_request(body, default_name="image")
    assert (request.format, request.named, request.signature_name) == ("instances", False, "serving_default")
    np.testing.assert_array_equal(request.inputs["image"], BATCH)
    assert request.inputs["image"].dtype == np.float32


def test_row_format_named_inputs_are_one_object_per_row() -> None:
    inputs = {"a": BATCH, "b": np.array([1, 2, 3], np.int32)}
    body = through_json(tfs.encode_predict_request(inputs))
    assert body["instances"][1] == {"a": BATCH[1].tolist(), "b": 2}
    request = tfs.decode_predict_request(body, dtypes={"b": "INT32"})
    assert request.named
    np.testing.assert_array_equal(request.inputs["a"], BATCH)
    assert request.inputs["b"].dtype == np.int32


def test_columnar_format_round_trips_named_and_unnamed() -> None:
    inputs = {"a": BATCH, "b": np.array([1, 2], np.int64)}  # columnar allows different first dims
    request = tfs.decode_predict_request(through_json(tfs.encode_predict_request(inputs, format="inputs")))
    assert request.format == "inputs" and request.named
    np.testing.assert_array_equal(request.inputs["b"], [1, 2])
    unnamed = tfs.decode_predict_request({"inputs": BATCH.tolist()}, default_name="x")
    assert not unnamed.named
    np.testing.assert_allclose(unnamed.inputs["x"], BATCH)


def test_binary_values_travel_as_b64() -> None:
    blobs = np.array([b"\x89PNG\x00\xff", b"ok"], dtype=object)
    body = through_json(tfs.encode_predict_request({"image_bytes": blobs}))
    assert body["instances"][0] == {"b64": "iVBORwD/"}
    request = tfs.decode_predict_request(body, default_name="image_bytes")
    assert request.inputs["image_bytes"].tolist() == [b"\x89PNG\x00\xff", b"ok"]


def test_responses_match_the_request_format() -> None:
    probs = np.array([[0.1, 0.9], [0.6, 0.4]], np.float32)
    row = through_json(tfs.encode_predict_response({"probs": probs}))
    assert row == {"predictions": probs.tolist()}
    np.testing.assert_allclose(tfs.decode_predict_response(row).first(), probs)
    columnar = through_json(tfs.encode_predict_response({"p": probs, "k": np.array([1, 0])}, format="inputs"))
    decoded = tfs.decode_predict_response(columnar)
    assert decoded.format == "inputs" and decoded.named
    np.testing.assert_array_equal(decoded.outputs["k"], [1, 0])
    both = through_json(tfs.encode_predict_response({"p": probs, "k": probs}))
    multi_row = tfs.decode_predict_response(both)
    assert multi_row.named and set(multi_row.outputs) == {"p", "k"}


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, "exactly one of"),
        ({"instances": [], "inputs": []}, "exactly one of"),
        ({"instances": []}, "non-empty"),
        ({"instances": [[1, 2], [3]]}, "ragged"),
        ({"instances": [{"a": 1}, 2]}, "mixes named and unnamed"),
        ({"instances": [{"a": 1}, {"b": 2}]}, "same inputs"),
        ({"instances": [{"b64": "!!"}]}, "invalid base64"),
        ({"instances": [1], "signature_name": 3}, "signature_name"),
        ({"inputs": {}}, "names no tensors"),
        ([1, 2], "JSON object"),
    ],
)
def test_bad_predict_requests_are_refused(body: object, words: str) -> None:
    with pytest.raises(PayloadError, match=words):
        tfs.decode_predict_request(body)


def test_response_without_predictions_or_outputs_is_refused() -> None:
    with pytest.raises(PayloadError, match="neither"):
        tfs.decode_predict_response({"result": [1]})


def test_metadata_round_trip_in_tf_serving_shape() -> None:
    meta = ModelMetadata(
        name="digits",
        inputs=(TensorMeta("image", "FP32", (-1, 8, 8, 1)),),
        outputs=(TensorMeta("probs", "FP32", (-1, 10)),),
        versions=("1",),
        platform="tensorflow",
        signature_name="serving_default",
    )
    body = through_json(tfs.encode_metadata(meta))
    dims = body["metadata"]["signature_def"]["signature_def"]["serving_default"]["inputs"]["image"]
    assert dims["dtype"] == "DT_FLOAT" and dims["tensor_shape"]["dim"][0]["size"] == "-1"
    assert tfs.decode_metadata(body) == meta


def test_metadata_picks_the_only_signature_and_refuses_an_unknown_one() -> None:
    meta = ModelMetadata("m", (TensorMeta("x", "INT64", (-1, 4)),), (TensorMeta("y", "FP64", (-1,)),))
    body = tfs.encode_metadata(ModelMetadata(**{**meta.__dict__, "signature_name": "predict"}))
    assert tfs.decode_metadata(body).signature_name == "predict"
    with pytest.raises(PayloadError, match="no signature 'other'"):
        tfs.decode_metadata(body, signature_name="other")
    with pytest.raises(PayloadError, match="model_spec"):
        tfs.decode_metadata({"error": "x"})


def test_status_round_trip() -> None:
    versions = [tfs.VersionStatus("1", "AVAILABLE"), tfs.VersionStatus("2", "LOADING")]
    assert tfs.decode_status(through_json(tfs.encode_status(versions))) == versions
    with pytest.raises(PayloadError):
        tfs.decode_status({"model_version_status": [{"state": "x"}]})


def test_paths() -> None:
    assert tfs.predict_path("digits") == "/v1/models/digits:predict"
    assert tfs.predict_path("digits", "2") == "/v1/models/digits/versions/2:predict"
    assert tfs.metadata_path("d") == "/v1/models/d/metadata"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ('{"error": "Servable not found: Latest(x)"}', "Servable not found: Latest(x)"),
        ('{"detail": "Model x is not loaded."}', "Model x is not loaded"),
        ('{"detail": [{"loc": ["body", "inputs"], "msg": "field required", "type": "missing"}]}',
         "inputs: field required"),
        ('{"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}',
         "Quota exceeded"),
        ('{"message": "Internal Server Error"}', "Internal Server Error"),
        ("<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>", "502 Bad Gateway nginx"),
        ("upstream connect error", "upstream connect error"),
    ],
)
def test_error_bodies_become_their_human_part(text: str, detail: str) -> None:
    assert error_detail(text) == detail


def test_http_error_sentence_names_status_and_detail() -> None:
    assert (
        http_error_sentence(404, '{"error": "no model x"}', where="The endpoint 127.0.0.1:9")
        == "The endpoint 127.0.0.1:9 answered HTTP 404 Not Found: no model x."
    )
    assert http_error_sentence(503, "", where="It") == "It answered HTTP 503 Service Unavailable."
    long = http_error_sentence(500, "x" * 1000, where="It")
    assert len(long) < 300 and long.endswith("….")
