"""Measure the bundled demo packs on data they never trained on, and print the figures.

    python scripts/measure_demo_models.py [--per-digit 40] [--fonts DIR ...]

For ``digits`` and ``digits-large``: accuracy on scikit-learn's held-out
handwritten digits (the 8 × 8 grids, and drawn dark on light at several
sizes through Tepi's preprocessing) and on printed digits in the font faces
held out of training (photographed: tilted, scaled, blurred, grey paper,
JPEG); ``.keras`` against ``.tflite`` agreement; expected calibration error
(15 bins) before (raw outputs) and after the manifest's temperature; the "not
sure" threshold and what it keeps; and the cascade table (local only, local
then the server when unsure, server only). ``--fonts DIR`` adds printed
digits in every face found under DIR (faces no package ships, e.g.
/usr/share/fonts). For ``iris``: held-out accuracy and ECE.

The models run as the app runs them (LiteRT, the pack's postprocessing). The
tests in ``tests/inference/test_demo_models.py`` check these figures against
the targets.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from digit_renders import font_faces_in  # noqa: E402
from digit_sets import (  # noqa: E402
    SEED,
    DigitSet,
    handwritten_drawn,
    handwritten_splits,
    held_out_printed,
    printed_set,
    sklearn_digits,
    split,
)

from inference.calibration import expected_calibration_error, scaled_probabilities  # noqa: E402
from inference.formats import open_model  # noqa: E402
from inference.modelpack import ModelPack  # noqa: E402

MODELS = ROOT / "resources" / "models"


@dataclass(frozen=True)
class Scored:
    """One pack's answers on one set: calibrated probabilities and the raw ones."""

    pack: ModelPack
    probabilities: np.ndarray
    raw: np.ndarray
    labels: np.ndarray

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.probabilities.argmax(1) == self.labels))

    @property
    def confidence(self) -> np.ndarray:
        return self.probabilities.max(1)

    @property
    def unsure(self) -> np.ndarray:
        return self.confidence < (self.pack.min_confidence or 0.0)

    def ece(self, calibrated: bool = True) -> float:
        return expected_calibration_error(self.probabilities if calibrated else self.raw, self.labels)


def raw_outputs(pack: ModelPack, x: np.ndarray, *, keras: bool = False) -> np.ndarray:
    """The model's outputs for a batch, from the pack's .tflite on LiteRT (or its .keras)."""
    if keras:
        from inference.backends.tensorflow import TensorFlowBackend

        backend = TensorFlowBackend(pack.root / f"{pack.name}.keras")
    else:
        from inference.backends.litert import LiteRTBackend

        backend = LiteRTBackend(pack.root / f"{pack.name}.tflite", threads=2)
    with backend:
        return np.concatenate([backend.predict(x[i : i + 512]) for i in range(0, len(x), 512)])


def score(pack: ModelPack, data: DigitSet | tuple[np.ndarray, np.ndarray]) -> Scored:
    x, y = (data.x, data.y) if isinstance(data, DigitSet) else data
    raw = raw_outputs(pack, x)
    probabilities = scaled_probabilities(raw, pack.output, pack.temperature)
    return Scored(pack, probabilities, scaled_probabilities(raw, pack.output), np.asarray(y))


def cascade(local: Scored, remote: Scored) -> tuple[float, float, float]:
    """(accuracy, share escalated, share still unsure): the server answers where the local model is unsure."""
    escalate = local.unsure
    answers = np.where(escalate, remote.probabilities.argmax(1), local.probabilities.argmax(1))
    still_unsure = np.where(escalate, remote.unsure, False)
    return float(np.mean(answers == local.labels)), float(escalate.mean()), float(still_unsure.mean())


