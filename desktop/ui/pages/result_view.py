"""One result: the picture as the model saw it, the winning label large, the top-k bars, who answered.

The same page shows an input that got no answer (``show_failure``: its name, why, what was kept)
and fills in the rest of a result opened again once the worker has read it (``show_picture``,
``show_values``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signals import emit, emitter
from desktop.text.errors import escalated_text, fallback_text
from desktop.text.formats import format_ms, format_percent
from desktop.ui.confidence import ConfidenceBars
from desktop.ui.icons import set_icon
from desktop.ui.pages.preview import Badge, ImagePreview
from desktop.ui.theme import colors

__all__ = ["ResultView"]


class ResultView(QWidget):
    """The single-result page."""

    close_requested = Signal()
    opacity_changed = Signal(float)
    """The heatmap's opacity slider moved (0..1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = ""
        """Said under the picture: where the result comes from (the history), whether its file is gone."""
        self.signers: dict[str, str] = {}
        """Model (``name@version``) to the publisher who signed it, for the model badge."""
        self.setAccessibleName(self.tr("Result"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 16)
        outer.setSpacing(10)
        outer.addLayout(self._header())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("resultSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.preview = ImagePreview(self)
        self.preview.setAccessibleName(self.tr("Picture as the model saw it"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 12, 0)
        left_layout.addWidget(self._explain_bar(left))  # above the picture: it changes the picture
        self.explain_note = self._muted_label(left)
        self.explain_note.setVisible(False)
        left_layout.addWidget(self.explain_note)
        left_layout.addWidget(self.preview, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._details())
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        outer.addWidget(self.splitter, 1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(self)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.title, 1)
        self.close_button = QToolButton(self)
        set_icon(self.close_button, "close")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this result"))
        self.close_button.setAccessibleName(self.tr("Close result"))
        self.close_button.clicked.connect(emitter(self.close_requested))
        row.addWidget(self.close_button)
        return row

    def _explain_bar(self, parent: QWidget) -> QWidget:
        """The Explain toggle (its action is set by the window) and the heatmap's opacity slider."""
        bar = QWidget(parent)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(10)
        self.explain_button = QToolButton(bar)
        self.explain_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.explain_button.setAccessibleName(self.tr("Explain"))
        row.addWidget(self.explain_button)
        self.opacity = QSlider(Qt.Orientation.Horizontal, bar)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(60)
        self.opacity.setMaximumWidth(220)
        self.opacity.setAccessibleName(self.tr("Heatmap opacity"))
        self.opacity.setToolTip(self.tr("Heatmap opacity"))
        self.opacity.setVisible(False)
        self.opacity.valueChanged.connect(self._on_opacity_value_changed)
        row.addWidget(self.opacity)
        row.addStretch(1)
        return bar

    def _on_opacity_value_changed(self, value: int) -> None:
        self.preview.set_overlay_opacity(value / 100.0)
        emit(self.opacity_changed, value / 100.0)

    def show_explaining(self) -> None:
        """An explanation is being made for the result shown."""
        self.preview.set_overlay(None)
        self.opacity.setVisible(False)
        self.explain_note.setText(self.tr("Finding where the model looked…"))
        self.explain_note.setVisible(True)

    def show_explanation(self, overlay: QImage | None, note: str = "") -> None:
        """Draw ``overlay`` over the picture (None: the plain picture) and say what it shows."""
        self.preview.set_overlay(overlay, self.opacity.value() / 100.0)
        self.opacity.setVisible(overlay is not None)
        self.explain_note.setText(note)
        self.explain_note.setVisible(bool(note))

    def _muted_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _details(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 4, 0, 0)
        layout.setSpacing(6)
        self.kicker = self._muted_label(box)
        self.kicker.setText(self.tr("Best match"))
        layout.addWidget(self.kicker)
        self.label = QLabel(box)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setWeight(QFont.Weight.Bold)
        self.label.setFont(big)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Best match"))
        layout.addWidget(self.label)
        self.confidence = QLabel(box)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.15)
        self.confidence.setFont(medium)
        self.confidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.confidence)
        layout.addSpacing(14)
        self.bars = ConfidenceBars(box)
        layout.addWidget(self.bars)
        layout.addSpacing(14)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.backend_badge, self.latency_badge, self.model_badge = Badge(box), Badge(box), Badge(box)
        for badge in (self.backend_badge, self.latency_badge, self.model_badge):
            badges.addWidget(badge)
        badges.addStretch(1)
        layout.addLayout(badges)
        self.fallback = QLabel(box)
        self.fallback.setWordWrap(True)
        layout.addWidget(self.fallback)
        layout.addSpacing(10)
        layout.addWidget(self._model_input(box))
        layout.addStretch(1)
        return box

    def _model_input(self, parent: QWidget) -> QWidget:
        self.model_input_box = QFrame(parent)
        row = QHBoxLayout(self.model_input_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.model_input = ImagePreview(self.model_input_box, minimum=72, pixelated=True)
        self.model_input.setFixedSize(72, 72)
        self.model_input.setAccessibleName(self.tr("Model input"))
        row.addWidget(self.model_input)
        self.model_input_caption = self._muted_label(self.model_input_box)
        row.addWidget(self.model_input_caption, 1)
        return self.model_input_box

    # -- content ----------------------------------------------------------------------
    def set_signer(self, model: str, signer: str | None) -> None:
        """Who signed ``model`` (``name@version``); its results' model badge says so."""
        if signer:
            self.signers[model] = signer
        else:
            self.signers.pop(model, None)

    def show_prediction(
        self,
        prediction,
        preview: QImage | None,
        model_input: QImage | None = None,
        original_size: tuple[int, int] | None = None,
        note: str = "",
    ) -> None:
        """Fill the page from a ``Prediction`` (``note`` e.g. says it comes from the history)."""
        self._show_answer_parts(True)
        self.title.setText(self._name(prediction))
        self.title.setToolTip(prediction.input)
        self.note = note
        self.show_picture(preview, model_input, original_size)
        self.show_explanation(None)
        self.label.setText(self._fit_label(prediction.label))
        self.label.setToolTip(prediction.label)
        self.confidence.setText(self.tr("%1 confident").replace("%1", format_percent(prediction.score)))
        self._show_certainty(prediction)
        self.bars.set_scores([(t.label, t.score) for t in prediction.top_k])
        remote = prediction.backend.startswith("remote")
        self.backend_badge.set_badge(
            prediction.backend,
            "warn" if prediction.fallback_reason else "accent",
            "cloud" if remote else "cpu",
        )
        where = self.tr("Answered remotely") if remote else self.tr("Answered on this computer")
        reason = fallback_text(prediction)
        if reason:
            where += "\n" + self.tr("Fallback: %1").replace("%1", reason)
        if prediction.escalated is not None:
            self.backend_badge.set_badge(self.tr("server · local was unsure"), "accent", "cloud")
            where += "\n" + escalated_text(prediction)
        self.backend_badge.setToolTip(where)
        self.latency_badge.set_badge(
            self.tr("%1 ms").replace("%1", format_ms(prediction.latency_ms)), "muted"
        )
        model = prediction.model.replace("@", " ")
        signer = self.signers.get(prediction.model)
        if signer:
            model = self.tr("%1 · signed by %2").replace("%1", model).replace("%2", signer)
        self.model_badge.set_badge(model, "muted", "model")
        self.model_badge.setToolTip(self.tr("The model that answered, and who signed it") if signer else "")
        self.fallback.setText(self.tr("Fallback: %1").replace("%1", reason) if reason else "")
        self.fallback.setStyleSheet(f"color: {colors(self.palette()).warn.name()};")
        self.fallback.setVisible(bool(reason))

    def _name(self, outcome) -> str:
        """The input's file name, and for a CSV row the file's row (the header is row 1)."""
        from inference.text import file_row

        name = Path(outcome.input).name or outcome.input
        if outcome.row is None:
            return name
        return self.tr("%1 · row %2").replace("%1", name).replace("%2", str(file_row(outcome.row)))

    def show_picture(
        self,
        preview: QImage | None,
        model_input: QImage | None = None,
        original_size: tuple[int, int] | None = None,
        *,
        same_picture: bool = False,
    ) -> None:
        """The picture, its size and the model's input (a result opened again gets them later:
        ``same_picture``, so an explanation already drawn over its thumbnail stays)."""
        self.preview.set_image(preview, same_picture=same_picture)
        size = ""
        if original_size:
            size = (
                self.tr("%1 × %2 pixels")
                .replace("%1", str(original_size[0]))
                .replace("%2", str(original_size[1]))
            )
        self.preview.set_caption(" · ".join(part for part in (size, self.note) if part))
        self.model_input.set_image(model_input)
        self.model_input.setVisible(True)
        self.model_input_box.setVisible(model_input is not None)
        if model_input is not None:
            self.model_input_caption.setText(
                self.tr("What the model was given: %1 × %2 pixels, after its preprocessing.")
                .replace("%1", str(model_input.width()))
                .replace("%2", str(model_input.height()))
            )

    def show_values(self, values: Sequence[tuple[str, str]]) -> None:
        """A CSV row's values the model was given, where a picture's model input goes."""
        self.model_input.set_image(None)
        self.model_input.setVisible(False)
        self.model_input_box.setVisible(bool(values))
        listed = " · ".join(f"{name} {value}" for name, value in values)
        self.model_input_caption.setText(self.tr("What the model was given: %1").replace("%1", listed))

    def set_note(self, note: str) -> None:
        """What to know about the result shown (from the history; its file is gone)."""
        self.note = note
        caption = self.preview.caption().split(" · ")[0] if self.preview.has_image() else ""
        self.preview.set_caption(" · ".join(part for part in (caption, note) if part))

    def show_failure(self, failure, sentence: str, preview: QImage | None = None, note: str = "") -> None:
        """An input that got no answer: its name, why (``sentence``) and what was kept."""
        self._show_answer_parts(False)
        self.title.setText(self._name(failure))
        self.title.setToolTip(failure.input)
        self.kicker.setText(self.tr("No answer"))
        self.confidence.setText(sentence)
        self.note = note
        self.show_picture(preview)
        self.show_explanation(None)

    def _show_answer_parts(self, answered: bool) -> None:
        self.kicker.setText(self.tr("Best match"))
        self.kicker.setStyleSheet("")
        self.confidence.setWordWrap(not answered)
        for widget in (self.label, self.bars, self.backend_badge, self.latency_badge, self.model_badge):
            widget.setVisible(answered)
        if not answered:
            self.fallback.setVisible(False)
            self.model_input_box.setVisible(False)

    def _show_certainty(self, prediction) -> None:
        """An unsure answer in amber, its top two side by side: "3 or 1?" over "54 % / 38 %"."""
        unsure = prediction.unsure and len(prediction.top_k) > 1
        self.kicker.setText(self.tr("Not sure") if unsure else self.tr("Best match"))
        amber = f"color: {colors(self.palette()).warn.name()};" if unsure else ""
        self.kicker.setStyleSheet(amber)
        self.label.setStyleSheet(amber)
        if unsure:
            first, second = prediction.top_k[:2]
            question = self.tr("%1 or %2?").replace("%1", first.label).replace("%2", second.label)
            self.label.setText(self._fit_label(question))
            scores = f"{format_percent(first.score)} / {format_percent(second.score)}"
            self.confidence.setText(scores)

    def _fit_label(self, text: str) -> str:
        metrics = QFontMetrics(self.label.font())
        width = max(200, self.label.width() or 400)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
