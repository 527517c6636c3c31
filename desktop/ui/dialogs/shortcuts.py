"""Help ▸ Keyboard Shortcuts (F1): every shortcut of the window, read from the menus themselves.

The list is made from the actions the window really has (the menu bar, then each panel's own
buttons), so it cannot drift from what the keys do; the README's table is checked against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenuBar, QVBoxLayout, QWidget

from desktop.ui.tables.base import Index, RowTableModel, make_table

__all__ = ["Shortcut", "ShortcutsDialog", "shortcuts"]


@dataclass(frozen=True)
class Shortcut:
    where: str
    """The menu or panel (``File``, ``Model ▸ Bundled Models``, ``History``)."""
    command: str
    keys: str
    """As the platform writes it (``Ctrl+Shift+O``)."""


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts(menu_bar: QMenuBar, panels: Sequence[tuple[str, Iterable[QAction]]] = ()) -> list[Shortcut]:
    """Every action with a shortcut: the menus in their order, then the panels' own actions."""
    found: list[Shortcut] = []

    def walk(actions: Iterable[QAction], where: str) -> None:
        for action in actions:
            if action.menu() is not None:
                sub = action.menu()
                walk(sub.actions(), f"{where} ▸ {_clean(sub.title())}")  # type: ignore[union-attr]
            elif not action.isSeparator() and _keys(action):
                found.append(Shortcut(where, _clean(action.text()), _keys(action)))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu().actions(), _clean(top.text()))  # type: ignore[union-attr]
    for title, actions in panels:
        walk(actions, title)
    return found


class ShortcutModel(RowTableModel):
    WHERE, COMMAND, KEYS = range(3)

    def __init__(self, rows: list[Shortcut], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._headers = [self.tr("Menu or panel"), self.tr("Command"), self.tr("Shortcut")]

    def row_list(self) -> list[Shortcut]:
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if not index.isValid() or role not in shown:
            return None
        row = self.rows[index.row()]
        return (row.where, row.command, row.keys)[index.column()]


class ShortcutsDialog(QDialog):
    """The list of shortcuts; Close (Esc) closes it."""

    def __init__(self, rows: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = ShortcutModel(rows, self)
        layout = QVBoxLayout(self)
        self.table = make_table(
            self, self.model, self.tr("Keyboard shortcuts"), row_height=26, stretch=ShortcutModel.COMMAND
        )
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.resizeColumnToContents(ShortcutModel.WHERE)
        self.table.resizeColumnToContents(ShortcutModel.KEYS)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.table.setCurrentIndex(self.model.index(0, 0, QModelIndex()))
