"""Getting inputs in: Open Files, Open Folder, Watch Folder, Paste, drops, Try a Sample, the command line.

Each gesture becomes one ``Engine`` call (``open_paths`` or
``predict_image_data``); file dialogs are separate from the action behind
them (``choose_files`` vs ``open_paths``) so tests drive the real behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.settings.folders import FolderMemory
from desktop.ui.mime import image_data, local_paths

__all__ = ["IMAGE_PATTERNS", "InputController"]

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff"


class InputController(QObject):
    """Turns the ways in into predictions; ``dialog_parent`` owns the file dialogs."""

    def __init__(self, engine: Engine, notifier: Notifier, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.engine = engine
        self.notifier = notifier
        self.dialog_parent = dialog_parent
        self.folders = FolderMemory()
        """Where each file dialog starts (the app gives the one kept in its settings)."""
        self._sample_index = 0

    def open_paths(self, paths: list[str]) -> int | None:
        """Predict these paths (models among them are offered); the command line comes here too."""
        paths = [p for p in paths if p]
        if not paths:
            return None
        self.notifier.clear()
        return self.engine.open_paths(paths)

    def take_mime(self, mime: QMimeData) -> bool:
        """Use dropped or pasted data: file paths first, else image data."""
        paths = local_paths(mime)
        if paths:
            self.open_paths(paths)
            return True
        data = image_data(mime)
        if data is None:
            return False
        self.notifier.clear()
        self.engine.predict_image_data(data, self.tr("pasted image"))
        return True

    def choose_files(self) -> None:
        """Open Files, offering what the loaded model takes (images, or CSV files)."""
        status = self.engine.status
        filters = (
            [self.tr("CSV files (*.csv *.tsv *.txt)"), self.tr("All files (*)")]
            if status is not None and not status.is_image
            else [self.tr("Images (%1)").replace("%1", IMAGE_PATTERNS), self.tr("All files (*)")]
        )
        paths, _ = QFileDialog.getOpenFileNames(
            self.dialog_parent, self.tr("Open Files"), self.folders.start("open"), ";;".join(filters)
        )
        if paths:
            self.folders.remember("open", paths[0])
        self.open_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.dialog_parent, self.tr("Open Folder"), self.folders.start("folder")
        )
        if folder:
            self.folders.remember("folder", folder)
            self.open_paths([folder])

    def choose_watch_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.dialog_parent, self.tr("Watch Folder"), self.folders.start("watch")
        )
        if folder:
            self.folders.remember("watch", folder)
            self.watch_folder(folder)

    def watch_folder(self, folder: str) -> int | None:
        """Predict what arrives in ``folder`` until the person stops it (the batch table fills)."""
        if self.engine.status is None:
            self.notifier.notify("info", self.tr("Open a model first, then watch a folder with it."))
            return None
        self.notifier.clear()
        return self.engine.watch_folder(folder)

    def paste(self) -> None:
        if not self.take_mime(QGuiApplication.clipboard().mimeData()):
            self.notifier.notify("info", self.tr("The clipboard holds no image and no file paths."))

    def try_sample(self) -> None:
        status = self.engine.status
        if status is None or not status.samples:
            self.notifier.notify(
                "info", self.tr("This model has no bundled sample; drop one of your own files.")
            )
            return
        sample = status.samples[self._sample_index % len(status.samples)]
        self._sample_index += 1
        self.open_paths([str(sample)])
