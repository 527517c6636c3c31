"""What both wire protocols share: the one datatype table, tensor metadata, JSON arrays.

Every numpy ↔ JSON conversion in Tepi goes through ``DATATYPES`` so that the
Open Inference Protocol name (``FP32``), the numpy dtype and TensorFlow's
``DataType`` (``DT_FLOAT``) of a tensor can never disagree between the client,
the reference server and the exporter. Malformed bodies raise
``PayloadError``: the server answers it with HTTP 400, the clients re-raise it
as ``RemoteProtocolError``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from inference.errors import PayloadError
from inference.text import message

__all__ = [
    "DATATYPES",
    "Datatype",
    "ModelMetadata",
    "TensorMeta",
    "array_from_json",
    "array_to_json",
    "datatype_from_tf",
    "datatype_of",
    "numpy_dtype",
    "shape_fits",
]


@dataclass(frozen=True)
class Datatype:
    name: str
    """Open Inference Protocol (KServe V2) name, e.g. ``FP32``."""
    numpy: np.dtype
    tf: str
    """TensorFlow ``DataType`` enum name as TF Serving's JSON writes it, e.g. ``DT_FLOAT``."""


def _row(name: str, dtype: Any, tf: str) -> Datatype:
    return Datatype(name, np.dtype(dtype), tf)


DATATYPES: tuple[Datatype, ...] = (
    _row("BOOL", np.bool_, "DT_BOOL"),
    _row("UINT8", np.uint8, "DT_UINT8"),
    _row("UINT16", np.uint16, "DT_UINT16"),
    _row("UINT32", np.uint32, "DT_UINT32"),
    _row("UINT64", np.uint64, "DT_UINT64"),
    _row("INT8", np.int8, "DT_INT8"),
    _row("INT16", np.int16, "DT_INT16"),
    _row("INT32", np.int32, "DT_INT32"),
    _row("INT64", np.int64, "DT_INT64"),
    _row("FP16", np.float16, "DT_HALF"),
    _row("FP32", np.float32, "DT_FLOAT"),
    _row("FP64", np.float64, "DT_DOUBLE"),
    _row("BYTES", np.object_, "DT_STRING"),
)
_BY_NAME = {d.name: d for d in DATATYPES}
_BY_TF = {d.tf: d for d in DATATYPES}
_BY_NUMPY = {d.numpy: d for d in DATATYPES if d.name != "BYTES"}


def numpy_dtype(datatype: Any) -> np.dtype:
    """The numpy dtype for a V2 datatype name (``BYTES`` is an object array of ``bytes``)."""
    try:
        return _BY_NAME[datatype].numpy
    except (KeyError, TypeError):
        shown = datatype if isinstance(datatype, str | int | float | bool | None) else str(datatype)
        raise PayloadError(
            "wire.unknown_datatype", datatype=shown, choices=list(_BY_NAME), field="datatype"
        ) from None


def datatype_of(dtype: np.dtype | type) -> str:
    """The V2 datatype name for a numpy dtype; strings and bytes are ``BYTES``."""
    dtype = np.dtype(dtype)
    if dtype.kind in "OSU":
        return "BYTES"
    try:
        return _BY_NUMPY[dtype].name
    except KeyError:
        raise PayloadError("wire.numpy_dtype", dtype=str(dtype), field="datatype") from None


def datatype_from_tf(tf_name: str) -> str:
    """The V2 datatype name for a TensorFlow ``DT_*`` name."""
    try:
        return _BY_TF[tf_name].name
    except (KeyError, TypeError):
        shown = tf_name if isinstance(tf_name, str | int | float | bool | None) else str(tf_name)
        raise PayloadError("wire.tf_dtype", dtype=shown, field="dtype") from None


def tf_name(datatype: str) -> str:
    """The TensorFlow ``DT_*`` name for a V2 datatype name."""
    numpy_dtype(datatype)  # validates
    return _BY_NAME[datatype].tf


@dataclass(frozen=True)
class TensorMeta:
    """A model input or output as a server describes it; -1 marks a dynamic dimension."""

    name: str
    datatype: str
    shape: tuple[int, ...]


@dataclass(frozen=True)
class ModelMetadata:
    """A served model's name, versions and tensors, in either protocol."""

    name: str
    inputs: tuple[TensorMeta, ...]
    outputs: tuple[TensorMeta, ...]
    versions: tuple[str, ...] = ()
    platform: str = ""
    signature_name: str | None = None
    """TF Serving's signature (``serving_default``); None for V2."""


def shape_fits(declared: Sequence[int], actual: Sequence[int]) -> bool:
    """True when ``actual`` matches ``declared``, where -1 in ``declared`` matches any size."""
    if len(declared) != len(actual):
        return False
    return all(d < 0 or d == a for d, a in zip(declared, actual, strict=True))


# -- arrays <-> JSON ---------------------------------------------------------------------------

_orjson: Any
try:  # orjson writes and reads a 224×224×3 float tensor several times faster than json
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json keeps working without it
    _orjson = None


