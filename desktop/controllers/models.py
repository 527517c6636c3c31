"""Models: opening one (menus, dialogs, a dropped model file), Model Info, and what the window says of it.

A model that finished loading updates the status line, the drop zone, the
Model menus and the remembered model; those are touched only when a model
loads, never after a prediction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.engine.events import ModelFailed, ModelOffered, ModelReady
from desktop.settings.folders import FolderMemory
from desktop.ui.actions import Actions
from desktop.ui.model_menu import ModelMenu
from desktop.ui.pages.drop_zone import DropZone
from desktop.ui.status_line import StatusLine

__all__ = ["DEFAULT_MODEL", "MODEL_FILTER", "ModelController"]

DEFAULT_MODEL = "digits"
MODEL_FILTER = "*.tflite *.keras *.h5 *.hdf5 *.onnx *.zip model.toml"


class ModelController(QObject):
    """Loads models on the engine and shows which one is ready.

    ``remember(ref)`` is told each model that loaded (the settings keep it as
    the current and most recent one) and returns the recent list to show.
    """

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        status: StatusLine,
        drop_zone: DropZone,
        menu: ModelMenu,
        actions: Actions,
        remember: Callable[[str], tuple[str, ...]],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.engine, self.notifier, self.status, self.drop_zone = engine, notifier, status, drop_zone
        self.menu, self.actions, self.remember, self.dialog_parent = menu, actions, remember, dialog_parent
        self.folders = FolderMemory()
        self.info_dialog: QWidget | None = None
        engine.model_loading.connect(self._on_engine_model_loading)
        engine.model_ready.connect(self._on_engine_model_ready)
        engine.model_failed.connect(self._on_engine_model_failed)
        engine.model_offered.connect(self._on_engine_model_offered)
        menu.model_chosen.connect(self._on_menu_model_chosen)

    def load(self, ref: str) -> None:
        self.engine.load_model(ref)

    # -- the engine's events -------------------------------------------------------------
    def _on_engine_model_loading(self, ref: str) -> None:
        self.status.show_loading(ref)
        self.update_enabled()

    def _on_engine_model_ready(self, event: ModelReady) -> None:
        status = event.status
        self.drop_zone.set_model(
            status.name, status.description, tabular=not status.is_image, features=status.features
        )
        self.drop_zone.set_sample_available(bool(status.samples))
        self.menu.set_bundled(status.bundled)
        self.menu.set_current(status.ref)
        self.menu.set_recent(self.remember(status.ref))
        self.status.show_ready(status)
        self.update_enabled()

    def _on_engine_model_failed(self, event: ModelFailed) -> None:
        name = Path(event.ref).name or event.ref
        self.notifier.error(
            event.error, prefix=self.tr("Tepi could not open the model %1.").replace("%1", name)
        )
        current = self.engine.status
        if current is None and event.ref != DEFAULT_MODEL:
            self.engine.load_model(DEFAULT_MODEL)  # the remembered model is gone: start with the bundled one
        elif current is None:
            self.status.show_no_model()
        else:
            self.menu.set_current(current.ref)
            self._show_ready()
        self.update_enabled()

    def _on_engine_model_offered(self, event: ModelOffered) -> None:
        name = Path(event.path).name
        self.notifier.notify(
            "info",
            self.tr("%1 is a model. Switch to it?").replace("%1", name),
            actions=[(self.tr("Switch Model"), lambda: self.engine.load_model(event.path))],
        )

    def _on_menu_model_chosen(self, ref: str) -> None:
        if self.engine.status is None or ref != self.engine.status.ref:
            self.engine.load_model(ref)

    def _show_ready(self) -> None:
        if not self.engine.busy and not self.engine.loading and self.engine.status is not None:
            self.status.show_ready(self.engine.status)
        self.update_enabled()

    # -- actions -----------------------------------------------------------------------
    def choose_model_file(self) -> None:
        models = self.tr("Models (%1)").replace("%1", MODEL_FILTER)
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, self.tr("Open Model"), self.folders.start("model"), models
        )
        if path:
            self.folders.remember("model", path)
            self.engine.load_model(path)

    def choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.dialog_parent, self.tr("Open Model Folder"), self.folders.start("model")
        )
        if folder:
            self.folders.remember("model", Path(folder).parent)
            self.engine.load_model(folder)

    def show_model_info(self) -> None:
        from desktop.ui.dialogs.model_info import ModelInfoDialog

        def show(result: tuple[dict, str]) -> None:
            dialog = ModelInfoDialog(result[0], result[1], self.dialog_parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.info_dialog = dialog
            self._show_ready()

        self.status.setText(self.tr("Reading the model…"))
        self.engine.describe_model(on_result=show, on_error=self.notifier.error)

    def update_enabled(self) -> None:
        status = self.engine.status
        self.actions.model_info.setEnabled(status is not None)
        self.actions.sample.setEnabled(bool(status and status.samples))
