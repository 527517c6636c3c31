"""Explain in the window: the heatmap over the result's picture, kept in the history, a batch row on demand.

Real window, real model (the bundled digits on LiteRT), real worker threads
and a real history database; the overlay is checked where the ink is.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from desktop.ui.window import Page
from inference import resources
from inference.history import DB_NAME, History
from tests.desktop.conftest import SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths


def pixels(image: QImage) -> np.ndarray:
    """A QImage as height × width × 4 (RGBA) bytes."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(bytes(rgba.constBits()), np.uint8)
    return data.reshape(rgba.height(), rgba.bytesPerLine())[:, : rgba.width() * 4].reshape(
        rgba.height(), rgba.width(), 4
    )


def show_one(qtbot, tepi, path: Path) -> None:
    drop_paths(tepi.window, [path])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=20_000)
    wait_idle(qtbot, tepi)


def test_explain_draws_the_heat_over_the_ink_and_keeps_it(qtbot, tepi) -> None:
    view, action = tepi.window.result_view, tepi.window.actions.explain
    assert not action.isEnabled()  # nothing to explain on the drop zone
    show_one(qtbot, tepi, SAMPLES / "digit-3.png")
    assert action.isEnabled() and not view.preview.has_overlay()
    assert action.shortcut().toString() == "Ctrl+Shift+X"
    action.trigger()
    qtbot.waitUntil(view.preview.has_overlay, timeout=20_000)
    assert view.explain_button.isChecked() and view.opacity.isVisible()
    assert view.explain_note.text().startswith("Where the model found “3”: occlusion, 50 passes, ")
    # The heat sits on the ink of the picture shown, not on the paper around it.
    ready = tepi.explain.current
    picture = pixels(view.preview._pixmap.toImage())[..., :3].mean(axis=2)
    heat = pixels(ready.overlay)[..., 3].astype(np.float32)
    assert heat.shape == picture.shape
    assert heat[picture < 128].mean() > 3 * heat[picture >= 128].mean()
    view.opacity.setValue(25)
    assert view.preview.overlay_opacity() == 0.25
    # Off and on again: shown at once, from what is known, without asking the worker.
    action.trigger()
    assert not view.preview.has_overlay() and not view.opacity.isVisible()
    action.trigger()
    assert view.preview.has_overlay() and not tepi.engine.explaining
    # It stays on for the next result, which is explained as it comes; the same picture again is cached.
    show_one(qtbot, tepi, SAMPLES / "digit-7.png")
    qtbot.waitUntil(lambda: view.explain_note.text().startswith("Where the model found “7”"), timeout=20_000)
    show_one(qtbot, tepi, SAMPLES / "digit-3.png")
    qtbot.waitUntil(lambda: view.explain_note.text().startswith("Where the model found “3”"), timeout=20_000)
    assert len(tepi.engine._state.explanations) == 2  # digit-3 once, digit-7 once
    # Each explained result keeps its heatmap in the history, at its thumbnail's size.
    with History(resources.data_dir() / DB_NAME) as history:
        entries = history.search()
        assert [e.label for e in entries] == ["3", "7", "3"]
        for entry in entries:
            method, png = history.explanation(entry.id)
            thumbnail = QImage.fromData(history.thumbnail(entry.id))
            heat = QImage.fromData(png)
            assert method == "occlusion" and heat.size() == thumbnail.size()


def test_a_result_reopened_from_the_history_shows_its_kept_explanation(qtbot, tepi_factory) -> None:
    first = tepi_factory()
    show_one(qtbot, first, SAMPLES / "digit-5.png")
    first.window.actions.explain.trigger()
    qtbot.waitUntil(first.window.result_view.preview.has_overlay, timeout=20_000)
    show_one(qtbot, first, SAMPLES / "digit-0.png")  # explained too: the toggle stays on
    qtbot.waitUntil(lambda: "“0”" in first.window.result_view.explain_note.text(), timeout=20_000)
    first.window.actions.explain.trigger()  # off
    first.window.close()
    second = tepi_factory(model="iris")  # another model: the heatmap comes from the history alone
    panel, view = second.window.history_panel, second.window.result_view
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)
    panel.table.selectRow(panel.proxy.rowCount() - 1)  # the oldest: digit-5
    panel.reopen_selected()
    assert view.label.text() == "5"
    second.window.actions.explain.trigger()
    qtbot.waitUntil(view.preview.has_overlay, timeout=10_000)
    assert view.explain_note.text().startswith("Kept in the history with this result (occlusion).")


def test_a_batch_row_is_explained_on_demand(qtbot, tepi, tmp_path: Path) -> None:
    drop_paths(tepi.window, [SAMPLES / "digit-8.png", SAMPLES / "digit-2-photo.jpg", SAMPLES / "iris.csv"])
    wait_idle(qtbot, tepi)
    batch = tepi.window.batch_view
    assert tepi.window.pages.currentIndex() == Page.BATCH and len(batch.model.rows) == 3
    assert not batch.explainable(next(r for r in batch.model.rows if r.outcome.input.endswith(".csv")))
    photo = next(i for i, row in enumerate(batch.model.rows) if row.outcome.input.endswith(".jpg"))
    assert batch.explainable(batch.model.rows[photo])
    menu = batch.row_menu(batch.proxy.mapFromSource(batch.model.index(photo, 1)))
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Explain").trigger()  # the row's context menu
    view = tepi.window.result_view
    qtbot.waitUntil(view.preview.has_overlay, timeout=20_000)
    assert tepi.window.pages.currentIndex() == Page.SINGLE and view.label.text() == "2"
    assert tepi.window.actions.explain.isChecked()
    with History(resources.data_dir() / DB_NAME) as history:
        assert history.count() == 3  # the row's own entry keeps the explanation: no new entry
        row_entry = batch.model.rows[photo].entry_id
        assert row_entry is not None and history.explanation(row_entry)[0] == "occlusion"


def test_switching_explain_off_at_once_shows_nothing_late(qtbot, tepi) -> None:
    view, action = tepi.window.result_view, tepi.window.actions.explain
    show_one(qtbot, tepi, SAMPLES / "digit-8.png")
    action.trigger()
    action.trigger()  # off before the worker answered: cancelled, and an answer that comes anyway is dropped
    assert not tepi.engine.explaining
    qtbot.wait(500)
    wait_idle(qtbot, tepi)
    assert not view.preview.has_overlay() and not action.isChecked()
    assert view.explain_note.text() == "" or not view.explain_note.isVisible()
