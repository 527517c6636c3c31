"""Tiny models built once per test session, in every format Tepi opens."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

LABELS = ("cat", "dog", "red fox")


def _tf():
    import tensorflow as tf

    return tf


@pytest.fixture(scope="session")
def keras_model():
    """A small image classifier: 16x16 RGB -> 3 classes, seeded."""
    import keras

    keras.utils.set_random_seed(1)
    model = keras.Sequential(
        [
            keras.Input((16, 16, 3), name="image"),
            keras.layers.Conv2D(4, 3, activation="relu"),
            keras.layers.DepthwiseConv2D(3),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    return model


@pytest.fixture(scope="session")
def model_files(tmp_path_factory: pytest.TempPathFactory, keras_model) -> dict[str, Path]:
    """The same model as .keras, .h5, SavedModel folder and .tflite."""
    tf = _tf()
    root = tmp_path_factory.mktemp("models")
    files = {"keras": root / "tiny.keras", "h5": root / "tiny.h5", "savedmodel": root / "tiny_saved"}
    keras_model.save(files["keras"])
    keras_model.save(files["h5"])
    keras_model.export(str(files["savedmodel"]), verbose=False)
    files["tflite"] = root / "tiny.tflite"
    files["tflite"].write_bytes(tf.lite.TFLiteConverter.from_keras_model(keras_model).convert())
    return files


@pytest.fixture(scope="session")
def quantized_tflite(tmp_path_factory: pytest.TempPathFactory, keras_model) -> Path:
    """Full-integer (uint8 in and out) version of the tiny model."""
    tf = _tf()
    rng = np.random.default_rng(0)

    def representative():
        for _ in range(32):
            yield [rng.uniform(0, 1, (1, 16, 16, 3)).astype(np.float32)]

    converter = tf.lite.TFLiteConverter.from_keras_model(keras_model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.uint8
    converter.inference_output_type = tf.uint8
    path = tmp_path_factory.mktemp("quant") / "tiny_uint8.tflite"
    path.write_bytes(converter.convert())
    return path


def add_groups_to_h5(path: Path) -> None:
    """Rewrite an h5 config the way older Keras (Teachable Machine) wrote it: groups=1."""
    import h5py

    with h5py.File(path, "r+") as handle:
        config = json.loads(handle.attrs["model_config"])
        for layer in config["config"]["layers"]:
            if layer["class_name"] == "DepthwiseConv2D":
                layer["config"]["groups"] = 1
        handle.attrs["model_config"] = json.dumps(config)


@pytest.fixture(scope="session")
def teachable_machine_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Teachable Machine style export: 224x224 keras_model.h5 with groups=1, and labels.txt."""
    import keras

    keras.utils.set_random_seed(2)
    model = keras.Sequential(
        [
            keras.Input((224, 224, 3)),
            keras.layers.DepthwiseConv2D(3, strides=8),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    folder = tmp_path_factory.mktemp("tm") / "converted_keras"
    folder.mkdir()
    model.save(folder / "keras_model.h5")
    add_groups_to_h5(folder / "keras_model.h5")
    (folder / "labels.txt").write_text("".join(f"{i} {name}\n" for i, name in enumerate(LABELS)))
    return folder


def write_pack(folder: Path, model: Path, *, extra: str = "") -> Path:
    """A pack folder holding ``model`` with a correct manifest."""
    from inference.modelpack import sha256_file

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / model.name
    target.write_bytes(model.read_bytes())
    folder.joinpath("model.toml").write_text(
        f"""name = "tiny"
version = "2.0"
task = "image-classification"
labels = {json.dumps(list(LABELS))}
placement = "local"
{extra}
[model]
files = ["{model.name}"]
[model.sha256]
"{model.name}" = "{sha256_file(target)}"

[input]
size = [16, 16]
color_mode = "rgb"
fit = "crop"
"""
    )
    return folder
