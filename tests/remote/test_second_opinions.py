"""Offline second opinions (policy ``cascade``): the unsure inputs wait in the real queue while the
server is down, and the server's later answers update their history entries (never a second entry),
exactly once, even with a ``kill -9`` of the replaying process in the middle.

The local model is digits; the server's model is its ``[cascade]`` model, digits-large, served by
the real reference server or, where a kill must land mid-replay, by the slow fault server.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inference.backends.endpoint import Endpoint
from inference.history import History
from inference.offline import HistorySink, OfflinePredictor, OfflineQueue, Replayer
from inference.results import Prediction
from inference.session import open_predictor
from tests.remote.conftest import ROOT, _stop, free_port, start_fault_server, start_reference_server

sys.path.insert(0, str(ROOT / "scripts"))
from digit_renders import render_handwritten
from digit_sets import handwritten_splits, sklearn_digits

LARGE = ROOT / "resources" / "models" / "digits-large" / "digits-large.tflite"


@pytest.fixture(scope="module")
def digits(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """120 held-out handwritten digits at 64 px: enough for the local model to be unsure of some."""
    folder = tmp_path_factory.mktemp("second-digits")
    images, labels = sklearn_digits()
    for n, i in enumerate(handwritten_splits()["test"][:120]):
        render_handwritten(images[i], 64).convert("RGB").save(folder / f"{n:03d}-{labels[i]}.png")
    return sorted(folder.iterdir())


def predict_while_down(paths: list[Path], url: str) -> list[Prediction]:
    """Predict under ``cascade`` with the server down, and record history as the window and CLI do."""
    endpoint = Endpoint(url, retries=0, cold_start_s=0.0)
    with OfflineQueue() as queue, History() as history:
        predictor = open_predictor("digits", remote=endpoint, policy="cascade")
        with OfflinePredictor(predictor, queue) as offline:
            outcomes = list(offline.predict_paths(paths))
        history.record_many(outcomes)
    assert all(isinstance(o, Prediction) and o.backend == "local LiteRT" for o in outcomes)
    return outcomes  # type: ignore[return-value]


def entries() -> dict[str, object]:
    with History() as history:
        return {entry.input: entry for entry in history.search()}


def test_unsure_answers_stand_then_the_server_answer_updates_their_entries(
    digits: list[Path], tepi_home: Path, tmp_path: Path
) -> None:
    port = free_port()
    outcomes = predict_while_down(digits, f"http://127.0.0.1:{port}")
    unsure = {o.input: o for o in outcomes if o.unsure}
    assert 0 < len(unsure) < len(outcomes) / 4
    with OfflineQueue() as queue:
        waiting = queue.items()
    assert sorted(item.input for item in waiting) == sorted(unsure)  # one second opinion each
    assert all(
        item.second_of and item.second_of["local"]["label"] == unsure[item.input].label for item in waiting
    )
    before = entries()
    assert len(before) == len(outcomes) and all(before[name].unsure for name in unsure)  # type: ignore[attr-defined]

    server = start_reference_server(tmp_path, "--port", str(port))
    try:
        with OfflineQueue() as queue, History() as history:
            replayer = Replayer(queue, on_result=HistorySink(history))
            try:
                report = replayer.run_once()
            finally:
                replayer.close()
            assert queue.count() == 0
        remote = open_predictor("digits-large", remote=Endpoint(server.url), policy="remote-only")
        with remote:
            truth = {o.input: o.label for o in remote.predict_paths([Path(n) for n in unsure])}
    finally:
        _stop(server.process)

    after = entries()
    assert len(after) == len(before)  # the same rows, none added
    changed = 0
    for name, entry in after.items():
        if name not in unsure:
            assert entry == before[name]  # an answer the local model was sure of is left alone
            continue
        assert entry.id == before[name].id and entry.backend == f"remote v2 127.0.0.1:{port}"  # type: ignore[attr-defined]
        assert entry.label == truth[name]  # type: ignore[attr-defined]
        assert entry.escalated["local"]["label"] == unsure[name].label  # type: ignore[attr-defined]
        assert entry.escalated["reason"]["code"] == "route.escalated"  # type: ignore[attr-defined]
        changed += entry.label != unsure[name].label  # type: ignore[attr-defined]
    assert (report.completed, report.second_opinions, report.changed) == (len(unsure), len(unsure), changed)


def updated_count(home: Path) -> int:
    path = home / "data" / "history.sqlite3"
    with sqlite3.connect(path, timeout=5) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM entries WHERE escalated IS NOT NULL").fetchone()[0])


def test_kill_9_while_second_opinions_replay_loses_none_and_applies_none_twice(
    digits: list[Path], tepi_home: Path
) -> None:
    port = free_port()
    outcomes = predict_while_down(digits, f"http://127.0.0.1:{port}")
    unsure = {o.input for o in outcomes if o.unsure}
    assert len(unsure) >= 3
    server = start_fault_server(tepi_home, port=port, model=LARGE, name="digits-large")
    server.set("slow", delay=0.4)
    env = {**os.environ, "TEPI_HOME": str(tepi_home)}
    command = [sys.executable, "-m", "inference", "queue", "run", "--batch-size", "1"]
    try:
        counts = [0]
        for _ in range(2):
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while (
                updated_count(tepi_home) <= counts[-1]
                and process.poll() is None
                and time.monotonic() < deadline
            ):
                time.sleep(0.005)
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            counts.append(updated_count(tepi_home))
        landed = 0 < counts[-1] < len(unsure)
        assert landed, f"the kills did not land during the replay: {counts} of {len(unsure)}"
        server.set("ok")
        final = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
        assert "second opinion" in final.stderr and "changed the answer." in final.stderr
    finally:
        _stop(server.process)  # type: ignore[arg-type]

    after = entries()
    assert len(after) == len(outcomes)  # no entry added, none lost
    escalated = {name for name, entry in after.items() if entry.escalated}  # type: ignore[attr-defined]
    assert escalated == unsure
    keys = [entry.escalated["second_opinion"] for entry in after.values() if entry.escalated]  # type: ignore[attr-defined]
    assert len(set(keys)) == len(keys) == len(unsure)  # each second opinion applied once, to one entry
    with OfflineQueue() as queue:
        assert queue.count() == 0 and list(queue.blob_dir.iterdir()) == []
