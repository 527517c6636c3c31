"""The V2 client's binary tensor extension: asked for once, then used for every request.

``RemoteV2Backend`` reads ``GET /v2`` when it first checks a model: a server
that lists ``binary_tensor_data`` (Tepi's own, Triton, KServe) gets each batch
as raw little-endian bytes behind a JSON header, and is asked to answer the
same way; any other server (MLServer, an older Tepi) gets JSON numbers. The
wire format is ``inference.protocol.v2_binary``'s, shared with the server.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import requests

from inference.backends.remote_http import EndpointClient, RawBody
from inference.errors import TepiError
from inference.protocol import v2
from inference.protocol import v2_binary as wire

__all__ = ["BinaryCall", "decode_answer", "offers_binary"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BinaryCall:
    """One encoded binary request and the ``id`` its answer must echo."""

    body: RawBody
    id: str

    @classmethod
    def of(cls, inputs: Mapping[str, np.ndarray], id: str) -> BinaryCall:
        content, length = wire.encode_infer_request(inputs, id=id)
        return cls(RawBody(content, headers={wire.HEADER: str(length)}), id)


def offers_binary(http: EndpointClient) -> bool:
    """True when the server's metadata (``GET /v2``) lists the binary tensor extension.

    Anything else (no such route, an error, a body that is not what the protocol
    says) is a server that has not offered it: JSON works with every server.
    """
    try:
        body = http.request("GET", "/v2", wait=False)
    except TepiError as exc:
        logger.debug("no server metadata from %s (%s): sending JSON", http.endpoint.host, exc)
        return False
    extensions = body.get("extensions") if isinstance(body, dict) else None
    offered = isinstance(extensions, list) and wire.EXTENSION in extensions
    logger.info("%s %s binary tensors", http.endpoint.host, "takes" if offered else "does not offer")
    return offered


def decode_answer(body: Any) -> v2.InferResponse:
    """An infer answer: a raw response to a binary request (binary or JSON inside), or parsed JSON."""
    if isinstance(body, requests.Response):
        return wire.decode_infer_response(body.content, body.headers.get(wire.HEADER))
    return v2.decode_infer_response(body)
