"""Remote backends: the same ``Backend`` interface over HTTP, for V2 (KServe, Triton) and TF Serving.

The client preprocesses exactly as for local inference and sends that tensor;
the server's metadata is checked once, before the first batch, so a shape or
datatype mismatch is one clear ``RemoteProtocolError`` instead of nonsense
answers. The HTTP itself (sessions, cold starts, mapping every failure to the
error tree) is ``inference.backends.remote_http``'s ``EndpointClient``; the
codecs are ``inference.protocol``'s. A protocol is a subclass that fills the
hooks: ``_fetch_metadata``, ``_predict_path``, ``_encode``, ``_decode``, ``_probe``.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import requests

from inference.backends.base import Backend, BackendInfo, TensorInfo, as_batch
from inference.backends.endpoint import Endpoint
from inference.backends.remote_http import EndpointClient, StatusCallback
from inference.backends.remote_v2_binary import BinaryCall, decode_answer, offers_binary
from inference.errors import (
    PayloadError,
    RemoteModelNotFound,
    RemoteProtocolError,
    RemoteUnavailable,
    TepiError,
    UsageError,
)
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.protocol import ModelMetadata, numpy_dtype, shape_fits, v2
from inference.protocol import tfserving as tfs
from inference.text import message

__all__ = ["RemoteBackend", "RemoteV2Backend", "TFServingBackend", "expected_input", "remote_backend"]

logger = logging.getLogger(__name__)
_FLOATS = ("FP32", "FP16", "FP64")
BYTES_PER_VALUE = 64
"""Room for one number of an answer: ``-1.2345678901234567e-05,`` is 24 bytes, indentation the rest."""
ANSWER_ALLOWANCE = 1024 * 1024
"""Room for an answer's names, ids, parameters and undeclared extras."""
_NO_METADATA = "none (KServe V1)"
"""The platform of the metadata Tepi assumes for a TF Serving endpoint that has no metadata route."""


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join("?" if d < 0 else str(d) for d in shape) or "scalar"


