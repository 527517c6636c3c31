"""The footer the History and Queue panels share: a count, then a toolbar of shortcut-bearing actions.

When the panel is too narrow for the buttons' words they show their icons alone (their names stay
in their tooltips and accessible names), so none hides behind the toolbar's "»" menu. Each button
takes a tab stop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QWidget

from desktop.ui.icons import set_icon

__all__ = ["PanelFooter"]


class PanelFooter(QHBoxLayout):
    """``count_label`` on the left, ``toolbar`` on the right; ``action`` adds a button and its shortcut."""

    def __init__(self, owner: QWidget, accessible_name: str) -> None:
        super().__init__()
        self.owner = owner
        self.setSpacing(6)
        self.count_label = QLabel(owner)
        self.addWidget(self.count_label, 1)
        self.toolbar = QToolBar(owner)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setAccessibleName(accessible_name)
        self.addWidget(self.toolbar, 0)
        self._fitter = _Compact(self)
        owner.installEventFilter(self._fitter)

    def action(self, glyph: str, text: str, slot: Callable[..., Any], tip: str, keys: Any) -> QAction:
        """A toolbar action whose shortcut works anywhere inside the panel and shows in its tooltip."""
        action = QAction(text, self.owner)
        set_icon(action, glyph)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})")
        action.triggered.connect(slot)
        self.owner.addAction(action)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(text.rstrip("…"))
        return action

    def fit(self) -> None:
        """Words beside the icons when they fit, icons alone when the panel is narrow."""
        toolbar = self.toolbar
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        wide = toolbar.sizeHint().width() + self.count_label.sizeHint().width() + 24
        if wide > self.owner.width():
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


class _Compact(QObject):
    """Calls the footer's ``fit`` whenever its panel is resized."""

    def __init__(self, footer: PanelFooter) -> None:
        super().__init__(footer.owner)
        self.footer = footer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.footer.fit()
        return False
