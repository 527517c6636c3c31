"""Local and remote backends behind one ``Backend`` interface."""

from __future__ import annotations

import logging
from pathlib import Path

from inference.backends.base import Backend, BackendInfo, TensorInfo
from inference.errors import BackendUnavailable, ModelError

__all__ = ["Backend", "BackendInfo", "TensorInfo", "backend_for_file", "load_local_backend"]

logger = logging.getLogger(__name__)


def backend_for_file(path: Path, *, threads: int | None = None, allow_unsafe: bool = False) -> Backend:
    """The backend class that runs this file (unloaded)."""
    if path.suffix.lower() == ".tflite":
        from inference.backends.litert import LiteRTBackend

        return LiteRTBackend(path, threads=threads)
    if path.suffix.lower() == ".onnx":
        from inference.backends.onnx import OnnxBackend

        return OnnxBackend(path, threads=threads)
    from inference.backends.tensorflow import TensorFlowBackend

    return TensorFlowBackend(path, threads=threads, allow_unsafe=allow_unsafe)


def load_local_backend(
    files: tuple[Path, ...], *, threads: int | None = None, allow_unsafe: bool = False
) -> Backend:
    """Load the first of ``files`` that runs here; later files are fallbacks.

    Raises the first file's error when none loads, so the person hears about
    the model they asked for, not about the last fallback tried.
    """
    if not files:
        raise BackendUnavailable("backend.no_local_copy")
    first_error: Exception | None = None
    for path in files:
        backend = backend_for_file(path, threads=threads, allow_unsafe=allow_unsafe)
        try:
            backend.load()
            return backend
        except BackendUnavailable as exc:
            logger.warning("cannot run %s here: %s", path.name, exc)
            first_error = first_error or exc
        except ModelError:
            if len(files) == 1:
                raise
            first_error = first_error or BackendUnavailable("backend.not_loadable", name=path.name)
    assert first_error is not None
    raise first_error
