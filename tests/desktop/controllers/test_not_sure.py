"""An answer below the pack's "not sure" threshold, in the real window: amber, its top two side by side."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.theme import colors
from tests.desktop.conftest import ROOT, SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths


def _has_colour(pixmap, colour) -> bool:
    """Whether the icon is drawn in ``colour`` (its most opaque pixel, give or take antialiasing)."""
    image = pixmap.toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    ink = max(pixels, key=lambda p: p.alpha())
    return all(abs(a - b) <= 8 for a, b in zip(ink.getRgb()[:3], colour.getRgb()[:3], strict=True))


def _strict_pack(tmp_path: Path, name: str, threshold: str) -> Path:
    """A copy of a bundled pack whose answers are not sure below ``threshold``."""
    pack = tmp_path / name
    shutil.copytree(ROOT / "resources" / "models" / name, pack, ignore=shutil.ignore_patterns("model.sig"))
    manifest = pack / "model.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("min_confidence = 0.9\n", f"min_confidence = {threshold}\n", 1), "utf-8")
    return pack


def test_a_single_unsure_answer_is_amber_with_its_top_two(qtbot, tepi_factory, tmp_path: Path) -> None:
    tepi = tepi_factory(model=str(_strict_pack(tmp_path, "digits", "1.0")))
    assert drop_paths(tepi.window, [SAMPLES / "digit-2-photo.jpg"])
    view = tepi.window.result_view
    qtbot.waitUntil(lambda: view.kicker.text() == "Not sure", timeout=30_000)
    assert view.label.text().startswith("2 or ") and view.label.text().endswith("?")
    assert " / " in view.confidence.text()
    assert colors(view.palette()).warn.name() in view.label.styleSheet()


def test_a_batch_counts_its_unsure_answers_apart(qtbot, tepi_factory, tmp_path: Path) -> None:
    tepi = tepi_factory(model=str(_strict_pack(tmp_path, "iris", "0.99")))
    flowers = tmp_path / "flowers.csv"
    flowers.write_text(
        "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.0,2.7,5.1,1.6\n", "utf-8"
    )
    assert drop_paths(tepi.window, [flowers])
    wait_idle(qtbot, tepi)
    view = tepi.window.batch_view
    qtbot.waitUntil(lambda: len(view.model.rows) == 2, timeout=30_000)
    statuses = [view.model.status_text(row) for row in view.model.rows]
    assert statuses == ["OK", "Not sure"]
    assert view.summary_label.text() == "2 predicted · 1 not sure"
    model, status = view.model, view.model.STATUS
    amber, green = colors().warn, colors().good
    assert model.data(model.index(1, status), Qt.ItemDataRole.ForegroundRole).color() == amber
    assert model.data(model.index(0, status), Qt.ItemDataRole.ForegroundRole) is None
    assert _has_colour(model.data(model.index(1, status), Qt.ItemDataRole.DecorationRole), amber)
    assert _has_colour(model.data(model.index(0, status), Qt.ItemDataRole.DecorationRole), green)


def test_history_filters_the_unsure_answers(qtbot, tepi_factory, tmp_path: Path) -> None:
    tepi = tepi_factory(model=str(_strict_pack(tmp_path, "iris", "0.99")))
    flowers = tmp_path / "flowers.csv"
    flowers.write_text(
        "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.0,2.7,5.1,1.6\n", "utf-8"
    )
    assert drop_paths(tepi.window, [flowers])
    wait_idle(qtbot, tepi)
    panel = tepi.window.history_panel
    tepi.history.refresh()
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)
    assert [e.unsure for e in panel.page.entries] == [True, False]  # newest first: flower 2 is unsure
    statuses = [panel.status_filter.itemText(i) for i in range(panel.status_filter.count())]
    assert statuses == ["All outcomes", "Answered", "Not sure", "Failed"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("unsure"))
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    label = panel.model.index(0, panel.model.LABEL)
    assert panel.model.data(label, Qt.ItemDataRole.ForegroundRole).color() == colors().warn
    (entry,) = panel.page.entries
    assert entry.unsure and entry.row == 2 and entry.input.endswith("flowers.csv")
    assert panel.proxy.rowCount() == 1
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("error"))
    qtbot.waitUntil(lambda: panel.page.total == 0, timeout=10_000)
    assert panel.empty.text() == "Nothing matches these filters."
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("ok"))
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)
