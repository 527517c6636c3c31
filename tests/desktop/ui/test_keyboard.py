"""The keyboard and the panels (issue 19, items 7 to 11): shortcuts listed where they are, panels to the
front, one tab stop per table with a focus ring you can see, themes at once, panels that grow back."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.dialogs.shortcuts import ShortcutsDialog
from tests.desktop.conftest import ROOT, SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths


def _keys(action) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


def test_f1_lists_every_shortcut_and_the_readme_agrees(qtbot, tepi) -> None:
    """Item 7: Help ▸ Keyboard Shortcuts (F1) lists the menus' shortcuts; the README names the same keys
    for the bundled models as the Model menu does."""
    w = tepi.window
    w.activateWindow()
    QTest.keyClick(w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(tepi.shortcuts_dialog, ShortcutsDialog), timeout=2_000)
    dialog = tepi.shortcuts_dialog
    listed = {row.keys: row.command for row in dialog.model.rows}
    assert listed["F1"] == "Keyboard Shortcuts" and listed["Ctrl+O"].startswith("Open Files")
    for action in w.actions.all():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    bundled = {a.data(): _keys(a) for a in w.actions.models.actions()}
    assert bundled == {"digits": "Ctrl+1", "digits-large": "Ctrl+2", "iris": "Ctrl+3"}
    for name, keys in bundled.items():
        assert re.search(rf"{re.escape(keys)} `?{re.escape(name)}`?", readme), (name, keys)
    assert "Keyboard Shortcuts (F1)" in readme
    dialog.reject()


def test_panel_shortcuts_bring_their_panel_to_the_front(qtbot, tepi) -> None:
    """Item 8: Ctrl+H behind the Offline Queue's tab brings History forward; only in front does it hide."""
    w = tepi.window
    history, queue = w.history_dock, tepi.queue_dock
    w.tabifyDockWidget(history, queue)
    queue.show()
    queue.raise_()
    qtbot.waitUntil(lambda: w.panel_in_front(queue) and not w.panel_in_front(history), timeout=2_000)
    w.actions.show_history.trigger()  # Ctrl+H
    qtbot.waitUntil(lambda: w.panel_in_front(history), timeout=2_000)
    assert not history.isHidden()
    w.actions.show_history.trigger()
    assert history.isHidden()
    qtbot.waitUntil(lambda: w.panel_in_front(queue), timeout=2_000)
    tepi.queue.panel.toggle.trigger()  # Ctrl+J: queue is in front already, so it hides
    assert queue.isHidden()
    tepi.queue.panel.toggle.trigger()
    qtbot.waitUntil(lambda: w.panel_in_front(queue), timeout=2_000)


def _focus_chain(window, start, steps: int) -> list:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_moves_through_the_window_in_order_with_a_visible_ring(qtbot, tepi) -> None:
    """Item 9: drop zone buttons, then History's search, filters, table (one stop), footer buttons; the
    focused button has a 2 px ring in the accent colour, in the light and the dark theme."""
    from desktop.ui.theme import apply_theme, colors

    w = tepi.window
    drop_paths(w, [SAMPLES / "digit-3.png"])
    wait_idle(qtbot, tepi)
    panel = w.history_panel
    qtbot.waitUntil(lambda: panel.page.total == 1, timeout=10_000)
    w.actions.close_result.trigger()
    w.activateWindow()
    zone = w.drop_zone
    chain = _focus_chain(w, zone.open_button, 14)
    assert chain[:3] == [zone.open_button, zone.folder_button, zone.sample_button]
    search = chain.index(panel.filters.search)
    table = chain.index(panel.table)
    assert 3 <= search < table  # the search, its filters, then the table
    after = chain[table + 1]
    assert after is not panel.table and after.parent() is panel.toolbar  # one tab stop for the table
    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme)
        zone.sample_button.setFocus(Qt.FocusReason.TabFocusReason)
        image = zone.sample_button.grab().toImage()
        accent = QColor(colors(zone.sample_button.palette()).accent)
        ring = sum(
            1
            for x in range(image.width())
            if _close(image.pixelColor(x, 1), accent) or _close(image.pixelColor(x, 2), accent)
        )
        assert ring > image.width() // 2, theme  # along the top edge
    apply_theme(QApplication.instance(), "system")


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_a_new_theme_reaches_every_widget_at_once(qtbot, tepi) -> None:
    """Item 10: table headers follow a theme changed in Settings, without a restart; the language says
    it applies at the next start."""
    w = tepi.window
    drop_paths(w, [SAMPLES / "digit-3.png", SAMPLES / "digit-7.png"])
    wait_idle(qtbot, tepi)
    header = w.batch_view.table.horizontalHeader()
    for theme in ("dark", "light"):
        settings = tepi.preferences.settings
        tepi.preferences.apply(type(settings)(**{**settings.__dict__, "theme": theme}))
        assert header.palette().color(header.backgroundRole()) == QApplication.palette().color(
            header.backgroundRole()
        ), theme
        shot = header.grab().toImage()
        middle = shot.pixelColor(shot.width() // 2, shot.height() // 2)
        assert (middle.lightness() < 128) == (theme == "dark"), (theme, middle.name())
    tepi.preferences.show_settings()
    dialog = tepi.preferences.dialog
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A new language is used from the next start of Tepi." in notes
    dialog.reject()


def test_the_history_panel_grows_back_with_the_window(qtbot, tepi) -> None:
    """Item 11: small then large again, the History panel returns to its share; columns that do not fit
    scroll sideways, and the footer's buttons stay on screen (icons alone when narrow)."""
    w = tepi.window
    w.resize(1180, 760)
    qtbot.wait(50)
    wide = w.history_dock.width()
    assert wide > 380
    w.resize(560, 600)
    qtbot.wait(50)
    assert w.history_dock.width() < wide
    w.resize(1180, 760)
    qtbot.waitUntil(lambda: abs(w.history_dock.width() - wide) < 30, timeout=2_000)
    panel = w.history_panel
    assert panel.table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    w.resize(420, 600)
    qtbot.wait(50)
    for action in panel.toolbar.actions():
        button = panel.toolbar.widgetForAction(action)
        if button is not None and action.isVisible():
            assert button.isVisible(), action.text()  # none behind the "»" menu
