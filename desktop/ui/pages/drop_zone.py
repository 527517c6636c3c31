"""The empty state: a large drop target with the ways in (open, folder, paste, sample).

It says what the loaded model takes, in the pack's own words: "digits · Handwritten digits 0-9,
dark ink on light paper, any size." and "drop images"; for a tabular model the CSV columns it
reads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.signals import emitter
from desktop.ui.icons import icon, set_icon
from desktop.ui.theme import colors

__all__ = ["DropZone"]


class DropZone(QWidget):
    """Shown when there is no result yet; the whole window accepts drops, this says so."""

    open_files = Signal()
    open_folder = Signal()
    try_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self._tabular = False
        self.setAccessibleName(self.tr("Drop area"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(3)
        self.glyph = QLabel(self)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.glyph)
        outer.addSpacing(14)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        outer.addWidget(self.title)
        outer.addSpacing(6)
        self.model_line = QLabel(self)
        self.model_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model_line.setWordWrap(True)
        self.model_line.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.model_line)
        outer.addSpacing(2)
        self.subtitle = QLabel(self)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(self.subtitle.foregroundRole())
        outer.addWidget(self.subtitle)
        outer.addSpacing(20)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        self.open_button = self._button("open-file", self.tr("Open Files…"), self.open_files)
        self.folder_button = self._button("open-folder", self.tr("Open Folder…"), self.open_folder)
        self.sample_button = self._button("sample", self.tr("Try a Sample"), self.try_sample)
        for button in (self.open_button, self.folder_button, self.sample_button):
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(4)
        self.set_model_kind(tabular=False)
        self._refresh_colors()

    def _button(self, glyph: str, text: str, signal: Signal) -> QPushButton:
        button = QPushButton(text, self)
        set_icon(button, glyph)
        button.setIconSize(QSize(18, 18))
        button.setMinimumHeight(34)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(emitter(signal))
        return button

    def set_model_kind(self, *, tabular: bool, features: tuple[str, ...] = ()) -> None:
        """Say what the current model takes: images, or CSV files with its columns."""
        self._tabular = tabular
        if tabular:
            self.title.setText(self.tr("Drop a CSV file here"))
            columns = ", ".join(features)
            kept = self.tr("Each row is predicted; the export keeps your columns.")
            text = self.tr("A CSV file with the columns %1.") + " " + kept if columns else kept
            self.subtitle.setText(text.replace("%1", columns))
        else:
            self.title.setText(self.tr("Drop images or a folder of images here"))
            paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.subtitle.setText(self.tr("or paste an image with %1").replace("%1", paste))
        self.open_button.setText(self.tr("Open CSV…") if tabular else self.tr("Open Images…"))

    def set_model(self, name: str, description: str, *, tabular: bool, features: tuple[str, ...]) -> None:
        """The loaded model: its name and what it is for, and what to drop on it."""
        self.model_line.setText(f"{name} · {description}" if description else name)
        self.model_line.setAccessibleName(self.model_line.text())
        self.set_model_kind(tabular=tabular, features=features)

    def set_sample_available(self, available: bool) -> None:
        self.sample_button.setEnabled(available)
        self.sample_button.setToolTip(
            "" if available else self.tr("This model has no bundled sample; drop one of your own files.")
        )

    def set_drag_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self._refresh_colors()
            self.update()

    def _refresh_colors(self) -> None:
        palette = colors(self.palette())
        self.glyph.setPixmap(
            icon("drop", palette.accent if self._active else palette.muted).pixmap(QSize(56, 56))
        )
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_colors()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = colors(self.palette())
        rect = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        path = QPainterPath()
        path.addRoundedRect(rect, 16, 16)
        painter.fillPath(path, palette.accent_soft if self._active else self.palette().base())
        color = QColor(palette.accent if self._active else palette.muted)
        if not self._active:
            color.setAlpha(120)
        pen = QPen(color, 2.0 if self._active else 1.5, Qt.PenStyle.DashLine)
        pen.setDashPattern([6, 5])
        painter.setPen(pen)
        painter.drawPath(path)
