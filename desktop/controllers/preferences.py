"""The settings: the Settings dialog, applying what the person chose, and keeping it.

``AppSettings`` lives here; the settings file is written when they change
(OK in the dialog) and when the window closes, never per prediction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from desktop.controllers.history import HistoryController
from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.settings.app_settings import AppSettings, write_settings
from desktop.ui.dialogs.settings_dialog import SettingsDialog

__all__ = ["PageFactory", "PreferencesController"]

PageFactory = Callable[[SettingsDialog], QWidget]
"""Makes an extra Settings tab: a widget (tab title: its ``windowTitle``) with ``apply()``, called on OK,
and optionally ``validate() -> bool``, which can refuse OK."""


class PreferencesController(QObject):
    """Owns the current ``AppSettings`` and applies changes to the engine, the history and the look."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        history: HistoryController,
        settings: AppSettings,
        store: QSettings | None,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.engine, self.notifier, self.history = engine, notifier, history
        self.settings, self.store, self.dialog_parent = settings, store, dialog_parent
        self.pages: list[PageFactory] = []
        self.dialog: SettingsDialog | None = None
        engine.set_options(
            top_k=settings.top_k, threads=settings.threads, history_enabled=settings.history_enabled
        )
        history.set_enabled(settings.history_enabled)

    def add_page(self, factory: PageFactory) -> None:
        """An extra Settings tab (the remote endpoint's); see ``PageFactory``."""
        self.pages.append(factory)

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.dialog_parent)
        for factory in self.pages:
            dialog.add_page(factory(dialog))
        dialog.accepted.connect(lambda: self.apply(dialog.settings()))
        dialog.accepted.connect(dialog.apply_pages)
        dialog.open()
        self.dialog = dialog

    def apply(self, new: AppSettings) -> None:
        from desktop.ui.theme import apply_appearance

        old, self.settings = self.settings, new
        engine = self.engine
        reload = engine.set_options(top_k=new.top_k, threads=new.threads, history_enabled=new.history_enabled)
        if reload and engine.status is not None:
            engine.load_model(engine.status.ref)
        if new.theme != old.theme:
            apply_appearance(new.theme)
        if new.retention_days:
            self.history.prune(new.retention_days)
        self.history.set_enabled(new.history_enabled)
        self.history.refresh()
        if new.language != old.language:
            self.notifier.notify("info", self.tr("Tepi will use the new language from its next start."))
        self.save()

    def remember_model(self, ref: str) -> tuple[str, ...]:
        """``ref`` is the current model now (kept at the next save); returns the recent models."""
        self.settings = self.settings.with_recent(ref)
        return self.settings.recent_models

    def clear_recent(self) -> tuple[str, ...]:
        self.settings = replace(self.settings, recent_models=())
        return ()

    def save(self) -> None:
        if self.store is not None:
            write_settings(self.store, self.settings)
