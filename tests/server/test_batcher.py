"""``MicroBatcher`` in-process with the real digits LiteRT model: grouping, order, failures, drain.

Expected outputs come from ``digits_reference``, a second interpreter: one LiteRT
interpreter must never run on two threads at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import CancelledError

import numpy as np
import pytest

from inference.backends.litert import LiteRTBackend
from inference.errors import BackendError
from inference.server.batching import BatchObserver, MicroBatcher
from tests.server.conftest import MODELS, digit_batch


@pytest.fixture
def backend() -> Iterator[LiteRTBackend]:
    model = LiteRTBackend(MODELS / "digits" / "digits.tflite", threads=1)
    model.load()
    yield model
    model.close()


def recording_batcher(backend: LiteRTBackend, **kwargs: object) -> tuple[MicroBatcher, list[tuple[int, int]]]:
    batches: list[tuple[int, int]] = []
    observer = BatchObserver(batch=lambda rows, requests, seconds: batches.append((rows, requests)))
    return MicroBatcher(backend, name="digits", observer=observer, **kwargs), batches  # type: ignore[arg-type]


def test_queued_requests_share_batches_up_to_the_limit(backend: LiteRTBackend, digits_reference) -> None:
    batcher, batches = recording_batcher(backend, max_batch_size=4, max_delay_s=0.0)
    inputs = [digit_batch(1, seed=i) for i in range(9)] + [digit_batch(3, seed=99)]
    futures = [batcher.submit(rows) for rows in inputs]  # all queued before the thread starts
    batcher.start()
    for rows, future in zip(inputs, futures, strict=True):
        np.testing.assert_allclose(future.result(10), digits_reference.predict(rows), atol=1e-6)
    batcher.stop(10)
    assert batches == [(4, 4), (4, 4), (4, 2)]  # 9 singles by 4; the last single and the 3-row request


def test_a_request_bigger_than_the_limit_runs_alone(backend: LiteRTBackend, digits_reference) -> None:
    batcher, batches = recording_batcher(backend, max_batch_size=2, max_delay_s=0.0)
    big = digit_batch(5)
    future = batcher.submit(big)
    batcher.start()
    np.testing.assert_allclose(future.result(10), digits_reference.predict(big), atol=1e-6)
    batcher.stop(10)
    assert batches == [(5, 1)]


def test_a_bad_request_fails_alone(backend: LiteRTBackend, digits_reference) -> None:
    batcher, _ = recording_batcher(backend, max_batch_size=8, max_delay_s=0.0)
    good_a, good_b = digit_batch(1, seed=1), digit_batch(2, seed=2)
    wrong = np.zeros((1, 4, 4, 1), np.float32)
    futures = [batcher.submit(good_a), batcher.submit(wrong), batcher.submit(good_b)]
    batcher.start()
    np.testing.assert_allclose(futures[0].result(10), digits_reference.predict(good_a), atol=1e-6)
    with pytest.raises(BackendError):
        futures[1].result(10)
    np.testing.assert_allclose(futures[2].result(10), digits_reference.predict(good_b), atol=1e-6)
    batcher.stop(10)


def test_cancelled_requests_are_skipped(backend: LiteRTBackend, digits_reference) -> None:
    batcher, batches = recording_batcher(backend, max_batch_size=8, max_delay_s=0.0)
    kept, dropped = batcher.submit(digit_batch(1)), batcher.submit(digit_batch(2))
    assert dropped.cancel()
    batcher.start()
    assert kept.result(10).shape == (1, 10)
    with pytest.raises(CancelledError):
        dropped.result(0)
    batcher.stop(10)
    assert batches == [(1, 1)]


def test_stop_drains_the_queue_then_refuses(backend: LiteRTBackend, digits_reference) -> None:
    depths: list[int] = []
    batcher = MicroBatcher(
        backend,
        name="digits",
        max_batch_size=3,
        max_delay_s=0.5,
        observer=BatchObserver(queued=depths.append),
    )
    futures = [batcher.submit(digit_batch(1, seed=i)) for i in range(7)]
    batcher.start()
    batcher.stop(10)
    assert all(f.done() and f.result().shape == (1, 10) for f in futures)
    assert depths[-1] == 0 and max(depths) == 7
    with pytest.raises(BackendError):
        batcher.submit(digit_batch(1))
