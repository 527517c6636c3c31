"""The Offline Queue panel and its status-bar count.

The panel lists what waits for the server (``QueueModel``), says why it is
waiting, and offers Retry Now, Discard and Clear All; the count in the status
bar ("3 waiting for the server") is hidden when nothing waits and opens the
panel when clicked. Both only show what the ``QueueController`` hands them
(``set_items``, ``set_stopped``); the panel's buttons become signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signals import emit, emitter
from desktop.ui.icons import icon, set_icon
from desktop.ui.panels.footer import PanelFooter
from desktop.ui.tables.base import make_table
from desktop.ui.tables.queue import QueueModel
from desktop.ui.theme import colors

__all__ = ["QueuePanel", "QueueStatusButton"]

NARROW = 440
"""Below this width the Model column is hidden (one model is the usual case)."""


class QueueStatusButton(QToolButton):
    """``3 waiting for the server`` in the status bar; hidden at 0; a click opens the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueStatusButton")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        set_icon(self, "cloud")
        self.setToolTip(self.tr("Inputs that run when the server answers again; click to see them"))
        self.count = 0
        self.setVisible(False)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(self.tr("%n waiting for the server", "", count))
        self.setAccessibleName(self.text())
        self.setVisible(count > 0)


class QueuePanel(QWidget):
    """The list of waiting inputs and what can be done with them."""

    retry_requested = Signal()
    discard_requested = Signal(object)
    """The ids of the items to discard (the person confirmed)."""
    clear_requested = Signal()
    """Discard every waiting item (the person confirmed)."""
    run_here_requested = Signal()
    """Run every waiting item on this computer instead (Run Here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stopped: str | None = None
        """Why the last replay stopped early (an endpoint-wide sentence), None while it runs."""
        self.refused_status: int | None = None
        """The HTTP status when the server refused the credentials."""
        self.no_server = False
        """No server is set any more (Settings ▸ Remote): nothing is tried; Run Here or Discard."""
        self.running_here = False
        self.setAccessibleName(self.tr("Offline queue"))
        self.model = QueueModel(self)
        self.toggle = QAction(self.tr("&Offline Queue"), parent)
        set_icon(self.toggle, "cloud")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("Ctrl+J"))
        self.toggle.setStatusTip(self.tr("Show or hide the inputs waiting for the server"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(self._status_line())
        layout.addLayout(self._list(), 1)
        layout.addLayout(self._footer())
        self._trying = QTimer(self)
        self._trying.setSingleShot(True)
        self._trying.setInterval(4000)
        self._trying.timeout.connect(self._update_state)
        self._update_state()

    # -- building -----------------------------------------------------------------------
    def _status_line(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.status_icon = QLabel(self)
        row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Queue status"))
        row.addWidget(self.status, 1)
        return row

    def _list(self) -> QStackedLayout:
        self.table = make_table(
            self,
            self.model,
            self.tr("Waiting inputs"),
            row_height=30,
            stretch=QueueModel.ERROR,
            widths={QueueModel.INPUT: 110, QueueModel.MODEL: 72},
            fit_width=True,
        )
        for column in (QueueModel.WHEN, QueueModel.STATUS):  # short texts: as wide as they are
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setText(
            self.tr(
                "Nothing is waiting for the server.\nWhen only the server can run an input and it cannot be "
                "reached, the input waits here and runs by itself once the server is back."
            )
        )
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        return self._stack

    def _footer(self) -> QHBoxLayout:
        footer = PanelFooter(self, self.tr("Queue actions"))
        self.count_label, self.toolbar = footer.count_label, footer.toolbar
        self.retry_action = footer.action(
            "refresh",
            self.tr("Retry Now"),
            self.retry_now,
            self.tr("Try the server now instead of waiting"),
            "F5",
        )
        self.run_here_action = footer.action(
            "cpu",
            self.tr("Run Here"),
            lambda: emit(self.run_here_requested),
            self.tr("Run the waiting inputs on this computer, with its own copy of their model"),
            "Ctrl+Shift+H",
        )
        self.discard_action = footer.action(
            "delete",
            self.tr("Discard…"),
            self.confirm_discard,
            self.tr("Remove the selected inputs from the queue"),
            QKeySequence.StandardKey.Delete,
        )
        self.clear_action = footer.action(
            "clear",
            self.tr("Clear All…"),
            self.confirm_clear,
            self.tr("Remove every waiting input"),
            "Ctrl+Shift+Del",
        )
        return footer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.table.setColumnHidden(QueueModel.MODEL, self.table.viewport().width() < NARROW)
        return super().eventFilter(watched, event)

    # -- state ----------------------------------------------------------------------------
    def set_items(self, items: list[Any]) -> None:
        selected = set(self.selected_ids())
        self.model.set_items(items)
        for row, item in enumerate(items):
            if item.id in selected:
                self.table.selectRow(row)
        self._update_state()

    def set_stopped(self, stopped: str | None, refused_status: int | None = None) -> None:
        """Why nothing is sent, in words to show (None: it keeps trying); ``refused_status`` for refused
        credentials."""
        self.stopped, self.refused_status = stopped, refused_status
        self._update_state()

    def retry_now(self) -> None:
        """Ask for a try now, and say that the server is being tried."""
        emit(self.retry_requested)
        self.set_trying()

    def set_no_server(self, no_server: bool) -> None:
        """Whether a server is set at all (none: say so, and offer Run Here instead of Retry Now)."""
        self.no_server = no_server
        self._update_state()

    def set_running_here(self, running: bool) -> None:
        self.running_here = running
        self._update_state()

    def set_trying(self) -> None:
        """Say that the server is being tried right now (until the next answer or a few seconds)."""
        self._trying.start()
        self._update_state()

    def _update_state(self) -> None:
        count = len(self.model.items)
        stopped = self.stopped
        palette = colors(self.palette())
        if count == 0:
            text, glyph, tone = self.tr("Everything has been sent."), "success", palette.good
        elif self.running_here:
            text, glyph, tone = self.tr("Running the waiting inputs on this computer…"), "cpu", palette.accent
        elif self.no_server:
            text = self.tr(
                "No server is set, so these inputs cannot be sent. Run them on this computer (Run Here), "
                "or discard them."
            )
            glyph, tone = "warning", palette.warn
        elif self._trying.isActive():
            text, glyph, tone = self.tr("Trying the server now…"), "refresh", palette.accent
        elif stopped:
            text = self._paused(stopped)
            glyph, tone = "warning", palette.warn
        else:
            text = self.tr(
                "The server cannot be reached. Tepi keeps trying by itself and sends these in order "
                "once it answers."
            )
            glyph, tone = "cloud", palette.muted
        self.status.setText(text)
        self.status.setToolTip(stopped if stopped and count else "")
        self.status_icon.setPixmap(icon(glyph, tone).pixmap(QSize(16, 16)))
        self._stack.setCurrentIndex(0 if count else 1)
        self.count_label.setText(self.tr("%n waiting", "", count) if count else "")
        self._update_actions()

    def _paused(self, stopped: str) -> str:
        """Why nothing is sent: for refused credentials what to do, else what the server said."""
        status = self.refused_status
        if status is not None:
            return self.tr(
                "Paused: the server refused the credentials (HTTP %1). Correct the token or API key in "
                "Settings ▸ Remote; the inputs keep waiting."
            ).replace("%1", str(status))
        return self.tr("Paused: %1").replace("%1", stopped)

    def _update_actions(self) -> None:
        count = len(self.model.items)
        self.retry_action.setEnabled(count > 0 and not self.no_server and not self.running_here)
        self.run_here_action.setEnabled(count > 0 and not self.running_here)
        self.clear_action.setEnabled(count > 0)
        self.discard_action.setEnabled(bool(self.selected_ids()))

    # -- actions ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [item.id for row in rows if (item := self.model.item(row)) is not None]

    def _confirm(self, title: str, question: str, button: str, on_yes: Any) -> QMessageBox:
        """A window-modal question that does not block; returns the box (tests press its buttons)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("They will not be predicted. Your files are not touched."))
        yes = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
        box.open()
        return box

    def confirm_discard(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids:
            return None
        box = self._confirm(
            self.tr("Discard Inputs"),
            self.tr("Discard %n selected input(s) from the queue?", "", len(ids)),
            self.tr("Discard"),
            lambda: emit(self.discard_requested, ids),
        )
        box.setObjectName("confirmDiscardQueue")
        return box

    def confirm_clear(self) -> QMessageBox:
        count = len(self.model.items)
        box = self._confirm(
            self.tr("Clear Queue"),
            self.tr("Discard all %n waiting input(s)?", "", count),
            self.tr("Clear Queue"),
            emitter(self.clear_requested),
        )
        box.setObjectName("confirmClearQueue")
        return box
