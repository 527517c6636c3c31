"""Train the bundled demo packs, reproducibly, from data that installed packages ship.

    python scripts/train_demo_models.py [--out resources/models] [--only digits|iris|digits-large]

digits: scikit-learn's 8 × 8 handwritten digits, plus printed digits typeset
in the font faces matplotlib and Pillow ship and drawn from stroke skeletons,
photographed with the variation a phone brings (``digit_sets``,
``digit_renders``). Everything goes through Tepi's own preprocessing, so the
model learns exactly what the app will feed it. Some faces are held out of
training altogether, for the checks.

digits-large: a wider, deeper network on the same data and input (a client
preprocesses exactly as for digits), placed ``remote`` for the reference
server; the heavier model asked when digits is unsure.

iris: scikit-learn's iris measurements; a Normalization layer inside the model
means CSV values go in unscaled.

Each pack's temperature (``[output] temperature``) is fitted on examples the
model did not train on: the validation split for the digits packs, the
out-of-fold answers of a 5-fold cross-validation for iris. With the confidence
calibrated, ``min_confidence`` (``MIN_CONFIDENCE``) marks answers less than
90 % likely to be right as "not sure".

Nothing is downloaded. Seeds are fixed and op determinism is on, so a rerun on
the same versions gives the same files. ``scripts/measure_demo_models.py``
prints the held-out figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import demo_manifests as manifests  # noqa: E402
from digit_renders import face_split, meter_photo, render_handwritten  # noqa: E402
from digit_sets import (  # noqa: E402
    SEED,
    DigitSet,
    handwritten_splits,
    sklearn_digits,
    split,
    through_pipeline,
    training_sets,
)

from inference.calibration import calibrate, confidence_threshold, scaled_probabilities  # noqa: E402

HANDWRITTEN_WEIGHT = 2.0
"""Handwritten digits are a quarter of the training inputs and the harder task: they count double
(measured: 98.3 -> 99.2 % on the held-out 8 × 8 grids, printed unchanged at 99.7 %)."""
IRIS_FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
IRIS_NAMES = ("setosa", "versicolor", "virginica")
MIN_CONFIDENCE = 0.9
"""Below this an answer is "not sure". After temperature scaling a confidence is the chance that the
answer is right, so this says "less than 90 % likely to be right". (The lowest threshold at which kept
answers are right ≥ 99 % of the time is printed too: it is 0 for a model that is right more often
than that, and it hangs on one or two confident mistakes when examples are few, as for iris.)"""


@cache
def digit_data() -> tuple[dict[str, DigitSet], dict[str, DigitSet]]:
    started = time.perf_counter()
    training, validation = training_sets(np.random.default_rng(SEED))
    seen, held = (sum(len(part) for part in kind.values()) for kind in (training, validation))
    print(
        f"digits data: {seen:,} training and {held:,} validation inputs "
        f"rendered in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return training, validation


def build_digits_model(large: bool = False):
    import keras

    layers = keras.layers
    if large:
        body = [
            layers.Conv2D(64, 3, padding="same", activation="relu"),
            layers.Conv2D(128, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(128, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(0.4),
            layers.Dense(192, activation="relu"),
        ]
    else:
        body = [
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Conv2D(64, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Flatten(),
            layers.Dropout(0.3),
            layers.Dense(128, activation="relu"),
        ]
    return keras.Sequential(
        [
            keras.Input((8, 8, 1), name="image"),
            *body,
            layers.Dense(10, activation="softmax", name="probabilities"),
        ],
        name="digits_large" if large else "digits",
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


def train_digits(model, data: dict[str, DigitSet], epochs: int) -> None:
    """Adam, the rate halved four times; handwritten inputs count double (``HANDWRITTEN_WEIGHT``)."""
    import keras

    x = np.concatenate([part.x for part in data.values()])
    y = np.concatenate([part.y for part in data.values()])
    weight = np.concatenate(
        [
            np.full(len(part), HANDWRITTEN_WEIGHT if kind == "handwritten" else 1.0)
            for kind, part in data.items()
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy")
    halve = keras.callbacks.LearningRateScheduler(lambda epoch: 1e-3 * 0.5 ** (epoch // max(1, epochs // 4)))
    model.fit(
        x, y, sample_weight=weight, epochs=epochs, batch_size=64, verbose=0, shuffle=True, callbacks=[halve]
    )


def train_iris(model, x: np.ndarray, y: np.ndarray) -> None:
    import keras

    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
    model.fit(x, y, epochs=300, batch_size=len(y), verbose=0)


def to_tflite(model) -> bytes:
    import tensorflow as tf

    return bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())


def save_keras(model, build: Callable[[], object], path: Path) -> None:
    """The weights in a fresh, uncompiled copy: the file holds no optimizer state (a third the size)."""
    bare = build()
    bare.set_weights(model.get_weights())  # type: ignore[attr-defined]
    bare.save(path)  # type: ignore[attr-defined]


def calibration_values(
    name: str, outputs: dict[str, np.ndarray], labels: dict[str, np.ndarray]
) -> dict[str, float]:
    """The temperature fitted on every kind of unseen example together; figures per kind."""
    found = calibrate(
        np.concatenate(list(outputs.values())),
        np.concatenate(list(labels.values())),
        "probabilities",
        precision=0.99,
    )
    print(
        f"{name}: temperature {found.temperature:.3f}; ECE {found.ece_before:.4f} -> {found.ece_after:.4f} "
        f"on {found.count} unseen examples",
        flush=True,
    )
    for kind in outputs:
        probabilities = scaled_probabilities(outputs[kind], "probabilities", found.temperature)
        sure = probabilities.max(1) >= MIN_CONFIDENCE
        kept = float(np.mean(probabilities[sure].argmax(1) == labels[kind][sure]))
        print(
            f"  {kind}: accuracy {np.mean(probabilities.argmax(1) == labels[kind]):.2%}; "
            f"not sure below {MIN_CONFIDENCE:.0%}: {1 - sure.mean():.1%} of answers, kept ones right "
            f"{kept:.2%}; kept right ≥ 99 % from "
            f"{confidence_threshold(probabilities, labels[kind], 0.99):.1%}",
            flush=True,
        )
    return {"temperature": round(found.temperature, 4), "min_confidence": MIN_CONFIDENCE}


def make_digits_pack(out: Path, *, large: bool):
    """Train, calibrate and write one digits pack; returns the model and its temperature."""
    import keras

    name = "digits-large" if large else "digits"
    keras.utils.set_random_seed(SEED + 1 if large else SEED)
    training, validation = digit_data()
    model = build_digits_model(large)
    started = time.perf_counter()
    train_digits(model, training, epochs=40 if large else 30)
    print(
        f"{name}: {model.count_params():,} parameters, trained in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    output = calibration_values(
        name,
        {kind: model.predict(part.x, verbose=0) for kind, part in validation.items()},
        {kind: part.y for kind, part in validation.items()},
    )
    (folder / f"{name}.tflite").write_bytes(to_tflite(model))
    if large:  # only the .tflite ships: the server runs it, and a .keras would double the size
        manifests.write_pack(folder, manifests.DIGITS_LARGE, [f"{name}.tflite"], output)
    else:
        save_keras(model, build_digits_model, folder / "digits.keras")
        manifests.write_pack(folder, manifests.DIGITS, ["digits.tflite", "digits.keras"], output)
    return model, output["temperature"]


def make_digit_samples(samples: Path, model, temperature: float) -> None:
    """Handwritten digits from the held-out split, and one printed digit in a held-out face.

    Each is the first held-out example of its digit that ``model`` reads right and sure (≥
    ``MIN_CONFIDENCE`` after calibration): a sample shows what the app does; the accuracy figures
    are measured on every held-out example (``scripts/measure_demo_models.py``).
    """
    images, labels = sklearn_digits()
    test = handwritten_splits()["test"]
    samples.mkdir(parents=True, exist_ok=True)

    def first_read_right(digit: int, side: int):
        for index in test[labels[test] == digit]:
            picture = render_handwritten(images[index], side).convert("RGB")
            raw = model.predict(through_pipeline(picture)[None], verbose=0)
            scores = scaled_probabilities(raw, "probabilities", temperature)[0]
            if scores.argmax() == digit and scores.max() >= MIN_CONFIDENCE:
                return picture
        raise AssertionError(f"no held-out {digit} is read right and sure")

    for digit in (0, 3, 5, 7, 8):
        first_read_right(digit, 240).save(samples / f"digit-{digit}.png")
    first_read_right(2, 900).save(samples / "digit-2-photo.jpg", quality=90)
    _, held_out = face_split()
    face = next(f for f in held_out if f.name == "STIXGeneralBol")  # a "1" with flag and foot
    meter_photo(1, face, np.random.default_rng(SEED)).save(samples / "digit-1-printed.jpg", quality=88)


def committed_digits(out: Path):
    """The digits pack's Keras model and temperature, as written before."""
    import keras
    import tomllib

    manifest = tomllib.loads((out / "digits" / "model.toml").read_text(encoding="utf-8"))
    return keras.saving.load_model(out / "digits" / "digits.keras"), manifest["output"]["temperature"]


