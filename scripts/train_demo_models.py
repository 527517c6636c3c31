"""Train the bundled demo packs, reproducibly, from data that ships with scikit-learn.

    python scripts/train_demo_models.py [--out resources/models]

digits: scikit-learn's 8 × 8 handwritten digits. People draw or photograph
dark ink on light paper at any size, so besides the original 8 × 8 images the
model also learns from digits re-rendered as large dark-on-light pictures and
sent through Tepi's own preprocessing (invert, trim, pad, area resize): it
learns exactly what the app will feed it.

iris: scikit-learn's iris measurements; a Normalization layer inside the
model means CSV values go in unscaled.

digits-large: a wider, deeper network for the same digits task and the same
input (so a client preprocesses exactly as for digits). Its manifest places
it ``remote``: it demonstrates the round trip to ``python -m inference serve``
out of the box, and the pack keeps its .tflite so the server can serve it.
Trained only with ``--only digits-large`` or when no ``--only`` is given; it
re-seeds itself, so training it never changes the digits or iris outputs.

Nothing is downloaded. Seeds are fixed and op determinism is on, so a rerun on
the same versions gives the same accuracy.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from inference.images import image_to_tensor  # noqa: E402
from inference.modelpack import ImageSpec, sha256_file  # noqa: E402

SEED = 7
DIGITS_SPEC = ImageSpec(
    width=8,
    height=8,
    color_mode="grayscale",
    fit="pad",
    invert=True,
    trim=True,
    autocontrast=True,
    resample="box",
    scale=1 / 255,
    offset=0.0,
)
IRIS_FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")


def split(count: int, rng: np.random.Generator, test_fraction: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    order = rng.permutation(count)
    cut = round(count * test_fraction)
    return order[cut:], order[:cut]


def render_digit(grid: np.ndarray, side: int, rng: np.random.Generator | None = None) -> Image.Image:
    """An 8 × 8 digit (0..16) as dark ink on light paper, ``side`` pixels tall."""
    ink = Image.fromarray((grid / 16.0 * 255).astype(np.uint8), "L").resize((side, side), Image.BICUBIC)
    if rng is not None:
        width = int(side * rng.uniform(0.75, 1.15))
        ink = ink.resize((width, side), Image.BICUBIC).rotate(rng.uniform(-8, 8), Image.BILINEAR, expand=True)
        stroke = int(rng.integers(-1, 2))
        if stroke and side >= 48:
            size = 3 if side < 160 else 5
            ink = ink.filter(ImageFilter.MaxFilter(size) if stroke > 0 else ImageFilter.MinFilter(size))
    margin = side // 3
    page = Image.new("L", (ink.width + 2 * margin, ink.height + 2 * margin), 0)
    page.paste(ink, (margin, margin))
    paper = 255 - np.asarray(page, dtype=np.float32)
    if rng is not None:  # grey paper and a little sensor noise
        paper = paper * rng.uniform(0.75, 1.0) + rng.normal(0, 4, paper.shape)
    return Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8), "L")


def through_pipeline(picture: Image.Image) -> np.ndarray:
    return image_to_tensor(picture, DIGITS_SPEC)


def digits_data(rng: np.random.Generator) -> dict[str, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    images, labels = data.images.astype(np.float32), data.target.astype(np.int64)
    train, test = split(len(labels), rng)
    rendered = [
        through_pipeline(render_digit(images[i], int(rng.choice([24, 48, 96, 200])), rng))
        for i in np.repeat(train, 3)
    ]
    x_train = np.concatenate([images[train][..., None] / 16.0, np.stack(rendered)])
    y_train = np.concatenate([labels[train], np.repeat(labels[train], 3)])
    return {
        "x_train": x_train.astype(np.float32),
        "y_train": y_train,
        "x_test": images[test][..., None] / 16.0,
        "y_test": labels[test],
        "test_grids": images[test],
        "test_index": test,
    }


def build_digits_model():
    import keras

    return keras.Sequential(
        [
            keras.Input((8, 8, 1), name="image"),
            keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
            keras.layers.Conv2D(64, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Flatten(),
            keras.layers.Dropout(0.3),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dense(10, activation="softmax", name="probabilities"),
        ],
        name="digits",
    )


def build_digits_large_model():
    import keras

    return keras.Sequential(
        [
            keras.Input((8, 8, 1), name="image"),
            keras.layers.Conv2D(64, 3, padding="same", activation="relu"),
            keras.layers.Conv2D(128, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Conv2D(128, 3, padding="same", activation="relu"),
            keras.layers.Flatten(),
            keras.layers.Dropout(0.4),
            keras.layers.Dense(192, activation="relu"),
            keras.layers.Dense(10, activation="softmax", name="probabilities"),
        ],
        name="digits_large",
    )


def build_iris_model(x_train: np.ndarray):
    import keras

    norm = keras.layers.Normalization(name="standardize")
    norm.adapt(x_train)
    return keras.Sequential(
        [
            keras.Input((4,), name="features"),
            norm,
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(3, activation="softmax", name="probabilities"),
        ],
        name="iris",
    )


def train(model, x, y, epochs: int) -> None:
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, y, epochs=epochs, batch_size=32, verbose=0, shuffle=True)


def to_tflite(model) -> bytes:
    import tensorflow as tf

    return bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())


def write_pack(folder: Path, manifest: str, files: list[str]) -> None:
    hashes = "\n".join(f'"{name}" = "{sha256_file(folder / name)}"' for name in files)
    (folder / "model.toml").write_text(manifest.replace("@HASHES@", hashes), encoding="utf-8")


# Both digits packs feed their models through the same preprocessing (see DIGITS_SPEC).
DIGITS_INPUT = """[input]
size = [8, 8]
color_mode = "grayscale"
invert = true
autocontrast = true
trim = true
fit = "pad"
resample = "box"
scale = 0.00392156862745098
offset = 0.0"""

DIGITS_TOML = """# Handwritten digits: trained by scripts/train_demo_models.py on scikit-learn's digits.
name = "digits"
version = "1.0"
task = "image-classification"
description = "Handwritten digits 0-9, dark ink on light paper, any size."
labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
placement = "local"

