"""The Open Inference Protocol's binary tensor data extension (Triton, KServe): both directions.

    POST /v2/models/{m}/infer
    Inference-Header-Content-Length: <n>
    <n bytes of JSON header><raw tensor bytes, in the order of the tensors that use them>

A tensor with ``"parameters": {"binary_data_size": size}`` carries no ``data``:
its values are the next ``size`` bytes after the header, little-endian and
row-major. A request asks for binary outputs with ``"parameters":
{"binary_data_output": true}``; an answer that has them carries its own
``Inference-Header-Content-Length``. A server offers the extension by listing
``binary_tensor_data`` in ``GET /v2``'s ``extensions``.

Why: a 224 × 224 × 3 image is 600 KB as float32 but about 3 MB of JSON numbers,
and writing and parsing those numbers costs both ends more than running
MobileNetV2. The client (``RemoteV2Backend``) encodes requests and decodes
answers here; the reference server (``inference.server.v2_binary``) decodes
requests and encodes answers with the same tensor reader.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from inference.errors import PayloadError
from inference.protocol import v2 as codec
from inference.protocol.common import datatype_of, dumps, loads, numpy_dtype

__all__ = [
    "EXTENSION",
    "HEADER",
    "binary_size",
    "binary_tensor",
    "decode_infer_response",
    "encode_infer_request",
    "encode_tensors",
]

HEADER = "Inference-Header-Content-Length"
EXTENSION = "binary_tensor_data"


def encode_tensors(header: dict[str, Any], key: str, tensors: Mapping[str, np.ndarray]) -> tuple[bytes, int]:
    """``header`` with ``tensors`` under ``key`` as binary data; returns the body and the header's length."""
    blobs = []
    described = []
    for name, array in tensors.items():
        data = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes()
        blobs.append(data)
        described.append({
            "name": name,
            "shape": list(array.shape),
            "datatype": datatype_of(array.dtype),
            "parameters": {"binary_data_size": len(data)},
        })  # fmt: skip
    head = dumps({**header, key: described})
    return head + b"".join(blobs), len(head)


def encode_infer_request(
    inputs: Mapping[str, np.ndarray], *, id: str | None = None, binary_output: bool = True
) -> tuple[bytes, int]:
    """A request with binary inputs (asking for binary outputs); the body and the header's length."""
    header: dict[str, Any] = {}
    if id is not None:
        header["id"] = id
    if binary_output:
        header["parameters"] = {"binary_data_output": True}
    return encode_tensors(header, "inputs", inputs)


def binary_size(item: Any, where: str) -> int | None:
    """The ``binary_data_size`` a tensor declares, or None when it carries JSON ``data``."""
    parameters = item.get("parameters") if isinstance(item, dict) else None
    if not isinstance(parameters, dict) or "binary_data_size" not in parameters:
        return None
    size = parameters["binary_data_size"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PayloadError("wire.binary_size", where=where, field="parameters")
    return size


def binary_tensor(
    item: dict[str, Any], where: str, blob: memoryview, offset: int, size: int
) -> tuple[str, np.ndarray]:
    """The tensor ``item`` describes, read from ``size`` bytes of ``blob`` at ``offset``, checked."""
    name, shape, datatype = item.get("name"), item.get("shape"), item.get("datatype")
    if not isinstance(name, str) or not name:
        raise PayloadError("wire.tensor_name", where=where, field=f"{where}.name")
    if not isinstance(shape, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape
    ):
        raise PayloadError("wire.tensor_shape", where=where, field=f"{where}.shape")
    dtype = numpy_dtype(datatype)
    if datatype == "BYTES":
        raise PayloadError("wire.binary_bytes", where=where, field=f"{where}.datatype")
    expected = math.prod(shape) * dtype.itemsize
    if size != expected:
        raise PayloadError(
            "wire.binary_declared",
            where=where,
            size=size,
            datatype=datatype,
            shape=str(shape),
            expected=expected,
            field=f"{where}.parameters",
        )
    if offset + size > len(blob):
        raise PayloadError("wire.binary_past_end", where=where, size=size, field=f"{where}.parameters")
    array = np.frombuffer(blob[offset : offset + size], dtype=dtype.newbyteorder("<")).reshape(shape)
    return name, array.astype(dtype, copy=False)


def decode_tensors(body: dict[str, Any], key: str, blob: memoryview) -> dict[str, np.ndarray]:
    """The tensors under ``key``: binary ones read from ``blob`` in order, JSON ones decoded as usual."""
    items = body.get(key)
    if not isinstance(items, list) or not items:
        raise PayloadError("wire.empty_list", key=key, field=key)
    tensors: dict[str, np.ndarray] = {}
    offset = 0
    for index, item in enumerate(items):
        where = f"{key}[{index}]"
        size = binary_size(item, where)
        if size is None:
            name, array = codec.decode_tensor(item, where=where)
        else:
            name, array = binary_tensor(item, where, blob, offset, size)
            offset += size
        if name in tensors:
            raise PayloadError("wire.name_twice", key=key, name=name, field=key)
        tensors[name] = array
    if offset != len(blob):
        code = "wire.binary_total" if key == "inputs" else "wire.binary_total_outputs"
        raise PayloadError(code, size=len(blob), declared=offset)
    return tensors


def decode_infer_response(raw: bytes, header_length: str | None) -> codec.InferResponse:
    """An answer: plain JSON without the header, else a JSON header followed by binary outputs."""
    if header_length is None:
        return codec.decode_infer_response(_json(raw))
    try:
        length = int(header_length)
    except ValueError:
        length = -1
    if not 0 <= length <= len(raw):
        raise PayloadError("wire.binary_header", header=HEADER, value=header_length)
    body = _json(raw[:length])
    if not isinstance(body, dict):
        return codec.decode_infer_response(body)  # refused there, in its words
    outputs = decode_tensors(body, "outputs", memoryview(raw)[length:])
    placeholder = [codec.encode_tensor("_", np.zeros(1, np.float32))]
    rest = codec.decode_infer_response({**body, "outputs": placeholder})
    return codec.InferResponse(rest.model_name, outputs, rest.model_version, rest.id, rest.parameters)


def _json(raw: bytes) -> Any:
    try:
        return loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PayloadError("wire.binary_json", system_error=str(exc)) from exc
