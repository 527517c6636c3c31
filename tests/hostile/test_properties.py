"""Property-based tests: whatever the bytes or JSON, Tepi answers with a result or its own one-sentence error.

The parsers that meet untrusted input (model manifests, CSV files, images,
the V2 and TF Serving codecs) must never raise anything but their ``TepiError``
subclass, and what they accept must satisfy their own promises (pack files
stay inside the pack, CSV features are finite, tensors have the model's shape).
Round trips of well-formed values are tested beside each module in
tests/inference; these tests feed what nobody should send.
"""

from __future__ import annotations

import io
import math
import os
import string
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PIL import Image

from inference.errors import CsvError, ImageError, ManifestError, PayloadError, TepiError
from inference.images import load_image
from inference.modelpack import ImageSpec, ModelPack, parse_manifest
from inference.protocol import common, error_bodies, tfserving, v2
from inference.tables import parse_csv

# `make fuzz` raises the count; the default keeps this file to seconds in `make test`.
EXAMPLES = int(os.environ.get("TEPI_PROPERTY_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path("/packs/pack")


def one_sentence(exc: TepiError) -> None:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text, text


# -- JSON-ish values, as a hostile peer or a careless file would write them ---------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


# -- manifests -----------------------------------------------------------------------------------------

MANIFEST_KEYS = ["name", "version", "task", "labels", "labels_file", "placement", "model", "input",
                 "output", "remote", "description"]  # fmt: skip
INPUT_KEYS = ["size", "color_mode", "fit", "invert", "trim", "mean", "std", "scale", "offset", "margin",
              "resample", "features", "autocontrast"]  # fmt: skip
toml_values = st.recursive(
    st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)
file_names = st.sampled_from(
    ["m.tflite", "../m.tflite", "/etc/m", "C:\\m", "a/../../m", "sub/m.keras", "..\\m"]
)


@st.composite
def manifests(draw: st.DrawFn) -> dict:
    """Mostly-right manifests with a few keys wrong, missing or of the wrong type."""
    files = draw(st.lists(file_names, max_size=3, unique=True))
    data: dict = {
        "name": "pack",
        "task": draw(st.sampled_from(["image-classification", "tabular-classification", "nonsense"])),
        "model": {"files": files, "sha256": {f: "0" * 64 for f in files}},
        "input": {"size": [8, 8], "features": ["a", "b"]},
    }
    for key in draw(st.lists(st.sampled_from(MANIFEST_KEYS), max_size=4)):
        data[key] = draw(toml_values)
    for key in draw(st.lists(st.sampled_from(INPUT_KEYS), max_size=4)):
        if isinstance(data.get("input"), dict):
            data["input"][key] = draw(toml_values)
    return data


@FAST
@given(manifests())
def test_a_manifest_gives_a_pack_or_a_manifest_error(data: dict) -> None:
    try:
        pack = parse_manifest(data, ROOT)
    except ManifestError as exc:
        one_sentence(exc)
        return
    assert isinstance(pack, ModelPack)
    for file in pack.model_files:  # nothing outside the pack is ever opened
        assert ".." not in file.relative_to(ROOT).parts


@FAST
@given(st.dictionaries(st.sampled_from(MANIFEST_KEYS), toml_values, max_size=8))
def test_any_toml_table_gives_a_pack_or_a_manifest_error(data: dict) -> None:
    try:
        parse_manifest(data, ROOT)
    except ManifestError as exc:
        one_sentence(exc)


# -- CSV -----------------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=600) | st.text(alphabet=",;\t\n\r\"' 0123456789.e-abcNnIiFf\ufeff", max_size=300)
       .map(lambda t: t.encode()))  # fmt: skip
def test_any_bytes_give_a_table_or_a_csv_error(raw: bytes) -> None:
    features = ("a", "b")
    try:
        table = parse_csv(raw, features, name="x.csv")
    except CsvError as exc:
        one_sentence(exc)
        return
    assert table.features.shape == (len(table.rows), 2)
    good = [i for i in range(len(table.rows)) if i not in table.row_errors]
    assert np.all(np.isfinite(table.features[good]))
    assert set(table.row_errors) <= set(range(len(table.rows)))


cells = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, width=32)


