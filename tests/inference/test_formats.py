"""Opening models: packs, bare files, SavedModel, Teachable Machine, and files that are not models."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
import pytest

from inference import open_predictor
from inference.errors import IntegrityError, ManifestError, ModelError, ModelFormatError, UnsafeModelError
from inference.formats import bundled_models, is_model_path, open_model
from inference.modelpack import ImageSpec, parse_labels
from tests.inference.conftest import LABELS, write_pack


def test_bundled_packs_open_by_name() -> None:
    assert {"digits", "iris"} <= set(bundled_models())
    pack = open_model(None)
    assert pack.ref == "digits@1.0" and pack.is_image and pack.placement == "local"


def test_pack_hash_mismatch_refuses_to_load(tmp_path, model_files) -> None:
    pack_dir = write_pack(tmp_path / "pack", model_files["tflite"])
    with (pack_dir / "tiny.tflite").open("ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(IntegrityError, match=r"tiny\.tflite in model pack tiny has been changed or damaged"):
        open_model(pack_dir)


def test_pack_manifest_errors_are_plain(tmp_path, model_files) -> None:
    pack_dir = write_pack(tmp_path / "pack", model_files["tflite"])
    manifest = pack_dir / "model.toml"
    manifest.write_text(manifest.read_text().replace('fit = "crop"', 'fit = "zoom"'))
    with pytest.raises(ManifestError, match=r"'input.fit' is 'zoom'; use one of crop, pad, stretch"):
        open_model(pack_dir)
    manifest.write_text("name = [unclosed")
    with pytest.raises(ManifestError, match="is not valid TOML"):
        open_model(pack_dir)


def test_pack_refuses_files_outside_itself(tmp_path, model_files) -> None:
    pack_dir = write_pack(tmp_path / "pack", model_files["tflite"])
    manifest = pack_dir / "model.toml"
    manifest.write_text(manifest.read_text().replace('files = ["tiny.tflite"]', 'files = ["../tiny.tflite"]'))
    with pytest.raises(ManifestError, match="must stay inside the pack"):
        open_model(pack_dir)


def test_labels_file_in_teachable_machine_format() -> None:
    many = "".join(f"{i} Class number {i}\n" for i in range(120))
    labels = parse_labels(many)
    assert len(labels) == 120 and labels[7] == "Class number 7"
    assert parse_labels("cat\ndog\n") == ("cat", "dog")


@pytest.mark.parametrize("kind", ["tflite", "keras", "h5", "savedmodel"])
def test_bare_models_open_and_predict_alike(kind: str, model_files, samples_dir) -> None:
    with open_predictor(model_files[kind]) as predictor:
        assert predictor.pack.source == "bare"
        assert isinstance(predictor.pack.input, ImageSpec) and predictor.pack.input.width == 16
        prediction, _ = predictor.predict_image(samples_dir / "digit-3.png")
        expected = "local LiteRT" if kind == "tflite" else "local TensorFlow"
        assert prediction.backend == expected
        assert prediction.label.startswith("class ")  # no labels.txt beside a bare model
        assert sum(t.score for t in prediction.top_k) == pytest.approx(1.0, abs=1e-4)


def test_bare_model_formats_agree(model_files) -> None:
    batch = np.random.default_rng(3).uniform(0, 1, (4, 16, 16, 3)).astype(np.float32)
    outputs = {}
    for kind in ("tflite", "keras", "savedmodel"):
        with open_predictor(model_files[kind]) as predictor:
            outputs[kind] = predictor.router.run(batch).outputs
    np.testing.assert_allclose(outputs["keras"], outputs["tflite"], atol=1e-5)
    np.testing.assert_allclose(outputs["savedmodel"], outputs["tflite"], atol=1e-5)


def test_teachable_machine_h5_with_groups_loads_without_touching_the_file(teachable_machine_dir) -> None:
    h5 = teachable_machine_dir / "keras_model.h5"
    before = (h5.read_bytes(), os.stat(h5).st_mtime_ns)
    with open_predictor(teachable_machine_dir) as predictor:
        pack = predictor.pack
        assert pack.source == "teachable-machine" and pack.labels == LABELS
        assert pack.input == ImageSpec(224, 224, "rgb", "crop", scale=1 / 127.5, offset=-1.0, draft=False)
    assert (h5.read_bytes(), os.stat(h5).st_mtime_ns) == before


def test_teachable_machine_zip(tmp_path, teachable_machine_dir, samples_dir) -> None:
    archive = tmp_path / "converted_keras.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("keras_model.h5", "labels.txt"):
            zipped.write(teachable_machine_dir / name, name)
    with open_predictor(archive) as predictor:
        prediction, _ = predictor.predict_image(samples_dir / "digit-0.png")
    assert prediction.label in LABELS and prediction.model.startswith("converted_keras@")


def test_zip_with_escaping_paths_is_refused(tmp_path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../../labels.txt", "0 x\n")
    with pytest.raises(ModelFormatError, match="contains a file path that points outside it"):
        open_model(archive)
    assert not (tmp_path.parent / "labels.txt").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("random.tflite", os.urandom(2048), r"random\.tflite is not a TensorFlow Lite model Tepi can open"),
        ("empty.keras", b"", r"empty\.keras is not a Keras model file"),
        ("random.h5", os.urandom(512), r"random\.h5 is not a Keras model file"),
        ("model.onnx", b"\x08\x07", r"model\.onnx is not an ONNX model Tepi can open"),
        ("model.pt", b"\x08\x07", r"model\.pt is not a model file Tepi knows"),
        ("broken.zip", b"PK\x03\x04garbage", r"broken\.zip is not a readable zip file"),
    ],
)
def test_files_that_are_not_models(tmp_path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ModelError, match=message):
        open_predictor(path)


def test_missing_model_names_the_bundled_ones(tmp_path) -> None:
    with pytest.raises(
        ModelError, match=r"nonesuch does not exist and is not a bundled model \(.*digits.*\)"
    ):
        open_model("nonesuch")


def test_folder_without_a_model(tmp_path) -> None:
    with pytest.raises(ModelFormatError, match="holds no model"):
        open_model(tmp_path)
    assert not is_model_path(tmp_path)


@pytest.fixture(scope="module")
def lambda_model(tmp_path_factory) -> Path:
    import keras

    model = keras.Sequential([keras.Input((4,)), keras.layers.Lambda(lambda x: x * 2), keras.layers.Dense(2)])
    path = tmp_path_factory.mktemp("unsafe") / "lambda.keras"
    model.save(path)
    return path


def test_lambda_layer_is_refused_with_an_explanation(lambda_model) -> None:
    with pytest.raises(UnsafeModelError, match="contains a Lambda layer, which runs Python code"):
        open_predictor(lambda_model)


def test_lambda_layer_loads_when_explicitly_allowed(lambda_model) -> None:
    with open_predictor(lambda_model, allow_unsafe=True) as predictor:
        assert predictor.pack.task == "tabular-classification"
