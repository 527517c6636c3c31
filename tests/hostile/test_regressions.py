"""Inputs that once crashed Tepi or slipped through, found by the corpus, hypothesis or the fuzzers.

Each test names the input that was found; all must now give the parser's own
one-sentence error (or the right value), never another exception.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from inference.errors import CsvError, ImageError, ManifestError, PayloadError
from inference.images import DECODERS, decode_image
from inference.modelpack import parse_manifest
from inference.protocol import common, error_bodies, tfserving, v2
from inference.tables import parse_csv

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 8 8\nnewpath 0 0 moveto 8 8 lineto stroke\nshowpage\n"


def test_postscript_never_reaches_ghostscript() -> None:
    """Pillow renders EPS by running Ghostscript; a photo.jpg holding PostScript must not get that far."""
    with pytest.raises(ImageError, match="it is a PostScript file, not a picture"):
        decode_image(EPS, name="photo.jpg")


@pytest.mark.parametrize("fmt", ["SGI", "PCX", "TGA", "ICO", "PPM", "DDS"])
def test_only_the_common_decoders_are_used(fmt: str) -> None:
    """Formats outside IMAGE_SUFFIXES are refused by content, whatever the file is called."""
    assert fmt not in DECODERS
    buffer = io.BytesIO()
    try:
        Image.new("RGB", (8, 8), "red").save(buffer, fmt)
    except (OSError, KeyError, ValueError):
        pytest.skip(f"Pillow cannot write {fmt}")
    with pytest.raises(ImageError, match="not an image Tepi can read"):
        decode_image(buffer.getvalue(), name="photo.png")


@pytest.mark.parametrize("raw", [b",", b";;\n;;\n", b"\t\n", b'""\n'])
def test_csv_of_only_delimiters_is_empty(raw: bytes) -> None:
    """hypothesis: b',' raised IndexError."""
    with pytest.raises(CsvError, match=r"^x\.csv is empty\.$"):
        parse_csv(raw, ("a",), name="x.csv")


def test_csv_cell_over_the_field_limit_is_one_sentence() -> None:
    with pytest.raises(CsvError, match=r"^x\.csv line 2 cannot be read as CSV: a cell is longer than"):
        parse_csv(b"a\n" + b"1" * 200_000 + b"\n", ("a",), name="x.csv")


def test_utf16_csv_from_excel_is_read() -> None:
    table = parse_csv("a\tb\n1\t2\n".encode("utf-16"), ("a", "b"))
    np.testing.assert_array_equal(table.features, [[1, 2]])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"output": "probabilities"}, r"\[output\] must be a table"),
        ({"labels_file": "../../etc/passwd"}, "labels file '../../etc/passwd' must stay inside the pack"),
        ({"labels_file": "C:\\Windows\\win.ini"}, "must stay inside the pack"),
        ({"input": {"size": [True, 8]}}, r"input\.size must be \[width, height\]"),
    ],
)
def test_manifest_values_that_crashed_or_escaped(change: dict, message: str) -> None:
    data = {"name": "p", "model": {"files": ["m.tflite"], "sha256": {"m.tflite": "0" * 64}}}
    data |= {"input": {"size": [8, 8]}} | change
    with pytest.raises(ManifestError, match=message):
        parse_manifest(data, Path("/packs/p"))


def test_manifest_model_file_with_windows_parent_path_is_refused() -> None:
    data = {"name": "p", "model": {"files": ["..\\m.tflite"], "sha256": {"..\\m.tflite": "0"}}}
    with pytest.raises(ManifestError, match="must stay inside the pack"):
        parse_manifest(data | {"input": {"size": [8, 8]}}, Path("/packs/p"))


@pytest.mark.parametrize(
    ("values", "datatype"), [([3.4028235677973366e38 * 2], None), ([1e39], "FP32"), ([70000], "FP16")]
)
def test_numbers_beyond_the_datatype_are_refused(values: list, datatype: str | None) -> None:
    """hypothesis: 3.4e38 * 2 silently became inf (and warned) as FP32."""
    with pytest.raises(PayloadError, match="outside the range of FP"):
        common.array_from_json(values, datatype, field="x")


@pytest.mark.parametrize("shape", [[0, 2**70], [0, 2**62, 2**62], [1] * 70])
def test_shapes_no_tensor_can_have_are_refused(shape: list[int]) -> None:
    data = [] if 0 in shape else [1.0]
    body = {"inputs": [{"name": "x", "datatype": "FP32", "shape": shape, "data": data}]}
    with pytest.raises(PayloadError, match="has a shape no tensor can have"):
        v2.decode_infer_request(body)


def test_deeply_nested_error_body_is_reduced_to_text() -> None:
    """A hostile server's 100,000-deep JSON error made json.loads raise RecursionError."""
    detail = error_bodies.error_detail("[" * 100_000 + "]" * 100_000)
    assert detail.startswith("[[[") and len(detail) <= 240


def _tf_metadata(inputs: dict) -> dict:
    signature = {"serving_default": {"inputs": inputs, "outputs": {}}}
    return {"model_spec": {"name": "m"}, "metadata": {"signature_def": {"signature_def": signature}}}


def test_tf_serving_metadata_with_infinite_size_is_malformed() -> None:
    body = json.loads('{"x": {"dtype": "DT_FLOAT", "tensor_shape": {"dim": [{"size": Infinity}]}}}')
    with pytest.raises(PayloadError, match="tensor 'x' is malformed"):
        tfserving.decode_metadata(_tf_metadata(body))


def test_peer_supplied_names_cannot_break_an_error_into_lines() -> None:
    with pytest.raises(PayloadError) as info:
        tfserving.decode_metadata(_tf_metadata({"a\nINFO forged log line": {"dtype": 1}}))
    assert "\n" not in str(info.value)


def test_csv_number_beyond_float32_is_a_row_error() -> None:
    """atheris: 10,5555…(52 digits) became inf in the float32 features (and warned)."""
    table = parse_csv(b"a,b\n10," + b"5" * 52 + b"\n1,2\n", ("a", "b"), name="f.csv")
    assert str(table.row_errors[0]) == f"f.csv row 2, column b: {'5' * 40!r} is too large a number."
    np.testing.assert_array_equal(table.features[1], [1, 2])