@FAST
@given(
    rows=st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    order=st.permutations(["a", "b", "c"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_well_formed_csv_is_read_back_exactly(rows, delimiter, order, bom, crlf) -> None:
    """Any column order, delimiter, BOM and line end: the features come back as written."""
    end = "\r\n" if crlf else "\n"
    lines = [delimiter.join(order)]
    for row in rows:
        values = dict(zip("abc", row, strict=True))
        lines.append(delimiter.join(repr(float(values[c])) for c in order))
    raw = (("\ufeff" if bom else "") + end.join(lines) + end).encode()
    table = parse_csv(raw, ("a", "b", "c"))
    assert not table.row_errors
    np.testing.assert_array_equal(table.features, np.asarray(rows, dtype=np.float32))


# -- images --------------------------------------------------------------------------------------------

SPEC = ImageSpec(width=8, height=8, color_mode="grayscale", fit="pad", invert=True, trim=True, resample="box")
FORMATS = ["PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"]
MODES = ["L", "RGB", "RGBA", "P", "1", "LA", "I;16", "CMYK", "I", "F"]


def _encode(image: Image.Image, fmt: str) -> bytes | None:
    buffer = io.BytesIO()
    try:
        image.save(buffer, fmt)
    except (OSError, ValueError, KeyError):
        return None  # this format cannot hold this mode
    return buffer.getvalue()


@st.composite
def images(draw: st.DrawFn) -> bytes:
    mode, fmt = draw(st.sampled_from(MODES)), draw(st.sampled_from(FORMATS))
    width, height = draw(st.integers(1, 40)), draw(st.integers(1, 40))
    seed = draw(st.integers(0, 2**16))
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width), dtype=np.uint8)
    noise = Image.fromarray(pixels, "L")
    data = _encode(noise.convert(mode) if mode not in ("I;16",) else noise.convert("I").convert(mode), fmt)
    assume(data is not None)
    return data


@st.composite
def damaged_images(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(images()))
    for _ in range(draw(st.integers(0, 6))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    return bytes(data[:cut] if draw(st.booleans()) else data)


def check_image(data: bytes) -> None:
    try:
        loaded = load_image(data, SPEC, name="photo.jpg")
    except ImageError as exc:
        one_sentence(exc)
        assert str(exc).startswith("photo.jpg is not an image Tepi can read: ")
        return
    assert loaded.tensor.shape == (8, 8, 1) and loaded.tensor.dtype == np.float32
    assert np.all(np.isfinite(loaded.tensor)) and 0.0 <= loaded.tensor.min() <= loaded.tensor.max() <= 1.0


@FAST
@given(images())
def test_every_mode_and_format_gives_the_model_shape(data: bytes) -> None:
    loaded = load_image(data, SPEC)
    assert loaded.tensor.shape == (8, 8, 1)


@FAST
@given(damaged_images())
def test_damaged_images_give_a_tensor_or_an_image_error(data: bytes) -> None:
    check_image(data)


@FAST
@given(st.binary(max_size=2048))
def test_random_bytes_give_a_tensor_or_an_image_error(data: bytes) -> None:
    check_image(data)


# -- codecs --------------------------------------------------------------------------------------------

DECODERS = [
    v2.decode_infer_request,
    v2.decode_infer_response,
    v2.decode_metadata,
    tfserving.decode_predict_request,
    tfserving.decode_predict_response,
    tfserving.decode_metadata,
    tfserving.decode_status,
]


def check_decoders(body: object) -> None:
    for decode in DECODERS:
        try:
            decode(body)
        except PayloadError as exc:
            one_sentence(exc)


@FAST
@given(json_values)
def test_any_json_body_decodes_or_is_a_payload_error(body: object) -> None:
    check_decoders(body)
    check_decoders({"inputs": body, "instances": body})
    check_decoders({"inputs": [body], "outputs": [body], "model_name": "m", "name": "m"})


datatypes = st.sampled_from([d.name for d in common.DATATYPES] + ["FP8", "", "fp32"]) | json_values
dims = st.integers(min_value=-2, max_value=5) | st.sampled_from([2**31, 2**63, 2**70, 10**30]) | json_values


@st.composite
def v2_tensors(draw: st.DrawFn) -> dict:
    """Tensors that look right at a glance: names, datatypes and shapes that may not fit the data."""
    tensor = {
        "name": draw(st.text(string.ascii_letters, min_size=1, max_size=5) | json_values),
        "datatype": draw(datatypes),
        "shape": draw(st.lists(dims, max_size=4) | st.lists(st.just(1), min_size=60, max_size=70)),
        "data": draw(st.just([]) | json_values | st.lists(scalars, max_size=8)),
    }
    for key in draw(st.lists(st.sampled_from(list(tensor)), max_size=1)):
        del tensor[key]
    return tensor


@FAST
@given(st.lists(v2_tensors(), min_size=1, max_size=3))
def test_near_valid_v2_tensors_decode_to_their_shape_or_fail_cleanly(tensors: list[dict]) -> None:
    try:
        request = v2.decode_infer_request({"inputs": tensors})
    except PayloadError as exc:
        one_sentence(exc)
        return
    for tensor, array in zip(tensors, request.inputs.values(), strict=True):
        assert list(array.shape) == tensor["shape"]
        assert array.size == math.prod(tensor["shape"])


@st.composite
def tf_metadata(draw: st.DrawFn) -> dict:
    """TF Serving metadata whose tensor infos hold odd sizes, dtypes and shapes."""
    dim = st.fixed_dictionaries({"size": dims | st.floats() | st.text(max_size=4)})
    info = st.fixed_dictionaries(
        {"dtype": st.sampled_from(["DT_FLOAT", "DT_INT64", "DT_NOPE"]) | json_values,
         "tensor_shape": st.fixed_dictionaries({"dim": st.lists(dim, max_size=3) | json_values})}
    )  # fmt: skip
    tensors = st.dictionaries(st.text(max_size=4), info | json_values, max_size=2)
    signature = {"inputs": draw(tensors), "outputs": draw(tensors)}
    return {"model_spec": draw(json_values), "metadata": {"signature_def": {"signature_def": {
        draw(st.sampled_from(["serving_default", "other"])): signature}}}}  # fmt: skip


@FAST
@given(tf_metadata())
def test_tf_serving_metadata_decodes_or_is_a_payload_error(body: dict) -> None:
    try:
        tfserving.decode_metadata(body)
    except PayloadError as exc:
        one_sentence(exc)


nested = st.integers(1, 20_000).map(lambda n: "[" * n + "]" * n)


@FAST
@given(st.text(max_size=400) | json_values.map(repr) | nested)
def test_any_error_body_becomes_one_short_line(text: str) -> None:
    detail = error_bodies.error_detail(text)
    assert "\n" not in detail and len(detail) <= 240
    sentence = error_bodies.http_error_sentence(502, text, where="the endpoint")
    assert sentence.startswith("the endpoint answered HTTP 502 Bad Gateway") and sentence.endswith(".")
