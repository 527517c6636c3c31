"""Replaying the offline queue against a real server: order, history, blocked endpoints, the probe loop."""

from __future__ import annotations

import threading
import time

from inference import open_predictor
from inference.backends.endpoint import Endpoint
from inference.history import History
from inference.offline import HistorySink, OfflinePredictor, OfflineQueue, Replayer, ReplayReport
from inference.results import Queued
from tests.remote.conftest import SAMPLES

DIGITS = sorted(SAMPLES.glob("digit-*.png"))


def queue_while_failing(fault, mode: str = "error500", **options: object) -> list:
    """Predict the digit samples remote-only while the server fails: they all wait in the queue."""
    fault.set(mode, **options)
    endpoint = Endpoint(fault.url, retries=0, cold_start_s=0.0)
    with (
        OfflineQueue() as queue,
        open_predictor("digits", remote=endpoint, policy="remote-only") as predictor,
    ):
        outcomes = list(OfflinePredictor(predictor, queue).predict_paths(DIGITS))
    assert all(isinstance(o, Queued) for o in outcomes)
    return outcomes


def test_replay_sends_each_item_once_in_order_into_history(fault) -> None:
    queue_while_failing(fault)
    fault.set("ok")
    with OfflineQueue() as queue, History() as history:
        replayer = Replayer(queue, on_result=HistorySink(history), batch_size=2)
        report = replayer.run_once()
        replayer.close()
        entries = sorted(history.search(), key=lambda e: e.created)
        assert report == ReplayReport(completed=len(DIGITS), failed=0, remaining=0)
        assert queue.count() == 0 and list(queue.blob_dir.iterdir()) == []
    assert [e.input for e in entries] == [str(p) for p in DIGITS]
    assert [e.label for e in entries] == [p.stem.split("-")[1] for p in DIGITS]
    assert {e.backend for e in entries} == {f"remote v2 127.0.0.1:{fault.port}"}
    assert all(e.input_sha256 for e in entries)
    assert fault.stats()["POST /v2/models/digits/versions/1/infer"] == (len(DIGITS) + 1) // 2


def test_an_unreadable_copy_completes_as_a_failure_without_blocking_the_rest(fault) -> None:
    fault.set("ok")
    endpoint = Endpoint(fault.url)
    with OfflineQueue() as queue:
        queue.enqueue(b"not an image", input="broken.png", model="digits", endpoint=endpoint)
        queue.enqueue(DIGITS[0], input="good.png", model="digits", endpoint=endpoint)
        seen: list = []
        replayer = Replayer(queue, on_result=lambda item, outcome: seen.append(outcome))
        report = replayer.run_once()
        replayer.close()
    assert (report.completed, report.failed, report.remaining) == (2, 1, 0)
    assert seen[0].kind == "ImageError" and "broken.png is not an image" in seen[0].error
    assert seen[1].label == "0"


def test_refused_credentials_stop_the_replay_and_keep_every_item(fault) -> None:
    queue_while_failing(fault)
    fault.set("auth", token="s3cret")
    with OfflineQueue() as queue:
        replayer = Replayer(queue, tokens=lambda endpoint: None)
        report = replayer.run_once()
        replayer.close()
        assert report.completed == 0 and report.remaining == len(DIGITS) and not report.unreachable
        assert "HTTP 401 Unauthorized" in (report.stopped or "")
        assert {i.state for i in queue.items()} == {"pending"}
        assert "check the token" in (queue.items()[0].last_error or "")
        replayer = Replayer(queue, tokens=lambda endpoint: "s3cret")
        assert replayer.run_once().completed == len(DIGITS)
        replayer.close()


def test_unreachable_endpoint_is_reported_as_worth_probing(fault) -> None:
    queue_while_failing(fault)
    with OfflineQueue() as queue:
        replayer = Replayer(queue)
        report = replayer.run_once()
        replayer.close()
    assert report.unreachable and report.remaining == len(DIGITS) and "HTTP 500" in (report.stopped or "")


def test_background_probe_replays_once_the_server_wakes_up(fault) -> None:
    queue_while_failing(fault)
    fault.set("cold", seconds=1.2)
    reports: list[ReplayReport] = []
    stop = threading.Event()
    with OfflineQueue() as queue, History() as history:
        replayer = Replayer(queue, on_result=HistorySink(history))
        worker = threading.Thread(
            target=replayer.run_forever,
            args=(stop,),
            kwargs={"idle_s": 0.2, "first_delay_s": 0.2, "on_report": reports.append},
        )
        worker.start()
        try:
            deadline = time.monotonic() + 15
            while queue.count() and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            stop.set()
            replayer.wake()
            worker.join(10)
        assert not worker.is_alive()
        assert queue.count() == 0 and history.count() == len(DIGITS)
    assert reports and reports[-1].completed == len(DIGITS)
    assert fault.stats()["GET /v2/models/digits/versions/1/ready"] >= 2  # probed while it was waking


def test_a_second_replayer_waits_for_the_first(fault) -> None:
    queue_while_failing(fault)
    with OfflineQueue() as queue:
        first, second = Replayer(queue), Replayer(queue)
        assert first._lock.acquire()
        report = second.run_once()
        first.close()
        second.close()
    assert report.busy and report.remaining == len(DIGITS)


def test_replay_uses_the_queued_protocol(fault) -> None:
    fault.set("error500")
    endpoint = Endpoint(fault.url, protocol="tfserving", retries=0, cold_start_s=0.0)
    with (
        OfflineQueue() as queue,
        open_predictor("digits", remote=endpoint, policy="remote-only") as predictor,
    ):
        (outcome,) = OfflinePredictor(predictor, queue).predict_paths(DIGITS[:1])
    assert isinstance(outcome, Queued)
    fault.set("ok")
    with OfflineQueue() as queue:
        seen: list = []
        replayer = Replayer(queue, on_result=lambda item, result: seen.append(result))
        replayer.run_once()
        replayer.close()
    assert seen[0].backend == f"remote tfserving 127.0.0.1:{fault.port}"
    assert fault.stats()["POST /v1/models/digits/versions/1:predict"] == 1
