"""A ``.tflite`` from outside the bundled packs is opened first in a short-lived child process.

LiteRT parses the flatbuffer in native code, and a crafted file can crash the
process that opens it (``tests/data/crash-litert.tflite`` does: SIGSEGV in
``allocate_tensors``); in the window that would be the whole app and its
unsaved batch. So before a model is opened in-process, a child process loads
it, allocates its tensors and runs one inference on zeros (``LiteRTBackend.load``).
Only when the child ends well is it opened here. A crash, a hang past
``PROBE_TIMEOUT_S`` or memory past ``PROBE_MEMORY_MB`` is one sentence and the
caller keeps running; a file the child merely refused (not a model, two
outputs) is opened here as before, which refuses it with its usual sentence.
A good verdict is remembered by the file's SHA-256 (``model-probes.json`` in the
cache folder), so a model pays the half second once. Bundled packs are not probed.

    python -m inference.backends.litert MODEL.tflite    # the child: exit 0 ok, 1 refused
    tepi --probe-tflite MODEL.tflite                     # the same child in the installed app
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

from inference.errors import ModelFormatError

__all__ = ["FROZEN_FLAG", "PROBE_MEMORY_MB", "PROBE_TIMEOUT_S", "check_in_child"]

logger = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 30.0
PROBE_MEMORY_MB = 2048.0
CACHE_FILE = "model-probes.json"
FROZEN_FLAG = "--probe-tflite"
"""The frozen app has no ``python -m``: its launcher runs the child when given this flag."""
_POLL_S = 0.02


def check_in_child(path: Path, *, timeout_s: float | None = None, memory_mb: float | None = None) -> None:
    """Raise ``ModelFormatError`` when opening ``path`` crashes, hangs or blows up a child process.

    Memory: ``PROBE_MEMORY_MB``, or four times the file for large models (mapped, then copied once).
    """
    if _bundled(path):
        return
    from inference.modelpack import sha256_file

    try:
        digest = sha256_file(path)
        size_mb = path.stat().st_size / 2**20
    except OSError:
        return  # unreadable: the ordinary load says so
    timeout_s = PROBE_TIMEOUT_S if timeout_s is None else timeout_s
    memory_mb = max(PROBE_MEMORY_MB, 4 * size_mb) if memory_mb is None else memory_mb
    if digest in _known_good():
        return
    verdict = _run_child(path, timeout_s, memory_mb)
    logger.info("probe of %s in a child process: %s", path.name, verdict)
    if verdict == "ok":
        _remember(digest)
    elif verdict == "crashed":
        raise ModelFormatError("model.probe_crashed", name=path.name, path=path)
    elif verdict == "hung":
        raise ModelFormatError("model.probe_hung", name=path.name, seconds=timeout_s, path=path)
    elif verdict == "memory":
        raise ModelFormatError("model.probe_memory", name=path.name, mb=memory_mb, path=path)


def _bundled(path: Path) -> bool:
    from inference.resources import resource_path

    try:
        return path.resolve().is_relative_to(resource_path("models").resolve())
    except OSError:
        return False


def _run_child(path: Path, timeout_s: float, memory_mb: float) -> str:
    """``ok``, ``refused``, ``crashed``, ``hung`` or ``memory``."""
    child = subprocess.Popen(
        _child_command(path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_child_env()
    )
    started = time.monotonic()
    try:
        while child.poll() is None:
            if _resident_mb(child.pid) > memory_mb:
                return "memory"
            if time.monotonic() - started > timeout_s:
                return "hung"
            time.sleep(_POLL_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return {0: "ok", 1: "refused"}.get(child.returncode, "crashed")


def _child_command(path: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # the installed app's own executable (build/launcher.py)
        return [sys.executable, FROZEN_FLAG, str(path)]
    return [sys.executable, "-m", "inference.backends.litert", str(path)]


def _child_env() -> dict[str, str]:
    if getattr(sys, "frozen", False):
        return dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}


def _resident_mb(pid: int) -> float:
    """The child's resident memory (Linux; elsewhere only the timeout bounds it)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _cache() -> Path:
    from inference.resources import cache_dir

    return cache_dir() / CACHE_FILE


def _known_good() -> set[str]:
    try:
        return set(json.loads(_cache().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _remember(digest: str) -> None:
    target = _cache()
    known = sorted(_known_good() | {digest})
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        partial.write_text(json.dumps(known), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:  # a read-only cache costs a probe next time, nothing more
        logger.info("cannot remember the probe of a model: %s", exc)
