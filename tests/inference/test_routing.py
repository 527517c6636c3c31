"""Routing rules that need no server: placement, policy choice and the circuit breaker's states."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inference.errors import UsageError
from inference.formats import open_model
from inference.routing import DEFAULT_LOCAL_BUDGET, CircuitBreaker, choose_policy, placement_for


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_placement_comes_from_the_manifest() -> None:
    assert placement_for(open_model("digits")) == "local"
    assert placement_for(open_model("digits-large")) == "remote"


def test_auto_placement_compares_the_model_size_with_the_local_budget() -> None:
    pack = replace(open_model("digits"), placement="auto")
    size = pack.size_bytes
    assert size < DEFAULT_LOCAL_BUDGET
    assert placement_for(pack) == "local"
    assert placement_for(pack, local_budget=size - 1) == "remote"
    assert placement_for(replace(pack, model_files=())) == "remote"


def test_policy_defaults_to_the_placement_and_a_chosen_policy_wins() -> None:
    assert choose_policy(None, "local") == "prefer-local"
    assert choose_policy(None, "remote") == "prefer-remote"
    assert choose_policy("local-only", "remote") == "local-only"
    with pytest.raises(UsageError, match="Unknown policy 'fastest'"):
        choose_policy("fastest", "local")


def test_breaker_opens_after_n_failures_in_a_row_and_probes_once_after_the_cooldown() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=3, cooldown_s=10, clock=clock)
    breaker.failure()
    breaker.failure()
    breaker.success()  # a success in between resets the count
    for _ in range(2):
        breaker.failure()
    assert breaker.state == "closed" and breaker.allow()
    breaker.failure()
    assert breaker.state == "open" and not breaker.allow()
    assert breaker.remaining() == pytest.approx(10)
    clock.now += 10
    assert breaker.state == "half-open"
    assert breaker.allow() is True  # the single probe
    assert breaker.allow() is False  # everyone else waits for it
    breaker.failure()  # the probe failed: open again for a full cooldown
    assert breaker.state == "open" and breaker.remaining() == pytest.approx(10)
    clock.now += 10
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow() and breaker.allow()


def test_a_probe_that_ends_without_an_answer_lets_the_next_caller_probe() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=1, cooldown_s=5, clock=clock)
    breaker.failure()
    clock.now += 5
    assert breaker.allow() and not breaker.allow()
    breaker.release()
    assert breaker.allow()


def test_breaker_settings_are_checked() -> None:
    with pytest.raises(UsageError):
        CircuitBreaker(threshold=0)
