"""``Notifier``: the one place news and errors become banners, in the person's language.

Controllers call ``notify(level, sentence)`` and ``error(exc)``; anything that
is not a ``TepiError`` reads "something went wrong inside Tepi" with an Open
Log Folder button (details are in the log). ``internal_error`` may be emitted
from any thread (the exception hooks do).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.text.errors import describe_error, internal_error
from desktop.ui.notifications import Banner, NotificationArea

__all__ = ["VIEW", "Notifier", "open_folder"]

Actions = Sequence[tuple[str, Callable[[], None]]]
VIEW = "view"
"""The scope of a banner about what the window shows (a batch's failures, a file that failed)."""


def open_folder(folder: object) -> None:
    """Show ``folder`` in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class Notifier(QObject):
    """Shows sentences on a ``NotificationArea``."""

    internal_error = Signal()
    """Emitted (from any thread) by the exception hooks: shows the "details are in the log" sentence."""

    def __init__(self, area: NotificationArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.internal_error.connect(
            lambda: self.notify("error", internal_error(), actions=self._log_action())
        )

    def notify(self, level: str, text: str, *, actions: Actions = (), scope: str | None = None) -> Banner:
        """A banner; ``scope="view"`` ties it to what the window shows now (``leave_view``)."""
        return self.area.notify(level, text, actions=actions, scope=scope)

    def error(self, exc: BaseException, *, prefix: str = "", scope: str | None = None) -> None:
        """One translated sentence for ``exc``; details are already in the log."""
        sentence = describe_error(exc)
        text = f"{prefix} {sentence}" if prefix else sentence
        actions = self._log_action() if sentence == internal_error() else []
        self.notify("error", text, actions=actions, scope=scope)

    def leave_view(self) -> None:
        """The window shows something else now: the banners about what it showed go."""
        self.area.dismiss_scope(VIEW)

    def clear(self) -> None:
        self.area.clear()

    def _log_action(self) -> list[tuple[str, Callable[[], None]]]:
        return [(self.tr("Open Log Folder"), open_log_folder)]


def open_log_folder() -> None:
    from desktop.logs import log_file

    open_folder(log_file().parent)
