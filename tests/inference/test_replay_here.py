"""Waiting inputs run on this computer when no server will answer them (``Replayer(here=True)``)."""

from __future__ import annotations

from pathlib import Path

from inference.backends.endpoint import Endpoint
from inference.history import History
from inference.offline import HistorySink, OfflineQueue, Replayer
from inference.results import Failure

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
GONE = Endpoint("http://127.0.0.1:9")
"""The server the inputs were queued for: nothing listens there."""


def test_waiting_inputs_run_here_once_each_into_the_history(tmp_path: Path) -> None:
    with OfflineQueue(tmp_path / "queue.sqlite3") as queue, History(tmp_path / "history.sqlite3") as history:
        queue.enqueue(SAMPLES / "digit-3.png", input="digit-3.png", model="digits", endpoint=GONE)
        queue.enqueue_many(
            [(SAMPLES / "iris.csv", "iris.csv", 1), (SAMPLES / "iris.csv", "iris.csv", 2)],
            model="iris", endpoint=GONE, kind="csv",
        )  # fmt: skip
        replayer = Replayer(queue, on_result=HistorySink(history), here=True)
        try:
            report = replayer.run_once()
        finally:
            replayer.close()
        assert (report.completed, report.failed, report.remaining, report.stopped) == (3, 0, 0, None)
        entries = sorted(history.search(), key=lambda e: (e.input, e.row or 0))
        assert [(e.input, e.row, e.label, e.backend) for e in entries] == [
            ("digit-3.png", None, "3", "local LiteRT"),
            ("iris.csv", 1, "setosa", "local LiteRT"),
            ("iris.csv", 2, "setosa", "local LiteRT"),
        ]
        assert queue.count() == 0 and not any(queue.blob_dir.iterdir())
        again = Replayer(queue, on_result=HistorySink(history), here=True)
        assert again.run_once().completed == 0
        again.close()
        assert len(history.search()) == 3


def test_a_model_this_computer_cannot_open_keeps_its_inputs_waiting(tmp_path: Path) -> None:
    with OfflineQueue(tmp_path / "queue.sqlite3") as queue:
        gone = str(tmp_path / "deleted.tflite")
        queue.enqueue(SAMPLES / "digit-3.png", input="digit-3.png", model=gone, endpoint=GONE)
        replayer = Replayer(queue, here=True)
        report = replayer.run_once()
        replayer.close()
        assert report.completed == 0 and report.remaining == 1 and report.stopped
        assert "deleted.tflite" in report.stopped
        assert not isinstance(report.error, Failure) and queue.items()[0].state == "pending"
