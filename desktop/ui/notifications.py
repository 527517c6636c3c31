"""A non-modal notification area: one plain sentence per banner, never a dialog.

Errors stay until dismissed; information fades after a few seconds. A
banner may carry actions ("Switch", "Open Log Folder"). The same sentence is
not stacked twice, and at most ``MAX_VISIBLE`` banners show at once (the
oldest information goes first), so a bad folder cannot bury the window.
A banner about what the window shows (a batch's failures, a file that could
not be read) is given a ``scope``; ``dismiss_scope`` removes those when the
view changes, so no sentence stays above a view it does not describe.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.signals import emit
from desktop.ui.icons import icon, set_icon
from desktop.ui.theme import colors

__all__ = ["Banner", "NotificationArea"]

logger = logging.getLogger(__name__)
MAX_VISIBLE = 3
LEVELS = ("info", "success", "warning", "error")
_ICONS = {"info": "info", "success": "success", "warning": "warning", "error": "error"}


class _WrapLabel(QLabel):
    """A word-wrapped label as tall as its text at its actual width (QLabel guesses a narrow width)."""

    def _height(self) -> int:
        return self.heightForWidth(self.width()) if self.width() > 0 else super().sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class Banner(QWidget):
    """One notification: icon, sentence, optional actions and a dismiss button."""

    dismissed = Signal()

    def __init__(
        self,
        level: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        parent: QWidget | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.level = level
        self.text = text
        self.scope = scope
        """What the banner is about (``view``: what the window shows now); None for news of its own."""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setAccessibleName(text)
        self.setAccessibleDescription(self.tr("Notification"))
        color = self._color()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 6, 6)
        layout.setSpacing(10)
        glyph = QLabel(self)
        glyph.setPixmap(icon(_ICONS.get(level, "info"), color).pixmap(QSize(20, 20)))
        layout.addWidget(glyph, 0, Qt.AlignmentFlag.AlignVCenter)
        self.label = _WrapLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.buttons: list[QPushButton] = []
        for title, callback in actions:
            button = QPushButton(title, self)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(callback)
            button.clicked.connect(self.dismiss)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons.append(button)
        close = QToolButton(self)
        set_icon(close, "close")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notification"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = close

    def _color(self) -> QColor:
        palette = colors()
        return {"error": palette.bad, "warning": palette.warn, "success": palette.good}.get(
            self.level, palette.info
        )

    def dismiss(self) -> None:
        self.hide()
        emit(self.dismissed)
        self.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self._color()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        fill = QColor(color)
        fill.setAlpha(30)
        painter.fillPath(path, self.palette().base())
        painter.fillPath(path, fill)
        border = QColor(color)
        border.setAlpha(110)
        painter.setPen(border)
        painter.drawPath(path)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        painter.fillPath(stripe, color)


class NotificationArea(QWidget):
    """A column of banners above the main content."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notifications"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 0)
        self._layout.setSpacing(6)
        self.banners: list[Banner] = []
        self.setVisible(False)

    def notify(
        self,
        level: str,
        text: str,
        *,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        timeout_ms: int | None = None,
        scope: str | None = None,
    ) -> Banner:
        """Show ``text``; ``timeout_ms`` defaults to 7 s for info and success, none otherwise;
        ``scope`` ties it to what it is about (``dismiss_scope``)."""
        for banner in self.banners:
            if banner.text == text and banner.level == level:
                banner.scope = scope
                return banner  # the same sentence again: keep one
        if level not in LEVELS:
            level = "info"
        log = logger.warning if level in ("warning", "error") else logger.info
        log("notification (%s): %s", level, text)
        banner = Banner(level, text, actions, self, scope)
        banner.dismissed.connect(lambda: self._forget(banner))
        self.banners.append(banner)
        self._layout.addWidget(banner)
        self._trim()
        self.setVisible(True)
        if timeout_ms is None and level in ("info", "success") and not actions:
            timeout_ms = 7000
        if timeout_ms:
            QTimer.singleShot(timeout_ms, banner, banner.dismiss)
        emit(self.changed)
        return banner

    def _trim(self) -> None:
        while len(self.banners) > MAX_VISIBLE:
            calm = [b for b in self.banners if b.level in ("info", "success")]
            (calm or self.banners)[0].dismiss()

    def _forget(self, banner: Banner) -> None:
        if banner in self.banners:
            self.banners.remove(banner)
        self.setVisible(bool(self.banners))
        emit(self.changed)

    def clear(self) -> None:
        for banner in list(self.banners):
            banner.dismiss()

    def dismiss_scope(self, scope: str) -> None:
        """Remove the banners about ``scope`` (the view they described has gone)."""
        for banner in list(self.banners):
            if banner.scope == scope:
                banner.dismiss()

    def texts(self) -> list[str]:
        return [b.text for b in self.banners]
