"""Opening what the window listed (issue 19, items 2 and 5): a batch row or a History entry as the full
result, and banners that belong to the view they describe."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.tables.batch import BatchModel
from desktop.ui.window import Page
from tests.desktop.conftest import SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths


def _double_click(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, BatchModel.LABEL))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse does
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)  # the row opens from the event loop


def test_a_batch_row_opens_as_the_full_result_and_close_goes_back(qtbot, tepi, tmp_path: Path) -> None:
    """Item 2: double-click, Enter and the row's menu open it (picture, bars, model input, who answered)."""
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    assert drop_paths(tepi.window, [SAMPLES / "digit-3.png", SAMPLES / "digit-7.png", broken])
    wait_idle(qtbot, tepi)
    w, view = tepi.window, tepi.window.result_view
    batch = w.batch_view
    row = next(i for i in range(3) if batch.proxy.index(i, BatchModel.INPUT).data() == "digit-7.png")
    _double_click(qtbot, batch.table, row)
    assert w.pages.currentIndex() == Page.SINGLE and view.label.text() == "7"
    assert view.preview.has_image() and view.bars.isVisibleTo(view)
    assert view.backend_badge.text() == "local LiteRT"
    qtbot.waitUntil(lambda: view.model_input_box.isVisibleTo(view), timeout=10_000)  # read again off the GUI
    w.actions.close_result.trigger()
    assert w.pages.currentIndex() == Page.BATCH  # back to the batch it came from
    batch.table.setFocus()
    batch.table.setCurrentIndex(batch.proxy.index(row, BatchModel.LABEL))
    QTest.keyClick(batch.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.pages.currentIndex() == Page.SINGLE, timeout=2_000)
    assert w.pages.currentIndex() == Page.SINGLE and view.label.text() == "7"
    w.actions.close_result.trigger()
    bad = next(i for i in range(3) if batch.proxy.index(i, BatchModel.INPUT).data() == "broken.png")
    menu = batch.row_menu(batch.proxy.index(bad, BatchModel.LABEL))
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Open").trigger()
    assert w.pages.currentIndex() == Page.SINGLE and view.kicker.text() == "No answer"
    assert view.title.text() == "broken.png" and "broken.png" in view.confidence.text()


def test_a_history_entry_whose_file_is_gone_shows_what_was_kept(qtbot, tepi, tmp_path: Path) -> None:
    """Item 2: a History entry opens like a result; one whose file is gone says so."""
    kept = shutil.copy(SAMPLES / "digit-5.png", tmp_path / "five.png")
    assert drop_paths(tepi.window, [kept])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    wait_idle(qtbot, tepi)
    Path(kept).unlink()
    tepi.window.actions.close_result.trigger()
    panel, view = tepi.window.history_panel, tepi.window.result_view
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=2_000)
    assert tepi.window.pages.currentIndex() == Page.SINGLE and view.label.text() == "5"
    assert view.bars.isVisibleTo(view)
    qtbot.waitUntil(
        lambda: "The file is gone; this is what was kept." in view.preview.caption(), timeout=10_000
    )
    assert view.preview.has_image()  # the thumbnail the history kept


def test_banners_go_with_the_view_they_describe(qtbot, tepi, tmp_path: Path) -> None:
    """Item 5: a batch's failure banner leaves with the batch; a corrupt file's error is not shown above
    the previous picture's answer."""
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    w = tepi.window
    assert drop_paths(w, [SAMPLES / "digit-3.png", broken])
    wait_idle(qtbot, tepi)
    assert any("could not be predicted" in t for t in w.notifications.texts())
    panel = w.history_panel
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)
    panel.table.selectRow(0)
    panel.reopen_selected()
    assert w.pages.currentIndex() == Page.SINGLE
    assert not any("could not be predicted" in t for t in w.notifications.texts())
    w.actions.close_result.trigger()
    assert w.pages.currentIndex() == Page.EMPTY and w.notifications.texts() == []
    assert drop_paths(w, [SAMPLES / "digit-8.png"])
    qtbot.waitUntil(lambda: w.result_view.label.text() == "8", timeout=10_000)
    wait_idle(qtbot, tepi)
    assert drop_paths(w, [broken])
    qtbot.waitUntil(lambda: bool(w.notifications.texts()), timeout=10_000)
    assert w.pages.currentIndex() == Page.EMPTY  # not the 8 above a sentence about another file
    assert w.notifications.texts() == ["broken.png is not an image Tepi can read: the file is damaged."] or (
        "broken.png" in w.notifications.texts()[0]
    )
    assert drop_paths(w, [SAMPLES / "digit-0.png"])
    qtbot.waitUntil(lambda: w.result_view.label.text() == "0", timeout=10_000)
    assert w.notifications.texts() == []
