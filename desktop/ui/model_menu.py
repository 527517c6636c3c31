"""Model ▸ Bundled Models and Model ▸ Open Recent: the menus, rebuilt only when their lists change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.signals import emit, emitter

__all__ = ["ModelMenu"]


class ModelMenu(QObject):
    """Fills the two menus of ``actions``; a chosen model or Clear Menu comes out as a signal."""

    model_chosen = Signal(str)
    """A bundled name or a recent path."""
    clear_recent_requested = Signal()

    def __init__(self, bundled: QMenu, recent: QMenu, group: QActionGroup, shortcuts_on: QWidget) -> None:
        super().__init__(shortcuts_on)
        self.bundled_menu, self.recent_menu, self.group = bundled, recent, group
        self._shortcuts_on = shortcuts_on
        self._bundled: tuple[str, ...] | None = None
        self._recent: tuple[str, ...] | None = None
        group.triggered.connect(self._on_group_triggered)

    def set_bundled(self, names: tuple[str, ...]) -> None:
        """The bundled packs, Ctrl+1 to Ctrl+9 (built once: they do not change while Tepi runs)."""
        if names == self._bundled:
            return
        self._bundled = names
        for action in self.group.actions():
            self.group.removeAction(action)
            self._shortcuts_on.removeAction(action)
        self.bundled_menu.clear()
        for number, name in enumerate(names, start=1):
            action = self.bundled_menu.addAction(name)
            action.setData(name)
            action.setCheckable(True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            self._shortcuts_on.addAction(action)
            self.group.addAction(action)

    def set_current(self, ref: str) -> None:
        for action in self.group.actions():
            action.setChecked(action.data() == ref)

    def set_recent(self, refs: tuple[str, ...]) -> None:
        """Model files opened before (bundled names are in their own menu)."""
        recent = tuple(r for r in refs if "/" in r or "\\" in r)
        if recent == self._recent:
            return
        self._recent = recent
        menu = self.recent_menu
        menu.clear()
        for number, ref in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {Path(ref).name}")
            action.setToolTip(ref)
            action.setData(ref)
            action.triggered.connect(lambda _checked=False, r=ref: emit(self.model_chosen, r))
        if not recent:
            menu.addAction(self.tr("No recent models")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), emitter(self.clear_recent_requested))

    def _on_group_triggered(self, action: QAction) -> None:
        if action.data():
            emit(self.model_chosen, str(action.data()))
