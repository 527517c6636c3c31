"""Batch rows that waited in the offline queue show the server's answer once the replay finishes them.

The inputs are dropped while nothing listens on the endpoint's port, so they
are queued; then Tepi's reference server starts on that port as a real process,
the background replayer sends them, and the rows of the batch still on screen
change from "Queued" to the label, confidence, backend and latency the server
gave.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.engine.events import BatchRow
from desktop.ui.tables.batch import BatchModel
from inference.results import Failure, Prediction, Queued
from tests.desktop.conftest import SAMPLES
from tests.desktop.remote.conftest import API_KEY, start_reference_server, stop_server
from tests.desktop.remote.test_offline_queue import queue_while_down

DIGITS = [SAMPLES / "digit-0.png", SAMPLES / "digit-3.png"]


def cells(model: BatchModel, row: int) -> dict[str, str]:
    names = ("input", "label", "score", "backend", "latency", "status")
    columns = (model.INPUT, model.LABEL, model.SCORE, model.BACKEND, model.LATENCY, model.STATUS)
    return {name: model.data(model.index(row, column)) for name, column in zip(names, columns, strict=True)}


def test_queued_rows_show_the_servers_answer(
    qtbot, tepi_factory, fast_replay, memory_keyring, tmp_path: Path
) -> None:
    tepi = tepi_factory()
    url = queue_while_down(qtbot, tepi, DIGITS)
    model = tepi.window.batch_view.model
    assert [cells(model, r)["status"] for r in range(2)] == ["Queued", "Queued"]
    assert all(isinstance(r.outcome, Queued) and r.outcome.item_id for r in model.rows)
    assert "2 waiting in the offline queue" in tepi.window.batch_view.summary_label.text()

    port = url.rsplit(":", 1)[1]
    server = start_reference_server(tmp_path, "--api-key", API_KEY, "--port", port)
    try:
        qtbot.waitUntil(lambda: all(row.ok for row in model.rows), timeout=60_000)
    finally:
        stop_server(server)
    shown = sorted((cells(model, r) for r in range(2)), key=lambda c: c["input"])
    assert [(c["input"], c["label"], c["status"]) for c in shown] == [
        ("digit-0.png", "0", "OK"), ("digit-3.png", "3", "OK")
    ]  # fmt: skip
    for row in shown:
        assert row["backend"] == f"remote v2 127.0.0.1:{port}"
        assert row["score"].endswith("%") and row["latency"]
    assert all(isinstance(r.outcome, Prediction) and r.outcome.input_sha256 for r in model.rows)
    summary = tepi.window.batch_view.summary_label.text()
    assert summary.startswith("2 predicted") and "waiting" not in summary
    assert tepi.window.batch_view.proxy.rowCount() == 2


def test_only_the_matching_waiting_row_changes(qtbot) -> None:
    model = BatchModel()
    waiting = [Queued("a.png", None, n) for n in (7, 8)]
    failed = Failure("b.png", None, "b.png is not an image Tepi can read: the file is empty.", "ImageError")
    model.append([BatchRow(i, outcome) for i, outcome in enumerate([*waiting, failed])])
    answer = Prediction("a.png", None, "3", 0.9, (), "remote v2 127.0.0.1:1", "digits", 12.0)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.complete_queued(8, "a.png", None, answer) == 1
    assert changed.args[0].row() == 1 and changed.args[1].column() == model.columnCount() - 1
    assert [row.outcome for row in model.rows] == [waiting[0], answer, failed]
    assert model.complete_queued(8, "a.png", None, answer) == 0  # delivered again after a crash: no change
    assert model.complete_queued(9, "b.png", None, answer) == 0  # a failure is not waiting for anything
    model.append([BatchRow(3, Queued("c.csv", 2, 11))])
    assert model.complete_queued(11, "c.csv", 2, answer) == 1
    assert model.data(model.index(3, model.LABEL), Qt.ItemDataRole.DisplayRole) == "3"
