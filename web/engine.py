"""Predictors for the page: one per model, shared by every browser session, and safe to share.

Streamlit runs each session's script in its own thread, and ``st.cache_resource``
hands every session the same object. A ``Predictor`` decodes and preprocesses in
the calling thread (that part shares nothing), but a runtime interpreter is not
safe to call from two threads at once, so ``SharedModel`` puts the one call that
reaches a backend (``Router.run``) behind a lock: sessions decode in parallel and
take turns only for inference, one batch at a time.

Uploaded files are written to a folder of the session (``Workspace``) so the
core reads them exactly as it reads files on a laptop; the folder, and any
model uploaded in the session, is deleted when the session ends.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.endpoint import Endpoint
from inference.formats import open_model
from inference.images import LoadedImage
from inference.modelpack import ModelPack
from inference.predictor import Predictor
from inference.results import Outcome, Prediction
from inference.routing import Answer
from inference.session import open_predictor

__all__ = ["TOP_K", "SharedModel", "Upload", "Workspace", "status_to"]

TOP_K = 5
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")
_listener = threading.local()


@contextmanager
def status_to(show: Callable[[str], None]) -> Iterator[None]:
    """Send status sentences ("the server is waking up") raised in this thread to ``show``.

    The shared predictor is built once, but the remote backend speaks while one
    session waits for it, in that session's thread: this routes the sentence there.
    """
    _listener.show = show
    try:
        yield
    finally:
        _listener.show = None


def _relay_status(text: str) -> None:
    show = getattr(_listener, "show", None)
    if show is not None:
        show(text)


@dataclass(frozen=True)
class Upload:
    """One file the browser sent: its name as the person sees it, and its bytes."""

    name: str
    data: bytes


class _SerialRouter:
    """A router whose ``run`` takes a lock: one backend call at a time, whichever session asks."""

    def __init__(self, router: Any) -> None:
        self._router = router
        self._lock = threading.Lock()

    def run(self, batch: np.ndarray) -> Answer:
        with self._lock:
            return self._router.run(batch)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._router, name)


class SharedModel:
    """A predictor that any number of sessions may use at the same time."""

    def __init__(self, predictor: Predictor) -> None:
        predictor.router = _SerialRouter(predictor.router)  # type: ignore[assignment]
        self.predictor = predictor

    @classmethod
    def open(
        cls,
        model: str | Path | ModelPack,
        *,
        remote: Endpoint | None = None,
        policy: str | None = None,
    ) -> SharedModel:
        """Load ``model`` as the CLI would (hashes, safe mode); inputs are never queued here."""
        predictor = open_predictor(model, top_k=TOP_K, remote=remote, policy=policy, on_status=_relay_status)
        return cls(predictor)

    @property
    def pack(self) -> ModelPack:
        return self.predictor.pack

    @property
    def backend_kind(self) -> str:
        return self.predictor.backend_kind

    def predict_image(self, upload: Upload) -> tuple[Prediction, LoadedImage]:
        """One image from its bytes; raises the core's ``TepiError``."""
        return self.predictor.predict_image(upload.data, name=upload.name)

    def predict_files(self, workspace: Workspace, uploads: Iterable[Upload]) -> Iterator[Outcome]:
        """Many images, or CSV files row by row, as they finish; a bad file fails alone.

        Outcomes carry the name the person uploaded, not the session folder's path; the
        copies in the session folder are removed once the batch is done (or abandoned).
        """
        saved = workspace.save(uploads)
        names = {str(path): upload.name for path, upload in saved}
        try:
            for outcome in self.predictor.predict_paths([path for path, _ in saved]):
                yield _renamed(outcome, names.get(outcome.input, Path(outcome.input).name))
        finally:
            for path, _ in saved:
                shutil.rmtree(path.parent, ignore_errors=True)

    def close(self) -> None:
        self.predictor.close()


def _renamed(outcome: Outcome, name: str) -> Outcome:
    return replace(outcome, input=name)


class Workspace:
    """A session's own folder for uploaded inputs and models; removed with the session."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="tepi-web-")
        self.root = Path(self._folder.name)
        self._count = 0
        self._lock = threading.Lock()

    def save(self, uploads: Iterable[Upload]) -> list[tuple[Path, Upload]]:
        """Write each upload under a folder of its own (names may repeat across folders)."""
        saved = []
        for upload in uploads:
            with self._lock:
                self._count += 1
                folder = self.root / "inputs" / str(self._count)
            folder.mkdir(parents=True)
            path = folder / safe_name(upload.name)
            path.write_bytes(upload.data)
            saved.append((path, upload))
        return saved

    def open_model(self, upload: Upload) -> ModelPack:
        """Check an uploaded model exactly as the CLI checks a path (zips unpacked in this folder)."""
        [(path, _)] = self.save([upload])
        return open_model(path, unpack_to=self.root / "models")

    def close(self) -> None:
        self._folder.cleanup()


def safe_name(name: str) -> str:
    """The last part of an uploaded name, without characters a file system may refuse."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:120] or "upload"
