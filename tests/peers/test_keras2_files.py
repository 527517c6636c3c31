"""Files written by Keras 2 (``tf_keras``), as Teachable Machine and older TensorFlow code write them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.backends.tensorflow import TensorFlowBackend
from inference.formats import TM_SPEC
from inference.images import load_image
from tests.peers.conftest import QUIET_TF, ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
LABELS = ("apple", "banana", "cherry")


def _reference(folder: Path) -> dict[str, list[float]]:
    return json.loads((folder / "reference.json").read_text())["scores"]


def _fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in folder.iterdir()}


def test_teachable_machine_export_answers_like_its_own_sample_code(keras2_files: Path) -> None:
    export = keras2_files / "converted_keras"
    before = _fingerprint(export)
    reference = _reference(keras2_files)
    with open_predictor(export) as predictor:
        assert predictor.pack.source == "teachable-machine" and predictor.pack.labels == LABELS
        assert predictor.backend_kind == "local TensorFlow"
        for image, scores in reference.items():
            prediction, _ = predictor.predict_image(image)
            best = int(np.argmax(scores))
            assert prediction.label == LABELS[best], image
            assert prediction.score == pytest.approx(scores[best], abs=0.01), image
        # Inputs of 1 and of 3 at once: the head was built for batches of 16, which is no limit.
        batch = np.stack([load_image(p, TM_SPEC).tensor for p in list(reference)[:3]])
        outputs = predictor.router.run(batch).outputs
        np.testing.assert_allclose(outputs, [reference[p] for p in list(reference)[:3]], atol=0.01)
    assert _fingerprint(export) == before, "the user's file was modified"
    distinct = {int(np.argmax(s)) for s in reference.values()}
    assert len(distinct) >= 2, "the writer's model gives one answer to every image; the test proves little"


def test_keras2_h5_reports_a_free_batch_dimension(keras2_files: Path) -> None:
    backend = TensorFlowBackend(keras2_files / "converted_keras" / "keras_model.h5")
    with backend:
        info = backend.info()
    assert info.inputs[0].shape == (-1, 224, 224, 3) and info.outputs[0].shape == (-1, 3)


def test_savedmodel_written_by_tf_keras(keras2_files: Path) -> None:
    reference = _reference(keras2_files)
    images = list(reference)
    batch = np.stack([load_image(p, TM_SPEC).tensor for p in images])
    with TensorFlowBackend(keras2_files / "saved_model") as backend:
        assert backend.info().inputs[0].shape == (-1, 224, 224, 3)
        outputs = backend.predict(batch)
    np.testing.assert_allclose(outputs, [reference[p] for p in images], atol=0.01)


def test_predict_command_on_the_export_folder(keras2_files: Path, tepi_home: Path) -> None:
    """The command a new user types first, through the real CLI."""
    reference = _reference(keras2_files)
    image = next(iter(reference))
    env = {**os.environ, **QUIET_TF, "TEPI_HOME": str(tepi_home)}
    command = [
        sys.executable,
        "-m",
        "inference",
        "predict",
        image,
        "--model",
        str(keras2_files / "converted_keras"),
        "--json",
    ]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    best = int(np.argmax(reference[image]))
    assert answer["label"] == LABELS[best] and answer["backend"] == "local TensorFlow"
    assert answer["score"] == pytest.approx(reference[image][best], abs=0.01)