def held_out_sets(per_digit: int, font_dirs: list[Path]) -> dict[str, DigitSet]:
    images, labels = sklearn_digits()
    test = handwritten_splits()["test"]
    grids = DigitSet(images[test][..., None] / 16.0, labels[test], np.zeros(len(test), np.int64))
    sets = {"handwritten 8×8 grids": grids}
    drawn = handwritten_drawn(test)
    for index, name in enumerate(drawn.groups):
        keep = drawn.group == index
        sets[f"handwritten drawn {name}"] = DigitSet(drawn.x[keep], drawn.y[keep], drawn.group[keep])
    sets["printed, held-out faces"] = held_out_printed(per_digit)
    for folder in font_dirs:
        faces = font_faces_in(folder)
        if faces:
            found = printed_set(
                faces, max(2, per_digit // 8), np.random.default_rng(SEED + 200), plain_first=True
            )
            sets[f"printed, {len(faces)} faces in {folder}"] = found
    return sets


def iris_scored(models: Path = MODELS) -> tuple[Scored, Scored]:
    """(held-out 30 flowers, all 150)."""
    from sklearn.datasets import load_iris

    data = load_iris()
    x, y = data.data.astype(np.float32), data.target
    _, test = split(len(y), np.random.default_rng(SEED))
    pack = open_model(models / "iris")
    return score(pack, (x[test], y[test])), score(pack, (x, y))


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    return "\n".join([lines[0], "-" * len(lines[0]), *lines[1:]])


def _pct(value: float) -> str:
    return f"{value:.1%}"


def report(sets: dict[str, DigitSet], models: Path = MODELS) -> str:
    local, remote = open_model(models / "digits"), open_model(models / "digits-large")
    out = []
    rows = [
        [
            "held-out set",
            "n",
            "digits",
            "digits-large",
            ".keras=.tflite",
            "ECE raw→cal (digits)",
            "ECE raw→cal (large)",
        ]
    ]
    cascade_rows = [["held-out set", "local-only", "cascade", "escalated", "still unsure", "remote-only"]]
    unsure_rows = [["held-out set", "digits unsure", "right when sure", "large unsure", "right when sure"]]
    for name, data in sets.items():
        small, large = score(local, data), score(remote, data)
        agree = float(np.mean(raw_outputs(local, data.x, keras=True).argmax(1) == small.raw.argmax(1)))
        rows.append(
            [
                name,
                str(len(data)),
                _pct(small.accuracy),
                _pct(large.accuracy),
                _pct(agree),
                f"{small.ece(False):.4f}→{small.ece():.4f}",
                f"{large.ece(False):.4f}→{large.ece():.4f}",
            ]
        )
        accuracy, escalated, still = cascade(small, large)
        cascade_rows.append(
            [name, _pct(small.accuracy), _pct(accuracy), _pct(escalated), _pct(still), _pct(large.accuracy)]
        )
        unsure_rows.append([name, *_kept(small), *_kept(large)])
    out += ["Accuracy, agreement and calibration (ECE, 15 bins)", _table(rows), ""]
    out += [
        f"Thresholds: digits not sure below {local.min_confidence:.1%} (temperature {local.temperature:g}); "
        f"digits-large below {remote.min_confidence:.1%} (temperature {remote.temperature:g})",
        "",
    ]
    out += ["Not sure: share of inputs, and accuracy of the answers given as sure", _table(unsure_rows), ""]
    out += ["Cascade: digits locally, digits-large when digits is not sure", _table(cascade_rows), ""]
    held, every = iris_scored(models)
    out += [
        f"iris: held-out {held.accuracy:.1%} ({len(held.labels)} flowers), all 150 {every.accuracy:.1%}; "
        f"ECE held-out {held.ece(False):.4f}→{held.ece():.4f}, all {every.ece(False):.4f}→{every.ece():.4f}; "
        f"temperature {held.pack.temperature:g}, not sure below {held.pack.min_confidence:.1%}"
    ]
    return "\n".join(out)


def _kept(scored: Scored) -> list[str]:
    sure = ~scored.unsure
    right = float(np.mean(scored.probabilities[sure].argmax(1) == scored.labels[sure])) if sure.any() else 1.0
    return [_pct(float(scored.unsure.mean())), _pct(right)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-digit", type=int, default=40, help="photos per digit and held-out face")
    parser.add_argument("--fonts", type=Path, nargs="*", default=[], help="folders of more unseen faces")
    parser.add_argument(
        "--models", type=Path, default=MODELS, help="the packs' folder (default: the bundled)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    sets = held_out_sets(args.per_digit, args.fonts)
    print(report(sets, args.models))
    print(f"\nmeasured in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
