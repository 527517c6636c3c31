"""Per-client rate limiting in the reference server: a flood gets 429 with Retry-After, others go on.

A real ``python -m inference serve --rate-limit 5/s`` on a free loopback port.
Tepi's own client honours ``Retry-After``, so it gets its answer late, not an error.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import numpy as np
import pytest
import requests

from inference.backends.endpoint import Endpoint
from inference.backends.remote import remote_backend
from inference.errors import UsageError
from inference.formats import open_model
from inference.server.ratelimit import MAX_CLIENTS, RateLimiter, parse_rate
from tests.server.conftest import MODELS, Server, start_server, v2_body

RATE = 5


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    served = start_server(MODELS, tmp_path_factory.mktemp("limited"), "--rate-limit", f"{RATE}/s")
    yield served
    served.stop()
    assert "Traceback" not in served.log.read_text()


def test_a_flood_is_answered_429_with_retry_after_and_counted(limited: Server) -> None:
    body = v2_body(np.full((1, 8, 8, 1), 0.5, np.float32))
    statuses = Counter()
    with requests.Session() as session:
        for _ in range(3 * RATE):
            response = session.post(limited.url + "/v2/models/digits/infer", json=body, timeout=10)
            statuses[response.status_code] += 1
            if response.status_code == 429:
                refused = response
    assert statuses[200] >= RATE and statuses[429] >= RATE, statuses
    assert refused.headers["Retry-After"] == "1"
    assert refused.json()["error"] == (
        f"Too many requests: this server answers each client {RATE} requests a second; try again shortly."
    )
    assert requests.get(limited.url + "/v2/health/ready", timeout=10).status_code == 200  # probes never wait
    time.sleep(1.1)  # /metrics is this client's too: its bucket refills first
    metrics = requests.get(limited.url + "/metrics", timeout=10).text
    counted = 'tepi_server_requests_total{code="429",endpoint="infer",protocol="v2"}'
    line = next(x for x in metrics.splitlines() if x.startswith(counted))
    assert float(line.rsplit(" ", 1)[1]) == statuses[429]


def test_tepis_client_waits_out_the_limit_and_gets_its_answers(limited: Server) -> None:
    endpoint = Endpoint(limited.url, retries=3, backoff=0.05, cold_start_s=0.0)
    with remote_backend(endpoint, open_model("digits")) as backend:
        answers = [backend.predict(np.zeros((1, 8, 8, 1), np.float32)) for _ in range(2 * RATE)]
    assert all(a.shape == (1, 10) for a in answers)


def test_buckets_refill_at_the_rate_and_stay_bounded() -> None:
    limiter = RateLimiter(2.0)
    assert [limiter.take("a", now=0.0) for _ in range(3)] == [None, None, 0.5]
    assert limiter.take("a", now=0.5) is None and limiter.take("b", now=0.5) is None
    for n in range(MAX_CLIENTS + 10):
        limiter.take(f"addr:{n}", now=1.0)
    assert len(limiter._buckets) == MAX_CLIENTS
    assert parse_rate("100/s") == 100 and parse_rate("600/min") == 10 and parse_rate("7") == 7
    with pytest.raises(UsageError, match="such as 100/s"):
        parse_rate("fast")