[model]
files = ["digits.tflite", "digits.keras"]

[model.sha256]
@HASHES@

@DIGITS_INPUT@

[output]
kind = "probabilities"

[remote]
model = "digits"
version = "1"
"""

IRIS_TOML = """# Iris species from flower measurements: trained by scripts/train_demo_models.py.
name = "iris"
version = "1.0"
task = "tabular-classification"
description = "Iris species from sepal and petal measurements in centimetres."
labels = ["setosa", "versicolor", "virginica"]
placement = "local"

[model]
files = ["iris.tflite", "iris.keras"]

[model.sha256]
@HASHES@

[input]
features = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
baseline = @BASELINE@  # the training means: explanations replace one feature at a time with it

[output]
kind = "probabilities"

[remote]
model = "iris"
version = "1"
"""


DIGITS_LARGE_TOML = """# Handwritten digits, larger network: scripts/train_demo_models.py --only digits-large.
# Placed remote: Tepi sends it to the endpoint (python -m inference serve --models resources/models).
name = "digits-large"
version = "1.0"
task = "image-classification"
description = "Handwritten digits 0-9 with a larger network, run on a remote endpoint."
labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
placement = "remote"

[model]
files = ["digits-large.tflite"]

[model.sha256]
@HASHES@

@DIGITS_INPUT@

[output]
kind = "probabilities"

