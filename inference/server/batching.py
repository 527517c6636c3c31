"""Dynamic micro-batching: concurrent requests for one model share one backend call.

Backends are blocking and run one batch at a time, so each served model owns
one inference thread. Requests enqueue their rows and await a future; the
thread takes the first waiting request, lets others join for at most
``max_delay`` (or until ``max_batch_size`` rows), runs them as one batch and
hands each request its own rows back. With ``max_batch_size`` 1 every request
runs alone, which is how batching is turned off.

The delay counts from the moment the first request was queued, so a request
never waits more than ``max_delay`` for company (and no longer once as many
requests have joined as the previous batch carried), and under load (when it has
already waited while the model ran the previous batch) the batch leaves at
once with whatever is queued. The delay is only spent when there is company
to wait for: other requests queued, or several in the previous batch. A lone
client therefore pays no batching delay.

Nothing here knows about HTTP or asyncio: callers get a
``concurrent.futures.Future`` (the server wraps it with ``asyncio.wrap_future``),
so a cancelled request is skipped rather than computed.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np

from inference.backends.base import Backend
from inference.errors import BackendError, TepiError

__all__ = ["BatchObserver", "MicroBatcher"]

logger = logging.getLogger(__name__)


@dataclass
class BatchObserver:
    """Callbacks for metrics; each defaults to doing nothing."""

    queued: Callable[[int], None] = lambda depth: None
    """Called with the number of waiting requests whenever it changes."""
    batch: Callable[[int, int, float], None] = lambda rows, requests, seconds: None
    """Called after each backend call with its rows, requests and duration."""


@dataclass
class _Item:
    rows: np.ndarray
    future: Future[np.ndarray] = field(default_factory=Future)
    queued_at: float = field(default_factory=time.monotonic)


_STOP = object()


class MicroBatcher:
    """One model's inference thread and the queue in front of it."""

    def __init__(
        self,
        backend: Backend,
        *,
        name: str,
        max_batch_size: int = 32,
        max_delay_s: float = 0.005,
        observer: BatchObserver | None = None,
    ) -> None:
        self.backend = backend
        self.name = name
        self.max_batch_size = max_batch_size
        self.max_delay_s = max_delay_s
        self.observer = observer or BatchObserver()
        self._queue: queue.Queue[_Item | object] = queue.Queue()
        self._depth = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=f"infer-{name}", daemon=True)
        self._stopping = False
        self._last_requests = 1

    def start(self) -> None:
        self._thread.start()

    @property
    def stopping(self) -> bool:
        """True once ``stop`` was called: new requests are refused."""
        return self._stopping

    def submit(self, rows: np.ndarray) -> Future[np.ndarray]:
        """Queue ``rows`` (N × ...) for inference; the future gets the N output rows."""
        if self._stopping:
            raise BackendError("server.shutting_down", model=self.name)
        item = _Item(rows)
        self._count(+1)
        self._queue.put(item)
        return item.future

    def stop(self, timeout: float | None = None) -> None:
        """Finish every queued request, then end the thread."""
        self._stopping = True
        self._queue.put(_STOP)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _count(self, delta: int) -> None:
        with self._lock:
            self._depth += delta
            depth = self._depth
        self.observer.queued(depth)

    def _run(self) -> None:
        carried: _Item | None = None
        while True:
            first = carried if carried is not None else self._queue.get()
            carried = None
            if first is _STOP:
                return
            assert isinstance(first, _Item)
            items, carried, stop = self._collect(first)
            self._run_batch(items)
            if stop:
                if carried is not None:
                    self._run_batch([carried])
                return

    def _collect(self, first: _Item) -> tuple[list[_Item], _Item | None, bool]:
        """Gather requests that arrive within the delay; returns (batch, carried over, stop seen)."""
        self._count(-1)
        items, rows = [first], len(first.rows)
        busy = self._last_requests > 1 or not self._queue.empty()
        # The window opens when the first request arrived, not when the thread got to it:
        # under load it has already waited, so the batch leaves with whatever is queued.
        deadline = first.queued_at + (self.max_delay_s if busy else 0.0)
        while rows < self.max_batch_size:
            # Once as many requests are here as the last batch carried, stop waiting (but still take
            # what is queued): clients that wait for their answers come back together, and waiting
            # out the rest of the window for company that is not coming capped a fast model at one
            # batch per window (digits, 8 clients: about 900 requests/s at 5 ms).
            remaining = deadline - time.monotonic() if len(items) < self._last_requests else 0.0
            try:
                item = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                return items, None, True
            assert isinstance(item, _Item)
            self._count(-1)
            if rows + len(item.rows) > self.max_batch_size or not _stackable(first.rows, item.rows):
                return items, item, False
            items.append(item)
            rows += len(item.rows)
        return items, None, False

    def _run_batch(self, items: list[_Item]) -> None:
        live = [item for item in items if item.future.set_running_or_notify_cancel()]
        self._last_requests = len(items)
        if not live:
            return
        batch = live[0].rows if len(live) == 1 else np.concatenate([item.rows for item in live])
        started = time.perf_counter()
        try:
            outputs = self.backend.predict(batch)
        except TepiError as exc:
            if len(live) > 1:  # one bad request must not fail the others: run them alone
                logger.info("batch of %d failed (%s); running its requests one by one", len(live), exc)
                for item in live:
                    self._run_alone(item)
                return
            live[0].future.set_exception(exc)
            return
        except Exception as exc:  # a runtime bug: report it, keep the thread alive
            logger.exception("model %s failed on a batch of %d rows", self.name, len(batch))
            for item in live:
                item.future.set_exception(exc)
            return
        self.observer.batch(len(batch), len(live), time.perf_counter() - started)
        start = 0
        for item in live:
            end = start + len(item.rows)
            item.future.set_result(outputs[start:end])
            start = end

    def _run_alone(self, item: _Item) -> None:
        started = time.perf_counter()
        try:
            outputs = self.backend.predict(item.rows)
        except Exception as exc:
            if not isinstance(exc, TepiError):
                logger.exception("model %s failed on one request", self.name)
            item.future.set_exception(exc)
            return
        self.observer.batch(len(item.rows), 1, time.perf_counter() - started)
        item.future.set_result(outputs)


def _stackable(a: np.ndarray, b: np.ndarray) -> bool:
    """Rows join one batch only with the same per-row shape (models may take several sizes)."""
    return a.shape[1:] == b.shape[1:] and a.dtype == b.dtype
