"""A server that refuses the queue pauses the replay with its sentence; nothing is sent or lost.

Before, the readiness probe took HTTP 401 for "not ready" and the replayer
waited forever without saying why. Both servers run as real processes: Tepi's
reference server with ``--api-key``, and the fault server in ``auth`` mode
(which counts every request, so a refused queue is seen to send no inputs).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing

import pytest

from inference.backends.endpoint import Endpoint
from inference.backends.remote import remote_backend
from inference.errors import RemoteAuthError, RemoteModelNotFound
from inference.formats import open_model
from inference.history import History
from inference.offline import HistorySink, OfflineQueue, Replayer, ReplayReport
from tests.remote.conftest import API_KEY, SAMPLES

DIGITS = sorted(SAMPLES.glob("digit-*.png"))[:3]


def enqueue(queue: OfflineQueue, url: str, **settings: str) -> None:
    endpoint = Endpoint(url, retries=0, cold_start_s=0.0, **settings)  # type: ignore[arg-type]
    for path in DIGITS:
        queue.enqueue(path, input=str(path), model="digits", endpoint=endpoint, reason="unreachable")


class Replaying:
    """``run_forever`` on threads with quick backoff; ``stop()`` joins them (before the queue closes)."""

    def __init__(self) -> None:
        self.running: list[tuple[Replayer, threading.Event, threading.Thread]] = []

    def start(self, replayer: Replayer) -> list[ReplayReport]:
        reports: list[ReplayReport] = []
        stop = threading.Event()
        options = {"idle_s": 0.2, "first_delay_s": 0.2, "max_delay_s": 0.5, "on_report": reports.append}
        thread = threading.Thread(target=replayer.run_forever, args=(stop,), kwargs=options)
        thread.start()
        self.running.append((replayer, stop, thread))
        return reports

    def stop(self) -> None:
        for replayer, stop, thread in self.running:
            stop.set()
            replayer.wake()
            thread.join(10)
            assert not thread.is_alive()
        self.running.clear()


@pytest.fixture
def replaying() -> Iterator[Replaying]:
    threads = Replaying()
    yield threads
    threads.stop()


def wait_for(condition: Callable[[], object], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_the_probe_tells_a_wrong_token_from_not_ready(fault) -> None:
    fault.set("auth", token="s3cret")
    pack = open_model("digits")
    refused = r"HTTP 401 Unauthorized: Not authenticated; check the token"
    with closing(remote_backend(Endpoint(fault.url, token="wrong"), pack)) as backend:
        with pytest.raises(RemoteAuthError, match=refused):
            backend.check_ready()
        assert backend.ready() is False  # ready() still never raises
    with closing(remote_backend(Endpoint(fault.url, token="s3cret"), pack)) as backend:
        assert backend.check_ready() is True
    fault.set("cold", seconds=60)
    with closing(remote_backend(Endpoint(fault.url), pack)) as backend:
        assert backend.check_ready() is False  # 503: not ready yet, worth waiting for


def test_a_wrong_token_pauses_the_replay_with_an_auth_error(reference_server, replaying) -> None:
    with OfflineQueue() as queue, History() as history:
        enqueue(queue, reference_server.url)
        sink = HistorySink(history)
        reports = replaying.start(Replayer(queue, on_result=sink, tokens=lambda e: "not-the-key"))
        wait_for(lambda: reports)
        report = reports[0]
        assert report.refused and isinstance(report.error, RemoteAuthError)
        assert report.error.status_code == 401 and not report.unreachable
        assert report.stopped == str(report.error)
        assert report.stopped.endswith("401 Unauthorized: The API key is wrong; check the token or API key.")
        assert report.completed == 0 and report.remaining == len(DIGITS)
        assert queue.count() == len(DIGITS) and {i.state for i in queue.items()} == {"pending"}
        assert history.count() == 0
        replaying.stop()

        reports = replaying.start(Replayer(queue, on_result=sink, tokens=lambda e: API_KEY))
        wait_for(lambda: queue.count() == 0)
        wait_for(lambda: reports and reports[-1].completed)
        replaying.stop()
        assert history.count() == len(DIGITS) and not reports[-1].refused


def test_a_refused_queue_sends_no_input(fault, replaying) -> None:
    fault.set("auth", token="s3cret")
    with OfflineQueue() as queue:
        enqueue(queue, fault.url)
        reports = replaying.start(Replayer(queue, tokens=lambda e: None))
        wait_for(lambda: len(reports) >= 2)  # backing off, it says so again each time it probes
        replaying.stop()
        assert queue.count() == len(DIGITS)
    assert all(r.refused and "Not authenticated" in (r.stopped or "") for r in reports)
    stats = fault.stats()
    assert stats.get("GET /v2/models/digits/versions/1/ready", 0) >= 2
    assert not [path for path in stats if path.startswith("POST")], stats


def test_a_model_the_server_does_not_serve_is_said_too(reference_server, replaying) -> None:
    with OfflineQueue() as queue:
        enqueue(queue, reference_server.url, model="nope")
        reports = replaying.start(Replayer(queue, tokens=lambda e: API_KEY))
        wait_for(lambda: reports)
        replaying.stop()
        assert queue.count() == len(DIGITS)
    report = reports[0]
    assert isinstance(report.error, RemoteModelNotFound) and not report.refused and not report.unreachable
    assert "HTTP 404 Not Found: Model 'nope' is not served here" in (report.stopped or "")
