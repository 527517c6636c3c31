"""The batch table as a new user reads it (issue 19, items 1, 3, 4 and 15): reasons in the Status
column, columns as wide as their contents, each input's own time, names and numbers that read right."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication

from desktop.ui.tables.base import CELL_PADDING
from desktop.ui.tables.batch import BatchModel
from tests.desktop.conftest import SAMPLES, digit_image, wait_idle
from tests.desktop.helpers import drop_paths

HEADER = "sepal_length,sepal_width,petal_length,petal_width"


def _row(view, name: str):
    return next(i for i, row in enumerate(view.model.rows) if view.model.input_name(row).startswith(name))


def _fits(table, column: int, text: str) -> bool:
    """Whether ``text`` shows whole in ``column`` (its width holds the text and the cell's margins)."""
    return QFontMetrics(table.font()).horizontalAdvance(text) + CELL_PADDING // 2 <= table.columnWidth(column)


def test_a_failed_rows_reason_is_in_the_status_column_without_its_name(qtbot, tepi_factory, tmp_path) -> None:
    """Item 1: the Status cell says why (not the file name again); tooltip and export keep the sentence."""
    tepi = tepi_factory(model="iris")
    tepi.window.resize(1180, 760)
    missing = tmp_path / "iris_missing_col.csv"
    missing.write_text("sepal_length,sepal_width,petal_length\n5.1,3.5,1.4\n", encoding="utf-8")
    assert drop_paths(tepi.window, [missing, SAMPLES / "iris.csv"])
    wait_idle(qtbot, tepi)
    view = tepi.window.batch_view
    failed = view.proxy.mapFromSource(view.model.index(_row(view, "iris_missing_col.csv"), BatchModel.STATUS))
    shown = failed.data()
    tooltip = failed.data(Qt.ItemDataRole.ToolTipRole)
    assert shown == "Missing the column petal_width (row 1 is the header)."
    assert tooltip == "iris_missing_col.csv is missing the column petal_width (row 1 is the header)."
    # Beside the History panel at 1180 px the reason wraps onto a second line, then ends in "…": what
    # it is missing shows whole within the row.
    assert view.table.wordWrap() and view.table.textElideMode() == Qt.TextElideMode.ElideRight
    room = QRect(0, 0, view.table.columnWidth(BatchModel.STATUS) - CELL_PADDING - 24, 10_000)  # less the icon
    needed = QFontMetrics(view.table.font()).boundingRect(
        room, Qt.TextFlag.TextWordWrap, "Missing the column petal_width"
    )
    assert needed.height() <= view.table.rowHeight(failed.row()), (needed, room)
    assert view.table.horizontalScrollBar().maximum() == 0  # every column on screen
    target = tmp_path / "out.csv"
    tepi.results.export_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    errors = [r["error"] for r in csv.DictReader(target.open(encoding="utf-8")) if r["error"]]
    assert errors == [tooltip]


def test_columns_fit_their_contents_in_both_languages(qtbot, tepi_factory) -> None:
    """Item 3: labels and headers are not elided while there is room (the Indonesian 'Waktu (ms)' too)."""
    for language in ("en", "id"):
        tepi = tepi_factory(model="iris", language=language)
        tepi.window.resize(1180, 760)
        assert drop_paths(tepi.window, [SAMPLES / "iris.csv"])
        wait_idle(qtbot, tepi)
        table, model = tepi.window.batch_view.table, tepi.window.batch_view.model
        header = table.horizontalHeader()
        for column in (BatchModel.INPUT, BatchModel.LABEL, BatchModel.BACKEND, BatchModel.LATENCY):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), model.headerData(
                column, Qt.Orientation.Horizontal
            )
        for label in ("versicolor", "virginica", "setosa"):
            assert _fits(table, BatchModel.LABEL, label), language
        history = tepi.window.history_panel
        qtbot.waitUntil(lambda history=history: history.page.total >= 12, timeout=10_000)
        assert _fits(history.table, history.model.LABEL, "versicolor")
        tepi.window.close()


def test_each_row_has_its_own_time_and_the_summary_the_throughput(qtbot, tepi, tmp_path: Path) -> None:
    """Item 4: a 6000 × 4000 photo takes longer than a 28 px picture; the summary says inputs per second."""
    big, small = tmp_path / "huge.jpg", digit_image(tmp_path / "tiny.png", 4, size=28)
    Image.open(digit_image(tmp_path / "base.png", 4, size=400)).convert("RGB").resize((6000, 4000)).save(big)
    assert drop_paths(tepi.window, [big, small])
    wait_idle(qtbot, tepi)
    view = tepi.window.batch_view
    times = {Path(r.outcome.input).name: r.outcome.latency_ms for r in view.model.rows}
    assert times["huge.jpg"] > 3 * times["tiny.png"], times
    shown = view.proxy.index(
        view.proxy.mapFromSource(view.model.index(0, 0)).row(), BatchModel.LATENCY
    ).data()
    assert shown and shown != view.proxy.index(1, BatchModel.LATENCY).data()
    assert "inputs/s" in view.progress_text.text()


def test_names_numbers_and_order_read_as_a_person_expects(qtbot, tepi, tmp_path: Path) -> None:
    """Item 15: natural order, paths inside the dropped folder, plain numbers in Copy Rows."""
    folder = tmp_path / "meter-photos"
    (folder / "nested").mkdir(parents=True)
    for name in ("r10.png", "r2.png", "r1.png"):
        shutil.copy(SAMPLES / "digit-3.png", folder / name)
    shutil.copy(SAMPLES / "digit-7.png", folder / "nested" / "huge.png")
    assert drop_paths(tepi.window, [folder])
    wait_idle(qtbot, tepi)
    view = tepi.window.batch_view
    names = [view.model.input_name(row) for row in view.model.rows]
    assert names == ["nested/huge.png", "r1.png", "r2.png", "r10.png"]
    view.table.selectAll()
    tepi.results.copy_batch_rows()
    lines = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert lines[0][:3] == ["File", "Label", "Confidence (%)"]
    for cells in lines[1:]:
        assert 0 < float(cells[2]) <= 100 and "\u2009" not in cells[2]
        float(cells[4])  # the time: a plain number too


def test_a_csv_row_is_named_by_the_files_own_row_number(qtbot, tepi_factory, tmp_path: Path) -> None:
    """Item 15: data row 1 is the file's row 2 (the header is row 1), in the table and in its sentences."""
    tepi = tepi_factory(model="iris")
    flowers = tmp_path / "flowers.csv"
    flowers.write_text(f"{HEADER}\n5.1,3.5,1.4,0.2\nabc,3.0,5.2,2.3\n", encoding="utf-8")
    assert drop_paths(tepi.window, [flowers])
    wait_idle(qtbot, tepi)
    model = tepi.window.batch_view.model
    assert [model.input_name(row) for row in model.rows] == ["flowers.csv · row 2", "flowers.csv · row 3"]
    bad = model.index(1, BatchModel.STATUS)
    assert "row 3" in bad.data(Qt.ItemDataRole.ToolTipRole)
