"""Remote backends: the same ``Backend`` interface over HTTP, for V2 (KServe, Triton) and TF Serving.

The client preprocesses exactly as for local inference and sends that tensor;
the server's metadata is checked once, before the first batch, so a shape or
datatype mismatch is one clear ``RemoteProtocolError`` instead of nonsense
answers. HTTP and network failures are mapped here, once, to the error tree:

    connection refused / reset, 5xx, 408, 429    RemoteUnavailable   (the router may fall back)
    connect or read timeout, 504                 RemoteTimeout       (the router may fall back)
    401, 403                                     RemoteAuthError
    404                                          RemoteModelNotFound
    other 4xx, malformed JSON, wrong shape       RemoteProtocolError

A 503, or an answer saying "not ready"/"loading", is waited out for up to the
endpoint's cold-start budget (a server scaling up from zero), and
``on_status`` hears about it so a person sees that the server is waking up.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import requests

from inference.backends.base import Backend, BackendInfo, TensorInfo, as_batch
from inference.backends.endpoint import Endpoint, make_session
from inference.errors import (
    PayloadError,
    RemoteAuthError,
    RemoteError,
    RemoteModelNotFound,
    RemoteProtocolError,
    RemoteTimeout,
    RemoteUnavailable,
    TepiError,
    UsageError,
)
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.protocol import ModelMetadata, error_detail, http_error_sentence, numpy_dtype, shape_fits, v2
from inference.protocol import tfserving as tfs
from inference.protocol.common import dumps, loads

__all__ = ["RemoteBackend", "RemoteV2Backend", "TFServingBackend", "expected_input", "remote_backend"]

logger = logging.getLogger(__name__)
StatusCallback = Callable[[str], None]
_FLOATS = ("FP32", "FP16", "FP64")
_NO_METADATA = "none (KServe V1)"
"""The platform of the metadata Tepi assumes for a TF Serving endpoint that has no metadata route."""
_WAKING = re.compile(r"not ready|loading|warming up|starting up", re.IGNORECASE)


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
        self.kind = endpoint.kind
        self._session: requests.Session | None = None
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
        data = self._request("POST", self._predict_path(), sent)
        try:
            outputs = self._decode(data, sent)
        except PayloadError as exc:
            raise RemoteProtocolError(
                f"{self._where()} sent an answer Tepi cannot read: {exc}", url=self.endpoint.url
            ) from exc
        if outputs.dtype.kind not in "biuf" or outputs.ndim == 0 or outputs.shape[0] != batch.shape[0]:
            raise RemoteProtocolError(
                f"{self._where()} answered {batch.shape[0]} inputs with output of shape "
                f"{list(outputs.shape)} ({outputs.dtype}), not one row of scores per input.",
                url=self.endpoint.url,
            )
        return outputs.astype(np.float32, copy=False).reshape(batch.shape[0], -1)

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
        if self._session is not None:
            self._session.close()
            self._session = None

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

    def _encode(self, batch: np.ndarray) -> dict[str, Any]:
        raise NotImplementedError

    def _decode(self, body: Any, sent: dict[str, Any]) -> np.ndarray:
        raise NotImplementedError

    def _probe(self) -> bool:
        raise NotImplementedError

    # -- helpers for the hooks -------------------------------------------------------------------
    def _probe_timeout(self) -> tuple[float, float]:
        return (self.endpoint.connect_timeout, min(self.endpoint.read_timeout, 5.0))

    def _probe_get(self, path: str) -> requests.Response:
        """GET a model's readiness path; a refusal raises its ``RemoteError`` (see ``check_ready``)."""
        url = self.endpoint.base + path
        response = self._send("GET", url, None, timeout=self._probe_timeout())
        if response.status_code in (401, 403, 404):
            raise _status_error(response.status_code, response.text, self._where(), url, False, 0.0)
        return response

    def _where(self) -> str:
        return f"The remote endpoint {self.endpoint.host}"

    def _model_text(self) -> str:
        return f"'{self.model}'" + (f" version {self.version}" if self.version else "")

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
            logger.info("The remote model %s at %s %s.", self._model_text(), self.endpoint.host, what)

    def _parse_metadata(self, parse: Callable[[Any], ModelMetadata], body: Any) -> ModelMetadata:
        try:
            meta = parse(body)
        except PayloadError as exc:
            raise RemoteProtocolError(
                f"{self._where()} sent model metadata Tepi cannot read: {exc}", url=self.endpoint.url
            ) from exc
        return meta

    def _check(self, meta: ModelMetadata) -> None:
        """Refuse a remote model that cannot take what this pack's preprocessing makes."""
        name = f"The remote model {self._model_text()} at {self.endpoint.host}"
        if not meta.inputs:  # MLServer and KServe declare nothing unless their operator does
            said = "offers no metadata" if meta.platform == _NO_METADATA else "declares no inputs"
            prepared = _shape_text(self.expected_input) if self.expected_input else "its"
            self._assume(f"{said}; Tepi sends the pack's {prepared} FP32 input unchecked")
            return
        if len(meta.inputs) != 1:
            raise RemoteProtocolError(f"{name} takes {len(meta.inputs)} inputs; Tepi sends one.")
        tensor = meta.inputs[0]
        if tensor.datatype not in _FLOATS:
            raise RemoteProtocolError(
                f"{name} takes {tensor.datatype} input, but Tepi sends preprocessed FP32 values."
            )
        want = self.expected_input
        if want is None:
            return
        batched = len(tensor.shape) == len(want) + 1 or (len(tensor.shape) > 0 and tensor.shape[0] < 0)
        declared = tensor.shape[1:] if batched else tensor.shape
        if not shape_fits(declared, want):
            raise RemoteProtocolError(
                f"{name} takes input of shape {_shape_text(declared)}, "
                f"but this model pack prepares {_shape_text(want)}."
            )

    # -- HTTP --------------------------------------------------------------------------------------
    @property
    def session(self) -> requests.Session:
        if self._session is None:
            self._session = make_session(self.endpoint)
        return self._session

    def _request(self, method: str, path: str, body: Any = None, *, wait: bool = True) -> Any:
        """Send, wait out a cold start within the budget, and return the JSON body or raise."""
        url = self.endpoint.base + path
        budget = self.endpoint.cold_start_s if wait else 0.0
        deadline = time.monotonic() + budget
        delay, told = 0.5, False
        while True:
            response = self._send(method, url, body)
            left = deadline - time.monotonic()
            if not _waking(response) or left <= 0:
                return self._parse(response, url, waited=told)
            if not told:
                told = True
                self._tell(f"{self._where()} is waking up; waiting up to {budget:g} s for it to be ready.")
            time.sleep(min(delay, left))
            delay = min(delay * 2, 4.0)

    def _tell(self, message: str) -> None:
        logger.info("%s", message)
        if self.on_status is not None:
            self.on_status(message)

    def _send(
        self, method: str, url: str, body: Any, timeout: tuple[float, float] | None = None
    ) -> requests.Response:
        timeout = timeout or (self.endpoint.connect_timeout, self.endpoint.read_timeout)
        try:
            if body is None:
                return self.session.request(method, url, timeout=timeout)
            headers = {"Content-Type": "application/json"}
            return self.session.request(method, url, data=dumps(body), headers=headers, timeout=timeout)
        except requests.exceptions.ConnectTimeout as exc:
            raise RemoteTimeout(
                f"{self._where()} could not be reached within {self.endpoint.connect_timeout:g} s.", url=url
            ) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise RemoteTimeout(
                f"{self._where()} did not answer within {self.endpoint.read_timeout:g} s.", url=url
            ) from exc
        except requests.exceptions.SSLError as exc:
            raise RemoteError(self._tls_refusal(url, exc), url=url) from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema) as exc:
            raise UsageError(f"The endpoint URL {url!r} is not a valid URL.") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            reason = _network_reason(exc)
            raise RemoteUnavailable(f"{self._where()} cannot be reached ({reason}).", url=url) from exc
        except requests.exceptions.TooManyRedirects as exc:
            raise RemoteProtocolError(f"{self._where()} redirects too many times.", url=url) from exc
        except requests.RequestException as exc:
            raise RemoteUnavailable(f"{self._where()} failed: {type(exc).__name__}.", url=url) from exc

    def _tls_refusal(self, url: str, exc: BaseException) -> str:
        """One sentence for a certificate Tepi refused, saying what to fix."""
        text = str(exc).lower()
        where = self._where()
        if "mismatch" in text or "doesn't match" in text or "not valid for" in text:
            hostname = urlsplit(url).hostname
            return f"{where}'s TLS certificate is for another host name, not {hostname}; check the URL."
        if "expired" in text:
            return f"{where}'s TLS certificate has expired."
        if "issuer" in text or "self-signed" in text or "self signed" in text or "unknown ca" in text:
            return (
                f"{where}'s TLS certificate is not signed by a certificate authority Tepi trusts; "
                "give its CA bundle."
            )
        return f"{where}'s TLS certificate could not be verified; give its CA bundle or check the URL."

    def _parse(self, response: requests.Response, url: str, *, waited: bool) -> Any:
        status = response.status_code
        if status >= 400:
            raise _status_error(status, response.text, self._where(), url, waited, self.endpoint.cold_start_s)
        try:
            return loads(response.content)
        except ValueError as exc:
            kind = response.headers.get("Content-Type", "no content type")
            message = f"{self._where()} answered with a body that is not JSON ({kind})."
            raise RemoteProtocolError(message, url=url, status_code=status) from exc


