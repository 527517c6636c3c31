"""The main window: menus, notifications, the pages (drop zone, one result, a batch), panels, status bar.

A view: it lays out the widgets, turns drops into ``dropped`` and a close into
``closing``, and saves and restores its own layout. What happens next is
decided by the controllers ``desktop.app`` wires to these widgets; the window
holds no controller and never opens a file itself. Panels are
``QDockWidget``s added with ``add_panel``, status widgets with
``add_status_widget``. A panel's shortcut (Ctrl+H, Ctrl+J) brings it to the
front, and hides it only when it is in front already; the panels keep their
share of the window's width as the window is resized.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop.settings.store import read_state, write_state
from desktop.signals import emit
from desktop.ui.actions import build_actions
from desktop.ui.icons import app_icon
from desktop.ui.mime import image_data, local_paths
from desktop.ui.model_menu import ModelMenu
from desktop.ui.notifications import NotificationArea
from desktop.ui.pages.batch_view import BatchView
from desktop.ui.pages.drop_zone import DropZone
from desktop.ui.pages.result_view import ResultView
from desktop.ui.panels.history_panel import HistoryPanel
from desktop.ui.status_line import StatusLine

__all__ = ["PANEL_SHARE", "MainWindow", "Page"]

PANEL_SHARE = 0.36
"""The panels' share of the window's width until the person drags the separator (430 of 1180 px)."""


_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


class Page(IntEnum):
    """The pages of the window's centre, in their stack order."""

    EMPTY = 0
    SINGLE = 1
    BATCH = 2


class MainWindow(QMainWindow):
    """Tepi's window; see the module docstring."""

    dropped = Signal(object)
    """The ``QMimeData`` of an accepted drop (file paths or image data)."""
    closing = Signal()
    """Emitted first thing on close: the application stops its workers and saves here."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Tepi")
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.actions = build_actions(self)
        self.model_menu = ModelMenu(
            self.actions.bundled_menu, self.actions.recent_menu, self.actions.models, self
        )
        self._build_central()
        self.status_line = StatusLine(self)
        self.statusBar().addWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(True)
        self.history_panel = HistoryPanel(self)
        self.panel_share = PANEL_SHARE
        self._resizing = False
        self._settled_width = 0
        """The window's width when the panels last got their share: a panel resized at another width
        was resized by the window's layout, not by the person."""
        self.history_dock = self.add_panel(
            self.history_panel, self.tr("History"), "historyDock", self.actions.show_history
        )
        self.resize(1180, 760)

    # -- layout --------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notifications = NotificationArea(central)
        layout.addWidget(self.notifications)
        self.pages = QStackedWidget(central)
        self.drop_zone = DropZone(self.pages)
        self.result_view = ResultView(self.pages)
        self.batch_view = BatchView(self.pages)
        for page in (self.drop_zone, self.result_view, self.batch_view):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        name: str,
        toggle: QAction | None = None,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Dock ``widget`` as a panel; ``toggle`` (checkable action) or a new View-menu entry shows it."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.addDockWidget(area, dock)
        dock.installEventFilter(self)
        if toggle is None:
            toggle = dock.toggleViewAction()
            self.actions.view_menu.addAction(toggle)
        else:
            focus = getattr(widget, "table", widget)
            toggle.triggered.connect(lambda _checked=False: self.toggle_panel(dock, focus))
            dock.visibilityChanged.connect(lambda _visible: toggle.setChecked(not dock.isHidden()))
        return dock

    def show_panel(self, dock: QDockWidget, focus: QWidget | None = None) -> None:
        """Bring a panel to the front (and focus ``focus`` inside it)."""
        dock.show()
        dock.raise_()
        if focus is not None:
            focus.setFocus()

    @staticmethod
    def panel_in_front(dock: QDockWidget) -> bool:
        """Open and not behind another panel's tab."""
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def toggle_panel(self, dock: QDockWidget, focus: QWidget | None = None) -> None:
        """A panel's shortcut: to the front if it is closed or behind a tab; closed if it is in front."""
        if self.panel_in_front(dock):
            dock.hide()
        else:
            self.show_panel(dock, focus)

    # -- the panels' share of the width -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A panel resized while the window was not: the person dragged the separator; keep that share."""
        if (
            isinstance(watched, QDockWidget)
            and event.type() == QEvent.Type.Resize
            and not self._resizing
            and self.width() == self._settled_width
            and event.oldSize().width() != event.size().width()  # type: ignore[attr-defined]
            and self.isVisible()
            and self.width() > 0
            and self.panel_in_front(watched)
            and self.dockWidgetArea(watched) in _SIDES
        ):
            self.panel_share = watched.width() / self.width()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._resizing = True
        super().resizeEvent(event)
        QTimer.singleShot(0, self._keep_panel_share)

    def _keep_panel_share(self) -> None:
        """Give the side panels back their share once the window has its new size (Qt gives the
        centre all of the change, so a panel shrunk with the window would stay small)."""
        docks = [d for d in self.findChildren(QDockWidget) if self.panel_in_front(d)]
        docks = [d for d in docks if self.dockWidgetArea(d) in _SIDES and not d.isFloating()]
        if docks:
            target = round(self.width() * self.panel_share)
            self.resizeDocks(docks, [target] * len(docks), Qt.Orientation.Horizontal)
        self._resizing, self._settled_width = False, self.width()

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget on the right of the status bar (e.g. the offline queue's count)."""
        self.statusBar().addPermanentWidget(widget)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if local_paths(mime) or mime.hasImage():
            event.acceptProposedAction()
            self.drop_zone.set_drag_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_zone.set_drag_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_zone.set_drag_active(False)
        mime = event.mimeData()
        if local_paths(mime) or image_data(mime) is not None:
            event.acceptProposedAction()
            emit(self.dropped, mime)
        else:
            event.ignore()

    # -- state ---------------------------------------------------------------------------
    def restore_state(self, store: QSettings) -> None:
        geometry = read_state(store, "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = read_state(store, "state")
        if state is not None:
            self.restoreState(state)
            share = store.value("window/panelShare")
            try:
                self.panel_share = min(0.7, max(0.15, float(share))) if share is not None else PANEL_SHARE
            except (TypeError, ValueError):
                self.panel_share = PANEL_SHARE
        else:
            self.resizeDocks([self.history_dock], [430], Qt.Orientation.Horizontal)
        splitter = self.result_view.splitter
        saved = read_state(store, splitter.objectName())
        if saved is not None:
            splitter.restoreState(saved)
        self.actions.show_history.setChecked(self.history_dock.isVisible() if state is not None else True)

    def restore_panel(self, store: QSettings, dock: QDockWidget, behind: QDockWidget) -> None:
        """Place a panel added after ``restore_state``: where the saved layout has it, else a tab behind."""
        state = read_state(store, "state")
        if state is not None and dock.objectName().encode("utf-16-be") in bytes(state.data()):
            self.restoreState(state)  # Qt stores dock names as UTF-16
        else:
            self.tabifyDockWidget(behind, dock)
            behind.raise_()

    def save_state(self, store: QSettings) -> None:
        write_state(store, "geometry", self.saveGeometry())
        write_state(store, "state", self.saveState())
        store.setValue("window/panelShare", round(self.panel_share, 3))
        splitter = self.result_view.splitter
        write_state(store, splitter.objectName(), QByteArray(splitter.saveState()))

    def closeEvent(self, event: QCloseEvent) -> None:
        emit(self.closing)
        super().closeEvent(event)
