"""Open Inference Protocol (KServe V2) REST: numpy ↔ JSON for requests, responses and metadata.

    POST /v2/models/{m}[/versions/{v}]/infer
      {"id": .., "inputs": [{"name", "shape", "datatype", "data"}], "outputs": [{"name"}]}
    ->{"model_name", "model_version", "id", "outputs": [{"name", "shape", "datatype", "data"}]}
    GET  /v2/models/{m}[/versions/{v}]   {"name", "versions", "platform", "inputs", "outputs"}
    errors                               {"error": "..."}

``data`` is row-major; it may arrive flat or nested and is checked against
``shape``. Used by both the client (``RemoteV2Backend``) and the reference
server, so a mistake cannot hide in a matching mistake on the other side.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import numpy as np

from inference.errors import PayloadError
from inference.protocol.common import (
    ModelMetadata,
    TensorMeta,
    array_from_json,
    array_to_json,
    datatype_of,
    numpy_dtype,
)
from inference.text import message

__all__ = [
    "InferRequest",
    "InferResponse",
    "decode_infer_request",
    "decode_infer_response",
    "decode_metadata",
    "decode_tensor",
    "encode_error",
    "encode_infer_request",
    "encode_infer_response",
    "encode_metadata",
    "encode_tensor",
    "infer_path",
    "model_path",
    "model_ready_path",
]

SERVER_LIVE_PATH = "/v2/health/live"
SERVER_READY_PATH = "/v2/health/ready"


@dataclass(frozen=True)
class InferRequest:
    inputs: dict[str, np.ndarray]
    """By name, in the order the body listed them."""
    id: str | None = None
    outputs: tuple[str, ...] | None = None
    """Output names the caller asked for; None means all."""
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InferResponse:
    model_name: str
    outputs: dict[str, np.ndarray]
    model_version: str | None = None
    id: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)

    def first(self) -> np.ndarray:
        """The first output: what a single-output classifier returns."""
        return next(iter(self.outputs.values()))


# -- paths ---------------------------------------------------------------------------------------

def model_path(model: str, version: str | None = None) -> str:
    path = f"/v2/models/{quote(model, safe='')}"
    return f"{path}/versions/{quote(version, safe='')}" if version else path


def infer_path(model: str, version: str | None = None) -> str:
    return model_path(model, version) + "/infer"


def model_ready_path(model: str, version: str | None = None) -> str:
    return model_path(model, version) + "/ready"


# -- tensors -------------------------------------------------------------------------------------

def encode_tensor(name: str, array: np.ndarray) -> dict[str, Any]:
    """One V2 tensor: flat row-major ``data``; strings and bytes become ``BYTES``."""
    array = np.asarray(array)
    return {
        "name": name,
        "shape": list(array.shape),
        "datatype": datatype_of(array.dtype),
        "data": array_to_json(array.reshape(-1)),
    }


def decode_tensor(body: Any, *, where: str = "tensor") -> tuple[str, np.ndarray]:
    """A V2 tensor as ``(name, array)``, with its data checked against shape and datatype."""
    if not isinstance(body, Mapping):
        raise PayloadError("wire.tensor_object", where=where, field=where)
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise PayloadError("wire.tensor_name", where=where, field=f"{where}.name")
    label = f"{where} {name!r}"
    shape = body.get("shape")
    if not isinstance(shape, list) or not all(_is_int(d) and d >= 0 for d in shape):
        raise PayloadError("wire.tensor_shape", where=label, field=f"{where}.shape")
    datatype = body.get("datatype")
    numpy_dtype(datatype)  # unknown datatype -> PayloadError
    if "data" not in body:
        raise PayloadError("wire.tensor_data", where=label, field=f"{where}.data")
    array = array_from_json(body["data"], datatype, field=f"{label} data")
    expected = math.prod(shape)
    if array.size != expected:
        raise PayloadError(
            "wire.tensor_size",
            where=label,
            count=array.size,
            shape=str(shape),
            expected=expected,
            field=f"{where}.data",
        )
    try:
        return name, array.reshape(shape)
    except ValueError:  # more than 64 dimensions, or sizes beyond memory with a 0 among them
        raise PayloadError("wire.impossible_shape", where=label, field=f"{where}.shape") from None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _decode_tensors(body: Mapping[str, Any], key: str) -> dict[str, np.ndarray]:
    items = body.get(key)
    if not isinstance(items, list) or not items:
        raise PayloadError("wire.empty_list", key=key, field=key)
    tensors: dict[str, np.ndarray] = {}
    for i, item in enumerate(items):
        name, array = decode_tensor(item, where=f"{key}[{i}]")
        if name in tensors:
            raise PayloadError("wire.name_twice", key=key, name=name, field=key)
        tensors[name] = array
    return tensors


def _optional_str(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise PayloadError("wire.not_string", key=key, field=key)
    return str(value)


def _parameters(body: Mapping[str, Any]) -> dict[str, Any]:
    value = body.get("parameters")
    if value is None:  # left out, or null as the KServe SDK writes it
        return {}
    if not isinstance(value, dict):
        raise PayloadError("wire.parameters", field="parameters")
    return value


def _object(body: Any, what: str) -> Mapping[str, Any]:
    """``body`` when it is a JSON object; ``what`` is the code naming it (``wire.object.infer_request``)."""
    if not isinstance(body, Mapping):
        raise PayloadError("wire.not_object", what=message(what))
    return body


# -- requests and responses ----------------------------------------------------------------------

def encode_infer_request(
    inputs: Mapping[str, np.ndarray],
    *,
    id: str | None = None,
    outputs: Sequence[str] | None = None,
    parameters: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"inputs": [encode_tensor(name, array) for name, array in inputs.items()]}
    if id is not None:
        body["id"] = id
    if outputs is not None:
        body["outputs"] = [{"name": name} for name in outputs]
    if parameters:
        body["parameters"] = dict(parameters)
    return body


def decode_infer_request(body: Any) -> InferRequest:
    body = _object(body, "wire.object.infer_request")
    outputs = body.get("outputs")
    names: tuple[str, ...] | None = None
    if outputs is not None:
        if not isinstance(outputs, list) or not all(
            isinstance(o, Mapping) and isinstance(o.get("name"), str) for o in outputs
        ):
            raise PayloadError("wire.outputs", field="outputs")
        names = tuple(o["name"] for o in outputs)
    return InferRequest(
        inputs=_decode_tensors(body, "inputs"),
        id=_optional_str(body, "id"),
        outputs=names,
        parameters=_parameters(body),
    )


def encode_infer_response(
    model_name: str,
    outputs: Mapping[str, np.ndarray],
    *,
    model_version: str | None = None,
    id: str | None = None,
    parameters: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"model_name": model_name}
    if model_version is not None:
        body["model_version"] = model_version
    if id is not None:
        body["id"] = id
    if parameters:
        body["parameters"] = dict(parameters)
    body["outputs"] = [encode_tensor(name, array) for name, array in outputs.items()]
    return body


def decode_infer_response(body: Any) -> InferResponse:
    body = _object(body, "wire.object.infer_response")
    name = body.get("model_name")
    if not isinstance(name, str):
        raise PayloadError("wire.no_model_name", field="model_name")
    return InferResponse(
        model_name=name,
        outputs=_decode_tensors(body, "outputs"),
        model_version=_optional_str(body, "model_version"),
        id=_optional_str(body, "id"),
        parameters=_parameters(body),
    )


# -- metadata ------------------------------------------------------------------------------------

def _tensor_meta(tensor: TensorMeta) -> dict[str, Any]:
    return {"name": tensor.name, "datatype": tensor.datatype, "shape": list(tensor.shape)}


def encode_metadata(meta: ModelMetadata) -> dict[str, Any]:
    return {
        "name": meta.name,
        "versions": list(meta.versions),
        "platform": meta.platform,
        "inputs": [_tensor_meta(t) for t in meta.inputs],
        "outputs": [_tensor_meta(t) for t in meta.outputs],
    }


def _decode_meta_list(body: Mapping[str, Any], key: str) -> tuple[TensorMeta, ...]:
    items = body.get(key)
    if items is None:  # optional in practice: servers leave out what their operator did not declare
        return ()
    if not isinstance(items, list):
        raise PayloadError("wire.metadata_list", key=key, field=key)
    tensors = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise PayloadError("wire.metadata_name", where=where, field=where)
        shape = item.get("shape")
        if not isinstance(shape, list) or not all(_is_int(d) for d in shape):
            raise PayloadError("wire.metadata_shape", where=where, field=f"{where}.shape")
        numpy_dtype(item.get("datatype"))
        tensors.append(TensorMeta(item["name"], item["datatype"], tuple(shape)))
    return tuple(tensors)


def decode_metadata(body: Any) -> ModelMetadata:
    body = _object(body, "wire.object.metadata")
    if not isinstance(body.get("name"), str):
        raise PayloadError("wire.metadata_no_name", field="name")
    versions = body.get("versions") or []
    if not isinstance(versions, list):
        raise PayloadError("wire.metadata_versions", field="versions")
    return ModelMetadata(
        name=body["name"],
        inputs=_decode_meta_list(body, "inputs"),
        outputs=_decode_meta_list(body, "outputs"),
        versions=tuple(str(v) for v in versions),
        platform=str(body.get("platform", "")),
    )


def encode_error(message: str) -> dict[str, str]:
    """The V2 error body."""
    return {"error": message}
