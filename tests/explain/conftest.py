"""A model whose answer depends only on the top-left quadrant, trained here, in every file format.

Each picture is four 8 × 8 quadrants of one colour each (red, green, blue or
grey, with noise); the class is the colour of the top-left quadrant, and the
other three quadrants get colours at random, so the model must learn to
ignore them. Some pictures have black bands at two opposite edges, as
letterboxing (``fit = "pad"``) makes them. The model normalises its input to
-1..1 (as MobileNet does), so grey is its neutral value and the "empty" class:
the tests explain the three colours, which the model must see to name.
Seeded; trains in about ten seconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

SIDE, HALF = 16, 8
LABELS = ("red", "green", "blue", "empty")
COLOURS = np.array([(0.9, 0.15, 0.1), (0.1, 0.8, 0.2), (0.15, 0.2, 0.9), (0.5, 0.5, 0.5)], np.float32)
QUADRANTS = ((0, 0), (0, HALF), (HALF, 0), (HALF, HALF))


def quadrant_picture(
    rng: np.random.Generator, label: int, *, bands: int = 0, rows: bool = True
) -> np.ndarray:
    """16 × 16 × 3 in 0..1: the top-left quadrant in the label's colour, the others at random."""
    picks = rng.integers(0, len(LABELS), size=4)
    picks[0] = label
    picture = np.empty((SIDE, SIDE, 3), np.float32)
    for pick, (r, c) in zip(picks, QUADRANTS, strict=True):
        picture[r : r + HALF, c : c + HALF] = COLOURS[pick]
    picture = np.clip(picture + rng.normal(0, 0.08, picture.shape), 0, 1).astype(np.float32)
    if bands:
        edges = (slice(0, bands), slice(SIDE - bands, SIDE))
        for edge in edges:
            if rows:
                picture[edge] = 0
            else:
                picture[:, edge] = 0
    return picture


def training_set(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    labels = rng.integers(0, len(LABELS), count)
    pictures = []
    for label in labels:
        bands = int(rng.integers(1, 5)) if rng.random() < 0.4 else 0
        pictures.append(quadrant_picture(rng, int(label), bands=bands, rows=bool(rng.random() < 0.5)))
    return np.stack(pictures), labels


@dataclass(frozen=True)
class QuadrantModel:
    keras: Path
    tflite: Path
    test_pictures: np.ndarray
    """Held-out pictures, 16 × 16 × 3 in 0..1."""
    test_labels: np.ndarray
    accuracy: float


@pytest.fixture(scope="session")
def quadrant_model(tmp_path_factory: pytest.TempPathFactory) -> QuadrantModel:
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x, y = training_set(rng, 1200)
    model = keras.Sequential(
        [
            keras.Input((SIDE, SIDE, 3), name="image"),
            keras.layers.Rescaling(2.0, offset=-1.0),
            keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
            keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Flatten(),
            # Weight decay lets the weights of the ignored quadrants fade instead of merely cancelling.
            keras.layers.Dense(
                len(LABELS), activation="softmax", kernel_regularizer=keras.regularizers.l2(1e-3)
            ),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
    model.fit(x, y, epochs=12, batch_size=32, verbose=0)
    test_x, test_y = training_set(rng, 200)
    accuracy = float(np.mean(model.predict(test_x, verbose=0).argmax(1) == test_y))
    root = tmp_path_factory.mktemp("quadrant")
    keras_path, tflite_path = root / "quadrant.keras", root / "quadrant.tflite"
    model.save(keras_path)
    tflite_path.write_bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())
    (root / "labels.txt").write_text("\n".join(LABELS) + "\n")
    colours = np.arange(12) % 3  # red, green, blue: what the model must see
    plain = np.stack([quadrant_picture(rng, int(label)) for label in colours])
    return QuadrantModel(keras_path, tflite_path, plain, colours, accuracy)


def save_picture(values: np.ndarray, path: Path, scale: int = 1) -> Path:
    """0..1 values as an 8-bit PNG, each value ``scale`` × ``scale`` pixels."""
    image = Image.fromarray(np.rint(values * 255).astype(np.uint8), "RGB")
    if scale != 1:
        image = image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)
    image.save(path)
    return path


def quadrant_pack(folder: Path, model: Path, *, fit: str) -> Path:
    """A pack for the quadrant model with the given fit (box resampling: whole photo pixels average)."""
    from inference.modelpack import sha256_file

    folder.mkdir(parents=True, exist_ok=True)
    (folder / model.name).write_bytes(model.read_bytes())
    (folder / "model.toml").write_text(
        f"""name = "quadrant"
version = "1"
labels = {json.dumps(list(LABELS))}
placement = "local"
[model]
files = ["{model.name}"]
[model.sha256]
"{model.name}" = "{sha256_file(folder / model.name)}"
[input]
size = [{SIDE}, {SIDE}]
fit = "{fit}"
resample = "box"
""",
        encoding="utf-8",
    )
    return folder


def region_ratio(heat: np.ndarray, box: tuple[int, int, int, int], within: np.ndarray | None = None) -> float:
    """Mean heat inside ``box`` (left, top, right, bottom) over the mean elsewhere (in ``within``)."""
    left, top, right, bottom = box
    inside = np.zeros(heat.shape, bool)
    inside[top:bottom, left:right] = True
    rest = ~inside if within is None else (~inside & within)
    return float(heat[inside].mean() / max(float(heat[rest].mean()), 1e-9))
