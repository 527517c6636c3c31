"""Timing helpers: interleaved latency samples and throughput, robust to a busy machine.

Candidates are timed in alternating blocks (rotating their order each round),
so a burst of load from another process hits all of them alike and their
ratios stay meaningful even when absolute times drift.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["Timing", "interleaved", "median_rate"]


@dataclass(frozen=True)
class Timing:
    """Latency statistics in milliseconds."""

    p50: float
    p95: float
    mean: float
    runs: int

    @classmethod
    def of(cls, samples_s: list[float]) -> Timing:
        ms = np.asarray(samples_s, dtype=np.float64) * 1000.0
        return cls(
            p50=float(np.percentile(ms, 50)),
            p95=float(np.percentile(ms, 95)),
            mean=float(ms.mean()),
            runs=len(ms),
        )


def interleaved(
    candidates: dict[str, Callable[[], object]], *, runs: int, warmup: int, rounds: int | None = None
) -> dict[str, Timing]:
    """Time each candidate ``runs`` times after ``warmup`` calls, in alternating blocks.

    By default blocks are 10 calls long: short enough that the candidates share
    the machine's moods (thread pools asleep or spinning, a neighbour's burst).
    """
    for fn in candidates.values():
        for _ in range(warmup):
            fn()
    rounds = max(1, min(rounds or runs // 10, runs))
    per_round = math.ceil(runs / rounds)
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].extend(_block(candidates[name], per_round))
    return {name: Timing.of(values[:runs]) for name, values in samples.items()}


def _block(fn: Callable[[], object], count: int) -> list[float]:
    """``count`` timed calls with the garbage collector paused, as ``timeit`` does."""
    clock = time.perf_counter
    out = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(count):
            start = clock()
            fn()
            out.append(clock() - start)
    finally:
        gc.enable()
    return out


def median_rate(candidates: dict[str, Callable[[], int]], *, repeats: int) -> dict[str, float]:
    """Items per second for each candidate (it returns how many it did), median of alternating repeats."""
    rates: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for index in range(max(1, repeats)):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            done = candidates[name]()
            rates[name].append(done / (time.perf_counter() - start))
    return {name: float(np.median(values)) for name, values in rates.items()}
