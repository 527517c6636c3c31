"""Synthesized drag-and-drop and clipboard gestures (mouse-driven drags do not work in QTest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def url_mime(paths: Sequence[Path | str]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_enter(target: QWidget, mime: QMimeData) -> bool:
    point = target.rect().center()  # QDragEnterEvent takes a QPoint (PySide6 6.11) or QPointF (6.12)
    event = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def drop_mime(target: QWidget, mime: QMimeData) -> bool:
    """Enter, then drop, as a file manager does; returns whether the drop was accepted."""
    if not drag_enter(target, mime):
        QApplication.sendEvent(target, QDragLeaveEvent())
        return False
    event = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def drop_paths(target: QWidget, paths: Sequence[Path | str]) -> bool:
    return drop_mime(target, url_mime(paths))


def answer_file_dialog(qtbot, open_it, respond) -> dict:
    """Run ``open_it`` (which shows a modal ``QFileDialog``), then ``respond(dialog)`` to the real dialog
    once it is up; returns what the dialog showed first: its folder, filters and proposed file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    seen: dict = {}

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, handle)
            return
        seen.update(
            folder=dialog.directory().absolutePath(),
            filters=dialog.nameFilters(),
            selected=dialog.selectedFiles(),
        )
        respond(dialog)

    QTimer.singleShot(0, handle)
    open_it()
    return seen


def choose(path) -> object:
    """A ``respond`` for ``answer_file_dialog``: pick ``path`` and accept."""

    def respond(dialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return respond
