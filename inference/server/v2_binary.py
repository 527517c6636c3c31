"""The binary tensor data extension on the server: requests in, answers out.

The wire format and the tensor reader are ``inference.protocol.v2_binary``'s
(the client uses the same); here a request's body is split at its
``Inference-Header-Content-Length``, refused with the server's own sentences,
and answers are encoded when the request asked for binary outputs. Plain JSON
requests are decoded by ``inference.protocol.v2``, unchanged.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from inference.errors import PayloadError, RequestError
from inference.protocol import v2 as codec
from inference.protocol.v2_binary import EXTENSION, HEADER, decode_tensors, encode_tensors
from inference.server.http import parse_json
from inference.server.v2_json import decode_big_request

__all__ = ["EXTENSION", "HEADER", "decode_request", "encode_response"]


def decode_request(raw: bytes, header_length: str | None) -> tuple[codec.InferRequest, bool]:
    """The request, and whether it wants its outputs as binary data."""
    if header_length is None:
        fast = decode_big_request(raw)
        if fast is not None:
            return fast[0], _wants_binary(fast[1])
        body = parse_json(raw)
        return codec.decode_infer_request(body), _wants_binary(body)
    try:
        length = int(header_length)
    except ValueError:
        length = -1
    if not 0 <= length <= len(raw):
        raise RequestError("wire.binary_header", header=HEADER, value=header_length)
    body = parse_json(raw[:length])
    if not isinstance(body, dict):
        raise PayloadError("wire.empty_list", key="inputs", field="inputs")
    inputs = decode_tensors(body, "inputs", memoryview(raw)[length:])
    # The rest of the header (id, outputs, parameters) is plain JSON: let the codec check it.
    rest = codec.decode_infer_request({**body, "inputs": [codec.encode_tensor("_", np.zeros(1, np.float32))]})
    call = codec.InferRequest(inputs=inputs, id=rest.id, outputs=rest.outputs, parameters=rest.parameters)
    return call, _wants_binary(body)


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
    header: dict[str, Any] = {"model_name": model_name, "model_version": model_version}
    if id is not None:
        header["id"] = id
    return encode_tensors(header, "outputs", outputs)
