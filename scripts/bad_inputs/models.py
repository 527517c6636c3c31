"""Model cases: files and packs that must be refused with one sentence before anything runs.

Each is opened with ``predict -m MODEL digit-7.png``. The Lambda models and
the zip-slip ``.keras`` are real Keras files (Keras is imported only here);
the rest are written byte by byte.
"""

from __future__ import annotations

import random
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from bad_inputs.common import DIGITS, Case, fails, ok

LAMBDA = (
    "{} contains a Lambda layer, which runs Python code stored in the file; "
    "Tepi refuses it unless you trust its source and pass --allow-unsafe-model."
)
MANIFEST = """name = "{name}"
version = "1.0"
task = "image-classification"
{extra}
[model]
files = ["digits.tflite"]
[model.sha256]
"digits.tflite" = "{sha}"

[input]
size = {size}
color_mode = "grayscale"
invert = true
autocontrast = true
trim = true
fit = "pad"
resample = "box"
"""


def _raw(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _keras_models(folder: Path) -> dict[str, Path]:
    """Real Keras files: a plain one and ones that hide Python code in Lambda layers."""
    import keras

    keras.utils.set_random_seed(3)
    plain = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
    with_lambda = keras.Sequential(
        [keras.Input((4,)), keras.layers.Lambda(lambda x: x * 2), keras.layers.Dense(3)]
    )
    inner = keras.Sequential([keras.layers.Dense(4), keras.layers.Lambda(lambda x: x + 1)])
    inputs = keras.Input((4,))
    nested = keras.Model(inputs, keras.layers.Dense(3)(inner(inputs)))
    files = {"plain": folder / "plain.keras", "lambda": folder / "lambda.keras"}
    files["lambda_h5"], files["nested"] = folder / "lambda.h5", folder / "nested.keras"
    plain.save(files["plain"])
    with_lambda.save(files["lambda"])
    with_lambda.save(files["lambda_h5"])
    nested.save(files["nested"])
    return files


def _copy(source: Callable[[], Path]) -> Callable[[Path], None]:
    return lambda path: shutil.copyfile(source(), path)


def _zip_slip_keras(source: Callable[[], Path]) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        shutil.copyfile(source(), path)
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("../../escaped.txt", "written outside the model's folder\n")

    return build


def _keras_zip(members: dict[str, bytes]) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)

    return build


def _config_bomb(path: Path) -> None:
    """A .keras whose config.json inflates from about 200 KB to 200 MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("metadata.json", '{"keras_version": "3.0.0"}')
        with archive.open("config.json", "w") as member:
            block = b" " * (1 << 20)
            for _ in range(200):
                member.write(block)
            member.write(b"{}")


def _zip_bomb(path: Path) -> None:
    """A Teachable Machine zip whose directory claims a 3 GB model (sizes patched by hand)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("labels.txt", "0 seven\n")
        archive.writestr("keras_model.h5", b"\x00" * 16)
    data = bytearray(path.read_bytes())
    central = data.rindex(b"PK\x01\x02")  # the last entry: keras_model.h5
    data[central + 24 : central + 28] = struct.pack("<I", 3 * 1024**3)
    path.write_bytes(bytes(data))


def _pack(
    name: str,
    *,
    extra: str = "",
    size: str = "[8, 8]",
    sha: str | None = None,
    copy: bool = True,
    labels: bytes | None = None,
    manifest: str | None = None,
) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        from inference.modelpack import sha256_file

        folder.mkdir(parents=True, exist_ok=True)
        model = DIGITS / "digits.tflite"
        if copy:
            shutil.copyfile(model, folder / model.name)
        if labels is not None:
            (folder / "labels.txt").write_bytes(labels)
        text = manifest or MANIFEST.format(name=name, extra=extra, sha=sha or sha256_file(model), size=size)
        (folder / "model.toml").write_text(text, encoding="utf-8")

    return build


def _toml_error(text: str) -> str:
    import tomllib

    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return str(exc)
    raise AssertionError("the TOML was meant to be invalid")


