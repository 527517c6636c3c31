"""The one interface every backend implements, local or remote.

Backends are synchronous and blocking: ``predict`` takes a float32 batch that
is already preprocessed and returns the model's raw float32 outputs, one row
per input. Threads belong to the callers (desktop workers, the server).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Backend", "BackendInfo", "TensorInfo"]


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    """-1 marks a dynamic dimension (usually the batch)."""
    dtype: str
    quantization: tuple[float, int] | None = None
    """(scale, zero point) for quantized tensors."""


@dataclass(frozen=True)
class BackendInfo:
    runtime: str
    """``LiteRT 2.3.0``, ``TensorFlow 2.21.0``, ``remote v2``..."""
    inputs: tuple[TensorInfo, ...]
    outputs: tuple[TensorInfo, ...]
    parameters: int | None = None
    details: dict[str, Any] = field(default_factory=dict)


class Backend(ABC):
    """Runs one model. ``load`` before ``predict``; ``close`` frees it."""

    kind: str = "backend"
    """Who answered, as shown to people: ``local LiteRT``, ``remote v2 host:port``."""

    @abstractmethod
    def load(self) -> None:
        """Load the model; raise ``ModelError`` or ``BackendUnavailable``."""

    @abstractmethod
    def predict(self, batch: np.ndarray) -> np.ndarray:
        """Raw outputs (N × classes, float32) for a preprocessed batch (N × ...)."""

    @abstractmethod
    def info(self) -> BackendInfo:
        """What the loaded model takes and gives."""

    def close(self) -> None:  # noqa: B027  # optional hook, not abstract
        """Free the model; the default has nothing to free."""

    def __enter__(self) -> Backend:
        self.load()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def input_shape(info: BackendInfo) -> tuple[int, ...]:
    """The first input's shape without the batch dimension."""
    return tuple(info.inputs[0].shape[1:])


def as_batch(batch: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(batch, dtype=np.float32)
