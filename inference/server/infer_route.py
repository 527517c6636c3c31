"""``POST /v2/models/{m}[/versions/{v}]/infer``: the server's hot path, answered beneath the framework.

Every inference request is the same few steps: decode the body, check the
tensors, await the model's batcher, encode the answer. Through FastAPI they
also paid for routing, dependency solving, request and response objects and
two exception layers: on the digits model that framework work was about a
fifth of the server's CPU time per request (py-spy, 8 clients), more than
the model itself. So this plain ASGI layer, installed inside the ``Gate``
(metrics, API key, body limit: every request still passes there), answers
the infer paths itself and hands every other path to FastAPI unchanged.
Refusals are the same ``{"error", "tepi_error"}`` bodies with the same statuses
(``http.refusal_for``), so a client cannot tell which layer answered.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from inference.protocol import v2 as codec
from inference.protocol.common import dumps
from inference.protocol.error_bodies import error_body
from inference.server import v2_binary
from inference.server.http import OFFLOAD_BYTES, decode_big, refusal_for
from inference.server.registry import ModelRegistry
from inference.server.served import ServedModel

__all__ = ["INFER_PATH", "InferRoute", "answer_infer"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

INFER_PATH = re.compile(r"/v2/models/([^/]+)(?:/versions/([^/]+))?/infer")
"""The paths FastAPI would route to V2 infer: one segment for the name, one for the version."""
_HEADER = v2_binary.HEADER.lower().encode("latin-1")
_JSON = b"application/json"


Headers = list[tuple[bytes, bytes]]


async def answer_infer(
    model: ServedModel, raw: bytes, header_length: str | None
) -> tuple[bytes, bytes, Headers]:
    """``(body, content type, extra headers)`` answering one V2 infer body (JSON or binary)."""
    if len(raw) > OFFLOAD_BYTES:  # parsing megabytes of JSON must not stall the event loop
        call, binary_out = await decode_big(v2_binary.decode_request, raw, header_length)
    else:
        call, binary_out = v2_binary.decode_request(raw, header_length)
    rows = model.input_rows(call.inputs, f"Input {model.input.name!r}")
    model.check_outputs(call.outputs)
    outputs = {model.output.name: model.shape_outputs(await model.infer(rows))}
    name, version = model.name, model.version
    if binary_out:
        content, length = v2_binary.encode_response(name, outputs, model_version=version, id=call.id)
        return content, b"application/octet-stream", [(_HEADER, str(length).encode("latin-1"))]
    body = codec.encode_infer_response(name, outputs, model_version=version, id=call.id)
    return dumps(body), _JSON, []


class InferRoute:
    """ASGI middleware: answers V2 infer requests itself, passes everything else on."""

    def __init__(self, app: ASGIApp, *, registry: ModelRegistry) -> None:
        self.app = app
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = INFER_PATH.fullmatch(scope["path"]) if scope["type"] == "http" else None
        if match is None or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        header_length = None
        for name, value in scope["headers"]:
            if name == _HEADER:
                header_length = value.decode("latin-1")
        try:
            model = self.registry.lookup(match[1], match[2])
            model.require_ready()
            raw = await _read_body(receive)
            body, kind, headers = await answer_infer(model, raw, header_length)
            status = 200
        except Exception as exc:  # refusals and failures answer as the app's handlers do
            error, status, extra = refusal_for(exc, scope["path"])
            body, kind = dumps(error_body(error)), _JSON
            headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (extra or {}).items()]
        headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode("latin-1")), *headers]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Receive) -> bytes:
    """The request body (the ``Gate`` has already bounded and buffered it)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
