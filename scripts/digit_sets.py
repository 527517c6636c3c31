"""The data sets of the digits packs: training, validation (calibration) and held-out checks.

Every picture goes through Tepi's own decoding and preprocessing
(``inference.images``), so the model learns and is checked on exactly what
the app feeds it. Splits:

- handwritten (scikit-learn's digits): the held-out 20 % is the same split as
  ever (``SEED``); 15 % of the rest is the validation split that fits the
  temperature and the "not sure" threshold; the model trains on the others, as
  the original 8 × 8 grids and as pictures drawn at 12–200 px with variation.
- printed: training faces (``digit_renders.face_split``) and stroke-drawn
  digits for training and validation, with the type varied as well as the
  photograph; held-out faces only for checks, photographed but unaltered.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from digit_renders import STROKES, Face, face_split, render_handwritten, render_printed
from PIL import Image

from inference.images import decode_image, image_to_tensor
from inference.modelpack import ImageSpec

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
DRAWN_SIDES = (8, 28, 64, 200, 600)
"""Sizes (px) at which the held-out handwritten digits are drawn for the checks."""


@dataclass(frozen=True)
class DigitSet:
    x: np.ndarray
    """Model inputs, N × 8 × 8 × 1 float32."""
    y: np.ndarray
    group: np.ndarray
    """Which face (index into ``faces``) or drawn size each input comes from."""
    groups: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.y)

    @staticmethod
    def join(*sets: DigitSet) -> DigitSet:
        return DigitSet(
            np.concatenate([s.x for s in sets]),
            np.concatenate([s.y for s in sets]),
            np.concatenate([s.group for s in sets]),
        )


def split(count: int, rng: np.random.Generator, test_fraction: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    order = rng.permutation(count)
    cut = round(count * test_fraction)
    return order[cut:], order[:cut]


def through_pipeline(picture: Image.Image | bytes, spec: ImageSpec = DIGITS_SPEC) -> np.ndarray:
    """A picture as Tepi would feed it to the model (bytes are decoded as a file would be)."""
    if isinstance(picture, Image.Image):
        buffer = io.BytesIO()
        picture.save(buffer, "PNG")
        picture = buffer.getvalue()
    image, _ = decode_image(picture, hint=max(spec.width * 2, 512))
    return image_to_tensor(image, spec)


def sklearn_digits() -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    return data.images.astype(np.float32), data.target.astype(np.int64)


def handwritten_splits() -> dict[str, np.ndarray]:
    """Indices into scikit-learn's digits: ``train``, ``validation`` and ``test`` (held out)."""
    _, labels = sklearn_digits()
    rest, test = split(len(labels), np.random.default_rng(SEED))
    cut = round(len(rest) * 0.15)
    return {"train": rest[cut:], "validation": rest[:cut], "test": test}


def handwritten_set(indices: np.ndarray, rng: np.random.Generator, drawn_per_digit: int = 3) -> DigitSet:
    """The 8 × 8 grids themselves, then each drawn ``drawn_per_digit`` times at 12–200 px, varied."""
    images, labels = sklearn_digits()
    drawn = [
        through_pipeline(render_handwritten(images[i], int(rng.choice([12, 24, 48, 96, 200])), rng))
        for i in np.repeat(indices, drawn_per_digit)
    ]
    x = np.concatenate([images[indices][..., None] / 16.0, np.stack(drawn)]).astype(np.float32)
    y = np.concatenate([labels[indices], np.repeat(labels[indices], drawn_per_digit)])
    return DigitSet(x, y, np.zeros(len(y), np.int64), ("handwritten",))


def handwritten_drawn(indices: np.ndarray, sides: Iterable[int] = DRAWN_SIDES) -> DigitSet:
    """Held-out digits drawn dark on light at each size in ``sides``, plainly."""
    images, labels = sklearn_digits()
    sides = tuple(sides)
    x = [through_pipeline(render_handwritten(images[i], side)) for side in sides for i in indices]
    group = np.repeat(np.arange(len(sides)), len(indices))
    return DigitSet(np.stack(x), np.tile(labels[indices], len(sides)), group, tuple(f"{s} px" for s in sides))


def printed_set(
    faces: list[Face],
    per_digit: int,
    rng: np.random.Generator,
    *,
    vary_type: float = 0.0,
    plain_first: bool = False,
) -> DigitSet:
    """``per_digit`` photos of each digit in each face; ``vary_type``: the share with the face varied."""
    x, y, group = [], [], []
    for index, face in enumerate(faces):
        for digit in range(10):
            for k in range(per_digit):
                picture = render_printed(
                    digit, face, rng, plain=plain_first and k == 0, vary_type=bool(rng.random() < vary_type)
                )
                x.append(through_pipeline(picture))
                y.append(digit)
                group.append(index)
    return DigitSet(np.stack(x), np.asarray(y), np.asarray(group), tuple(f.name for f in faces))


def training_sets(rng: np.random.Generator) -> tuple[dict[str, DigitSet], dict[str, DigitSet]]:
    """(training, validation), each by kind: handwritten, and printed (training faces, stroke-drawn)."""
    splits = handwritten_splits()
    train_faces, _ = face_split()
    training = {
        "handwritten": handwritten_set(splits["train"], rng),
        "printed": DigitSet.join(
            printed_set(train_faces, 100, rng, vary_type=0.7), printed_set([STROKES], 800, rng, vary_type=0.7)
        ),
    }
    validation = {
        "handwritten": handwritten_set(splits["validation"], rng, drawn_per_digit=2),
        "printed": DigitSet.join(
            printed_set(train_faces, 12, rng, vary_type=0.5), printed_set([STROKES], 80, rng, vary_type=0.5)
        ),
    }
    return training, validation


def held_out_printed(per_digit: int = 40, seed: int = SEED + 100) -> DigitSet:
    """The held-out faces, photographed (rotated, scaled, blurred, grey paper, JPEG) but unaltered."""
    _, held_out = face_split()
    return printed_set(held_out, per_digit, np.random.default_rng(seed), plain_first=True)
