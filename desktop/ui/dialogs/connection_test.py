"""Test Connection: the button under Settings ▸ Remote and what the last try found.

The row only shows; the page decides what to try (``test_requested``, then
``show_trying``) and the ``RemoteController`` hands back a ``ConnectionCheck``
for ``show_check``. The button stays off while a try runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.remote.connection import READY, ConnectionCheck, describe_check, detail_text
from desktop.signals import emitter
from desktop.ui.icons import icon, set_icon
from desktop.ui.theme import colors

__all__ = ["ConnectionTest"]


class ConnectionTest(QWidget):
    """The Test Connection button, a state icon, and the result in words (the full detail on hover)."""

    test_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_check: ConnectionCheck | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.button = QPushButton(self.tr("Test Co&nnection"), self)
        set_icon(self.button, "refresh")
        self.button.clicked.connect(emitter(self.test_requested))
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.state_icon = QLabel(self)
        self.state_icon.setFixedWidth(18)
        row.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Connection test result"))
        row.addWidget(self.result, 1)

    def show_trying(self, url: str) -> None:
        self.button.setEnabled(False)
        self._show(self.tr("Trying %1…").replace("%1", url), "refresh", "muted")

    def show_check(self, check: ConnectionCheck) -> None:
        self.button.setEnabled(True)
        ok = check.state == READY
        self._show(describe_check(check), "success" if ok else "warning", "good" if ok else "warn")
        self.result.setToolTip(detail_text(check))
        self.last_check = check

    def _show(self, text: str, glyph: str, tone: str) -> None:
        color: Any = getattr(colors(self.palette()), tone)
        self.state_icon.setPixmap(icon(glyph, color).pixmap(QSize(16, 16)))
        self.result.setText(text)
