"""The models a server serves: found at start, loaded in the background, looked up per request.

Discovery only reads manifests, so every model's name is known at once and a
request for one that is still loading gets 503 (with ``Retry-After``), not
404. Loading (hash check, backend, a warm-up batch) runs in one background
thread, model after model, so the server answers health probes from the first
second. This module knows nothing about HTTP; it raises ``RequestError`` with
the status the protocols answer.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

from inference.backends import load_local_backend
from inference.errors import ModelError, RequestError, TepiError, UsageError
from inference.modelpack import MANIFEST, ModelPack, load_manifest, verify_hashes
from inference.packs.trust import check_pack
from inference.server.batching import BatchObserver, MicroBatcher
from inference.server.config import ServerConfig
from inference.server.served import ServedModel, served_identity, served_metadata

__all__ = ["ModelRegistry", "ServedModel", "discover_packs"]

logger = logging.getLogger(__name__)
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def discover_packs(models_dir: Path) -> list[ModelPack]:
    """Every pack in ``models_dir`` (or the pack ``models_dir`` itself), manifests only."""
    if not models_dir.is_dir():
        raise UsageError("server.not_folder", path=str(models_dir))
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
        raise UsageError("server.no_packs", path=str(models_dir))
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
            raise RequestError("server.not_served", model=name, served=known, status_code=404)
        if version is not None and version != model.version:
            raise RequestError(
                "server.no_version", model=name, version=version, served=model.version, status_code=404
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
                raise ModelError("model.served_tensors", name=model.name)
        except TepiError as exc:
            model.state, model.error, model.failure = "failed", str(exc), exc.to_json()
            logger.error("model %s could not be loaded: %s", model.name, exc)
            self._on_state(model)
            return
        except Exception as exc:  # a runtime's own error type: keep serving the other models
            model.state, model.error = "failed", f"{type(exc).__name__} while loading"
            model.failure = {"code": "server.load_crashed", "params": {"system_error": type(exc).__name__}}
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
