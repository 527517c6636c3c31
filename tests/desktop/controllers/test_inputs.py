"""Getting inputs in: drops of files, folders and CSVs, paste, the command line, samples."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from desktop.ui.window import Page
from tests.desktop.conftest import SAMPLES, wait_idle
from tests.desktop.helpers import drag_enter, drop_mime, drop_paths


def test_window_says_ready_with_the_bundled_model(tepi) -> None:
    assert tepi.window.status_line.text() == "Ready · digits 1.0 · local LiteRT"
    assert tepi.window.pages.currentIndex() == Page.EMPTY
    assert tepi.window.drop_zone.sample_button.isEnabled()


def test_dropping_one_image_shows_a_single_result(qtbot, tepi) -> None:
    assert drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    view = tepi.window.result_view
    assert view.label.text() == "7"
    assert view.title.text() == "digit-7.png"
    assert view.preview.has_image()
    assert view.model_input_box.isVisibleTo(view)
    assert view.backend_badge.text() == "local LiteRT"
    assert view.model_badge.text() == "digits 1.0"
    assert view.latency_badge.text().endswith("ms")
    bars = view.bars.items()
    assert len(bars) == 5 and bars[0][0] == "7"
    assert view.confidence.text().endswith("confident")


def test_dropping_several_files_streams_a_batch(qtbot, tepi) -> None:
    files = [SAMPLES / n for n in ("digit-0.png", "digit-3.png", "digit-5.png")]
    assert drop_paths(tepi.window, files)
    wait_idle(qtbot, tepi)
    assert tepi.window.pages.currentIndex() == Page.BATCH
    rows = tepi.window.batch_view.model.rows
    assert [r.outcome.label for r in rows] == ["0", "3", "5"]
    assert all(r.thumbnail is not None and not r.thumbnail.isNull() for r in rows)
    assert not tepi.window.batch_view.progress.isVisible()
    assert "3 predicted" in tepi.window.batch_view.summary_label.text()


def test_dropping_a_folder_walks_it_and_says_what_was_skipped(qtbot, tepi, tmp_path: Path) -> None:
    nested = tmp_path / "photos" / "more"
    nested.mkdir(parents=True)
    shutil.copy(SAMPLES / "digit-8.png", tmp_path / "photos" / "a.png")
    shutil.copy(SAMPLES / "digit-2-photo.jpg", nested / "b.jpg")
    (nested / "notes.txt").write_text("not an image")
    assert drop_paths(tepi.window, [tmp_path / "photos"])
    wait_idle(qtbot, tepi)
    labels = sorted(r.outcome.label for r in tepi.window.batch_view.model.rows)
    assert labels == ["2", "8"]
    assert any("Skipped 1 file that is not an image." in t for t in tepi.window.notifications.texts())


def test_dropping_a_csv_with_the_iris_model(qtbot, tepi_factory, tmp_path: Path) -> None:
    tepi = tepi_factory(model="iris")
    assert tepi.window.status_line.text() == "Ready · iris 1.0 · local LiteRT"
    assert drop_paths(tepi.window, [SAMPLES / "iris.csv"])
    wait_idle(qtbot, tepi)
    view = tepi.window.batch_view
    assert len(view.model.rows) == 12
    assert view.job is not None and view.job.csv_source == SAMPLES / "iris.csv"
    assert view.table.isColumnHidden(0)
    assert view.model.input_name(view.model.rows[2]) == "iris.csv · row 4"  # the header is row 1


def test_a_drag_without_files_is_refused(tepi) -> None:
    mime = QMimeData()
    mime.setText("just some words")
    assert not drag_enter(tepi.window, mime)
    assert not drop_mime(tepi.window, mime)


def test_paste_image_data(qtbot, tepi) -> None:
    image = QImage(str(SAMPLES / "digit-5.png"))
    QGuiApplication.clipboard().setImage(image)
    tepi.window.actions.paste.trigger()
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    assert tepi.window.result_view.label.text() == "5"
    assert tepi.window.result_view.title.text() == "pasted image"


def test_paste_png_bytes_and_copied_file_paths(qtbot, tepi) -> None:
    mime = QMimeData()
    mime.setData("image/png", (SAMPLES / "digit-3.png").read_bytes())
    assert tepi.inputs.take_mime(mime)
    qtbot.waitUntil(lambda: tepi.window.result_view.label.text() == "3", timeout=10_000)
    copied = QMimeData()
    copied.setText(f"{SAMPLES / 'digit-0.png'}\n{SAMPLES / 'digit-8.png'}\n")
    QGuiApplication.clipboard().setMimeData(copied)
    tepi.window.actions.paste.trigger()
    wait_idle(qtbot, tepi)
    assert [r.outcome.label for r in tepi.window.batch_view.model.rows] == ["0", "8"]


def test_paste_with_nothing_useful_says_so(tepi) -> None:
    QGuiApplication.clipboard().setText("hello")
    tepi.window.actions.paste.trigger()
    assert tepi.window.notifications.texts() == ["The clipboard holds no image and no file paths."]


def test_command_line_paths_are_predicted_at_once(qtbot, tepi_factory) -> None:
    tepi = tepi_factory(paths=[str(SAMPLES / "digit-0.png"), str(SAMPLES / "digit-7.png")])
    wait_idle(qtbot, tepi)
    assert [r.outcome.label for r in tepi.window.batch_view.model.rows] == ["0", "7"]


def test_try_a_sample_cycles_through_the_bundled_ones(qtbot, tepi) -> None:
    tepi.window.actions.sample.trigger()
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    first = tepi.window.result_view.title.text()
    tepi.window.actions.sample.trigger()
    qtbot.waitUntil(lambda: tepi.window.result_view.title.text() != first, timeout=10_000)
    assert tepi.window.result_view.title.text().startswith("digit-")


def test_close_result_returns_to_the_drop_zone(qtbot, tepi) -> None:
    drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.pages.currentIndex() == Page.SINGLE, timeout=10_000)
    tepi.window.actions.close_result.trigger()
    assert tepi.window.pages.currentIndex() == Page.EMPTY
    assert not tepi.window.actions.close_result.isEnabled()


def test_file_dialogs_remember_their_folder_and_export_names_come_from_the_input(
    qtbot, tepi_factory, tmp_path: Path
) -> None:
    """Issue 19, item 14: each kind of dialog starts where it was last used, after a restart too; Export
    proposes ``meter-photos-results.csv`` for the folder ``meter-photos``."""
    from tests.desktop.helpers import answer_file_dialog, choose

    photos = tmp_path / "meter-photos"
    photos.mkdir()
    shutil.copy(SAMPLES / "digit-3.png", photos / "a.png")
    shutil.copy(SAMPLES / "digit-7.png", photos / "b.png")
    exports = tmp_path / "exports"
    exports.mkdir()
    tepi = tepi_factory()
    first = answer_file_dialog(qtbot, tepi.inputs.choose_folder, choose(photos))
    assert first["folder"] == str(Path.home())
    wait_idle(qtbot, tepi)
    assert len(tepi.window.batch_view.model.rows) == 2
    shown = answer_file_dialog(
        qtbot, tepi.results.choose_export, choose(exports / "meter-photos-results.csv")
    )
    assert shown["folder"] == str(Path.home())
    assert Path(shown["selected"][0]).name == "meter-photos-results.csv"
    qtbot.waitUntil((exports / "meter-photos-results.csv").exists, timeout=10_000)
    files = answer_file_dialog(qtbot, tepi.inputs.choose_files, lambda dialog: dialog.reject())
    assert files["folder"] == str(Path.home())  # Open Files has a folder of its own
    tepi.window.close()
    again = tepi_factory()
    assert answer_file_dialog(qtbot, again.inputs.choose_folder, lambda d: d.reject())["folder"] == str(
        photos
    )
    assert drop_paths(again.window, [photos / "a.png", photos / "b.png"])
    wait_idle(qtbot, again)
    shown = answer_file_dialog(qtbot, again.results.choose_export, lambda dialog: dialog.reject())
    assert shown["folder"] == str(exports) and Path(shown["selected"][0]).name == "meter-photos-results.csv"
