"""Full-integer (int8) digits beside the float model: held-out accuracy, agreement, size, latency.

Converts the bundled digits pack's Keras model with ``--quantize int8``, calibrated on 300 training
digits drawn as dark ink on light paper (the inputs the pack is made for), and measures on the 20 %
held-out split of scikit-learn's digits that the training script keeps back (8 × 8 originals, fed as
tensors): accuracy of the Keras model, the float .tflite and the int8 .tflite, top-1 agreement of
int8 with float, file sizes and single-input LiteRT latency (1 thread, p50).

    .venv/bin/python scripts/int8_report.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import tflite_latency  # noqa: E402
import train_demo_models as training  # noqa: E402
from digit_renders import render_handwritten  # noqa: E402

from inference.convert import accuracy, convert_to_tflite  # noqa: E402
from inference.formats import open_model  # noqa: E402


def digits_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    train, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    return data.images[train].astype(np.float32), data.target[train], data.images[test], data.target[test]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep", type=Path, help="copy the int8 .tflite here")
    args = parser.parse_args()
    train_images, _, test_images, test_labels = digits_split()
    with tempfile.TemporaryDirectory(prefix="tepi-int8-") as folder:
        work = Path(folder)
        pack_dir = work / "digits"
        shutil.copytree(ROOT / "resources" / "models" / "digits", pack_dir)
        calibration = work / "calibration"
        calibration.mkdir()
        for index, grid in enumerate(train_images[:300]):
            render_handwritten(grid, 32).save(calibration / f"{index}.png")
        output = work / "digits-int8.tflite"
        result = convert_to_tflite(open_model(pack_dir), output, quantize="int8",
                                   samples=sorted(calibration.iterdir()))  # fmt: skip
        tensors = test_images[..., None] / 16.0
        float_tflite, keras_file = pack_dir / "digits.tflite", pack_dir / "digits.keras"
        models = {"keras": keras_file, "float .tflite": float_tflite, "int8 .tflite": output}
        scores = {name: accuracy(path, tensors, test_labels) for name, path in models.items()}
        from inference.backends.litert import LiteRTBackend

        outputs = []
        for path in (float_tflite, output):
            with LiteRTBackend(path, threads=1) as backend:
                outputs.append(backend.predict(tensors.astype(np.float32)).argmax(1))
        latency = tflite_latency.measure([str(float_tflite), str(output)], threads=1, runs=400)
        print(f"calibrated on 300 drawn training digits; {result.samples} compared at conversion, "
              f"agreement {result.top1_agreement:.1%}")  # fmt: skip
        print(f"held-out ({len(test_labels)} digits, 8x8 originals): " +
              ", ".join(f"{k} {v:.2%}" for k, v in scores.items()))  # fmt: skip
        print(f"int8 vs float: {(scores['int8 .tflite'] - scores['float .tflite']) * 100:+.2f} points, "
              f"top-1 agreement {np.mean(outputs[0] == outputs[1]):.2%}")  # fmt: skip
        for path in (float_tflite, output):
            print(f"{path.name:<20} {path.stat().st_size / 1024:7.0f} KiB  p50 {latency[str(path)]:.3f} ms "
                  "(1 thread, LiteRT, one input)")  # fmt: skip
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(output, args.keep / output.name)
            shutil.copy2(float_tflite, args.keep / float_tflite.name)


if __name__ == "__main__":
    main()
