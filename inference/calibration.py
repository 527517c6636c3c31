"""Honest confidence: temperature scaling, calibration error, and the "not sure" threshold.

A classifier's top score is *calibrated* when, among answers given at 90 %,
about 90 % are right. Networks trained to a low loss are usually
over-confident; dividing the logits by one fitted number, the *temperature*
``T`` (Guo et al., 2017, "On Calibration of Modern Neural Networks"), fixes
most of it without changing any answer:

    probabilities = softmax(logits / T)          T > 1 softens, T < 1 sharpens

``T`` is fitted on labelled examples the model did not train on by
minimising the negative log-likelihood. A pack declares it in its manifest
(``[output] temperature``) and postprocessing applies it to logits, or to the
log of probabilities (the same thing up to a constant per input).

``expected_calibration_error`` is the usual 15-bin ECE: the gap between
confidence and accuracy, averaged over equal-width confidence bins weighted by
how many answers fall in each. ``confidence_threshold`` finds the lowest
confidence above which the answers kept are right often enough (the pack's
``min_confidence``: below it an answer is shown as "not sure").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "Calibration",
    "calibrate",
    "confidence_threshold",
    "expected_calibration_error",
    "fit_temperature",
    "log_scores",
    "scaled_probabilities",
]

ECE_BINS = 15
_TINY = float(np.finfo(np.float32).tiny)
"""A probability of exactly 0 (float32 underflow) stays all but 0 at any temperature."""


def log_scores(outputs: np.ndarray, kind: str) -> np.ndarray:
    """Logits, or the log of probabilities: either way softmax gives the probabilities back."""
    values = np.asarray(outputs, dtype=np.float64)
    return values if kind == "logits" else np.log(np.clip(values, _TINY, None))


def scaled_probabilities(outputs: np.ndarray, kind: str, temperature: float = 1.0) -> np.ndarray:
    """A model's raw outputs as probabilities, with ``temperature`` applied (float32)."""
    if kind != "logits" and temperature == 1.0:
        return np.asarray(outputs, dtype=np.float32)
    scaled = log_scores(outputs, kind) / temperature
    scaled -= scaled.max(axis=-1, keepdims=True)
    exp = np.exp(scaled)
    return (exp / exp.sum(axis=-1, keepdims=True)).astype(np.float32)


def _nll(logs: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    scaled = logs / temperature
    top = scaled.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(scaled - top).sum(axis=1)) + top[:, 0]
    return float(np.mean(log_norm - scaled[np.arange(len(labels)), labels]))


def fit_temperature(logs: np.ndarray, labels: np.ndarray, *, low: float = 0.05, high: float = 20.0) -> float:
    """The temperature that minimises the negative log-likelihood of ``labels``.

    The NLL is convex in 1/T, so a coarse log-spaced scan followed by a
    golden-section search around the best point finds its minimum.
    """
    logs = np.asarray(logs, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    grid = np.geomspace(low, high, 60)
    best = int(np.argmin([_nll(logs, labels, t) for t in grid]))
    a, b = np.log(grid[max(0, best - 1)]), np.log(grid[min(len(grid) - 1, best + 1)])
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(40):
        c, d = b - ratio * (b - a), a + ratio * (b - a)
        if _nll(logs, labels, float(np.exp(c))) < _nll(logs, labels, float(np.exp(d))):
            b = d
        else:
            a = c
    return float(np.exp((a + b) / 2))


def expected_calibration_error(probabilities: np.ndarray, labels: np.ndarray, bins: int = ECE_BINS) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by their counts."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == np.asarray(labels)
    edges = np.linspace(0.0, 1.0, bins + 1)
    # Bins are (low, high]; a confidence of exactly 0 joins the first.
    which = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.sum() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total / max(1, len(labels)))


def confidence_threshold(probabilities: np.ndarray, labels: np.ndarray, precision: float = 0.99) -> float:
    """The lowest confidence at which the answers kept (top score ≥ it) are right ≥ ``precision``.

    Returns 0.0 when every answer may be kept, and 1.0 when no threshold reaches it.
    """
    confidence = np.asarray(probabilities).max(axis=1)
    correct = np.asarray(probabilities).argmax(axis=1) == np.asarray(labels)
    order = np.argsort(-confidence, kind="stable")
    kept_right = np.cumsum(correct[order])
    kept = np.arange(1, len(order) + 1)
    meets = kept_right / kept >= precision
    # A threshold must keep every answer at least as confident: cut only between distinct scores.
    distinct = np.append(confidence[order][1:] < confidence[order][:-1], True)
    usable = np.flatnonzero(meets & distinct)
    if len(usable) == 0:
        return 1.0
    last = int(usable[-1])
    return 0.0 if last == len(order) - 1 else float(confidence[order][last])


@dataclass(frozen=True)
class Calibration:
    """What ``calibrate`` found on a set of labelled examples."""

    temperature: float
    ece_before: float
    ece_after: float
    accuracy: float
    threshold: float
    """Lowest confidence keeping answers ≥ ``precision`` right, after scaling."""
    precision: float
    count: int


def calibrate(
    outputs: np.ndarray, labels: np.ndarray, kind: str, *, current: float = 1.0, precision: float = 0.99
) -> Calibration:
    """Fit a temperature to raw model ``outputs`` and measure the calibration before and after.

    ``current`` is the temperature in use now ("before"); the fit starts from raw outputs.
    """
    logs = log_scores(outputs, kind)
    labels = np.asarray(labels, dtype=np.int64)
    temperature = fit_temperature(logs, labels)
    before = scaled_probabilities(logs, "logits", current)
    after = scaled_probabilities(logs, "logits", temperature)
    return Calibration(
        temperature=temperature,
        ece_before=expected_calibration_error(before, labels),
        ece_after=expected_calibration_error(after, labels),
        accuracy=float(np.mean(after.argmax(1) == labels)),
        threshold=confidence_threshold(after, labels, precision),
        precision=precision,
        count=len(labels),
    )
