"""``export``: TF Serving's ``<name>/<version>/`` SavedModel layout, its signature, and KServe YAML."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.server.conftest import MODELS, ROOT, digit_batch


def export(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inference", "export", *args],
        cwd=ROOT,
        env={**os.environ, "TEPI_HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "2"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    result = export(
        "digits", "--format", "kserve", "-o", str(out), "--storage-uri", "gs://b/m/digits", home=out
    )
    assert result.returncode == 0, result.stderr
    assert "max abs difference" in result.stdout
    return out


def test_layout_is_tf_servings_name_version(exported: Path) -> None:
    version = exported / "digits" / "1"
    assert (version / "saved_model.pb").is_file()
    assert (version / "variables" / "variables.index").is_file()
    assert sorted(p.name for p in (exported / "digits").iterdir()) == ["1"]  # no partial folders left


def test_serving_signature_takes_the_preprocessed_batch(exported: Path, digits_reference) -> None:
    from inference.backends.tensorflow import TensorFlowBackend, import_tensorflow

    tf = import_tensorflow()
    loaded = tf.saved_model.load(str(exported / "digits" / "1"))
    assert list(loaded.signatures) == ["serving_default"]
    _, inputs = loaded.signatures["serving_default"].structured_input_signature
    assert list(inputs) == ["image"] and inputs["image"].shape.as_list() == [None, 8, 8, 1]
    assert inputs["image"].dtype == tf.float32
    assert list(loaded.signatures["serving_default"].structured_outputs) == ["probabilities"]
    backend = TensorFlowBackend(exported / "digits" / "1")
    backend.load()
    batch = digit_batch(5, seed=3)
    np.testing.assert_allclose(backend.predict(batch), digits_reference.predict(batch), atol=1e-4)
    backend.close()


def test_kserve_yaml_names_the_runtime_and_storage(exported: Path) -> None:
    text = (exported / "digits.yaml").read_text()
    for line in (
        "apiVersion: serving.kserve.io/v1beta1",
        "kind: InferenceService",
        "  name: digits",
        "        name: tensorflow",
        "      protocolVersion: v1",
        "      storageUri: gs://b/m/digits",
        "    minReplicas: 0",
    ):
        assert line in text.splitlines()


def test_refuses_to_overwrite_a_version_or_export_tflite_only(exported: Path, tmp_path: Path) -> None:
    again = export("digits", "-o", str(exported), home=tmp_path)
    assert again.returncode == 2 and "--version 2" in again.stderr
    tflite_only = export(str(MODELS / "digits-large"), "-o", str(tmp_path), home=tmp_path)
    assert tflite_only.returncode == 1 and "only .tflite" in tflite_only.stderr
    for result in (again, tflite_only):
        assert "Traceback" not in result.stderr