def make_iris(out: Path, samples: Path) -> None:
    import keras
    from sklearn.datasets import load_iris

    data = load_iris()
    x, y = data.data.astype(np.float32), data.target.astype(np.int64)
    train_idx, test_idx = split(len(y), np.random.default_rng(SEED))
    # Out-of-fold answers: each training flower answered by a model that did not see it.
    unseen = np.zeros((len(train_idx), 3), np.float32)
    for fold in range(5):
        keras.utils.set_random_seed(SEED + 10 + fold)
        held = np.arange(len(train_idx)) % 5 == fold
        model = build_iris_model(x[train_idx[~held]])
        train_iris(model, x[train_idx[~held]], y[train_idx[~held]])
        unseen[held] = model.predict(x[train_idx[held]], verbose=0)
    output = calibration_values("iris", {"out-of-fold": unseen}, {"out-of-fold": y[train_idx]})
    keras.utils.set_random_seed(SEED)
    model = build_iris_model(x[train_idx])
    train_iris(model, x[train_idx], y[train_idx])
    folder = out / "iris"
    folder.mkdir(parents=True, exist_ok=True)
    save_keras(model, lambda: build_iris_model(x[train_idx]), folder / "iris.keras")
    (folder / "iris.tflite").write_bytes(to_tflite(model))
    baseline = ", ".join(f"{v:.3f}" for v in x[train_idx].mean(axis=0))
    manifest = manifests.IRIS.replace("@BASELINE@", f"[{baseline}]")
    manifests.write_pack(folder, manifest, ["iris.tflite", "iris.keras"], output)
    accuracy = float(np.mean(model.predict(x[test_idx], verbose=0).argmax(1) == y[test_idx]))
    print(f"iris: held-out accuracy {accuracy:.4f} ({len(test_idx)} flowers)")
    lines = ["sample_id," + ",".join(IRIS_FEATURES) + ",species"]
    chosen = [i for species in range(3) for i in sorted(test_idx[y[test_idx] == species])[:4]]
    for n, i in enumerate(chosen, start=1):
        lines.append(f"s{n:02d}," + ",".join(f"{v:.1f}" for v in x[i]) + f",{IRIS_NAMES[y[i]]}")
    (samples / "iris.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--samples", type=Path, default=ROOT / "resources" / "samples")
    parser.add_argument(
        "--only",
        choices=["digits", "iris", "digits-large", "samples"],
        help="train one pack, or only write the digit samples (default: all)",
    )
    args = parser.parse_args()
    import tensorflow as tf

    tf.config.experimental.enable_op_determinism()
    started = time.perf_counter()
    if args.only in (None, "digits"):
        make_digit_samples(args.samples, *make_digits_pack(args.out, large=False))
    if args.only == "samples":  # the digit samples again, from the committed digits pack
        make_digit_samples(args.samples, *committed_digits(args.out))
    if args.only in (None, "iris"):
        make_iris(args.out, args.samples)
    if args.only in (None, "digits-large"):
        make_digits_pack(args.out, large=True)
    manifests.write_cascade(args.out)
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
