"""The folder each file dialog starts in: the last one used for that kind of dialog, across restarts.

Open Files, Open Folder, Watch Folder, Export, History's Export and the model dialogs each remember
their own folder (``folders/<kind>`` in the settings file). A remembered folder that no longer exists
falls back to the home folder, as does a first start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

__all__ = ["FolderMemory"]


class FolderMemory:
    """``start(kind)`` for a dialog's first folder, ``remember(kind, path)`` once the person chose."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store
        self._session: dict[str, str] = {}
        """Used when there is no settings file (the choice still holds until Tepi closes)."""

    def start(self, kind: str) -> str:
        value = self._session.get(kind)
        if value is None and self.store is not None:
            stored = self.store.value(f"folders/{kind}")
            value = str(stored) if stored else None
        if value and Path(value).is_dir():  # one stat: a folder gone since falls back to home
            return value
        return str(Path.home())

    def suggest(self, kind: str, name: str) -> str:
        """``name`` in the folder ``kind`` starts in (a save dialog's proposed file)."""
        return str(Path(self.start(kind)) / name)

    def remember(self, kind: str, chosen: str | Path) -> None:
        """``chosen`` is a folder (Open Folder) or a file (the folder it is in is kept)."""
        path = Path(chosen)
        folder = str(path if path.is_dir() else path.parent)
        self._session[kind] = folder
        if self.store is not None:
            self.store.setValue(f"folders/{kind}", folder)
