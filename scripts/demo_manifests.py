"""The ``model.toml`` of each demo pack, filled in by ``train_demo_models.py``.

``@HASHES@`` becomes the model files' SHA-256 lines and ``@OUTPUT@`` the
``[output]`` values the calibration found (temperature, "not sure" threshold).
"""

from __future__ import annotations

from pathlib import Path

import tomllib

from inference.modelpack import sha256_file

# Both digits packs feed their models through the same preprocessing (digit_sets.DIGITS_SPEC).
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

DIGITS = """# Digits: trained by scripts/train_demo_models.py on scikit-learn's handwritten digits and on
# printed digits rendered from the font faces matplotlib and Pillow ship.
name = "digits"
version = "1.0"
task = "image-classification"
description = "Digits 0-9, handwritten or printed, dark ink on light paper, any size."
labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
placement = "local"

[model]
files = ["digits.tflite", "digits.keras"]

[model.sha256]
@HASHES@

@DIGITS_INPUT@

[output]
kind = "probabilities"
@OUTPUT@

[remote]
model = "digits"
version = "1"
""".replace("@DIGITS_INPUT@", DIGITS_INPUT)

DIGITS_LARGE = """# Digits, larger network: scripts/train_demo_models.py --only digits-large.
# Placed remote: Tepi sends it to the endpoint (python -m inference serve --models resources/models).
name = "digits-large"
version = "1.0"
task = "image-classification"
description = "Digits 0-9, handwritten or printed, with a larger network, run on a remote endpoint."
labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
placement = "remote"

[model]
files = ["digits-large.tflite"]

[model.sha256]
@HASHES@

@DIGITS_INPUT@

[output]
kind = "probabilities"
@OUTPUT@

[remote]
model = "digits-large"
version = "1"
""".replace("@DIGITS_INPUT@", DIGITS_INPUT)

IRIS = """# Iris species from flower measurements: trained by scripts/train_demo_models.py.
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
@OUTPUT@

[remote]
model = "iris"
version = "1"
"""


def write_pack(folder: Path, manifest: str, files: list[str], output: dict[str, float]) -> None:
    hashes = "\n".join(f'"{name}" = "{sha256_file(folder / name)}"' for name in files)
    values = "\n".join(f"{key} = {value!r}" for key, value in output.items())
    text = manifest.replace("@HASHES@", hashes).replace("@OUTPUT@", values)
    (folder / "model.toml").write_text(text, encoding="utf-8")


def write_cascade(out: Path) -> None:
    """digits asks digits-large when it is unsure (policy ``cascade``): its ``[cascade]`` names it,
    with digits-large's own temperature and "not sure" threshold."""
    large = out / "digits-large" / "model.toml"
    small = out / "digits" / "model.toml"
    if not (large.is_file() and small.is_file()):
        return
    output = tomllib.loads(large.read_text(encoding="utf-8"))["output"]
    text = small.read_text(encoding="utf-8").split("\n[cascade]\n")[0].rstrip("\n")
    values = "\n".join(f"{key} = {output[key]!r}" for key in ("temperature", "min_confidence"))
    cascade = f'[cascade]\nmodel = "digits-large"\nversion = "1"\n{values}\n'
    small.write_text(f"{text}\n\n{cascade}", encoding="utf-8")
