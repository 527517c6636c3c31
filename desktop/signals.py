"""``emit(signal, *args)``: emit a Qt signal from Python without draining ``True``.

PySide6 6.12 on Python 3.11 returns ``True`` from ``SignalInstance.emit``
without taking a reference to it, so every emit made from Python (directly,
or by connecting to ``some_signal.emit``) lowers the reference count of
``True`` by one. ``True`` is not immortal before Python 3.12: after a few
thousand emits the interpreter aborts with "bool_dealloc: deallocating True".
All desktop code emits through this function, which gives the reference
back, but only where the bug is measured at import (newer PySide6 or
Python 3.12+ need nothing).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["emit", "emitter"]


class _Probe(QObject):
    fired = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    dropped = before - sys.getrefcount(True)
    if dropped > 0:
        _give_back(dropped)
    return dropped >= 8


def _give_back(count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
ctypes.pythonapi.Py_IncRef.restype = None
_COMPENSATE = _emit_drops_true()


def _emit_and_give_back(signal: SignalInstance, *args: Any) -> None:
    signal.emit(*args)
    _give_back()


emit: Callable[..., object] = _emit_and_give_back if _COMPENSATE else SignalInstance.emit
"""``emit(signal, *args)``: ``signal.emit(*args)``, safe to call any number of times from any thread.

Where the bug is absent this is ``SignalInstance.emit`` itself: no Python frame of its own between a
view and the slots it reaches (a traceback or profile goes straight from emitter to slot)."""


def emitter(signal: SignalInstance):
    """A callable that emits ``signal`` (for ``clicked.connect(emitter(self.done))``); ignores arguments."""

    def fire(*_args: Any) -> None:
        emit(signal)

    return fire