class RemoteBackend(Backend):
    """HTTP plumbing shared by both protocols: requests, cold starts, error mapping, the metadata check."""

    protocol = ""

    def __init__(
        self,
        endpoint: Endpoint,
        model: str,
        *,
        version: str | None = None,
        expected_input: tuple[int, ...] | None = None,
        on_status: StatusCallback | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.model = model
        self.version = version
        self.expected_input = expected_input
        """The input shape the pack's preprocessing makes, without the batch dimension."""
        self.on_status = on_status
        self.http = EndpointClient(endpoint, on_status=on_status)
        self.kind = endpoint.kind
        self._meta: ModelMetadata | None = None
        self._checked = False
        self._assumed: set[str] = set()

    # -- the Backend interface -------------------------------------------------------------------
    def load(self) -> None:
        """Fetch and check the model's metadata (once); raises like ``predict`` would."""
        if self._checked:
            return
        if self.endpoint.predict_path is None:
            meta = self._fetch_metadata()
            self._check(meta)
            self._meta = meta
        self._checked = True

    def predict(self, batch: np.ndarray) -> np.ndarray:
        self.load()
        batch = as_batch(batch)
        if self._meta is not None and self._meta.inputs and self._meta.inputs[0].datatype != "FP32":
            batch = batch.astype(numpy_dtype(self._meta.inputs[0].datatype))
        sent = self._encode(batch)
        data = self._send(sent, self.answer_limit(batch.shape[0]))
        try:
            outputs = self._decode(data, sent)
        except PayloadError as exc:
            raise RemoteProtocolError(
                "remote.answer_unreadable", host=self.endpoint.host, cause=exc, url=self.endpoint.url
            ) from exc
        if outputs.dtype.kind not in "biuf" or outputs.ndim == 0 or outputs.shape[0] != batch.shape[0]:
            raise RemoteProtocolError(
                "remote.output_shape",
                host=self.endpoint.host,
                count=batch.shape[0],
                shape=str(list(outputs.shape)),
                dtype=str(outputs.dtype),
                url=self.endpoint.url,
            )
        return outputs.astype(np.float32, copy=False).reshape(batch.shape[0], -1)

    def answer_limit(self, rows: int) -> int:
        """The most bytes an answer for ``rows`` inputs may take: what the declared outputs need as JSON
        text (``BYTES_PER_VALUE`` each, indented or not) plus ``ANSWER_ALLOWANCE``, never more than the
        endpoint's ``max_response_mb``; that alone when an output's size is not declared."""
        cap = self.endpoint.max_response_bytes
        outputs = self._meta.outputs if self._meta is not None else ()
        values = 0
        for tensor in outputs:
            dims = tensor.shape[1:] if tensor.shape and tensor.shape[0] < 0 else tensor.shape
            if not dims or any(d < 0 for d in dims):
                return cap
            values += rows * math.prod(dims)
        if not values:
            return cap
        return min(cap, values * BYTES_PER_VALUE + ANSWER_ALLOWANCE)

    def info(self) -> BackendInfo:
        self.load()
        meta = self._meta
        if meta is None or not meta.inputs:  # nothing declared: what the pack's preprocessing makes
            shape = (-1, *self.expected_input) if self.expected_input else (-1,)
            inputs: tuple[TensorInfo, ...] = (TensorInfo(self._input_name(), shape, "float32"),)
        else:
            inputs = tuple(TensorInfo(t.name, t.shape, numpy_dtype(t.datatype).name) for t in meta.inputs)
        outputs = tuple(
            TensorInfo(t.name, t.shape, numpy_dtype(t.datatype).name) for t in (meta.outputs if meta else ())
        )
        details = {"url": self.endpoint.url, "model": self.model, "version": self.version}
        if meta is not None:
            details["platform"] = meta.platform
        return BackendInfo(f"remote {self.protocol}", inputs, outputs, details=details)

    def close(self) -> None:
        self.http.close()

    def ready(self) -> bool:
        """True when the endpoint answers that the model can take requests; never raises."""
        try:
            return self.check_ready()
        except TepiError as exc:
            logger.debug("probe of %s failed: %s", self.endpoint.host, exc)
            return False

    def check_ready(self) -> bool:
        """Like ``ready``, but an endpoint that refuses raises the ``RemoteError`` that says why.

        Refused credentials (HTTP 401/403, ``RemoteAuthError``), a model it does not
        serve (404, ``RemoteModelNotFound``) and a TLS certificate that cannot be
        verified are not "not ready yet": waiting will not fix them, so whoever
        waits for the endpoint (the queue's replayer) must be able to say so.
        """
        try:
            return self._probe()
        except (RemoteUnavailable, requests.RequestException) as exc:
            logger.debug("probe of %s failed: %s", self.endpoint.host, exc)
            return False

    # -- protocol hooks --------------------------------------------------------------------------
    def _fetch_metadata(self) -> ModelMetadata:
        raise NotImplementedError

    def _predict_path(self) -> str:
        raise NotImplementedError

    def _encode(self, batch: np.ndarray) -> Any:
        raise NotImplementedError

    def _send(self, sent: Any, limit: int | None = None) -> Any:
        """POST what ``_encode`` made, reading at most ``limit`` bytes of answer; returns the answer's
        JSON (or what ``_decode`` takes). None: the endpoint's ``max_response_mb``."""
        return self.http.request("POST", self._predict_path(), sent, limit=limit)

    def _decode(self, body: Any, sent: Any) -> np.ndarray:
        raise NotImplementedError

    def _probe(self) -> bool:
        raise NotImplementedError

    # -- helpers for the hooks -------------------------------------------------------------------
    def _model_text(self) -> str | dict[str, Any]:
        if self.version:
            return message("remote.model_version", model=self.model, version=self.version)
        return f"'{self.model}'"

    def _input_name(self) -> str:
        """The declared input's name; ``input`` when the metadata declares none (the server names it)."""
        return self._meta.inputs[0].name if self._meta is not None and self._meta.inputs else "input"

    def _output_name(self, available: dict[str, np.ndarray]) -> np.ndarray:
        declared = self._meta.outputs[0].name if self._meta is not None and self._meta.outputs else None
        if declared in available:
            return available[declared]
        name, values = next(iter(available.items()))
        if declared is not None:
            self._assume(f"answers with '{name}', not the declared '{declared}'; Tepi takes it as the scores")
        elif len(available) > 1:
            self._assume(f"answers with {len(available)} outputs; Tepi takes the first, '{name}'")
        return values

    def _assume(self, what: str) -> None:
        """Say once, in the log, what Tepi assumed about a server that declares less than it needs."""
        if what not in self._assumed:
            self._assumed.add(what)
            version = f" version {self.version}" if self.version else ""
            logger.info("The remote model '%s'%s at %s %s.", self.model, version, self.endpoint.host, what)

    def _parse_metadata(self, parse: Callable[[Any], ModelMetadata], body: Any) -> ModelMetadata:
        try:
            meta = parse(body)
        except PayloadError as exc:
            raise RemoteProtocolError(
                "remote.metadata_unreadable", host=self.endpoint.host, cause=exc, url=self.endpoint.url
            ) from exc
        return meta

    def _check(self, meta: ModelMetadata) -> None:
        """Refuse a remote model that cannot take what this pack's preprocessing makes."""
        if not meta.inputs:  # MLServer and KServe declare nothing unless their operator does
            said = "offers no metadata" if meta.platform == _NO_METADATA else "declares no inputs"
            prepared = _shape_text(self.expected_input) if self.expected_input else "its"
            self._assume(f"{said}; Tepi sends the pack's {prepared} FP32 input unchecked")
            return
        host, url = self.endpoint.host, self.endpoint.url
        where: dict[str, Any] = {"model": self._model_text(), "host": host, "url": url}
        if len(meta.inputs) != 1:
            raise RemoteProtocolError("remote.input_count", count=len(meta.inputs), **where)
        tensor = meta.inputs[0]
        if tensor.datatype not in _FLOATS:
            raise RemoteProtocolError("remote.input_datatype", datatype=tensor.datatype, **where)
        want = self.expected_input
        if want is None:
            return
        batched = len(tensor.shape) == len(want) + 1 or (len(tensor.shape) > 0 and tensor.shape[0] < 0)
        declared = tensor.shape[1:] if batched else tensor.shape
        if not shape_fits(declared, want):
            raise RemoteProtocolError(
                "remote.input_shape", shape=_shape_text(declared), expected=_shape_text(want), **where
            )


class RemoteV2Backend(RemoteBackend):
    """Open Inference Protocol (KServe V2) REST: KServe, Triton, Seldon MLServer, Tepi's server."""

    protocol = "v2"

    binary = False
    """True once the server listed the binary tensor extension (and the endpoint allows it)."""

    def _fetch_metadata(self) -> ModelMetadata:
        body = self.http.request("GET", v2.model_path(self.model, self.version))
        meta = self._parse_metadata(v2.decode_metadata, body)
        self.binary = self.endpoint.binary and offers_binary(self.http)
        return meta

    def _predict_path(self) -> str:
        return self.endpoint.predict_path or v2.infer_path(self.model, self.version)

    def _encode(self, batch: np.ndarray) -> dict[str, Any] | BinaryCall:
        inputs, id = {self._input_name(): batch}, uuid.uuid4().hex[:16]
        return BinaryCall.of(inputs, id) if self.binary else v2.encode_infer_request(inputs, id=id)

    def _send(self, sent: Any, limit: int | None = None) -> Any:
        if isinstance(sent, BinaryCall):
            return self.http.request("POST", self._predict_path(), sent.body, raw=True, limit=limit)
        return super()._send(sent, limit)

    def _decode(self, body: Any, sent: Any) -> np.ndarray:
        response = decode_answer(body)
        sent_id = sent.id if isinstance(sent, BinaryCall) else sent["id"]
        if response.id is not None and response.id != sent_id:
            raise PayloadError("remote.wrong_id", received=response.id, sent=sent_id)
        return self._output_name(response.outputs)

    def _probe(self) -> bool:
        if self.endpoint.predict_path is not None:
            return self.http.get_status(self.endpoint.base + "/").status_code < 500
        return self.http.probe(v2.model_ready_path(self.model, self.version)).status_code == 200


class TFServingBackend(RemoteBackend):
    """TensorFlow Serving REST; with ``predict_path`` also Vertex AI and SageMaker (``/invocations``)."""

    protocol = "tfserving"

    def _fetch_metadata(self) -> ModelMetadata:
        try:
            body = self.http.request("GET", tfs.metadata_path(self.model, self.version))
        except RemoteModelNotFound:
            # KServe's V1 protocol has no /metadata route: the model is there if its status answers.
            self.http.request("GET", tfs.model_path(self.model, self.version))  # 404 again: it is not
            return ModelMetadata(name=self.model, inputs=(), outputs=(), platform=_NO_METADATA)
        return self._parse_metadata(
            lambda b: tfs.decode_metadata(b, signature_name=self.endpoint.signature_name), body
        )

    def _predict_path(self) -> str:
        return self.endpoint.predict_path or tfs.predict_path(self.model, self.version)

    def _encode(self, batch: np.ndarray) -> dict[str, Any]:
        inputs: dict[str, np.ndarray] | np.ndarray = batch
        if self._meta is not None and self._meta.inputs:
            inputs = {self._meta.inputs[0].name: batch}
        signature = self.endpoint.signature_name
        form = self.endpoint.tfserving_format
        return tfs.encode_predict_request(inputs, format=form, signature_name=signature)

    def _decode(self, body: Any, sent: dict[str, Any]) -> np.ndarray:
        return self._output_name(tfs.decode_predict_response(body).outputs)

    def _probe(self) -> bool:
        if self.endpoint.predict_path is not None:
            return self.http.get_status(self.endpoint.base + "/").status_code < 500
        response = self.http.probe(tfs.model_path(self.model, self.version))
        if response.status_code != 200:
            return False
        try:
            body = response.json()
            if isinstance(body, dict) and "model_version_status" not in body and "ready" in body:
                return body["ready"] is True  # KServe's V1 status: {"name": ..., "ready": true}
            return any(v.state == "AVAILABLE" for v in tfs.decode_status(body))
        except (ValueError, PayloadError):
            return False


def expected_input(pack: ModelPack) -> tuple[int, ...] | None:
    """The tensor shape (without batch) that the pack's preprocessing produces."""
    spec = pack.input
    if isinstance(spec, ImageSpec):
        return (spec.height, spec.width, spec.channels)
    if isinstance(spec, TabularSpec) and spec.features:
        return (len(spec.features),)
    return None


def remote_backend(
    endpoint: Endpoint, pack: ModelPack | None = None, *, on_status: StatusCallback | None = None
) -> RemoteBackend:
    """The backend for ``endpoint``'s protocol; the model name comes from the endpoint, else the pack."""
    model, version = endpoint.model, endpoint.version
    if model is None and pack is not None:
        model = pack.remote.model if pack.remote else pack.name
        version = version or (pack.remote.version if pack.remote else None)
    if not model:
        raise UsageError("remote.no_model_name")
    cls = RemoteV2Backend if endpoint.protocol == "v2" else TFServingBackend
    shape = expected_input(pack) if pack is not None else None
    return cls(endpoint, model, version=version, expected_input=shape, on_status=on_status)
