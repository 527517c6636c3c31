"""History across restarts and crashes, settings, window state, start-up paths."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop import paths
from desktop.settings.app_settings import AppSettings, read_settings, write_settings
from desktop.settings.store import open_qsettings
from desktop.ui.window import Page
from inference import resources
from inference.history import DB_NAME, History
from tests.desktop.conftest import ROOT, SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths


def test_history_is_kept_across_a_restart_and_reopens(qtbot, tepi_factory, tepi_home: Path) -> None:
    first = tepi_factory()
    drop_paths(first.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: first.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    drop_paths(first.window, [SAMPLES / "digit-0.png", SAMPLES / "digit-3.png"])
    wait_idle(qtbot, first)
    first.window.close()
    second = tepi_factory()
    panel = second.window.history_panel
    qtbot.waitUntil(lambda: panel.page.total == 3, timeout=10_000)
    assert [e.label for e in panel.page.entries] == ["3", "0", "7"]
    assert all(e.has_thumbnail and e.model == "digits@1.0" and e.model_sha256 for e in panel.page.entries)
    assert panel.count_label.text() == "3 entries"
    panel.table.selectRow(panel.proxy.rowCount() - 1)  # the oldest: digit-7
    panel.reopen_selected()
    assert second.window.pages.currentIndex() == Page.SINGLE
    assert second.window.result_view.label.text() == "7"
    assert second.window.result_view.preview.has_image()
    assert "from the history" in second.window.result_view.preview.caption()


def test_history_search_filters_and_export(qtbot, tepi, tmp_path: Path) -> None:
    drop_paths(tepi.window, [SAMPLES / n for n in ("digit-0.png", "digit-5.png", "digit-8.png")])
    wait_idle(qtbot, tepi)
    panel = tepi.window.history_panel
    tepi.history.refresh()
    qtbot.waitUntil(lambda: panel.page.total == 3, timeout=10_000)
    panel.search.setText("digit-5")
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    assert panel.page.entries[0].label == "5"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.page.total == 3, timeout=10_000)
    panel.label_filter.setCurrentIndex(panel.label_filter.findData("8"))
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    target = tmp_path / "history.csv"
    tepi.history.export_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["label"] for r in rows] == ["8"]
    panel.label_filter.setCurrentIndex(0)
    panel.date_filter.setCurrentIndex(1)  # today
    qtbot.waitUntil(lambda: panel.page.total == 3, timeout=10_000)
    panel.table.selectRow(0)
    panel.delete_selected()
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)


def test_history_off_records_nothing(qtbot, tepi) -> None:
    from dataclasses import replace

    tepi.preferences.apply(replace(tepi.preferences.settings, history_enabled=False))
    drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    tepi.history.refresh()
    qtbot.wait(300)
    assert tepi.window.history_panel.page.all_entries == 0
    assert tepi.window.history_panel.empty.text().startswith("History is off.")


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


def test_bad_stored_settings_fall_back_to_defaults(tepi_home: Path) -> None:
    store = open_qsettings()
    store.setValue("inference/top_k", "lots")
    store.setValue("appearance/theme", "purple")
    store.setValue("history/retention_days", -5)
    settings = read_settings(store)
    assert (settings.top_k, settings.theme, settings.retention_days) == (5, "system", 0)
    write_settings(store, settings.with_recent("/models/a.tflite").with_recent("/models/b.tflite"))
    assert read_settings(open_qsettings()).recent_models == ("/models/b.tflite", "/models/a.tflite")


def test_window_geometry_and_splitter_are_restored(qtbot, tepi_factory) -> None:
    first = tepi_factory()
    first.window.resize(760, 640)  # the offscreen screen is 800 px wide
    first.window.result_view.splitter.setSizes([300, 500])
    saved = first.window.result_view.splitter.saveState()
    first.window.close()
    second = tepi_factory()
    assert (second.window.size().width(), second.window.size().height()) == (760, 640)
    assert second.window.result_view.splitter.saveState() == saved


def test_desktop_paths_agree_with_the_core(tepi_home: Path, monkeypatch) -> None:
    assert paths.log_dir() == resources.log_dir()
    assert paths.resource_path("icons") == resources.resource_path("icons")
    monkeypatch.setenv("TEPI_RESOURCES", str(tepi_home / "res"))
    assert paths.resource_path("i18n") == resources.resource_path("i18n")


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, TEPI_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def test_kill_9_mid_batch_keeps_every_recorded_result(tmp_path: Path, many_images: Path) -> None:
    """The real app is killed with SIGKILL while it predicts a folder; the history survives intact."""
    home = tmp_path / "home"
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", str(many_images)],
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = home / "data" / DB_NAME
    seen = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and seen < 40:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                        seen = conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.02)
        assert seen >= 40, "the app recorded nothing within a minute"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    finally:
        app.kill()
        app.wait(10)
    assert app.returncode == -signal.SIGKILL
    with History(db) as store:
        assert store.recovered_from is None
        assert store.integrity_check() == "ok"
        count = store.count()
        assert count >= seen
        assert count <= 200


def test_selftest_predicts_the_samples_and_reports_timings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    outcomes, verdict = lines[:-1], lines[-1]
    assert verdict["event"] == "selftest" and verdict["ok"]
    assert 0 < verdict["window_shown_ms"] <= verdict["model_ready_ms"] <= verdict["first_result_ms"]
    assert {Path(o["input"]).name for o in outcomes} >= {"digit-0.png", "digit-7.png", "iris.csv"}
    for outcome in outcomes:
        assert set(outcome) >= {"input", "row", "label", "score", "top_k", "backend", "model", "latency_ms"}
    assert not (tmp_path / "data" / DB_NAME).exists(), "the self-test must not write the history"


def test_version_and_the_window_shows_before_the_core_loads(tmp_path: Path) -> None:
    from inference import __version__

    version = subprocess.run([sys.executable, "-m", "desktop", "--version"], env=_env(tmp_path),
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert version.stdout.strip() == f"Tepi {__version__}"
    probe = (
        "import argparse, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.app import build\n"
        "w = build(argparse.Namespace(language='en', theme=None, verbose=False), hooks=False).window\n"
        "w.show()\n"
        "print(sorted(m for m in ('inference', 'numpy', 'PIL', 'tensorflow') if m in sys.modules))\n"
        "w.close()\n"
    )
    shown = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), capture_output=True,
                           text=True, timeout=60)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "[]"


def test_changing_threads_reloads_the_model(qtbot, tepi) -> None:
    from dataclasses import replace

    messages: list[str] = []
    tepi.engine.model_loading.connect(messages.append)
    tepi.preferences.apply(replace(tepi.preferences.settings, threads=1))
    assert messages == ["digits"]
    qtbot.waitUntil(lambda: not tepi.engine.loading, timeout=20_000)
    assert tepi.window.status_line.text() == "Ready · digits 1.0 · local LiteRT"
    assert tepi.engine._state.threads == 1


def test_sigterm_closes_the_app_cleanly(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-m", "desktop"], env=_env(tmp_path),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    log = tmp_path / "logs" / "desktop.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log.exists() and "ready on" in log.read_text()):
            time.sleep(0.05)
        app.send_signal(signal.SIGTERM)
        app.wait(30)
    finally:
        app.kill()
    assert app.returncode == 0, app.stderr.read() if app.stderr else ""
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None
    assert stored.value("model/current") == "digits"
