"""Explain: the heatmap over the single result's picture, and a batch row explained on demand.

The Explain action (Ctrl+Shift+X, and the toggle under the picture) stays on
from one result to the next, so each new picture is explained as it comes.
The work runs on the inference worker (``Engine.explain``); switching it off,
or another result arriving, cancels what is running. A result reopened from
the History panel shows the explanation kept with it, without the model; one
that has none says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.engine.events import BatchRow, ExplanationReady, SingleReady
from desktop.text.formats import format_ms
from desktop.ui.actions import Actions
from desktop.ui.pages.batch_view import BatchView
from desktop.ui.pages.result_view import ResultView

__all__ = ["ExplainController"]


class ExplainController(QObject):
    """Keeps the Explain action, the result page's overlay and the engine's explanations in step."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        pages: QStackedWidget,
        result_view: ResultView,
        batch_view: BatchView,
        actions: Actions,
    ) -> None:
        super().__init__(pages)
        self.engine, self.notifier, self.pages = engine, notifier, pages
        self.view, self.action = result_view, actions.explain
        self.current: ExplanationReady | None = None
        """The explanation of the result shown, once known."""
        self.live_model: str | None = None
        """The model (``name@version``) that predicted the result shown; None for a history entry."""
        self.entry_id: int | None = None
        self._quiet = False
        self.view.explain_button.setDefaultAction(self.action)
        self.action.toggled.connect(self._on_action_toggled)
        engine.single_ready.connect(self._on_engine_single_ready)
        engine.explanation_ready.connect(self._on_engine_explanation_ready)
        engine.explanation_failed.connect(self._on_engine_explanation_failed)
        batch_view.explain_requested.connect(self._on_batch_explain_requested)
        pages.currentChanged.connect(lambda _index: self.update_enabled())
        self.update_enabled()

    # -- what happens ------------------------------------------------------------------
    def _on_engine_single_ready(self, event: SingleReady) -> None:
        self.current, self.entry_id = None, event.entry_id
        self.live_model = event.prediction.model
        if event.explain:  # a batch row asked for: its explanation follows
            self._set_checked(True)
            self.view.show_explaining()
        elif self.action.isChecked() and event.preview is not None:
            self._explain_live()
        self.update_enabled()

    def show_history_entry(self, entry, thumbnail) -> None:
        """A History entry is on the result page: show the explanation kept with it, if any."""
        if not entry.ok:
            return  # its sentence was shown instead of the page
        self.engine.cancel_explanation()
        entry_id = entry.id
        self.current, self.entry_id, self.live_model = None, entry_id, None
        self.update_enabled()
        if thumbnail is None:
            return
        size = (thumbnail.width(), thumbnail.height())
        self.engine.saved_explanation(entry_id, size, lambda ready: self._on_saved(entry_id, ready))

    def _on_saved(self, entry_id: int, ready: ExplanationReady | None) -> None:
        if entry_id != self.entry_id or self.live_model is not None:
            return  # another result is shown by now
        self.current = ready
        if self.action.isChecked():
            self._show_current()

    def _on_action_toggled(self, on: bool) -> None:
        if self._quiet:
            return
        if not on:
            self.engine.cancel_explanation()
            self.view.show_explanation(None)
        elif self.current is not None:
            self._show_current()
        elif self._can_explain_live():
            self._explain_live()
        else:
            self.view.show_explanation(
                None,
                self.tr("No explanation was kept with this entry; open the picture again to explain it."),
            )

    def _on_batch_explain_requested(self, row: BatchRow) -> None:
        self.engine.explain_row(row.outcome.input, row.entry_id)

    def _on_engine_explanation_ready(self, ready: ExplanationReady) -> None:
        self.current = ready
        if self.action.isChecked():
            self._show_current()

    def _on_engine_explanation_failed(self, error: BaseException) -> None:
        self._set_checked(False)
        self.view.show_explanation(None)
        self.notifier.error(error)

    # -- helpers -------------------------------------------------------------------------
    def _can_explain_live(self) -> bool:
        status = self.engine.status
        return (
            self.live_model is not None
            and status is not None
            and status.model_ref == self.live_model
            and status.is_image
        )

    def _explain_live(self) -> None:
        if not self._can_explain_live():
            self.view.show_explanation(
                None,
                self.tr("Only results of the model loaded now can be explained; open the picture again."),
            )
            return
        self.view.show_explaining()
        self.engine.explain()

    def _show_current(self) -> None:
        ready = self.current
        assert ready is not None
        method = self.tr("Grad-CAM") if ready.method == "gradcam" else self.tr("occlusion")
        if ready.saved:
            note = self.tr("Kept in the history with this result (%1). Brighter colours mattered more.")
            note = note.replace("%1", method)
        else:
            note = (
                self.tr("Where the model found “%1”: %2, %3 passes, %4 ms. Brighter colours mattered more.")
                .replace("%1", ready.label)
                .replace("%2", method)
                .replace("%3", str(ready.passes))
                .replace("%4", format_ms(ready.explain_ms))
            )
        self.view.show_explanation(ready.overlay, note)

    def _set_checked(self, on: bool) -> None:
        """Check or uncheck the action (and so the toggle) without acting on it."""
        self._quiet = True
        try:
            self.action.setChecked(on)
        finally:
            self._quiet = False

    def update_enabled(self) -> None:
        showing = self.pages.currentWidget() is self.view and self.view.preview.has_image()
        self.action.setEnabled(showing)
