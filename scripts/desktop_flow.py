"""The path of one dropped image through the window, as a profiler sees it, and what one prediction costs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/desktop_flow.py

Builds the real window (``desktop.app.build``), loads the bundled digits model,
drops ``resources/samples/digit-3.png`` on it and records, with
``sys.setprofile`` on the GUI thread and the inference worker, the chain of
``desktop/`` frames at three moments: the drop reaching ``SerialWorker.submit``,
the worker reaching the core's ``predict_image``, and the result reaching
``ResultView.show_prediction``. A module hop is a step between frames of two
different modules; ``docs/architecture.md`` shows the chain. It also counts the
history queries and the settings, menu and panel work one prediction causes.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = str(ROOT / "desktop")
HISTORY_CALLS = {"search", "count", "labels", "models", "thumbnails", "record_many"}
"""The core's history methods: the queries the History panel makes, and the write."""
GUI_WORK = ("set_recent", "remember_model", "save", "refresh", "_on_engine_model_ready", "set_models")
"""Desktop methods that must not run for every prediction (menus, settings, panels)."""

calls: collections.Counter[str] = collections.Counter()
chains: dict[str, list[str]] = {}


def _where(frame: FrameType) -> str | None:
    name = frame.f_code.co_filename
    if not name.startswith(DESKTOP):
        return None
    module = "desktop" + name[len(DESKTOP) :].removesuffix(".py").replace(os.sep, ".")
    return f"{module}:{frame.f_code.co_qualname}"


def _chain(frame: FrameType | None) -> list[str]:
    found = []
    while frame is not None:
        if where := _where(frame):
            found.append(where)
        frame = frame.f_back
    return found[::-1]


def _profile(frame: FrameType, event: str, arg: object) -> None:
    if event != "call":
        return
    code, where = frame.f_code, _where(frame)
    if where:
        calls[where] += 1
        if where.endswith("ResultView.show_prediction"):
            chains.setdefault("shown", _chain(frame))
        elif where.endswith("SerialWorker.submit") and "drop" not in chains:
            chain = _chain(frame)
            if any("dropEvent" in step for step in chain):
                chains["drop"] = chain
    elif "inference/history" in code.co_filename and code.co_name in HISTORY_CALLS:
        calls[f"History.{code.co_name}"] += 1
    elif code.co_filename.endswith("inference/predictor.py") and code.co_name == "predict_image":
        chains.setdefault("worker", _chain(frame))


def _wait(app, predicate, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        app.processEvents()
        time.sleep(0.005)
        if time.monotonic() > deadline:
            raise SystemExit("timed out")


def _settle(app, seconds: float = 1.0) -> None:
    """Let timers run (the History panel reads again 250 ms after a job)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def measure() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TEPI_HOME"] = tempfile.mkdtemp(prefix="tepi-flow-")
    from PySide6.QtWidgets import QApplication

    from desktop.app import build, start
    from desktop.engine import workers
    from tests.desktop.helpers import drop_paths

    original_run = workers._Loop.run

    def traced_run(loop) -> None:
        sys.setprofile(_profile)
        original_run(loop)

    workers._Loop.run = traced_run  # type: ignore[method-assign]
    app = QApplication.instance() or QApplication([])
    args = argparse.Namespace(language="en", theme=None, verbose=False, paths=[], model=None)
    tepi = build(args, hooks=False)
    tepi.window.show()
    start(tepi, args)
    _wait(app, lambda: tepi.engine.status is not None and not tepi.engine.busy)
    _settle(app)
    calls.clear()
    sys.setprofile(_profile)
    drop_paths(tepi.window, [ROOT / "resources" / "samples" / "digit-3.png"])
    _wait(app, lambda: "shown" in chains and not tepi.engine.busy)
    _settle(app)
    sys.setprofile(None)
    tepi.window.close()
    report()


def report() -> None:
    parts = [(name, chains.get(name, [])) for name in ("drop", "worker", "shown")]
    print("drop -> submit (GUI) | run -> predict (tepi-inference) | report -> shown (GUI):")
    for name, chain in parts:
        print(f"  {name}:")
        print("".join(f"    {step}\n" for step in chain), end="")
    modules = [step.split(":")[0] for _, chain in parts for step in chain]
    hops = sum(1 for a, b in itertools.pairwise(modules) if a != b)
    print(f"frames {len(modules)}, module hops {hops}, modules {len(set(modules))}")
    print("per-prediction work (one dropped image):")
    for key in sorted(calls):
        if key.startswith("History.") or any(key.endswith(f".{name}") for name in GUI_WORK):
            print(f"  {key}: {calls[key]}")


if __name__ == "__main__":
    measure()
