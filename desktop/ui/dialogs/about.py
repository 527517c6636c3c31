"""Help ▸ About Tepi."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["show_about"]


def show_about(parent: QWidget) -> None:
    """Help ▸ About: the version, what Tepi does, the licence."""
    from inference import __version__

    translate = QCoreApplication.translate
    QMessageBox.about(
        parent,
        translate("About", "About Tepi"),
        translate(
            "About",
            "<h3>Tepi %1</h3><p>Runs trained TensorFlow and LiteRT models on this computer, "
            "offline and fast, with a remote endpoint as a fallback.</p>"
            "<p>Licensed under the Apache License 2.0.</p>",
        ).replace("%1", __version__),
    )
