"""The offline queue in the window: inputs wait while the server is down, replay once it is up, discard.

The server is Tepi's reference server, started as a real process on the
loopback port the settings name, after the inputs were queued.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.conftest import SAMPLES
from tests.desktop.helpers import drop_paths
from tests.desktop.remote.conftest import API_KEY, free_port, start_reference_server, stop_server
from tests.desktop.remote.test_remote_settings import apply

DIGITS = [SAMPLES / "digit-0.png", SAMPLES / "digit-3.png"]


def queue_while_down(qtbot, tepi, paths: list[Path]) -> str:
    """Point the window at a closed port with remote-only, drop ``paths``; returns the URL."""
    url = f"http://127.0.0.1:{free_port()}"
    apply(qtbot, tepi, url, policy="remote-only", auth="bearer", secret=API_KEY)
    drop_paths(tepi.window, paths)
    qtbot.waitUntil(lambda: tepi.window.batch_view.summary is not None, timeout=60_000)
    assert tepi.window.batch_view.summary.queued == len(paths)
    qtbot.waitUntil(lambda: tepi.queue.status_button.count == len(paths), timeout=10_000)
    return url


def press(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_queued_inputs_show_then_complete_once_into_history(
    qtbot, tepi_factory, fast_replay, memory_keyring, tmp_path: Path
) -> None:
    tepi = tepi_factory()
    queue = tepi.queue
    button = queue.status_button
    assert button.isHidden(), "no count while nothing waits"
    url = queue_while_down(qtbot, tepi, DIGITS)
    assert not button.isHidden() and button.text() == "2 waiting for the server"
    button.click()
    assert tepi.queue_dock.isVisible() and tepi.window.actions.view_menu.actions()[-1].isChecked()
    panel = queue.panel
    assert [panel.model.data(panel.model.index(r, panel.model.INPUT)) for r in range(2)] == [
        "digit-0.png", "digit-3.png"
    ]  # fmt: skip
    assert panel.model.data(panel.model.index(0, panel.model.MODEL)) == "digits"
    assert panel.model.data(panel.model.index(0, panel.model.STATUS)) == "Waiting"
    error = panel.model.index(0, panel.model.ERROR)
    assert panel.model.data(error) == "Unreachable: connection refused"
    assert "cannot be reached (connection refused)" in panel.model.data(error, Qt.ItemDataRole.ToolTipRole)
    assert "runs by itself" not in panel.status.text() and "keeps trying" in panel.status.text()
    history = tepi.window.history_panel
    assert history.page.all_entries == 0

    port = url.rsplit(":", 1)[1]
    server = start_reference_server(tmp_path, "--api-key", API_KEY, "--port", port)
    try:
        qtbot.waitUntil(lambda: not queue.items and button.count == 0, timeout=60_000)
        finished = "2 queued inputs finished on the server."
        qtbot.waitUntil(lambda: finished in tepi.window.notifications.texts(), timeout=10_000)
        qtbot.waitUntil(lambda: history.page.all_entries == 2, timeout=10_000)
        entries = sorted(history.page.entries, key=lambda e: e.input)
        assert [(Path(e.input).name, e.label) for e in entries] == [
            ("digit-0.png", "0"), ("digit-3.png", "3")
        ]  # fmt: skip
        assert {e.backend for e in entries} == {f"remote v2 127.0.0.1:{port}"}
        assert button.isHidden() and panel.empty.isVisible()
        queue.retry_now()  # another pass finds nothing: each input is recorded exactly once
        qtbot.wait(800)
        tepi.history.refresh()
        qtbot.waitUntil(lambda: not tepi.history._loading, timeout=5_000)
        assert history.page.all_entries == 2
    finally:
        stop_server(server)


def test_discard_and_clear(qtbot, tepi, fast_replay, memory_keyring) -> None:
    paths = [SAMPLES / "digit-0.png", SAMPLES / "digit-3.png", SAMPLES / "digit-7.png"]
    queue_while_down(qtbot, tepi, paths)
    queue = tepi.queue
    tepi.window.show_panel(tepi.queue_dock, queue.panel.table)
    panel = queue.panel
    assert not panel.discard_action.isEnabled(), "nothing selected yet"
    panel.table.selectRow(1)
    assert panel.discard_action.isEnabled()
    box = panel.confirm_discard()
    assert box.text() == "Discard 1 selected input from the queue?"
    press(box, "Cancel")
    qtbot.wait(300)
    assert queue.status_button.count == 3
    panel.table.selectRow(1)
    press(panel.confirm_discard(), "Discard")
    qtbot.waitUntil(lambda: queue.status_button.count == 2, timeout=10_000)
    assert [Path(i.input).name for i in queue.items] == ["digit-0.png", "digit-7.png"]
    assert "Discarded 1 input." in tepi.window.notifications.texts()

    box = panel.confirm_clear()
    assert box.text() == "Discard all 2 waiting inputs?"
    press(box, "Clear Queue")
    qtbot.waitUntil(lambda: queue.status_button.count == 0, timeout=10_000)
    assert queue.status_button.isHidden() and not panel.empty.isHidden()
    assert panel.status.text() == "Everything has been sent."
    blobs = tepi.queue.handle.get().blob_dir
    assert not any(blobs.iterdir()), "discarded inputs leave no copies behind"


def test_a_refused_token_pauses_the_queue_until_the_settings_fix_it(
    qtbot, tepi_factory, fast_replay, memory_keyring, tmp_path: Path
) -> None:
    tepi = tepi_factory()
    url = f"http://127.0.0.1:{free_port()}"
    apply(qtbot, tepi, url, policy="remote-only", auth="bearer", secret="stale-token")
    drop_paths(tepi.window, DIGITS[:1])
    queue = tepi.queue
    qtbot.waitUntil(lambda: queue.status_button.count == 1, timeout=30_000)
    server = start_reference_server(tmp_path, "--api-key", API_KEY, "--port", url.rsplit(":", 1)[1])
    try:
        panel = queue.panel
        qtbot.waitUntil(lambda: panel.status.text().startswith("Paused:"), timeout=30_000)
        assert "HTTP 401" in panel.status.text() and "token" in panel.status.text()
        assert queue.refused and "refused the credentials" in panel.status.text()
        assert "The API key is wrong" in panel.status.toolTip()  # the server's own sentence
        assert queue.status_button.count == 1, "nothing is lost while the token is wrong"
        apply(qtbot, tepi, url, policy="remote-only", auth="bearer", secret=API_KEY)
        qtbot.waitUntil(lambda: queue.status_button.count == 0, timeout=30_000)
        assert panel.status.text() == "Everything has been sent."
        qtbot.waitUntil(lambda: tepi.window.history_panel.page.all_entries == 1, timeout=10_000)
    finally:
        stop_server(server)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_inputs_for_an_unreachable_endpoint_wait_in_the_queue(qtbot, tepi) -> None:
    from inference.backends.endpoint import Endpoint

    endpoint = Endpoint(url=f"http://127.0.0.1:{_closed_port()}", retries=0, connect_timeout=0.5)
    tepi.engine.set_open_options(remote=endpoint, policy="remote-only")
    tepi.engine.load_model("digits")
    qtbot.waitUntil(lambda: not tepi.engine.loading, timeout=20_000)
    drop_paths(tepi.window, [SAMPLES / "digit-0.png", SAMPLES / "digit-3.png"])
    qtbot.waitUntil(lambda: tepi.window.batch_view.summary is not None, timeout=60_000)
    summary = tepi.window.batch_view.summary
    assert (summary.queued, summary.failed) == (2, 0)
    assert all(r.queued for r in tepi.window.batch_view.model.rows)
    assert tepi.window.batch_view.model.status_text(tepi.window.batch_view.model.rows[0]).startswith("Queued")
    assert "2 waiting in the offline queue" in tepi.window.batch_view.summary_label.text()
    assert any("wait in the offline queue" in t for t in tepi.window.notifications.texts())
    panel = tepi.window.history_panel
    tepi.history.refresh()
    qtbot.wait(300)
    assert panel.page.all_entries == 0, "queued inputs are recorded by the replayer, not now"


def test_with_no_server_set_the_waiting_inputs_run_here(qtbot, tepi_factory, memory_keyring) -> None:
    """Issue 19, item 13: the server turned off while inputs wait: the panel says no server is set,
    Retry Now is off, and Run Here predicts them on this computer, each once, into the History."""
    from tests.desktop.remote.test_remote_settings import open_remote_page

    tepi = tepi_factory()
    queue_while_down(qtbot, tepi, DIGITS)
    panel = tepi.queue.panel
    assert "keeps trying" in panel.status.text() and panel.retry_action.isEnabled()
    dialog, page = open_remote_page(tepi)
    page.endpoint_group.setChecked(False)  # the person turns the server off
    with qtbot.waitSignal(tepi.remote.changed, timeout=15_000):
        dialog.accept()
    assert panel.status.text().startswith("No server is set, so these inputs cannot be sent.")
    assert not panel.retry_action.isEnabled() and panel.run_here_action.isEnabled()
    panel.run_here_action.trigger()
    qtbot.waitUntil(lambda: not tepi.queue.items and tepi.queue.status_button.count == 0, timeout=60_000)
    ran = "2 waiting inputs ran on this computer."
    qtbot.waitUntil(lambda: ran in tepi.window.notifications.texts(), timeout=10_000)
    history = tepi.window.history_panel
    qtbot.waitUntil(lambda: history.page.all_entries == 2, timeout=10_000)
    entries = sorted(history.page.entries, key=lambda e: e.input)
    assert [(Path(e.input).name, e.label, e.backend) for e in entries] == [
        ("digit-0.png", "0", "local LiteRT"), ("digit-3.png", "3", "local LiteRT")
    ]  # fmt: skip
    assert panel.status.text() == "Everything has been sent."
