"""Both protocols against a real server process: metadata, status, inference, ``id`` echo."""

from __future__ import annotations

import json

import numpy as np

from tests.server.conftest import Server, digit_batch, v2_body


def test_v2_server_metadata_and_health(served: Server) -> None:
    meta = served.get("/v2").json()
    assert meta["name"] == "tepi" and isinstance(meta["extensions"], list)
    assert served.get("/v2/health/live").json() == {"live": True}
    assert served.get("/v2/health/ready").json() == {"ready": True}
    assert served.get("/v2/models/digits/ready").status_code == 200
    assert served.get("/v2/models/digits/versions/1/ready").json() == {"name": "digits", "ready": True}


def test_v2_model_metadata_describes_the_served_tensors(served: Server) -> None:
    meta = served.get("/v2/models/digits").json()
    assert meta == served.get("/v2/models/digits/versions/1").json()
    assert meta["name"] == "digits" and meta["versions"] == ["1"]
    assert meta["platform"] == "tensorflow_lite"
    assert meta["inputs"] == [{"name": "image", "datatype": "FP32", "shape": [-1, 8, 8, 1]}]
    assert meta["outputs"] == [{"name": "probabilities", "datatype": "FP32", "shape": [-1, 10]}]
    iris = served.get("/v2/models/iris").json()
    assert iris["inputs"][0]["shape"] == [-1, 4] and iris["outputs"][0]["shape"] == [-1, 3]


