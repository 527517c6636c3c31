"""The models a server serves: found at start, loaded in the background, looked up per request.

Discovery only reads manifests, so every model's name is known at once and a
request for one that is still loading gets 503 (with ``Retry-After``), not
404. Loading (hash check, backend, a warm-up batch) runs in one background
thread, model after model, so the server answers health probes from the first
second. This module knows nothing about HTTP; it raises ``RequestError`` with
the status the protocols answer.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from inference.backends import load_local_backend
from inference.backends.base import Backend, BackendInfo
from inference.errors import ModelError, RequestError, TepiError, UsageError
from inference.modelpack import MANIFEST, ModelPack, load_manifest, verify_hashes
from inference.packs.trust import check_pack
from inference.protocol.common import ModelMetadata, TensorMeta
from inference.server.batching import BatchObserver, MicroBatcher
from inference.server.config import ServerConfig

__all__ = ["ModelRegistry", "ServedModel", "discover_packs"]

logger = logging.getLogger(__name__)
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


@dataclass
class ServedModel:
    """One pack as the server exposes it: a name, one version, a state and a batcher."""

    name: str
    version: str
    pack: ModelPack
    state: str = "loading"
    """``loading``, ``ready``, ``failed`` or ``stopped``."""
    error: str | None = None
    backend: Backend | None = None
    info: BackendInfo | None = None
    batcher: MicroBatcher | None = field(default=None, repr=False)
    metadata: ModelMetadata | None = None
    """What clients see: FP32 tensors with a dynamic batch, set once loaded."""

    @property
    def input(self) -> TensorMeta:
        assert self.metadata is not None
        return self.metadata.inputs[0]

    @property
    def output(self) -> TensorMeta:
        assert self.metadata is not None
        return self.metadata.outputs[0]

    def shape_outputs(self, outputs: np.ndarray) -> np.ndarray:
        """Backends give N × k rows; restore the model's own output shape when it is known."""
        dims = self.output.shape[1:]
        if dims and all(d > 0 for d in dims) and int(np.prod(dims)) == outputs[0].size:
            return outputs.reshape(len(outputs), *dims)
        return outputs

    def require_ready(self) -> None:
        """Raise the ``RequestError`` a request meets while the model is not serving."""
        if self.state == "ready":
            return
        if self.state == "loading":
            raise RequestError(f"Model {self.name} is loading; try again in a moment.", status_code=503)
        if self.state == "failed":
            raise RequestError(f"Model {self.name} could not be loaded: {self.error}", status_code=500)
        raise RequestError(f"Model {self.name} is shutting down.", status_code=503)

    async def infer(self, rows: np.ndarray) -> np.ndarray:
        """Run ``rows`` through the model's batcher without blocking the event loop."""
        self.require_ready()
        assert self.batcher is not None
        if self.batcher.stopping:
            raise RequestError(f"Model {self.name} is shutting down.", status_code=503)
        return await asyncio.wrap_future(self.batcher.submit(rows))


def served_identity(pack: ModelPack) -> tuple[str, str]:
    """The name and version clients use: the manifest's ``[remote]`` ones when given."""
    if pack.remote is not None:
        return pack.remote.model, pack.remote.version or pack.version
    return pack.name, pack.version


def served_metadata(
    name: str, version: str, pack: ModelPack, backend: Backend, info: BackendInfo
) -> ModelMetadata:
    """The tensors as served: FP32 in and out (backends quantize themselves), batch dimension -1.

    Runtime tensor names (``serving_default_image:0``, ``StatefulPartitionedCall:0``)
    are trimmed to what a person would call them (``image``; the output kind).
    """
    tensor_in, tensor_out = info.inputs[0], info.outputs[0]
    in_name = _clean_name(tensor_in.name) or "input"
    out_name = _clean_name(tensor_out.name)
    if not out_name or out_name.startswith(("StatefulPartitionedCall", "Identity", "PartitionedCall")):
        out_name = pack.output
    if out_name == in_name:
        out_name = f"{out_name}_output"
    platform = "tensorflow_lite" if "LiteRT" in type(backend).__name__ else "tensorflow"
    return ModelMetadata(
        name=name,
        inputs=(TensorMeta(in_name, "FP32", (-1, *tensor_in.shape[1:])),),
        outputs=(TensorMeta(out_name, "FP32", (-1, *tensor_out.shape[1:])),),
        versions=(version,),
        platform=platform,
    )


def _clean_name(name: str) -> str:
    name = name.split(":")[0]
    return name.removeprefix("serving_default_")


