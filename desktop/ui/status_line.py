"""The status bar's sentence: which model is ready, loading, or what Tepi is doing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from desktop.engine.events import ModelStatus

__all__ = ["StatusLine"]


class StatusLine(QLabel):
    """``Ready · digits 1.0 · local LiteRT``, ``Loading model iris…``, ``Working…``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Starting…"))
        self.setAccessibleName(self.tr("Status"))

    def show_ready(self, status: ModelStatus) -> None:
        self.setText(
            self.tr("Ready · %1 %2 · %3")
            .replace("%1", status.name)
            .replace("%2", status.version)
            .replace("%3", status.backend)
        )

    def set_signer(self, signer: str | None) -> None:
        """Who signed the loaded model, on the status line's tooltip (None: unsigned or not known)."""
        self.setToolTip(self.tr("Signed by %1").replace("%1", signer) if signer else "")

    def show_loading(self, ref: str) -> None:
        name = Path(ref).name if ("/" in ref or "\\" in ref) else ref
        self.setText(self.tr("Loading model %1…").replace("%1", name))

    def show_no_model(self) -> None:
        self.setText(self.tr("No model loaded · use Model ▸ Open Model…"))

    def show_working(self) -> None:
        self.setText(self.tr("Working…"))
