"""The offline queue's store: copies, order, claims, exactly-once completion, cleanup, the replay lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from inference.backends.endpoint import Endpoint
from inference.errors import QueueError, RemoteAuthError, RemoteUnavailable
from inference.history import History
from inference.offline import HistorySink, OfflineQueue, ReplayLock, outcome_from_json, outcome_to_json
from inference.results import Failure, LabelScore, Prediction
from inference.text import message

EP = Endpoint("http://127.0.0.1:9")
OTHER = Endpoint("http://127.0.0.1:10", protocol="tfserving")


@pytest.fixture
def queue(tmp_path: Path):
    with OfflineQueue(tmp_path / "data" / "queue.sqlite3") as store:
        yield store


def image(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def add(queue: OfflineQueue, source, name: str, endpoint: Endpoint = EP, **kw):
    return queue.enqueue(source, input=name, model="digits", endpoint=endpoint, **kw)


def prediction(name: str) -> Prediction:
    top = (LabelScore("3", 0.9), LabelScore("8", 0.1))
    return Prediction(name, None, "3", 0.9, top, "remote v2 x", "digits@1", 4.2)


def test_the_input_bytes_are_copied_so_the_original_may_go(queue, tmp_path) -> None:
    original = image(tmp_path, "photo.PNG", b"png bytes")
    item = add(queue, original, str(original), reason="down")
    original.unlink()
    assert item.blob.read_bytes() == b"png bytes" and item.blob.parent == queue.blob_dir
    assert item.blob.suffix == ".png" and item.state == "pending" and item.reason == "down"
    assert queue.items() == [item]


def test_equal_inputs_share_one_blob_and_rows_of_a_csv_are_one_copy(queue, tmp_path) -> None:
    csv = image(tmp_path, "t.csv", b"a,b\n1,2\n3,4\n")
    items = queue.enqueue_many([(csv, "t.csv", 1), (csv, "t.csv", 2)], model="iris", endpoint=EP, kind="csv")
    pasted = add(queue, b"a,b\n1,2\n3,4\n", "pasted")
    assert [i.row for i in items] == [1, 2] and items[0].blob == items[1].blob
    assert pasted.sha256 == items[0].sha256
    assert len(list(queue.blob_dir.iterdir())) == 2  # t.csv's copy and the (suffix-less) pasted one


def test_unreadable_source_is_a_queue_error(queue, tmp_path) -> None:
    with pytest.raises(QueueError, match=r"cannot copy missing\.png"):
        add(queue, tmp_path / "missing.png", "missing.png")
    assert queue.count() == 0


def test_claims_take_the_oldest_items_of_one_group_in_order(queue) -> None:
    first = [add(queue, bytes([i]), f"a{i}") for i in range(3)]
    other = add(queue, b"x", "b", OTHER)
    last = add(queue, b"y", "c")
    assert [i.id for i in queue.claim("me", limit=2)] == [first[0].id, first[1].id]
    assert [i.id for i in queue.claim("me")] == [first[2].id]  # stops before the other endpoint
    assert [i.id for i in queue.claim("me")] == [other.id]
    assert [i.id for i in queue.claim("me")] == [last.id]
    assert queue.claim("me") == []
    assert {i.state for i in queue.items()} == {"claimed"} and all(i.attempts == 1 for i in queue.items())


def test_completion_happens_exactly_once_and_only_for_the_claim_holder(queue) -> None:
    item = add(queue, b"1", "one")
    (claimed,) = queue.claim("me")
    assert queue.complete([(claimed, {"input": "one"})], "someone else") == []
    (done,) = queue.complete([(claimed, {"input": "one", "label": "3"})], "me")
    assert done.state == "done" and done.result == {"input": "one", "label": "3"} and done.completed
    assert queue.complete([(claimed, {"input": "one"})], "me") == []
    assert queue.undelivered() == [done] and queue.pending() == []
    queue.ack(done)
    assert queue.count() == 0 and not item.blob.exists()


def test_released_items_stay_first_in_line_with_the_error(queue) -> None:
    items = [add(queue, bytes([i]), f"i{i}") for i in range(2)]
    claimed = queue.claim("me")
    queue.release(claimed, "me", "The remote endpoint cannot be reached.")
    again = queue.claim("me", limit=1)
    assert again[0].id == items[0].id and again[0].attempts == 2
    assert queue.get(items[1].id).last_error == "The remote endpoint cannot be reached."


def test_recover_returns_claims_of_a_dead_replayer_and_removes_stray_blobs(queue) -> None:
    item = add(queue, b"1", "one")
    queue.claim("dead replayer")
    stray = queue.blob_dir / ".half-written.tmp"
    stray.write_bytes(b"x")
    assert queue.recover() == 1
    assert queue.get(item.id).state == "pending" and not stray.exists() and item.blob.exists()


def test_a_shared_blob_goes_with_its_last_item(queue) -> None:
    a, b = add(queue, b"same", "a"), add(queue, b"same", "b")
    claimed = queue.claim("me")
    done = queue.complete([(i, {"input": i.input}) for i in claimed], "me")
    queue.ack(done[0])
    assert a.blob.exists()
    queue.ack(done[1])
    assert not b.blob.exists()


def test_discard_and_clear_leave_items_being_sent_alone(queue) -> None:
    a, b, c = (add(queue, bytes([i]), f"i{i}") for i in range(3))
    queue.claim("me", limit=1)
    assert queue.discard(a.id) is False
    assert queue.discard(b.id) is True and not b.blob.exists()
    assert queue.clear() == 1
    assert [i.id for i in queue.items()] == [a.id] and not c.blob.exists()


def test_one_replayer_at_a_time(queue) -> None:
    first, second = ReplayLock(queue), ReplayLock(queue)
    assert first.acquire() and first.acquire()
    assert second.acquire() is False
    first.release()
    assert second.acquire()
    second.release()


def test_history_sink_records_a_redelivered_item_once(queue, tmp_path) -> None:
    add(queue, b"1", "one.png")
    (claimed,) = queue.claim("me")
    outcome = prediction("one.png")
    (done,) = queue.complete([(claimed, outcome.to_json())], "me")
    with History(tmp_path / "history.sqlite3") as history:
        sink = HistorySink(history)
        sink(done, outcome_from_json(done.result))
        sink(done, outcome_from_json(done.result))  # a crash between record and ack delivers again
        (entry,) = history.search()
    assert entry.created == done.completed and entry.input == "one.png" and entry.label == "3"


def test_outcomes_survive_their_json_round_trip() -> None:
    predicted = prediction("x.png")
    data = predicted.to_json() | {"input_sha256": "ab", "extras": {"id": "7"}}
    again = outcome_from_json(data)
    assert again == Prediction(**{**predicted.__dict__, "latency_ms": 4.2, "input_sha256": "ab"})
    assert again.extras == {"id": "7"}
    failure = Failure("x.png", 2, "bad row", "CsvError")
    assert outcome_from_json(failure.to_json() | {"kind": "CsvError"}) == failure


def test_reasons_and_replay_errors_keep_their_codes(queue) -> None:
    reason = RemoteUnavailable("remote.unreachable", host="h:1", reason=message("remote.reason.refused"))
    item = add(queue, b"1", "one", reason=reason)
    assert (item.reason, item.reason_code) == (str(reason), reason.to_json())
    queue.release(queue.claim("me"), "me", RemoteAuthError("remote.http_auth", host="h:1", http_status="401"))
    again = queue.get(item.id)
    assert again is not None and again.last_error_code == {
        "code": "remote.http_auth", "params": {"host": "h:1", "http_status": "401"}
    }  # fmt: skip
    shown = again.reason_text("id")
    assert shown == "Endpoint jarak jauh h:1 menjawab HTTP 401; periksa token atau kunci API-nya."


def test_a_queue_from_before_codes_opens_and_its_items_replay(tmp_path: Path) -> None:
    import sqlite3

    from inference.offline.items import SCHEMA

    path = tmp_path / "data" / "queue.sqlite3"
    path.parent.mkdir(parents=True)
    (path.parent / "queue").mkdir()
    (path.parent / "queue" / "blob").write_bytes(b"x")
    with sqlite3.connect(path) as old:
        old.executescript(SCHEMA)
        old.execute(
            "INSERT INTO items (created, kind, input, row, blob, sha256, model, endpoint, reason) "
            "VALUES (1, 'image', 'a.png', NULL, 'blob', 'ab', 'digits', ?, ?)",
            (EP.to_json(), "The remote endpoint h:1 cannot be reached (connection refused)."),
        )
    with OfflineQueue(path) as store:
        (item,) = store.items()
    assert item.reason_code is None and item.last_error_code is None
    assert item.reason_text("id") == "Endpoint jarak jauh h:1 tidak dapat dijangkau (sambungan ditolak)."


def test_failures_round_trip_with_their_codes() -> None:
    error = QueueError("queue.copy", name="a.png", system_error="gone")
    failure = Failure.of("a.png", None, error)
    assert outcome_from_json(outcome_to_json(failure)) == failure
    assert outcome_from_json(outcome_to_json(failure)).params == error.params
