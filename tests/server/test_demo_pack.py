"""The remote-placed demo pack (digits-large): its manifest, and its accuracy through the server."""

from __future__ import annotations

import sys

import numpy as np

from inference.formats import open_model
from tests.server.conftest import ROOT, Server, v2_body

sys.path.insert(0, str(ROOT / "scripts"))
import train_demo_models as training


def test_manifest_places_it_remote_with_a_local_copy_for_the_server() -> None:
    pack = open_model("digits-large")  # hashes checked
    digits = open_model("digits")
    assert pack.placement == "remote"
    assert pack.remote is not None and (pack.remote.model, pack.remote.version) == ("digits-large", "1")
    assert [p.name for p in pack.model_files] == ["digits-large.tflite"]
    assert pack.input == digits.input and pack.labels == digits.labels  # same task, same preprocessing
    assert digits.size_bytes < pack.size_bytes < 5_000_000


def test_held_out_accuracy_over_the_wire(served: Server) -> None:
    from sklearn.datasets import load_digits

    data = load_digits()
    _, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    batch = (data.images[test][..., None] / 16.0).astype(np.float32)
    response = served.post("/v2/models/digits-large/versions/1/infer", json=v2_body(batch))
    assert response.status_code == 200, response.text
    output = response.json()["outputs"][0]
    predicted = np.array(output["data"]).reshape(output["shape"]).argmax(1)
    assert np.mean(predicted == data.target[test]) >= 0.99
