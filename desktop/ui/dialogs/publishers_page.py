"""Settings ▸ Models: the trusted publishers, whose signed packs are the only ones that open.

The page edits a list in memory: Add Key… picks a ``.pub`` file, Remove drops
the selected key, and a check box trusts Tepi's own release key (it signs the
bundled models). OK calls ``apply()``, which emits the changes for the
controller to write into the config folder on a worker; the keys themselves
arrive through ``show_keys`` once the worker has read them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.packs import KeyEntry
from desktop.signals import emit

__all__ = ["PublishersPage"]


class PublishersPage(QWidget):
    """Settings ▸ Models ▸ Trusted publishers."""

    apply_requested = Signal(object, object, bool)
    """OK: keys to add (``[(path, name)]``), names to remove, and whether to trust the release key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.setObjectName("publishersPage")
        self.loaded: list[KeyEntry] | None = None
        self.added: list[tuple[str, str]] = []
        self.removed: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        group = QGroupBox(self.tr("Trusted publishers"), self)
        inner = QVBoxLayout(group)
        explain = QLabel(
            self.tr(
                "With no trusted publisher, every model opens. Once you trust one, Tepi opens only "
                "model packs signed with a trusted key and refuses the rest."
            ),
            group,
        )
        explain.setWordWrap(True)
        inner.addWidget(explain)
        self.keys = QTreeWidget(group)
        self.keys.setHeaderLabels([self.tr("Publisher"), self.tr("Key fingerprint")])
        self.keys.setRootIsDecorated(False)
        self.keys.setAccessibleName(self.tr("Trusted publishers"))
        self.keys.itemSelectionChanged.connect(self._update_buttons)
        inner.addWidget(self.keys)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add Key…"), group)
        self.remove_button = QPushButton(self.tr("Remove"), group)
        self.add_button.clicked.connect(self._choose_key)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        self.release = QCheckBox(self.tr("Trust Tepi's release key (it signs the bundled models)"), group)
        inner.addWidget(self.release)
        layout.addWidget(group)
        layout.addStretch(1)
        self._set_enabled(False)

    def show_keys(self, keys: list[KeyEntry]) -> None:
        """The keys the config folder holds (the worker read them)."""
        self.loaded = keys
        self.release.setChecked(any(k.release for k in keys))
        self._refill()
        self._set_enabled(True)

    def add_key_file(self, path: str, name: str = "") -> None:
        """A ``.pub`` file to trust on OK (named after the file unless ``name`` is given)."""
        shown = name or Path(path).stem
        self.added = [(p, n) for p, n in self.added if (n or Path(p).stem) != shown] + [(path, name)]
        self.removed = [r for r in self.removed if r != shown]
        self._refill()

    def apply(self) -> None:
        if self.loaded is None:
            return  # never shown: nothing changed
        was_release = any(k.release for k in self.loaded)
        if self.added or self.removed or was_release != self.release.isChecked():
            emit(self.apply_requested, list(self.added), list(self.removed), self.release.isChecked())

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a Publisher's Key"), "", self.tr("Public keys (*.pub *.pem)")
        )
        if path:
            self.add_key_file(path)

    def _remove_selected(self) -> None:
        for item in self.keys.selectedItems():
            name = str(item.data(0, Qt.ItemDataRole.UserRole))
            if any((n or Path(p).stem) == name for p, n in self.added):
                self.added = [(p, n) for p, n in self.added if (n or Path(p).stem) != name]
            else:
                self.removed.append(name)
        self._refill()

    def _refill(self) -> None:
        self.keys.clear()
        for key in self.loaded or []:
            if key.name not in self.removed and not key.release:
                self._row(key.name, key.fingerprint)
        for path, name in self.added:
            self._row(name or Path(path).stem, self.tr("added when you press OK"))
        self.keys.resizeColumnToContents(0)
        self._update_buttons()

    def _row(self, name: str, fingerprint: str) -> None:
        item = QTreeWidgetItem([name, fingerprint])
        item.setData(0, Qt.ItemDataRole.UserRole, name)
        self.keys.addTopLevelItem(item)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.keys, self.add_button, self.release):
            widget.setEnabled(enabled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.keys.isEnabled() and bool(self.keys.selectedItems()))
