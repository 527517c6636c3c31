"""The pictures and pills of the result page: an image fitted to its box, and a small rounded badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.icons import icon
from desktop.ui.theme import colors

__all__ = ["Badge", "ImagePreview"]


class ImagePreview(QWidget):
    """An image fitted to the widget (aspect kept, top-aligned) with an optional caption under it.

    Photos are enlarged at most ``max_upscale`` times so a small thumbnail does not turn
    to mush; ``pixelated`` images (a model's 8 × 8 input) are enlarged crisply, without limit.
    """

    def __init__(self, parent: QWidget | None = None, *, minimum: int = 160, pixelated: bool = False) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._overlay: QPixmap | None = None
        self._overlay_opacity = 0.6
        self._caption = ""
        self._minimum = minimum
        self._pixelated = pixelated
        self.max_upscale = 2.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None, *, same_picture: bool = False) -> None:
        """Show ``image``; ``same_picture``: a sharper copy of the one shown, whose overlay stays."""
        self._pixmap = QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        if not same_picture:
            self._overlay = None  # it belonged to the picture before
        self.update()

    def set_overlay(self, image: QImage | None, opacity: float | None = None) -> None:
        """Draw ``image`` over the picture, stretched to it (an explanation's heat, alpha = heat)."""
        self._overlay = QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        if opacity is not None:
            self._overlay_opacity = max(0.0, min(1.0, opacity))
        self.update()

    def set_overlay_opacity(self, opacity: float) -> None:
        self._overlay_opacity = max(0.0, min(1.0, opacity))
        self.update()

    def overlay_opacity(self) -> float:
        return self._overlay_opacity

    def has_overlay(self) -> bool:
        return self._overlay is not None

    def set_caption(self, text: str) -> None:
        self._caption = text
        self.update()

    def caption(self) -> str:
        return self._caption

    def has_image(self) -> bool:
        return self._pixmap is not None

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def _image_rect(self, frame: QRectF) -> QRectF:
        assert self._pixmap is not None
        natural = QSizeF(self._pixmap.size())
        fitted = natural.scaled(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if not self._pixelated and fitted.width() > natural.width() * self.max_upscale:
            fitted = natural * self.max_upscale
        target = QRectF(0, 0, fitted.width(), fitted.height())
        target.moveCenter(frame.center())
        target.moveTop(frame.top())
        return target

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = colors(self.palette())
        line = QFontMetrics(self.font()).height() + 10 if self._caption else 0
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1 - line)
        if self._pixmap is None:
            target = QRectF(frame.topLeft(), QSizeF(frame.width(), min(frame.height(), frame.width())))
            path = QPainterPath()
            path.addRoundedRect(target, 10, 10)
            painter.fillPath(path, palette.track)
            side = min(48.0, target.width() / 3)
            glyph = icon("image", palette.muted).pixmap(QSize(int(side), int(side)))
            painter.drawPixmap(
                int(target.center().x() - side / 2), int(target.center().y() - side / 2), glyph
            )
        else:
            target = self._image_rect(frame)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not self._pixelated)
            clip = QPainterPath()
            clip.addRoundedRect(target, 8, 8)
            painter.setClipPath(clip)
            painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
            if self._overlay is not None and self._overlay_opacity > 0:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.setOpacity(self._overlay_opacity)
                painter.drawPixmap(target, self._overlay, QRectF(self._overlay.rect()))
                painter.setOpacity(1.0)
            painter.setClipping(False)
            border = QColor(palette.muted)
            border.setAlpha(90)
            painter.setPen(border)
            painter.drawPath(clip)
        if self._caption:
            painter.setPen(palette.muted)
            below = QRectF(frame.left(), target.bottom() + 6, frame.width(), line)
            text = QFontMetrics(self.font()).elidedText(
                self._caption, Qt.TextElideMode.ElideRight, int(below.width())
            )
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)


class Badge(QWidget):
    """A small rounded pill with an optional icon: who answered, latency, model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._tone = "accent"
        self._glyph: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_badge(self, text: str, tone: str = "accent", glyph: str | None = None) -> None:
        self._text, self._tone, self._glyph = text, tone, glyph
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        glyph = metrics.height() + 4 if self._glyph else 0
        return QSize(metrics.horizontalAdvance(self._text) + glyph + 22, metrics.height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = colors(self.palette())
        color = {"warn": palette.warn, "muted": palette.muted}.get(self._tone, palette.accent)
        fill = QColor(color)
        fill.setAlpha(34)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, fill)
        left = 11.0
        if self._glyph:
            side = QFontMetrics(self.font()).height()
            tint = color if self._tone != "muted" else self.palette().windowText().color()
            pixmap = icon(self._glyph, tint).pixmap(QSize(side, side))
            painter.drawPixmap(int(left), int((self.height() - side) / 2), pixmap)
            left += side + 4
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            QRectF(left, 0, self.width() - left, self.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._text,
        )