def dumps(body: Any) -> bytes:
    """A request or response body as compact JSON bytes."""
    if _orjson is not None:
        return _orjson.dumps(body, option=_orjson.OPT_SERIALIZE_NUMPY)
    return json.dumps(body, separators=(",", ":")).encode()


def loads(data: bytes) -> Any:
    """Parse a JSON body; raises ``ValueError`` when it is not JSON."""
    if _orjson is not None:
        return _orjson.loads(data)
    return json.loads(data)


def array_to_json(array: np.ndarray, *, b64: bool = False) -> Any:
    """Nested lists for JSON; bytes become UTF-8 strings, or ``{"b64": ...}`` (TF Serving) when asked."""
    array = np.asarray(array)
    if array.dtype.kind == "U":
        return array.tolist()
    if array.dtype.kind in "OS":
        flat = [_bytes_to_json(v, b64) for v in array.reshape(-1).tolist()]
        return np.array(flat, dtype=object).reshape(array.shape).tolist() if array.ndim else flat[0]
    return array.tolist()


def _bytes_to_json(value: Any, b64: bool) -> Any:
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes | bytearray):
        raise PayloadError("wire.bytes_type", python_type=type(value).__name__, field="data")
    if b64:
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        raise PayloadError("wire.bytes_binary", field="data") from None


def array_from_json(value: Any, datatype: str | None, *, field: str) -> np.ndarray:
    """A JSON value (nested lists) as an array of ``datatype``; None infers FP32, INT64, BOOL or BYTES.

    Refuses what a cast would silently change: strings in numeric tensors,
    fractions in integer tensors, out-of-range integers, ragged lists.
    """
    try:
        raw = np.asarray(value)
    except (ValueError, TypeError):
        raise PayloadError("wire.ragged", field=field) from None
    kind = raw.dtype.kind
    if kind in "OU" or datatype == "BYTES":
        return _bytes_array(raw, datatype, field)
    if kind not in "biuf":
        raise PayloadError("wire.not_numbers", dtype=str(raw.dtype), field=field)
    if datatype is None:
        target = np.dtype(np.bool_) if kind == "b" else np.dtype(np.int64 if kind in "iu" else np.float32)
        return _cast(raw, target, field)
    target = numpy_dtype(datatype)
    if target.kind == "b":
        if kind != "b":
            raise PayloadError("wire.bool_needed", field=field)
        return raw
    if kind == "b":
        raise PayloadError("wire.bool_given", datatype=datatype, field=field)
    if target.kind in "iu":
        if kind == "f" and (exact := _huge_ints(value, raw.shape, target, field)) is not None:
            return exact
        if kind == "f" and not np.all(np.isfinite(raw) & (raw == np.round(raw))):
            raise PayloadError("wire.fractions", datatype=datatype, field=field)
        info = np.iinfo(target)
        if raw.size and (raw.min() < info.min or raw.max() > info.max):
            raise PayloadError("wire.range", datatype=datatype, field=field)
    return _cast(raw, target, field)


def _cast(raw: np.ndarray, target: np.dtype, field: str) -> np.ndarray:
    """Cast, refusing finite numbers that would silently become infinite (1e39 as FP32)."""
    with np.errstate(over="ignore", invalid="ignore"):
        cast = raw.astype(target, copy=False)
    if target.kind == "f" and np.any(np.isinf(cast) & ~np.isinf(raw)):
        raise PayloadError("wire.range", datatype=datatype_of(target), field=field)
    return cast


def _huge_ints(value: Any, shape: tuple[int, ...], target: np.dtype, field: str) -> np.ndarray | None:
    """Integers beyond int64 make numpy fall back to floats; convert them exactly instead."""
    flat = np.array(value, dtype=object).reshape(-1).tolist()
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in flat):
        return None
    try:
        return np.array(flat, dtype=target).reshape(shape)
    except OverflowError:
        raise PayloadError("wire.range", datatype=datatype_of(target), field=field) from None


def _describe(item: Any) -> dict[str, Any]:
    """What a tensor holds where numbers belong, as a nested sentence."""
    if item is None:
        return message("wire.kind.null")
    if isinstance(item, str | dict):
        return message("wire.kind.text")
    return message("wire.kind.type", python_type=type(item).__name__)


def _bytes_array(raw: np.ndarray, datatype: str | None, field: str) -> np.ndarray:
    flat = raw.reshape(-1).tolist()
    if datatype not in (None, "BYTES"):
        odd = next((x for x in flat if not isinstance(x, int | float) or isinstance(x, bool)), None)
        raise PayloadError("wire.wrong_kind", kind=_describe(odd), datatype=datatype, field=field)
    out = np.empty(len(flat), dtype=object)
    for i, item in enumerate(flat):
        if isinstance(item, str):
            out[i] = item.encode("utf-8")
        elif isinstance(item, dict) and set(item) == {"b64"} and isinstance(item["b64"], str):
            try:
                out[i] = base64.b64decode(item["b64"], validate=True)
            except ValueError:
                raise PayloadError("wire.base64", field=field) from None
        else:
            raise PayloadError("wire.odd_value", kind=_describe(item), field=field)
    return out.reshape(raw.shape)
