"""Confidence shown as horizontal bars: the top-k list of a result, and a bar in table cells."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.text.formats import format_percent
from desktop.ui.tables.base import SCORE_ROLE
from desktop.ui.theme import colors

__all__ = ["ConfidenceBars", "ScoreDelegate"]

ROW_GAP = 10
BAR_HEIGHT = 10


class ConfidenceBars(QWidget):
    """Top-k labels, best first: name, a bar and the percentage, the winner in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Confidence for each label"))

    def set_scores(self, items: Sequence[tuple[str, float]]) -> None:
        self._items = [(label, max(0.0, min(1.0, score))) for label, score in items]
        described = "; ".join(f"{label}: {format_percent(score)}" for label, score in self._items)
        self.setAccessibleDescription(described)
        self.setToolTip(described)
        self.updateGeometry()
        self.update()

    def items(self) -> list[tuple[str, float]]:
        return list(self._items)

    def _row_height(self) -> int:
        return max(QFontMetrics(self.font()).height() + 4, BAR_HEIGHT + 8)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._items))
        return QSize(360, rows * self._row_height() + (rows - 1) * ROW_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._items:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = colors(self.palette())
        metrics = QFontMetrics(self.font())
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self._items) + 16, self.width() // 3
        )
        percent_width = metrics.horizontalAdvance(format_percent(1.0)) + 12
        bar_left = label_width
        bar_width = max(20, self.width() - label_width - percent_width)
        height = self._row_height()
        for row, (label, score) in enumerate(self._items):
            top = row * (height + ROW_GAP)
            text_rect = QRectF(0, top, label_width - 12, height)
            winner = row == 0
            font = painter.font()
            font.setBold(winner)
            painter.setFont(font)
            painter.setPen(self.palette().windowText().color())
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), elided
            )
            bar = QRectF(bar_left, top + (height - BAR_HEIGHT) / 2, bar_width, BAR_HEIGHT)
            track = QPainterPath()
            track.addRoundedRect(bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
            painter.fillPath(track, palette.track)
            if bar.width() * score >= 1.0:  # a sliver of the pill, clipped to its rounded ends
                painter.save()
                painter.setClipPath(track)
                filled = QRectF(bar.left(), bar.top(), bar.width() * score, BAR_HEIGHT)
                painter.fillRect(filled, palette.accent if winner else palette.muted)
                painter.restore()
            painter.setPen(self.palette().windowText().color() if winner else palette.muted)
            percent_rect = QRectF(bar.right(), top, percent_width, height)
            painter.drawText(
                percent_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_percent(score),
            )


class ScoreDelegate(QStyledItemDelegate):
    """A table cell with a thin confidence bar under the percentage."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        score = index.data(SCORE_ROLE)
        if score is None:
            return
        palette = colors(option.palette)  # type: ignore[attr-defined]
        rect = option.rect.adjusted(6, 0, -6, -4)  # type: ignore[attr-defined]
        bar = QRectF(rect.left(), rect.bottom() - 3, rect.width(), 3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.track)
        painter.drawRoundedRect(bar, 1.5, 1.5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setBrush(option.palette.highlightedText() if selected else palette.accent)  # type: ignore[attr-defined]
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * float(score), 3), 1.5, 1.5)
        painter.restore()
