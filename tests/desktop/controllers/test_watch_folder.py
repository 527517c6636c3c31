"""File ▸ Watch Folder…: rows stream into the batch table as files arrive, until Cancel.

The real window and the core's watcher on the ``tepi-watch`` worker; files are
written into the folder while the window watches it, the way a camera saves.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.desktop.conftest import SAMPLES, wait_idle


def test_rows_stream_in_as_files_arrive_until_cancel(qtbot, tepi, tmp_path: Path) -> None:
    inbox = tmp_path / "camera"
    inbox.mkdir()
    w = tepi.window
    assert w.actions.watch_folder in w.menuBar().actions()[0].menu().actions()
    job = tepi.inputs.watch_folder(str(inbox))
    assert job is not None and job > 0
    view = w.batch_view
    qtbot.waitUntil(lambda: view.watching and view.running, timeout=10_000)
    assert view.title.text() == f"Watching {inbox}" and w.actions.cancel.isEnabled()
    shutil.copyfile(SAMPLES / "digit-3.png", inbox / "first.png")
    qtbot.waitUntil(lambda: len(view.model.rows) == 1, timeout=30_000)
    shutil.copyfile(SAMPLES / "digit-7.png", inbox / "second.png")
    (inbox / "broken.png").write_bytes(b"not a picture")
    qtbot.waitUntil(lambda: len(view.model.rows) == 3, timeout=30_000)
    outcomes = {Path(r.outcome.input).name: r.outcome for r in view.model.rows}
    assert outcomes["first.png"].label == "3" and outcomes["second.png"].label == "7"
    assert outcomes["broken.png"].error.startswith("broken.png is not an image")
    assert view.model.rows[0].thumbnail is not None
    assert "2 predicted" in view.summary_label.text() and "1 could not be read" in view.summary_label.text()
    w.actions.cancel.trigger()
    wait_idle(qtbot, tepi, timeout=30_000)
    assert view.summary is not None and view.summary.cancelled and not w.actions.cancel.isEnabled()
    assert tepi.engine.history.get().count() == 3  # each result in history, once
    panel = tepi.window.history_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 3, timeout=10_000)  # the panel saw them come


def test_watch_folder_resumes_where_it_stopped(qtbot, tepi, tmp_path: Path) -> None:
    """The same exactly-once state as `tepi watch`: a file seen in one watch is not shown again."""
    inbox = tmp_path / "camera"
    inbox.mkdir()
    shutil.copyfile(SAMPLES / "digit-0.png", inbox / "old.png")
    view = tepi.window.batch_view
    tepi.inputs.watch_folder(str(inbox))
    qtbot.waitUntil(lambda: len(view.model.rows) == 1, timeout=30_000)
    tepi.window.actions.cancel.trigger()
    wait_idle(qtbot, tepi, timeout=30_000)
    shutil.copyfile(SAMPLES / "digit-5.png", inbox / "new.png")
    second = tepi.inputs.watch_folder(str(inbox))
    qtbot.waitUntil(lambda: view.job.job_id == second and len(view.model.rows) == 1, timeout=30_000)
    assert Path(view.model.rows[0].outcome.input).name == "new.png"
    tepi.window.actions.cancel.trigger()
    wait_idle(qtbot, tepi, timeout=30_000)