[remote]
model = "digits-large"
version = "1"
"""

DIGITS_TOML = DIGITS_TOML.replace("@DIGITS_INPUT@", DIGITS_INPUT)
DIGITS_LARGE_TOML = DIGITS_LARGE_TOML.replace("@DIGITS_INPUT@", DIGITS_INPUT)


def make_digits(out: Path, samples: Path, rng: np.random.Generator) -> None:
    data = digits_data(rng)
    model = build_digits_model()
    train(model, data["x_train"], data["y_train"], epochs=40)
    folder = out / "digits"
    folder.mkdir(parents=True, exist_ok=True)
    model.save(folder / "digits.keras")
    (folder / "digits.tflite").write_bytes(to_tflite(model))
    write_pack(folder, DIGITS_TOML, ["digits.tflite", "digits.keras"])
    accuracy = float(np.mean(model(data["x_test"]).numpy().argmax(1) == data["y_test"]))
    print(f"digits: held-out accuracy on 8x8 originals {accuracy:.4f}")
    samples.mkdir(parents=True, exist_ok=True)
    for digit in (0, 3, 5, 7, 8):
        index = int(np.flatnonzero(data["y_test"] == digit)[0])
        picture = render_digit(data["test_grids"][index], 240)
        picture.convert("RGB").save(samples / f"digit-{digit}.png")
    render_digit(data["test_grids"][int(np.flatnonzero(data["y_test"] == 2)[0])], 900).convert("RGB").save(
        samples / "digit-2-photo.jpg", quality=90
    )


def make_digits_large(out: Path, rng: np.random.Generator) -> None:
    """Same data and input as digits, a larger network; only the .tflite ships (size)."""
    import keras

    keras.utils.set_random_seed(SEED + 1)
    data = digits_data(rng)
    model = build_digits_large_model()
    train(model, data["x_train"], data["y_train"], epochs=40)
    folder = out / "digits-large"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "digits-large.tflite").write_bytes(to_tflite(model))
    write_pack(folder, DIGITS_LARGE_TOML, ["digits-large.tflite"])
    accuracy = float(np.mean(model(data["x_test"]).numpy().argmax(1) == data["y_test"]))
    print(f"digits-large: {model.count_params():,} parameters, held-out accuracy {accuracy:.4f}")


def make_iris(out: Path, samples: Path, rng: np.random.Generator) -> None:
    from sklearn.datasets import load_iris

    data = load_iris()
    x, y = data.data.astype(np.float32), data.target.astype(np.int64)
    train_idx, test_idx = split(len(y), rng)
    model = build_iris_model(x[train_idx])
    train(model, x[train_idx], y[train_idx], epochs=300)
    folder = out / "iris"
    folder.mkdir(parents=True, exist_ok=True)
    model.save(folder / "iris.keras")
    (folder / "iris.tflite").write_bytes(to_tflite(model))
    baseline = ", ".join(f"{v:.3f}" for v in x[train_idx].mean(axis=0))
    write_pack(folder, IRIS_TOML.replace("@BASELINE@", f"[{baseline}]"), ["iris.tflite", "iris.keras"])
    accuracy = float(np.mean(model(x[test_idx]).numpy().argmax(1) == y[test_idx]))
    print(f"iris: held-out accuracy {accuracy:.4f}")
    names = ("setosa", "versicolor", "virginica")
    lines = ["sample_id," + ",".join(IRIS_FEATURES) + ",species"]
    for n, i in enumerate(sorted(test_idx)[:12], start=1):
        lines.append(f"s{n:02d}," + ",".join(f"{v:.1f}" for v in x[i]) + f",{names[y[i]]}")
    (samples / "iris.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--samples", type=Path, default=ROOT / "resources" / "samples")
    parser.add_argument(
        "--only", choices=["digits", "iris", "digits-large"], help="train one pack (default: all)"
    )
    args = parser.parse_args()
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(SEED)
    tf.config.experimental.enable_op_determinism()
    if args.only in (None, "digits"):
        make_digits(args.out, args.samples, np.random.default_rng(SEED))
    if args.only in (None, "iris"):
        make_iris(args.out, args.samples, np.random.default_rng(SEED))
    if args.only in (None, "digits-large"):
        make_digits_large(args.out, np.random.default_rng(SEED))


if __name__ == "__main__":
    main()
