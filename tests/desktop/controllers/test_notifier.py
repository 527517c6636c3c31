"""Errors reach the person as one plain sentence in a banner, never a dialog or a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.logs import install_handlers, log_file
from desktop.signals import emitter
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
