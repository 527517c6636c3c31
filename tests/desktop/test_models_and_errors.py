"""Model switching, model info, error notifications and the exception hook."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import install_handlers, log_file
from desktop.signals import emitter
from desktop.ui.window import Page
from tests.desktop.conftest import ROOT, SAMPLES
from tests.desktop.helpers import drop_paths


def test_a_corrupt_file_gets_one_plain_sentence(qtbot, tepi, truncated_jpeg: Path) -> None:
    assert drop_paths(tepi.window, [truncated_jpeg])
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=10_000)
    banner = tepi.window.notifications.banners[0]
    assert banner.level == "error"
    assert banner.text == "foto.jpg is not an image Tepi can read: the file is cut short."
    assert banner.accessibleName() == banner.text
    assert not QApplication.activeModalWidget()
    banner.close_button.click()
    assert tepi.window.notifications.banners == []


def test_the_same_sentence_in_bahasa_indonesia(qtbot, tepi_factory, truncated_jpeg: Path) -> None:
    tepi = tepi_factory(language="id")
    assert tepi.window.status_line.text() == "Siap · digits 1.0 · local LiteRT"
    drop_paths(tepi.window, [truncated_jpeg])
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=10_000)
    expected = "foto.jpg bukan gambar yang bisa dibaca Tepi: berkasnya terpotong."
    assert tepi.window.notifications.texts() == [expected]


def test_dropping_a_model_offers_to_switch(qtbot, tepi, tmp_path: Path) -> None:
    model = tmp_path / "my-digits.tflite"
    shutil.copy(ROOT / "resources" / "models" / "digits" / "digits.tflite", model)
    assert drop_paths(tepi.window, [model])
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=10_000)
    banner = tepi.window.notifications.banners[0]
    assert banner.text == "my-digits.tflite is a model. Switch to it?"
    assert tepi.engine.status.name == "digits"
    banner.buttons[0].click()
    qtbot.waitUntil(lambda: tepi.engine.status.name == "my-digits", timeout=20_000)
    assert tepi.window.status_line.text().startswith("Ready · my-digits ")
    assert tepi.preferences.settings.model == str(model)
    assert str(model) in tepi.preferences.settings.recent_models
    recent = [a.data() for a in tepi.window.actions.recent_menu.actions() if a.data()]
    assert recent == [str(model)]
    assert not tepi.window.actions.sample.isEnabled()  # a bare model has no bundled samples


def test_bundled_model_menu_switches_models(qtbot, tepi) -> None:
    actions = {a.data(): a for a in tepi.window.actions.models.actions()}
    assert {"digits", "iris"} <= set(actions)
    assert actions["digits"].isChecked()
    actions["iris"].trigger()
    qtbot.waitUntil(lambda: tepi.engine.status.name == "iris", timeout=20_000)
    assert actions["iris"].isChecked()
    assert tepi.window.drop_zone.title.text() == "Drop a CSV file here"
    drop_paths(tepi.window, [SAMPLES / "digit-3.png"])
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=10_000)
    assert tepi.window.notifications.texts() == ["digit-3.png is an image, but iris takes CSV rows."]


def test_a_model_that_cannot_open_keeps_the_current_one(qtbot, tepi, tmp_path: Path) -> None:
    bad = tmp_path / "broken.tflite"
    bad.write_bytes(b"not a flatbuffer at all")
    tepi.engine.load_model(str(bad))
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=20_000)
    assert tepi.window.notifications.texts()[0].startswith("Tepi could not open the model broken.tflite.")
    assert tepi.engine.status.name == "digits"
    assert tepi.window.status_line.text() == "Ready · digits 1.0 · local LiteRT"


def test_a_remembered_model_that_is_gone_falls_back_to_digits(qtbot, tepi_factory, tmp_path: Path) -> None:
    tepi = tepi_factory(model=str(tmp_path / "deleted.tflite"))
    assert tepi.engine.status.name == "digits"
    assert any("deleted.tflite" in t for t in tepi.window.notifications.texts())


def test_model_info_shows_what_the_cli_shows(qtbot, tepi) -> None:
    from inference.cli.info import describe, format_text
    from inference.formats import open_model

    tepi.window.actions.model_info.trigger()
    qtbot.waitUntil(lambda: getattr(tepi.models, "info_dialog", None) is not None, timeout=20_000)
    dialog = tepi.models.info_dialog
    assert dialog.isVisible()
    assert dialog.text == format_text(describe(open_model("digits")))
    assert "digits@1.0" in dialog.windowTitle()
    dialog.close()


def test_an_uncaught_exception_is_logged_and_notified_never_a_dialog(qtbot, tepi) -> None:
    previous = sys.excepthook
    install_handlers(notify=emitter(tepi.notifier.internal_error))
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=5000)
    finally:
        sys.excepthook = previous
    banner = tepi.window.notifications.banners[0]
    assert banner.text.startswith("Something went wrong inside Tepi.")
    assert [b.text() for b in banner.buttons] == ["Open Log Folder"]
    assert QApplication.activeModalWidget() is None
    text = log_file().read_text(encoding="utf-8")
    assert "boom in a slot" in text and "Traceback" in text


def test_clear_history_asks_first(qtbot, tepi) -> None:
    drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    panel = tepi.window.history_panel
    tepi.history.refresh()
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    box = panel.confirm_clear()
    assert isinstance(box, QMessageBox) and box.isVisible()
    QTimer.singleShot(0, box.reject)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    tepi.history.refresh()
    qtbot.wait(200)
    assert panel.page.total == 1
    box = panel.confirm_clear()
    clear = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    clear.click()
    qtbot.waitUntil(lambda: panel.page.all_entries == 0, timeout=10_000)
    assert panel.empty.text().startswith("No predictions yet.")


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_action_has_a_shortcut_an_icon_and_a_name(tepi_factory, language: str) -> None:
    tepi = tepi_factory(language=language)
    for action in tepi.window.actions.all():
        assert not action.shortcut().isEmpty(), action.text()
        assert not action.icon().isNull(), action.text()
        assert action.text()


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
