"""SVG icons, drawn at whatever size and scale they are shown (sharp at 200 %).

Icons in ``resources/icons`` stroke with ``currentColor``; each is tinted
with the palette's text colour when first asked for, so it reads on light and
dark themes. Disabled icons are drawn faded rather than greyed by Qt.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

__all__ = ["app_icon", "icon", "reset_icons", "retint", "set_icon"]

logger = logging.getLogger(__name__)


class _SvgEngine(QIconEngine):
    """Renders one SVG document for any size, device pixel ratio and mode."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.38)
        self._renderer.render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._data)


def _icons_dir():
    from desktop.paths import resource_path

    return resource_path("icons")


@cache
def _svg(name: str) -> bytes | None:
    try:
        return (_icons_dir() / f"{name}.svg").read_bytes()
    except OSError:
        logger.warning("icon %s is missing", name)
        return None


@cache
def _tinted(name: str, color: str) -> QIcon:
    data = _svg(name)
    if data is None:
        return QIcon()
    return QIcon(_SvgEngine(data.replace(b"currentColor", color.encode())))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, stroked in ``color`` (default: the text colour)."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _tinted(name, color.name())


def app_icon() -> QIcon:
    """Tepi's own icon (full colour)."""
    data = _svg("tepi")
    return QIcon(_SvgEngine(data)) if data else QIcon()


def reset_icons() -> None:
    """Forget tinted icons after a theme change."""
    _tinted.cache_clear()


def set_icon(target: QObject, glyph: str) -> None:
    """Give an action or button the icon ``glyph`` and remember it, so ``retint`` can redo it."""
    target.setProperty("tepiGlyph", glyph)
    target.setIcon(icon(glyph))  # type: ignore[attr-defined]


def retint(root: QObject) -> None:
    """Redraw the remembered icons of ``root`` and its children in the current palette."""
    for child in [root, *root.findChildren(QObject)]:
        glyph = child.property("tepiGlyph")
        if glyph and hasattr(child, "setIcon"):
            child.setIcon(icon(str(glyph)))
