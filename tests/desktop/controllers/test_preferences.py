"""Settings through the real window: applied, kept, edited as a copy; a threads change reloads the model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.settings.app_settings import AppSettings, read_settings
from desktop.ui.window import Page
from tests.desktop.conftest import SAMPLES
from tests.desktop.helpers import drop_paths


def test_settings_apply_and_persist(qtbot, tepi, tepi_home: Path) -> None:
    from dataclasses import replace

    tepi.preferences.apply(replace(tepi.preferences.settings, top_k=3, retention_days=30, theme="dark"))
    drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    assert len(tepi.window.result_view.bars.items()) == 3
    stored = read_settings(QSettings(str(tepi_home / "settings.ini"), QSettings.Format.IniFormat))
    assert (stored.top_k, stored.retention_days, stored.theme) == (3, 30, "dark")
    tepi.preferences.apply(replace(tepi.preferences.settings, theme="system"))


def test_settings_dialog_edits_a_copy(qtbot) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.top_k.setValue(7)
    dialog.threads.setValue(2)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.history_enabled.setChecked(False)
    assert not dialog.retention.isEnabled()
    edited = dialog.settings()
    assert (edited.top_k, edited.threads, edited.theme, edited.language, edited.history_enabled) == (
        7,
        2,
        "light",
        "id",
        False,
    )
    assert dialog.threads.specialValueText() == "Automatic"


def test_changing_threads_reloads_the_model(qtbot, tepi) -> None:
    from dataclasses import replace

    messages: list[str] = []
    tepi.engine.model_loading.connect(messages.append)
    tepi.preferences.apply(replace(tepi.preferences.settings, threads=1))
    assert messages == ["digits"]
    qtbot.waitUntil(lambda: not tepi.engine.loading, timeout=20_000)
    assert tepi.window.status_line.text() == "Ready · digits 1.0 · local LiteRT"
    assert tepi.engine._state.threads == 1
