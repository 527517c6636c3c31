"""The window itself: its layout restored, every action with a shortcut, an icon and a name."""

from __future__ import annotations

import pytest


def test_window_geometry_and_splitter_are_restored(qtbot, tepi_factory) -> None:
    first = tepi_factory()
    first.window.resize(760, 640)  # the offscreen screen is 800 px wide
    first.window.result_view.splitter.setSizes([300, 500])
    saved = first.window.result_view.splitter.saveState()
    first.window.close()
    second = tepi_factory()
    assert (second.window.size().width(), second.window.size().height()) == (760, 640)
    assert second.window.result_view.splitter.saveState() == saved


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_action_has_a_shortcut_an_icon_and_a_name(tepi_factory, language: str) -> None:
    tepi = tepi_factory(language=language)
    for action in tepi.window.actions.all():
        if action is not tepi.window.actions.about:  # F1 is Help ▸ Keyboard Shortcuts
            assert not action.shortcut().isEmpty(), action.text()
        assert not action.icon().isNull(), action.text()
        assert action.text()
