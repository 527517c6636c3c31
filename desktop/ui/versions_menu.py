"""Model ▸ Version: the versions of the current pack, the active one checked, and Roll Back's target.

The submenu's title names the active version ("Version 1.1"); each installed or
bundled version is an item, and choosing one comes out as ``version_chosen``.
Roll Back and Check for Updates are the window's actions; this view only says
what they would do and whether they can.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.engine.packs import PackVersions
from desktop.signals import emit

__all__ = ["VersionsMenu"]


class VersionsMenu(QObject):
    """Fills Model ▸ Version and words Roll Back and Check for Updates for the current pack."""

    version_chosen = Signal(str)

    def __init__(self, menu: QMenu, roll_back: QAction, check_updates: QAction) -> None:
        super().__init__(menu)
        self.menu, self.roll_back, self.check_updates = menu, roll_back, check_updates
        self.group = QActionGroup(menu)
        self.group.setExclusive(True)
        self.group.triggered.connect(self._on_group_triggered)
        self.versions: PackVersions | None = None
        self.show(None)

    def show(self, versions: PackVersions | None) -> None:
        """The current pack's versions; None for a model that is not a named pack (a file, a folder)."""
        self.versions = versions
        for action in self.group.actions():
            self.group.removeAction(action)
        self.menu.clear()
        if versions is None:
            self.menu.setTitle(self.tr("&Version"))
            self.menu.addAction(self.tr("Only installed and bundled packs have versions")).setEnabled(False)
        else:
            self.menu.setTitle(self.tr("&Version %1").replace("%1", versions.active))
            for entry in versions.versions:
                text = entry.version
                if entry.bundled:
                    text = self.tr("%1 (bundled)").replace("%1", text)
                if entry.signed_by:
                    text = self.tr("%1 · signed by %2").replace("%1", text).replace("%2", entry.signed_by)
                action = self.menu.addAction(text)
                action.setData(entry.version)
                action.setCheckable(True)
                action.setChecked(entry.active)
                self.group.addAction(action)
        self._word_actions(versions)

    def _word_actions(self, versions: PackVersions | None) -> None:
        target = versions.previous if versions else None
        self.roll_back.setEnabled(target is not None)
        self.roll_back.setText(
            self.tr("Ro&ll Back to %1").replace("%1", target) if target else self.tr("Ro&ll Back")
        )
        has_source = bool(versions and versions.source)
        self.check_updates.setEnabled(has_source)
        self.check_updates.setToolTip(
            self.tr("Install a newer version from %1").replace("%1", versions.source or "")
            if versions and versions.source
            else self.tr("This model has no update source (python -m inference pack update NAME --from URL)")
        )

    def _on_group_triggered(self, action: QAction) -> None:
        if self.versions is not None and action.data() != self.versions.active:
            emit(self.version_chosen, str(action.data()))
