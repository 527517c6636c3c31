"""Big V2 JSON requests parsed without a Python float per number (simdjson), when it is installed.

A 224 × 224 × 3 image is 150,528 numbers and about 3 MB of JSON. ``orjson``
parses it in about 7 CPU-ms, nearly all of it spent making 150,528 Python
floats, and NumPy takes 3 ms more to gather them into an array: together as
much as running MobileNetV2. simdjson reads a flat array of numbers straight
into a float64 buffer (about 4 ms for the whole request, ``make bench-peers``
shows what it changes). Everything around the numbers (names, shapes,
datatypes, ids, parameters) is a few small values, converted as usual, and the
request is then checked by ``inference.protocol.v2`` exactly as a plain one.

The fast path takes only what it reads exactly: floating-point tensors whose
``data`` is one flat list of numbers. Anything else (integers, booleans,
nested or ragged lists, strings, values that do not parse, no simdjson) returns
None, and the caller parses the body the usual way, with its usual refusals.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from inference.protocol import v2 as codec

__all__ = ["FAST_BYTES", "decode_big_request"]

FAST_BYTES = 64 * 1024
"""Smaller bodies gain nothing worth a second parser."""
_FLOATS = frozenset({"FP16", "FP32", "FP64"})

try:
    import simdjson
except ImportError:  # pragma: no cover - the server extra brings it where wheels exist
    simdjson = None  # type: ignore[assignment]


def decode_big_request(raw: bytes) -> tuple[codec.InferRequest, dict[str, Any]] | None:
    """The request and its body (numbers as arrays), or None when the fast path does not apply
    (parse it the usual way then)."""
    if simdjson is None or len(raw) < FAST_BYTES:
        return None
    try:
        # A parser per request: a simdjson parser cannot parse again while its values are alive,
        # and two big bodies may be parsed at once in worker threads.
        document = simdjson.Parser().parse(raw)
        body = _plain(document)
    except (ValueError, TypeError, RuntimeError, KeyError):
        return None
    # as_buffer flattens nested lists; one "[" per list read proves each data list was flat.
    if body is None or raw.count(b"[") != _lists(body):
        return None
    return codec.decode_infer_request(body), body


def _plain(document: Any) -> dict[str, Any] | None:
    """The request as ``orjson`` would give it, but with each input's numbers already an array."""
    if not isinstance(document, simdjson.Object):
        return None
    body = {key: _value(document[key]) for key in document if key != "inputs"}
    inputs = document.get("inputs")
    if not isinstance(inputs, simdjson.Array):
        return None
    body["inputs"] = [_tensor(item) for item in inputs]
    return None if None in body["inputs"] else body


def _tensor(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, simdjson.Object) or item.get("datatype") not in _FLOATS:
        return None
    data = item.get("data")
    if not isinstance(data, simdjson.Array):
        return None
    values = np.frombuffer(data.as_buffer(of_type="d"), dtype=np.float64)
    if len(values) != len(data):  # nested lists flatten: let the usual parser judge their shape
        return None
    tensor = {key: _value(item[key]) for key in item if key != "data"}
    tensor["data"] = values
    return tensor


def _lists(value: Any) -> int:
    """How many JSON lists ``value`` was made of (a data array: one)."""
    if isinstance(value, list):
        return 1 + sum(_lists(item) for item in value)
    if isinstance(value, dict):
        return sum(_lists(item) for item in value.values())
    return 1 if isinstance(value, np.ndarray) else 0


def _value(value: Any) -> Any:
    if isinstance(value, simdjson.Object):
        return value.as_dict()
    if isinstance(value, simdjson.Array):
        return value.as_list()
    return value