def _waking(response: requests.Response) -> bool:
    if response.status_code == 503:
        return True
    if response.status_code < 400 or response.status_code in (401, 403, 404):
        return False
    return bool(_WAKING.search(error_detail(response.text)))


def _status_error(status: int, text: str, where: str, url: str, waited: bool, budget: float) -> TepiError:
    sentence = http_error_sentence(status, text, where=where)
    if status in (401, 403):
        return RemoteAuthError(sentence[:-1] + "; check the token or API key.", url=url, status_code=status)
    if status == 404:
        return RemoteModelNotFound(sentence, url=url, status_code=status)
    if status in (408, 504):
        return RemoteTimeout(sentence, url=url, status_code=status)
    if status == 429 or status >= 500:
        if waited:
            sentence = sentence[:-1] + f" (still not ready after {budget:g} s)."
        return RemoteUnavailable(sentence, url=url, status_code=status)
    return RemoteProtocolError(sentence, url=url, status_code=status)


def _network_reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if "reset" in text or "aborted" in text or "connection broken" in text or "incompleteread" in text:
        return "the connection broke off mid-answer"
    if "name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return "the host name is unknown"
    if "max retries" in text:
        return "no answer after retries"
    return "network error"


class RemoteV2Backend(RemoteBackend):
    """Open Inference Protocol (KServe V2) REST: KServe, Triton, Seldon MLServer, Tepi's server."""

    protocol = "v2"

    def _fetch_metadata(self) -> ModelMetadata:
        body = self._request("GET", v2.model_path(self.model, self.version))
        return self._parse_metadata(v2.decode_metadata, body)

    def _predict_path(self) -> str:
        return self.endpoint.predict_path or v2.infer_path(self.model, self.version)

    def _encode(self, batch: np.ndarray) -> dict[str, Any]:
        return v2.encode_infer_request({self._input_name(): batch}, id=uuid.uuid4().hex[:16])

    def _decode(self, body: Any, sent: dict[str, Any]) -> np.ndarray:
        response = v2.decode_infer_response(body)
        if response.id is not None and response.id != sent["id"]:
            raise PayloadError(f"it echoed request id {response.id!r} instead of {sent['id']!r}")
        return self._output_name(response.outputs)

    def _probe(self) -> bool:
        if self.endpoint.predict_path is not None:
            return self.session.get(self.endpoint.base + "/", timeout=self._probe_timeout()).status_code < 500
        return self._probe_get(v2.model_ready_path(self.model, self.version)).status_code == 200


class TFServingBackend(RemoteBackend):
    """TensorFlow Serving REST; with ``predict_path`` also Vertex AI and SageMaker (``/invocations``)."""

    protocol = "tfserving"

    def _fetch_metadata(self) -> ModelMetadata:
        try:
            body = self._request("GET", tfs.metadata_path(self.model, self.version))
        except RemoteModelNotFound:
            # KServe's V1 protocol has no /metadata route: the model is there if its status answers.
            self._request("GET", tfs.model_path(self.model, self.version))  # 404 again: it is not
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
        timeout = self._probe_timeout()
        if self.endpoint.predict_path is not None:
            return self.session.get(self.endpoint.base + "/", timeout=timeout).status_code < 500
        response = self._probe_get(tfs.model_path(self.model, self.version))
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
        raise UsageError("Name the remote model (--remote-model) for this endpoint.")
    cls = RemoteV2Backend if endpoint.protocol == "v2" else TFServingBackend
    shape = expected_input(pack) if pack is not None else None
    return cls(endpoint, model, version=version, expected_input=shape, on_status=on_status)