def discover_packs(models_dir: Path) -> list[ModelPack]:
    """Every pack in ``models_dir`` (or the pack ``models_dir`` itself), manifests only."""
    if not models_dir.is_dir():
        raise UsageError(f"{models_dir} is not a folder of model packs.")
    folders = (
        [models_dir]
        if (models_dir / MANIFEST).is_file()
        else sorted(p for p in models_dir.iterdir() if (p / MANIFEST).is_file())
    )
    packs: list[ModelPack] = []
    for folder in folders:
        try:
            pack = load_manifest(folder, verify=False)
        except ModelError as exc:
            logger.error("skipping %s: %s", folder.name, exc)
            continue
        if not pack.model_files:
            logger.warning("skipping %s: it has no model files (it is remote-only)", pack.name)
            continue
        packs.append(pack)
    if not packs:
        raise UsageError(f"{models_dir} holds no model pack with model files (folders with {MANIFEST}).")
    return packs


class ModelRegistry:
    """Served models by name; loads them in a background thread and stops them on shutdown."""

    def __init__(
        self,
        packs: list[ModelPack],
        config: ServerConfig,
        observer: Callable[[str], BatchObserver] | None = None,
        on_state: Callable[[ServedModel], None] | None = None,
    ) -> None:
        self.config = config
        self._observer = observer or (lambda name: BatchObserver())
        self._on_state = on_state or (lambda model: None)
        self.models: dict[str, ServedModel] = {}
        for pack in packs:
            name, version = served_identity(pack)
            if not SAFE_NAME.match(name):
                logger.error("skipping %s: %r is not a usable model name", pack.root.name, name)
                continue
            if name in self.models:
                logger.error("skipping %s: another pack is already served as %s", pack.root.name, name)
                continue
            self.models[name] = ServedModel(name=name, version=version, pack=pack)
        self._stop = threading.Event()
        self._loader: threading.Thread | None = None

    def lookup(self, name: str, version: str | None = None) -> ServedModel:
        """The served model, or a 404 ``RequestError`` naming what is served."""
        model = self.models.get(name)
        if model is None:
            known = ", ".join(sorted(self.models)) or "none"
            raise RequestError(f"Model {name!r} is not served here (served: {known}).", status_code=404)
        if version is not None and version != model.version:
            raise RequestError(
                f"Model {name} has no version {version!r} (served version: {model.version}).",
                status_code=404,
            )
        return model

    @property
    def loading(self) -> bool:
        return any(m.state == "loading" for m in self.models.values())

    def start_loading(self) -> None:
        for model in self.models.values():
            self._on_state(model)
        self._loader = threading.Thread(target=self._load_all, name="model-loader", daemon=True)
        self._loader.start()

    def wait_loaded(self, timeout: float | None = None) -> None:
        if self._loader is not None:
            self._loader.join(timeout)

    def _load_all(self) -> None:
        for model in self.models.values():
            if self._stop.is_set():
                return
            self._load(model)

    def _load(self, model: ServedModel) -> None:
        try:
            model.pack = check_pack(model.pack, self.config.trust)
            verify_hashes(model.pack)
            backend = load_local_backend(model.pack.model_files, threads=self.config.threads)
            info = backend.info()
            if len(info.inputs) != 1 or len(info.outputs) != 1:
                raise ModelError(f"{model.name} must have one input and one output to be served.")
        except TepiError as exc:
            model.state, model.error = "failed", str(exc)
            logger.error("model %s could not be loaded: %s", model.name, exc)
            self._on_state(model)
            return
        except Exception as exc:  # a runtime's own error type: keep serving the other models
            model.state, model.error = "failed", f"{type(exc).__name__} while loading"
            logger.exception("model %s could not be loaded", model.name)
            self._on_state(model)
            return
        model.backend, model.info = backend, info
        model.metadata = served_metadata(model.name, model.version, model.pack, backend, info)
        model.batcher = MicroBatcher(
            backend,
            name=model.name,
            max_batch_size=self.config.max_batch_size,
            max_delay_s=self.config.max_delay_ms / 1000.0,
            observer=self._observer(model.name),
        )
        model.batcher.start()
        model.state = "ready"
        logger.info("model %s version %s is ready (%s)", model.name, model.version, info.runtime)
        self._on_state(model)

    def close(self, timeout: float = 30.0) -> None:
        """Drain every model's queue, then free the backends."""
        self._stop.set()
        for model in self.models.values():
            if model.batcher is not None:
                model.batcher.stop(timeout)
            if model.backend is not None:
                model.backend.close()
            if model.state == "ready":
                model.state = "stopped"
                self._on_state(model)