def test_v2_infer_matches_local_inference_and_echoes_id(served: Server, digits_reference) -> None:
    batch = digit_batch(3)
    response = served.post("/v2/models/digits/versions/1/infer", json=v2_body(batch, id="req-42"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == "req-42"
    assert body["model_name"] == "digits" and body["model_version"] == "1"
    (output,) = body["outputs"]
    assert output["name"] == "probabilities" and output["datatype"] == "FP32" and output["shape"] == [3, 10]
    got = np.array(output["data"], dtype=np.float32).reshape(3, 10)
    np.testing.assert_allclose(got, digits_reference.predict(batch), atol=1e-5)


def test_v2_infer_accepts_nested_data_and_named_outputs(served: Server, digits_reference) -> None:
    batch = digit_batch(2, seed=1)
    body = v2_body(batch, outputs=[{"name": "probabilities"}])
    body["inputs"][0]["data"] = batch.tolist()  # nested row-major is allowed by the spec
    response = served.post("/v2/models/digits/infer", json=body)
    assert response.status_code == 200, response.text
    assert "id" not in response.json()
    got = np.array(response.json()["outputs"][0]["data"], dtype=np.float32).reshape(2, 10)
    np.testing.assert_allclose(got, digits_reference.predict(batch), atol=1e-5)


def test_tfserving_status_and_metadata(served: Server) -> None:
    status = served.get("/v1/models/digits").json()
    assert status == {
        "model_version_status": [
            {"version": "1", "state": "AVAILABLE", "status": {"error_code": "OK", "error_message": ""}}
        ]
    }
    assert served.get("/v1/models/digits/versions/1").json() == status
    meta = served.get("/v1/models/digits/versions/1/metadata").json()
    assert meta["model_spec"]["name"] == "digits" and meta["model_spec"]["version"] == "1"
    signature = meta["metadata"]["signature_def"]["signature_def"]["serving_default"]
    assert signature["method_name"] == "tensorflow/serving/predict"
    image = signature["inputs"]["image"]
    assert image["dtype"] == "DT_FLOAT"
    assert [d["size"] for d in image["tensor_shape"]["dim"]] == ["-1", "8", "8", "1"]
    assert signature["outputs"]["probabilities"]["dtype"] == "DT_FLOAT"


def test_tfserving_predict_row_and_columnar(served: Server, digits_reference) -> None:
    batch = digit_batch(4, seed=2)
    expected = digits_reference.predict(batch)
    rows = served.post("/v1/models/digits:predict", json={"instances": batch.tolist()})
    assert rows.status_code == 200, rows.text
    np.testing.assert_allclose(np.array(rows.json()["predictions"]), expected, atol=1e-5)
    named = served.post(
        "/v1/models/digits/versions/1:predict",
        json={"signature_name": "serving_default", "instances": [{"image": row} for row in batch.tolist()]},
    )
    np.testing.assert_allclose(np.array(named.json()["predictions"]), expected, atol=1e-5)
    columns = served.post("/v1/models/digits:predict", json={"inputs": {"image": batch.tolist()}})
    assert set(columns.json()) == {"outputs"}
    np.testing.assert_allclose(np.array(columns.json()["outputs"]), expected, atol=1e-5)
    bare = served.post("/v1/models/digits:predict", json={"inputs": batch.tolist()})
    np.testing.assert_allclose(np.array(bare.json()["outputs"]), expected, atol=1e-5)


def test_tabular_model_on_both_protocols(served: Server) -> None:
    rows = [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]
    predictions = served.post("/v1/models/iris:predict", json={"instances": rows}).json()["predictions"]
    assert np.argmax(predictions, axis=1).tolist() == [0, 2]  # setosa, virginica
    body = {
        "inputs": [
            {
                "name": "features",
                "shape": [2, 4],
                "datatype": "FP32",
                "data": [v for row in rows for v in row],
            }
        ]
    }
    v2 = served.post("/v2/models/iris/infer", json=body).json()
    np.testing.assert_allclose(np.array(v2["outputs"][0]["data"]).reshape(2, 3), predictions, atol=1e-6)


def test_remote_placed_demo_pack_is_served(served: Server, samples_dir) -> None:
    """digits-large answers the preprocessed sample digits correctly over the wire."""
    from inference.formats import open_model
    from inference.images import load_image

    pack = open_model("digits-large")
    assert pack.placement == "remote" and pack.remote is not None
    files = sorted(samples_dir.glob("digit-*.png"))
    batch = np.stack([load_image(path, pack.input).tensor for path in files])
    response = served.post(
        f"/v2/models/{pack.remote.model}/versions/{pack.remote.version}/infer", json=v2_body(batch)
    )
    assert response.status_code == 200, response.text
    labels = np.array(response.json()["outputs"][0]["data"]).reshape(len(files), 10).argmax(1)
    assert [pack.labels[i] for i in labels] == [path.stem.split("-")[1] for path in files]


def binary_request(batch: np.ndarray, **extra: object) -> tuple[bytes, dict[str, str]]:
    tensor = {
        "name": "image",
        "shape": list(batch.shape),
        "datatype": "FP32",
        "parameters": {"binary_data_size": batch.nbytes},
    }
    head = json.dumps({"inputs": [tensor], **extra}).encode()
    headers = {"Inference-Header-Content-Length": str(len(head)), "Content-Type": "application/octet-stream"}
    return head + batch.astype("<f4").tobytes(), headers


def test_v2_binary_tensor_extension(served: Server, digits_reference) -> None:
    assert "binary_tensor_data" in served.get("/v2").json()["extensions"]
    batch = digit_batch(3, seed=4)
    expected = digits_reference.predict(batch)
    body, headers = binary_request(batch, id="bin-1")
    as_json = served.post("/v2/models/digits/infer", data=body, headers=headers)
    assert as_json.status_code == 200, as_json.text
    assert as_json.json()["id"] == "bin-1"
    np.testing.assert_allclose(
        np.array(as_json.json()["outputs"][0]["data"]).reshape(3, 10), expected, atol=1e-5
    )
    body, headers = binary_request(batch, parameters={"binary_data_output": True})
    as_binary = served.post("/v2/models/digits/infer", data=body, headers=headers)
    assert as_binary.status_code == 200 and as_binary.headers["content-type"] == "application/octet-stream"
    length = int(as_binary.headers["inference-header-content-length"])
    header = json.loads(as_binary.content[:length])
    (output,) = header["outputs"]
    assert output["shape"] == [3, 10] and output["parameters"]["binary_data_size"] == 120
    got = np.frombuffer(as_binary.content[length:], "<f4").reshape(3, 10)
    np.testing.assert_allclose(got, expected, atol=1e-5)
