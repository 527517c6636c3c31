"""``Lazy``: one shared resource (the history, the offline queue), opened on first use by any worker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

__all__ = ["Lazy"]


class _Closable(Protocol):
    def close(self) -> None: ...


T = TypeVar("T", bound=_Closable)


class Lazy(Generic[T]):
    """``get()`` opens the resource once (thread-safe); ``close()`` closes it if it was opened."""

    def __init__(self, opener: Callable[[], T]) -> None:
        self._opener = opener
        self._value: T | None = None
        self._lock = threading.Lock()

    @property
    def opened(self) -> bool:
        return self._value is not None

    def get(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._opener()
            return self._value

    def close(self) -> None:
        with self._lock:
            if self._value is not None:
                self._value.close()
                self._value = None
