"""Coverage-guided fuzzing (atheris / libFuzzer) of the parsers that meet untrusted bytes.

    python scripts/fuzz/tepi_fuzz.py {images,codecs,csv} [--dir DIR] [--seconds N] [-- libFuzzer flags]

images   image decoding and preprocessing: a tensor of the model's shape, or ``ImageError``
codecs   any JSON body through every V2 and TF Serving decoder: a value or ``PayloadError``;
         a request that decodes must encode and decode again to the same arrays
csv      CSV bytes: a table with finite features, or ``CsvError``
tflite   a demo model with table edits (``tflite_mutations``), opened as Tepi opens a model from
         outside the packs: the child-process probe must contain any crash, hang or memory
         blow-up as one sentence; each one it contained is saved as DIR/crashes/tflite-*.tflite
         and counted (copy it to tests/data/crash-*.tflite: tests/hostile/test_model_probe.py
         checks every such file)

Any other exception, or an error that is not one line, is a finding: libFuzzer
stops and writes the input to DIR/crashes/. Turn each into a test in
tests/hostile/test_regressions.py. The corpus in DIR/<target>/ grows between
runs; it starts from seeds made here (every image mode and format, valid
bodies of both protocols, a few CSV dialects). ``make fuzz`` runs each target
for a bounded time.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["inference", "PIL"]):
    import numpy as np
    from PIL import Image

    Image.init()  # imports every format plug-in now, so they are instrumented too

    from inference.errors import CsvError, ImageError, PayloadError, TepiError
    from inference.images import load_image
    from inference.modelpack import ImageSpec
    from inference.protocol import common, error_bodies, tfserving, v2
    from inference.tables import parse_csv

from inference.backends.litert_probe import check_in_child  # noqa: E402  (runs LiteRT in a child)

SPEC = ImageSpec(8, 8, "grayscale", fit="pad", invert=True, autocontrast=True, trim=True, resample="box")
V2_DECODERS = (v2.decode_infer_request, v2.decode_infer_response, v2.decode_metadata)
TF_DECODERS = (tfserving.decode_predict_request, tfserving.decode_predict_response,
               tfserving.decode_metadata, tfserving.decode_status)  # fmt: skip
JSON_WORDS = ["inputs", "outputs", "instances", "predictions", "name", "shape", "datatype", "data", "b64",
              "model_name", "model_spec", "signature_def", "tensor_shape", "dim", "size", "dtype", "FP32",
              "FP16", "INT64", "UINT8", "BOOL", "BYTES", "DT_FLOAT", "model_version_status", "Infinity",
              "NaN", "-1", "1e999", "true", "null", "[[", "]]", "{}"]  # fmt: skip


def _one_line(exc: TepiError) -> None:
    if "\n" in str(exc) or not str(exc):
        raise AssertionError(f"error is not one sentence: {str(exc)!r}")


def fuzz_image(data: bytes) -> None:
    try:
        loaded = load_image(data, SPEC, name="fuzz.jpg")
    except ImageError as exc:
        _one_line(exc)
        return
    if loaded.tensor.shape != (8, 8, 1) or not np.all(np.isfinite(loaded.tensor)):
        raise AssertionError(f"bad tensor {loaded.tensor.shape}")


def fuzz_codecs(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    detail = error_bodies.error_detail(text)
    if "\n" in detail or len(detail) > 240:
        raise AssertionError(f"error detail is not one short line: {detail!r}")
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        return
    for decode in (*V2_DECODERS, *TF_DECODERS):
        try:
            decode(body)
        except PayloadError as exc:
            _one_line(exc)
    try:
        request = v2.decode_infer_request(body)
    except PayloadError:
        return
    try:
        again = v2.decode_infer_request(json.loads(json.dumps(v2.encode_infer_request(request.inputs))))
    except PayloadError:  # binary BYTES cannot travel as V2 text: refused, not garbled
        return
    for name, array in request.inputs.items():
        other = again.inputs[name]
        same = np.array_equal(array, other, equal_nan=array.dtype.kind == "f")
        if array.shape != other.shape or array.dtype != other.dtype or not same:
            raise AssertionError(f"{name} changed in a round trip: {array!r} -> {other!r}")


def fuzz_csv(data: bytes) -> None:
    try:
        table = parse_csv(data, ("a", "b"), name="fuzz.csv")
    except CsvError as exc:
        _one_line(exc)
        return
    good = [i for i in range(len(table.rows)) if i not in table.row_errors]
    if table.features.shape != (len(table.rows), 2) or not np.all(np.isfinite(table.features[good])):
        raise AssertionError("features do not match the rows")


_TFLITE: dict[str, Any] = {}


def fuzz_tflite(data: bytes) -> None:
    import hashlib
    import tempfile

    from tflite_mutations import load_models, mutate

    if "models" not in _TFLITE:
        _TFLITE["models"] = load_models(ROOT)
    model = mutate(_TFLITE["models"], data)
    digest = hashlib.sha256(model).hexdigest()[:16]
    with tempfile.TemporaryDirectory(prefix="tepi-fuzz-") as folder:
        path = Path(folder) / f"tflite-{digest}.tflite"
        path.write_bytes(model)
        try:
            check_in_child(path, timeout_s=10, memory_mb=1024)
        except TepiError as exc:
            _one_line(exc)
            if exc.code in ("model.probe_crashed", "model.probe_hung", "model.probe_memory"):
                (_TFLITE["crashes"] / path.name).write_bytes(model)
                print(f"contained: {exc}", flush=True)


def image_seeds() -> list[bytes]:
    seeds = []
    base = Image.open(ROOT / "resources" / "samples" / "digit-7.png").convert("RGB").resize((24, 24))
    for mode in ("L", "RGB", "RGBA", "P", "1", "CMYK", "I;16", "LA"):
        for fmt in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"):
            buffer = io.BytesIO()
            try:
                image = base.convert("I").convert(mode) if mode == "I;16" else base.convert(mode)
                image.save(buffer, fmt)
            except (OSError, ValueError, KeyError):
                continue
            seeds.append(buffer.getvalue())
    return seeds


def codec_seeds() -> list[bytes]:
    batch = np.arange(6, dtype=np.float32).reshape(2, 3)
    meta = common.ModelMetadata("m", (common.TensorMeta("x", "FP32", (-1, 3)),),
                                (common.TensorMeta("y", "FP32", (-1, 2)),), ("1",))  # fmt: skip
    bodies = [
        v2.encode_infer_request({"x": batch, "t": np.array([b"a", b"b"], dtype=object)}, id="1"),
        v2.encode_infer_response("m", {"y": batch}, model_version="1"),
        v2.encode_metadata(meta),
        tfserving.encode_predict_request(batch),
        tfserving.encode_predict_request({"x": batch, "z": batch}, format=tfserving.COLUMNAR),
        tfserving.encode_predict_response(batch),
        tfserving.encode_metadata(meta),
        tfserving.encode_status([tfserving.VersionStatus("1", "AVAILABLE")]),
        {"error": "model m is not loaded"},
    ]
    return [json.dumps(body).encode() for body in bodies]


def csv_seeds() -> list[bytes]:
    return [b"a,b\n1,2\n3.5,-4e3\n", "\ufeffa;b\n1,5;2\n".encode(), b'"b","a","c"\r\n"1","2","x, y"\r\n',
            "a\tb\n1\t2\n".encode("utf-16"), b"a,b\n1,nan\n,\n1,2,3\n"]  # fmt: skip


TARGETS = {
    "images": (fuzz_image, image_seeds),
    "codecs": (fuzz_codecs, codec_seeds),
    "csv": (fuzz_csv, csv_seeds),
    "tflite": (fuzz_tflite, lambda: [bytes(range(i, i + 32)) for i in range(0, 256, 32)]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--dir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "tepi-fuzz")
    parser.add_argument("--seconds", type=int, default=60, help="stop after this long (default 60)")
    args, extra = parser.parse_known_args()
    check, seeds = TARGETS[args.target]
    corpus, crashes = args.dir / args.target, args.dir / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    _TFLITE["crashes"] = crashes
    os.environ.setdefault("TEPI_HOME", str(args.dir / "home"))  # the probe's verdict cache
    if not any(corpus.iterdir()):
        for i, seed in enumerate(seeds()):
            (corpus / f"seed-{i:03d}").write_bytes(seed)
    flags = [f"-max_total_time={args.seconds}", f"-artifact_prefix={crashes}/{args.target}-",
             "-rss_limit_mb=3072", "-timeout=30", "-print_final_stats=1"]  # fmt: skip
    if args.target == "codecs":
        words = args.dir / "json.dict"
        words.write_text("".join(json.dumps(json.dumps(w)) + "\n" for w in JSON_WORDS))
        flags.append(f"-dict={words}")
    atheris.Setup([sys.argv[0], *flags, *[a for a in extra if a != "--"], str(corpus)], check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
