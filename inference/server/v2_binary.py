"""The Open Inference Protocol's binary tensor data extension (Triton, KServe), server side.

    POST /v2/models/{m}/infer
    Inference-Header-Content-Length: <n>
    <n bytes of JSON header><raw tensor bytes, in the order of the inputs that use them>

An input with ``"parameters": {"binary_data_size": size}`` carries no ``data``:
its values are the next ``size`` bytes, little-endian and row-major. When the
request asks (``"parameters": {"binary_data_output": true}``, or an output's
``"parameters": {"binary_data": true}``), outputs come back the same way,
with the response's own ``Inference-Header-Content-Length``.

Why: a 224 × 224 × 3 image is 600 KB as float32 but about 3 MB of JSON
numbers, and parsing that costs the server more than running MobileNetV2.
Plain JSON requests are decoded by ``inference.protocol.v2``, unchanged.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from inference.errors import PayloadError, RequestError
from inference.protocol import v2 as codec
from inference.protocol.common import datatype_of, dumps, numpy_dtype
from inference.server.http import parse_json

__all__ = ["EXTENSION", "HEADER", "decode_request", "encode_response"]

HEADER = "Inference-Header-Content-Length"
EXTENSION = "binary_tensor_data"


def decode_request(raw: bytes, header_length: str | None) -> tuple[codec.InferRequest, bool]:
    """The request, and whether it wants its outputs as binary data."""
    if header_length is None:
        body = parse_json(raw)
        return codec.decode_infer_request(body), _wants_binary(body)
    try:
        length = int(header_length)
    except ValueError:
        length = -1
    if not 0 <= length <= len(raw):
        raise RequestError("wire.binary_header", header=HEADER, value=header_length)
    body = parse_json(raw[:length])
    if not isinstance(body, dict) or not isinstance(body.get("inputs"), list) or not body["inputs"]:
        raise PayloadError("wire.empty_list", key="inputs", field="inputs")
    blob = memoryview(raw)[length:]
    inputs: dict[str, np.ndarray] = {}
    offset = 0
    for index, item in enumerate(body["inputs"]):
        size = _binary_size(item, index)
        if size is None:
            name, array = codec.decode_tensor(item, where=f"inputs[{index}]")
        else:
            name, array = _binary_tensor(item, index, blob, offset, size)
            offset += size
        if name in inputs:
            raise PayloadError("wire.name_twice", key="inputs", name=name, field="inputs")
        inputs[name] = array
    if offset != len(blob):
        raise RequestError("wire.binary_total", size=len(blob), declared=offset)
    # The rest of the header (id, outputs, parameters) is plain JSON: let the codec check it.
    rest = codec.decode_infer_request({**body, "inputs": [codec.encode_tensor("_", np.zeros(1, np.float32))]})
    call = codec.InferRequest(inputs=inputs, id=rest.id, outputs=rest.outputs, parameters=rest.parameters)
    return call, _wants_binary(body)


def _binary_size(item: Any, index: int) -> int | None:
    parameters = item.get("parameters") if isinstance(item, dict) else None
    if not isinstance(parameters, dict) or "binary_data_size" not in parameters:
        return None
    size = parameters["binary_data_size"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PayloadError("wire.binary_size", where=f"inputs[{index}]", field="parameters")
    return size


def _binary_tensor(
    item: dict[str, Any], index: int, blob: memoryview, offset: int, size: int
) -> tuple[str, np.ndarray]:
    where = f"inputs[{index}]"
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


def _wants_binary(body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    parameters = body.get("parameters")
    if isinstance(parameters, dict) and parameters.get("binary_data_output") is True:
        return True
    outputs = body.get("outputs")
    return isinstance(outputs, list) and any(
        isinstance(o, dict)
        and isinstance(o.get("parameters"), dict)
        and o["parameters"].get("binary_data") is True
        for o in outputs
    )


def encode_response(
    model_name: str, outputs: dict[str, np.ndarray], *, model_version: str, id: str | None
) -> tuple[bytes, int]:
    """JSON header plus raw little-endian outputs; returns the body and the header's length."""
    blobs = []
    tensors = []
    for name, array in outputs.items():
        data = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes()
        blobs.append(data)
        tensors.append(
            {
                "name": name,
                "shape": list(array.shape),
                "datatype": datatype_of(array.dtype),
                "parameters": {"binary_data_size": len(data)},
            }
        )
    header: dict[str, Any] = {"model_name": model_name, "model_version": model_version}
    if id is not None:
        header["id"] = id
    header["outputs"] = tensors
    head = dumps(header)
    return head + b"".join(blobs), len(head)
