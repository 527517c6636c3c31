"""Write model files the way Keras 2 does, with Keras 2 itself (``tf_keras``), and record its answers.

Run as a program in its own process (``tf_keras`` and Keras 3 should not share one):

    python tests/peers/keras2_writer.py OUT IMAGE...

OUT receives:

- ``converted_keras/keras_model.h5`` and ``labels.txt``: Teachable Machine's export shape, a
  Sequential holding a Sequential (a Functional MobileNetV2, alpha 0.35, and global average
  pooling) and a Sequential head whose first Dense was built for batches of 16;
- ``saved_model/``: the same model as a SavedModel written by ``tf_keras``;
- ``reference.json``: for each IMAGE, the scores Teachable Machine's own sample code gives
  (``ImageOps.fit(image, (224, 224), Image.Resampling.LANCZOS)``, ``x / 127.5 - 1``,
  ``model.predict``), run here on Keras 2 as that code runs for its users.

The weights are random (nothing is downloaded); one forward pass in training mode with
momentum 0 sets every BatchNormalization's statistics, so activations stay alive through
the network as in a trained one, and the head is centred on the images' own features, so
the answers differ from image to image as a trained classifier's do.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import tf_keras as keras
from PIL import Image, ImageOps

LABELS = ("apple", "banana", "cherry")


def build_model(images: list[str]) -> keras.Model:
    keras.utils.set_random_seed(4)
    base = keras.applications.MobileNetV2(
        input_shape=(224, 224, 3), alpha=0.35, include_top=False, weights=None
    )
    features = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()], name="sequential_1")
    head = keras.Sequential(
        [
            keras.layers.Dense(100, activation="relu", batch_input_shape=(16, 1280), name="dense_Dense1"),
            keras.layers.Dense(len(LABELS), activation="softmax", use_bias=False, name="dense_Dense2"),
        ],
        name="sequential_3",
    )
    model = keras.Sequential([features, head], name="sequential_4")
    model.build((None, 224, 224, 3))
    for layer in base.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.momentum = 0.0
    calibration = np.random.default_rng(0).uniform(-1, 1, (8, 224, 224, 3)).astype(np.float32)
    model(calibration, training=True)
    _centre_head(features, head, np.concatenate([_preprocess(path) for path in images]))
    return model


def _centre_head(features: keras.Model, head: keras.Model, batch: np.ndarray) -> None:
    """First Dense on standardised features: its units then tell these images apart."""
    seen = features(batch).numpy()
    mean, std = seen.mean(0), seen.std(0) + 1e-3
    dense = head.layers[0]
    kernel, _ = dense.get_weights()
    kernel = kernel / std[:, None]
    dense.set_weights([kernel, -mean @ kernel])
    last = head.layers[1]
    last.set_weights([last.get_weights()[0] * 4])


def _preprocess(image_path: str) -> np.ndarray:
    image = ImageOps.fit(Image.open(image_path).convert("RGB"), (224, 224), Image.Resampling.LANCZOS)
    return (np.asarray(image).astype(np.float32) / 127.5 - 1)[None]


def teachable_machine_sample(model: keras.Model, image_path: str) -> list[float]:
    """Teachable Machine's "Keras" sample code, line for line."""
    data = np.ndarray(shape=(1, 224, 224, 3), dtype=np.float32)
    image = Image.open(image_path).convert("RGB")
    size = (224, 224)
    image = ImageOps.fit(image, size, Image.Resampling.LANCZOS)
    image_array = np.asarray(image)
    normalized_image_array = (image_array.astype(np.float32) / 127.5) - 1
    data[0] = normalized_image_array
    prediction = model.predict(data, verbose=0)
    return [float(v) for v in prediction[0]]


def main(out: Path, images: list[str]) -> None:
    export = out / "converted_keras"
    export.mkdir(parents=True, exist_ok=True)
    model = build_model(images)
    model.save(export / "keras_model.h5", include_optimizer=False)
    (export / "labels.txt").write_text("".join(f"{i} {name}\n" for i, name in enumerate(LABELS)))
    model.save(out / "saved_model", include_optimizer=False)
    # What Teachable Machine's users run: the file as loaded back by Keras 2, not the object in memory.
    loaded = keras.models.load_model(export / "keras_model.h5", compile=False)
    reference = {path: teachable_machine_sample(loaded, path) for path in images}
    versions = {"tf_keras": keras.__version__}
    (out / "reference.json").write_text(json.dumps({"versions": versions, "scores": reference}, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
