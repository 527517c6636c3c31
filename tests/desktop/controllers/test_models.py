"""Switching models in the real window: dropped models, the Model menu, models that fail, Model Info."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.desktop.conftest import ROOT, SAMPLES
from tests.desktop.helpers import drop_paths


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
    assert tepi.window.notifications.texts() == [
        "digit-3.png is an image, but iris takes CSV rows. Switch to digits?"
    ]


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


def test_the_window_says_what_the_model_takes_and_offers_the_one_that_fits(qtbot, tepi, tmp_path) -> None:
    """Issue 19, item 6: the drop zone and the Open dialog follow the model; a CSV dropped on digits
    says so and offers iris, which then predicts it."""
    from PySide6.QtWidgets import QPushButton

    from tests.desktop.helpers import answer_file_dialog

    w = tepi.window
    zone = w.drop_zone
    assert zone.model_line.text().startswith("digits · ")
    assert zone.title.text() == "Drop images or a folder of images here"
    assert zone.open_button.text() == "Open Images…"
    shown = answer_file_dialog(qtbot, tepi.inputs.choose_files, lambda dialog: dialog.reject())
    assert shown["filters"][0].startswith("Images (*.png") and not any(".csv" in f for f in shown["filters"])
    assert drop_paths(w, [SAMPLES / "iris.csv"])
    qtbot.waitUntil(lambda: bool(w.notifications.banners), timeout=10_000)
    banner = w.notifications.banners[-1]
    assert banner.text.endswith("Switch to iris?") and "iris.csv" in banner.text
    switch = next(b for b in banner.findChildren(QPushButton) if b.text() == "Switch to iris")
    switch.click()
    qtbot.waitUntil(lambda: tepi.engine.status.name == "iris", timeout=20_000)
    qtbot.waitUntil(lambda: len(w.batch_view.model.rows) == 12, timeout=20_000)
    assert zone.model_line.text().startswith("iris · ")
    assert "sepal_length, sepal_width, petal_length, petal_width" in zone.subtitle.text()
    shown = answer_file_dialog(qtbot, tepi.inputs.choose_files, lambda dialog: dialog.reject())
    assert shown["filters"][0].startswith("CSV files")


def test_a_model_that_crashes_the_runtime_leaves_the_window_running(qtbot, tepi, tmp_path: Path) -> None:
    """tests/data/crash-litert.tflite kills any process that opens it (SIGSEGV in LiteRT): it is opened
    in a child process first, so the window keeps its model and predicts on."""
    crash = tmp_path / "crash.tflite"
    shutil.copy(ROOT / "tests" / "data" / "crash-litert.tflite", crash)
    tepi.engine.load_model(str(crash))
    qtbot.waitUntil(lambda: bool(tepi.window.notifications.banners), timeout=30_000)
    said = " ".join(tepi.window.notifications.texts())
    assert "crash.tflite crashed the runtime while loading; it may be damaged or made to attack Tepi." in said
    assert tepi.engine.status.name == "digits"
    drop_paths(tepi.window, [SAMPLES / "digit-3.png"])
    qtbot.waitUntil(lambda: tepi.window.result_view.label.text() == "3", timeout=30_000)