def model_cases(workdir: Path) -> list[Case]:
    rng = random.Random(5)
    made: dict[str, Path] = {}

    def keras_file(kind: str) -> Callable[[], Path]:
        def get() -> Path:
            if not made:
                made.update(_keras_models(workdir))
            return made[kind]

        return get

    digits = (DIGITS / "digits.tflite").read_bytes()
    bad_toml = 'name = "x"\nversion = 1.0.0\n'
    tflite = "{} is not a TensorFlow Lite model Tepi can open."
    keras_bad = "{} is not a Keras model file."
    where = "{}/model.toml"
    bad: list[tuple[str, str, Callable[[Path], None], str]] = [
        ("random.tflite", "4 KB of random bytes", _raw(rng.randbytes(4096)), tflite),
        ("empty.tflite", "zero bytes", _raw(b""), tflite),
        ("truncated.tflite", "the digits model cut in half", _raw(digits[: len(digits) // 2]), tflite),
        ("empty.keras", "zero bytes", _raw(b""), keras_bad),
        ("text.h5", "text named .h5", _raw(b"not a model\n" * 10), keras_bad),
        ("random.h5", "random bytes named .h5", _raw(rng.randbytes(2048)), keras_bad),
        ("no-config.keras", "a zip without config.json", _keras_zip({"metadata.json": b"{}"}), keras_bad),
        (
            "deep-config.keras",
            "config.json nested 100,000 levels deep",
            _keras_zip({"config.json": b"[" * 100_000 + b"]" * 100_000}),
            keras_bad,
        ),
        (
            "config-bomb.keras",
            "config.json inflating to 200 MB",
            _config_bomb,
            "{} has a 200 MB model configuration, more than the 64 MB Tepi reads.",
        ),
        (
            "traversal.keras",
            "a real .keras with a ../../ member (zip slip)",
            _zip_slip_keras(keras_file("plain")),
            "{} contains a file path that points outside it.",
        ),
        ("lambda.keras", "a real Keras model with a Lambda layer", _copy(keras_file("lambda")), LAMBDA),
        ("lambda.h5", "the same Lambda model as legacy HDF5", _copy(keras_file("lambda_h5")), LAMBDA),
        ("nested-lambda.keras", "a Lambda hidden in a nested submodel", _copy(keras_file("nested")), LAMBDA),
        (
            "random.zip",
            "random bytes named .zip",
            _raw(b"PK\x03\x04" + rng.randbytes(512)),
            "{} is not a readable zip file.",
        ),
        (
            "escape.zip",
            "Teachable Machine zip with ../ paths",
            _keras_zip({"labels.txt": b"0 a\n", "../../keras_model.h5": b"x"}),
            "{} contains a file path that points outside it, so Tepi will not unpack it.",
        ),
        (
            "zip-bomb.zip",
            "Teachable Machine zip claiming a 3 GB model",
            _zip_bomb,
            "{} unpacks to more than 2 GB.",
        ),
        (
            "model.onnx",
            "named .onnx, but not an ONNX model",
            _raw(b"\x08\x07\x12\x04onnx"),
            "{} is not an ONNX model Tepi can open.",
        ),
        (
            "pack-escape",
            "manifest lists ../digits.tflite",
            _pack("escape", manifest=_escape_manifest()),
            where + ": model file '../digits.tflite' must stay inside the pack.",
        ),
        (
            "pack-tampered",
            "model file does not match its SHA-256",
            _pack("tampered", sha="0" * 64),
            "digits.tflite in model pack tampered has been changed or damaged "
            "(its SHA-256 does not match the manifest), so Tepi will not load it.",
        ),
        (
            "pack-missing-file",
            "manifest names a file that is not there",
            _pack("missing", copy=False),
            "Model pack missing is missing the file digits.tflite.",
        ),
        (
            "pack-bad-toml",
            "model.toml is not TOML",
            _pack("x", manifest=bad_toml),
            where + f" is not valid TOML: {_toml_error(bad_toml)}.",
        ),
        (
            "pack-deep-toml",
            "model.toml nests arrays 50,000 deep",
            _pack("x", manifest="name = " + "[" * 50_000 + "]" * 50_000 + "\n"),
            where + " is not valid TOML: it nests too deeply.",
        ),
        (
            "pack-labels-escape",
            "labels_file points outside the pack",
            _pack("x", extra='labels_file = "../../x"'),
            where + ": labels file '../../x' must stay inside the pack.",
        ),
        (
            "pack-binary-labels",
            "labels.txt is not text",
            _pack("x", extra='labels_file = "labels.txt"', labels=b"\xff\xfe\x00\x81" * 8),
            where + ": cannot read labels file labels.txt.",
        ),
        (
            "pack-output-string",
            "[output] written as a string",
            _pack("x", extra='output = "probabilities"'),
            where + ": [output] must be a table.",
        ),
        (
            "pack-wrong-size",
            "manifest says 32 × 32, model takes 8 × 8",
            _pack("wrongsize", size="[32, 32]"),
            "wrongsize's model.toml describes 32×32×1 input, but the model takes 8×8×1.",
        ),
    ]
    cases = [
        Case(f"models/{name}", "model", what, build, (fails(sentence.format(name)),))
        for name, what, build, sentence in bad
    ]
    cases.append(
        Case(
            "models/pack-good",
            "model",
            "a correct copy of the digits pack (control)",
            _pack("good", extra='labels = ["0","1","2","3","4","5","6","7","8","9"]'),
            (ok("7"),),
        )
    )
    return cases


def _escape_manifest() -> str:
    from inference.modelpack import sha256_file

    text = MANIFEST.format(name="escape", extra="", sha=sha256_file(DIGITS / "digits.tflite"), size="[8, 8]")
    return text.replace('"digits.tflite"', '"../digits.tflite"')


__all__ = ["model_cases"]
