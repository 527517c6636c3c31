"""TensorFlow Serving REST (V1): numpy ↔ JSON for predict, metadata and status.

    POST /v1/models/{m}[/versions/{v}]:predict
      row:      {"signature_name"?, "instances": [row, ...]}   or [{name: row_value, ...}, ...]
      columnar: {"signature_name"?, "inputs": tensor}          or {name: tensor, ...}
    ->          {"predictions": ...} for row requests, {"outputs": ...} for columnar ones
    GET  /v1/models/{m}[/versions/{v}]            {"model_version_status": [{"version", "state", "status"}]}
    GET  /v1/models/{m}[/versions/{v}]/metadata   {"model_spec", "metadata": {"signature_def": ...}}
    errors                                        {"error": "..."}

Vertex AI takes the same ``instances``/``predictions`` body and SageMaker the
same JSON under ``/invocations``. Binary values travel as ``{"b64": ...}``.
A body with a single unnamed tensor decodes to the name the caller passes
(``default_name``), since only the serving side knows its input's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import numpy as np

from inference.errors import PayloadError
from inference.protocol.common import (
    ModelMetadata,
    TensorMeta,
    array_from_json,
    array_to_json,
    datatype_from_tf,
    tf_name,
)
from inference.text import message

__all__ = [
    "COLUMNAR",
    "ROW",
    "STATES",
    "PredictRequest",
    "PredictResponse",
    "VersionStatus",
    "decode_metadata",
    "decode_predict_request",
    "decode_predict_response",
    "decode_status",
    "encode_error",
    "encode_metadata",
    "encode_predict_request",
    "encode_predict_response",
    "encode_status",
    "metadata_path",
    "model_path",
    "predict_path",
]

ROW = "instances"
COLUMNAR = "inputs"
DEFAULT_SIGNATURE = "serving_default"
STATES = ("START", "LOADING", "AVAILABLE", "UNLOADING", "END")
Tensors = Mapping[str, np.ndarray] | np.ndarray


@dataclass(frozen=True)
class PredictRequest:
    inputs: dict[str, np.ndarray]
    format: str
    """``instances`` (row) or ``inputs`` (columnar): the response must use the matching key."""
    signature_name: str | None = None
    named: bool = False
    """False when the body held one unnamed tensor (decoded under ``default_name``)."""


@dataclass(frozen=True)
class PredictResponse:
    outputs: dict[str, np.ndarray]
    format: str
    named: bool = False

    def first(self) -> np.ndarray:
        return next(iter(self.outputs.values()))


@dataclass(frozen=True)
class VersionStatus:
    version: str
    state: str
    """One of ``STATES``; only ``AVAILABLE`` answers predictions."""
    error_code: str = "OK"
    error_message: str = ""


# -- paths ---------------------------------------------------------------------------------------

def model_path(model: str, version: str | None = None) -> str:
    path = f"/v1/models/{quote(model, safe='')}"
    return f"{path}/versions/{quote(version, safe='')}" if version else path


def predict_path(model: str, version: str | None = None) -> str:
    return model_path(model, version) + ":predict"


def metadata_path(model: str, version: str | None = None) -> str:
    return model_path(model, version) + "/metadata"


# -- predict -------------------------------------------------------------------------------------

def _check_format(format: str) -> None:
    if format not in (ROW, COLUMNAR):
        raise ValueError(f"format must be {ROW!r} or {COLUMNAR!r}, not {format!r}")


def _encode_tensors(tensors: Tensors, format: str) -> Any:
    """Row format splits every tensor along its first axis; columnar keeps them whole."""
    if isinstance(tensors, np.ndarray):
        return array_to_json(tensors, b64=True)
    arrays = {name: np.asarray(value) for name, value in tensors.items()}
    if len(arrays) == 1 and format == ROW:
        # One named tensor still goes as plain rows: what every server (and Vertex) accepts.
        return array_to_json(next(iter(arrays.values())), b64=True)
    if format == COLUMNAR:
        return {name: array_to_json(array, b64=True) for name, array in arrays.items()}
    sizes = {array.shape[0] if array.ndim else -1 for array in arrays.values()}
    if len(sizes) != 1 or -1 in sizes:
        raise PayloadError("wire.row_batch")
    columns = {name: array_to_json(array, b64=True) for name, array in arrays.items()}
    return [{name: column[i] for name, column in columns.items()} for i in range(sizes.pop())]


def encode_predict_request(
    inputs: Tensors, *, format: str = ROW, signature_name: str | None = None
) -> dict[str, Any]:
    """A ``:predict`` body; ``inputs`` is one array or arrays by input name."""
    _check_format(format)
    body: dict[str, Any] = {}
    if signature_name:
        body["signature_name"] = signature_name
    body[format] = _encode_tensors(inputs, format)
    return body


def encode_predict_response(outputs: Tensors, *, format: str = ROW) -> dict[str, Any]:
    """``{"predictions": ...}`` answers a row request, ``{"outputs": ...}`` a columnar one."""
    _check_format(format)
    key = "predictions" if format == ROW else "outputs"
    if isinstance(outputs, Mapping) and len(outputs) == 1:
        outputs = np.asarray(next(iter(outputs.values())))
    return {key: _encode_tensors(outputs, format)}


def _is_named(value: Any) -> bool:
    return isinstance(value, Mapping) and set(value) != {"b64"}


def _decode_rows(rows: Any, key: str, default_name: str, dtypes: Mapping[str, str]) -> tuple[dict, bool]:
    if not isinstance(rows, list) or not rows:
        raise PayloadError("wire.rows_empty", key=key, field=key)
    named = [_is_named(row) for row in rows]
    if not any(named):
        return {default_name: array_from_json(rows, dtypes.get(default_name), field=key)}, False
    if not all(named):
        raise PayloadError("wire.rows_mixed", key=key, field=key)
    names = list(rows[0])
    if any(list(row) != names and set(row) != set(names) for row in rows):
        raise PayloadError("wire.rows_names", key=key, field=key)
    return {
        name: array_from_json([row[name] for row in rows], dtypes.get(name), field=f"{key}.{name}")
        for name in names
    }, True


def _decode_columns(value: Any, key: str, default_name: str, dtypes: Mapping[str, str]) -> tuple[dict, bool]:
    if _is_named(value):
        if not value:
            raise PayloadError("wire.columns_empty", key=key, field=key)
        return {
            str(name): array_from_json(column, dtypes.get(str(name)), field=f"{key}.{name}")
            for name, column in value.items()
        }, True
    return {default_name: array_from_json(value, dtypes.get(default_name), field=key)}, False


def decode_predict_request(
    body: Any, *, default_name: str = "input", dtypes: Mapping[str, str] | None = None
) -> PredictRequest:
    """A ``:predict`` body; ``dtypes`` (V2 names by input) types the JSON numbers, else FP32/INT64."""
    if not isinstance(body, Mapping):
        raise PayloadError("wire.not_object", what=message("wire.object.predict_request"))
    has_rows, has_columns = ROW in body, COLUMNAR in body
    if has_rows == has_columns:
        raise PayloadError("wire.rows_or_columns")
    signature = body.get("signature_name")
    if signature is not None and not isinstance(signature, str):
        raise PayloadError("wire.not_string", key="signature_name", field="signature_name")
    types = dtypes or {}
    if has_rows:
        inputs, named = _decode_rows(body[ROW], ROW, default_name, types)
    else:
        inputs, named = _decode_columns(body[COLUMNAR], COLUMNAR, default_name, types)
    return PredictRequest(inputs, ROW if has_rows else COLUMNAR, signature or None, named)


def decode_predict_response(body: Any, *, default_name: str = "output") -> PredictResponse:
    if not isinstance(body, Mapping):
        raise PayloadError("wire.not_object", what=message("wire.object.predict_response"))
    if "predictions" in body:
        outputs, named = _decode_rows(body["predictions"], "predictions", default_name, {})
        return PredictResponse(outputs, ROW, named)
    if "outputs" in body:
        outputs, named = _decode_columns(body["outputs"], "outputs", default_name, {})
        return PredictResponse(outputs, COLUMNAR, named)
    raise PayloadError("wire.no_predictions")


# -- metadata and status -------------------------------------------------------------------------

def _tensor_info(tensor: TensorMeta) -> dict[str, Any]:
    return {
        "dtype": tf_name(tensor.datatype),
        "tensor_shape": {"dim": [{"size": str(d), "name": ""} for d in tensor.shape], "unknown_rank": False},
        "name": f"{tensor.name}:0",
    }


def encode_metadata(meta: ModelMetadata, *, version: str | None = None) -> dict[str, Any]:
    signature = meta.signature_name or DEFAULT_SIGNATURE
    return {
        "model_spec": {
            "name": meta.name,
            "signature_name": "",
            "version": version or (meta.versions[-1] if meta.versions else ""),
        },
        "metadata": {
            "signature_def": {
                "signature_def": {
                    signature: {
                        "inputs": {t.name: _tensor_info(t) for t in meta.inputs},
                        "outputs": {t.name: _tensor_info(t) for t in meta.outputs},
                        "method_name": "tensorflow/serving/predict",
                    }
                }
            }
        },
    }


def _decode_tensor_infos(value: Any, where: str) -> tuple[TensorMeta, ...]:
    if not isinstance(value, Mapping):
        raise PayloadError("wire.metadata_object", where=where, field=where)
    tensors = []
    for alias, info in value.items():
        try:
            shape_info = info.get("tensor_shape", {})
            dims = () if shape_info.get("unknown_rank") else shape_info.get("dim", [])
            shape = tuple(int(d.get("size", -1)) for d in dims)
            datatype = datatype_from_tf(info.get("dtype"))
        except (AttributeError, TypeError, ValueError, OverflowError):  # OverflowError: int(Infinity)
            raise PayloadError("wire.metadata_tensor", where=where, name=str(alias), field=where) from None
        tensors.append(TensorMeta(str(alias), datatype, shape))
    return tuple(tensors)


def decode_metadata(body: Any, *, signature_name: str | None = None) -> ModelMetadata:
    """The named signature (default ``serving_default``, else the only predict signature)."""
    try:
        spec = body["model_spec"]
        signatures = body["metadata"]["signature_def"]["signature_def"]
        if not isinstance(signatures, Mapping):
            raise TypeError
    except (KeyError, TypeError):
        raise PayloadError("wire.no_signature_def") from None
    wanted = signature_name or DEFAULT_SIGNATURE
    if wanted not in signatures:
        usable = [name for name in signatures if not name.startswith("__")]
        if signature_name or len(usable) != 1:
            code = "wire.no_signature" if usable else "wire.no_signatures"
            raise PayloadError(code, name=wanted, names=usable, field="signature_name")
        wanted = usable[0]
    signature = signatures[wanted]
    if not isinstance(signature, Mapping):
        raise PayloadError("wire.bad_signature", name=wanted, field="signature_def")
    version = str(spec.get("version", "")) if isinstance(spec, Mapping) else ""
    return ModelMetadata(
        name=str(spec.get("name", "")) if isinstance(spec, Mapping) else "",
        inputs=_decode_tensor_infos(signature.get("inputs"), "inputs"),
        outputs=_decode_tensor_infos(signature.get("outputs"), "outputs"),
        versions=(version,) if version else (),
        platform="tensorflow",
        signature_name=wanted,
    )


def encode_status(versions: list[VersionStatus]) -> dict[str, Any]:
    return {
        "model_version_status": [
            {
                "version": v.version,
                "state": v.state,
                "status": {"error_code": v.error_code, "error_message": v.error_message},
            }
            for v in versions
        ]
    }


def decode_status(body: Any) -> list[VersionStatus]:
    try:
        items = body["model_version_status"]
        return [
            VersionStatus(
                version=str(item["version"]),
                state=str(item["state"]),
                error_code=str(item.get("status", {}).get("error_code", "OK")),
                error_message=str(item.get("status", {}).get("error_message", "")),
            )
            for item in items
        ]
    except (KeyError, TypeError, AttributeError):
        raise PayloadError("wire.no_status") from None


def encode_error(message: str) -> dict[str, str]:
    """TF Serving's error body."""
    return {"error": message}
