"""The History panel through the real window: kept across restarts, search, filters, export, off, clear."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.ui.window import Page
from tests.desktop.conftest import SAMPLES, wait_idle
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
