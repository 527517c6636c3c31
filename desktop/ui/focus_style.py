"""A focus ring you can see: two pixels of Tepi's accent around whatever has the keyboard focus.

Fusion's own focus mark is a faint one-pixel line (and none at all on some buttons). ``FocusStyle``
wraps the style in use and, after it has drawn a push button, tool button, line edit, combo box,
check box or the frame of a table, draws a clear ring when that widget has the focus, in the
accent colour of the light or dark palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QProxyStyle, QStyle, QStyleOption, QWidget

__all__ = ["RING_WIDTH", "FocusStyle"]

RING_WIDTH = 2.0


class FocusStyle(QProxyStyle):
    """The wrapped style, with a visible focus ring (see the module docstring); ``ring_color(widget)``
    is the accent of the palette in use (the theme's, handed in so this module needs no theme)."""

    def __init__(self, base: QStyle, ring_color: Callable[[QWidget | None], QColor]) -> None:
        super().__init__(base)
        self.ring_color = ring_color

    _CONTROLS = (QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_ShapedFrame)
    _COMPLEX = (QStyle.ComplexControl.CC_ToolButton, QStyle.ComplexControl.CC_ComboBox)
    _PRIMITIVES = (QStyle.PrimitiveElement.PE_FrameLineEdit,)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in self._CONTROLS and self._wants_ring(option, widget):
            self._ring(painter, option, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self._COMPLEX and self._wants_ring(option, widget):
            self._ring(painter, option, widget)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, QAbstractItemView):
            return  # the table's own ring says it has the focus; no dotted cell inside it
        super().drawPrimitive(element, option, painter, widget)
        if element in self._PRIMITIVES and self._wants_ring(option, widget):
            self._ring(painter, option, widget)
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect and widget is not None:
            self._ring(painter, option, widget)  # check boxes, radio buttons, sliders

    @staticmethod
    def _wants_ring(option: QStyleOption, widget: QWidget | None) -> bool:
        if widget is None or not widget.hasFocus():
            return False
        if isinstance(widget, QAbstractItemView):
            return True  # a table's frame (CE_ShapedFrame)
        return bool(option.state & QStyle.StateFlag.State_HasFocus)

    def _ring(self, painter: QPainter, option: QStyleOption, widget: QWidget | None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.ring_color(widget), RING_WIDTH)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        rect = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        painter.drawPath(path)
        painter.restore()
