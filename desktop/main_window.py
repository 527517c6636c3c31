"""The main window: menus, the drop area, the result pages, panels and the status bar.

The window shows what the ``Engine`` reports and turns the person's gestures
(drop, paste, menus) into ``Engine`` calls; it never opens a file itself.
Panels are ``QDockWidget``s added with ``add_panel`` (History here; a Queue
panel plugs in the same way) and status widgets with ``add_status_widget``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop import settings as settings_io
from desktop.actions import build_actions
from desktop.engine import Engine
from desktop.icons import app_icon
from desktop.jobs import JobStart, JobSummary, ModelStatus, SingleResult
from desktop.messages import describe_error
from desktop.settings import AppSettings
from desktop.signals import emit
from desktop.widgets.batch_view import BatchView
from desktop.widgets.drop_zone import DropZone
from desktop.widgets.history_panel import HistoryPanel
from desktop.widgets.notifications import NotificationArea
from desktop.widgets.result_view import ResultView
from desktop.window_commands import WindowCommands

__all__ = ["MainWindow"]

logger = logging.getLogger(__name__)
EMPTY, SINGLE, BATCH = range(3)
DEFAULT_MODEL = "digits"


def local_paths(mime: QMimeData) -> list[str]:
    """Local file paths carried by a drop or the clipboard (URLs, or one path per text line)."""
    if mime.hasUrls():
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        paths = [QUrl(line).toLocalFile() if line.startswith("file:") else line for line in lines]
        if paths and all(p.startswith(("/", "~")) or (len(p) > 2 and p[1] == ":") for p in paths):
            return [str(Path(p).expanduser()) for p in paths]
    return []


class MainWindow(QMainWindow):
    """Tepi's window; ``commands`` holds the actions' behaviour."""

    result_shown = Signal(object)
    """Every outcome the window shows (a ``Prediction`` or ``Failure``), for the self-test."""
    internal_error = Signal()
    """Emitted (from any thread) by the exception hooks: shows the "details are in the log" sentence."""
    closing = Signal()
    """Emitted first thing on close, before the engine stops: panels stop their own workers here."""

    def __init__(self, engine: Engine, settings: AppSettings, store: QSettings | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.settings = settings
        self.store = store
        self.current_job: int | None = None
        self.settings_pages: list = []
        """Factories ``(dialog) -> page`` for extra Settings tabs; see ``add_settings_page``."""
        self.setWindowTitle("Tepi")
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.actions = build_actions(self)
        self._build_central()
        self._build_status_bar()
        self.history_panel = HistoryPanel(engine, self)
        self.history_dock = self.add_panel(
            self.history_panel, self.tr("History"), "historyDock", self.actions.show_history
        )
        self.commands = WindowCommands(self)
        self._connect_engine()
        self.resize(1180, 760)
        self.restore_state()

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

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(self.tr("Starting…"), self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(True)

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        name: str,
        toggle=None,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Dock ``widget`` as a panel; ``toggle`` (checkable action) or a new View-menu entry shows it."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.addDockWidget(area, dock)
        if toggle is None:
            toggle = dock.toggleViewAction()
            self.actions.view_menu.addAction(toggle)
        else:
            toggle.toggled.connect(dock.setVisible)
            dock.visibilityChanged.connect(lambda _visible: toggle.setChecked(dock.isVisible()))
        return dock

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget on the right of the status bar (e.g. the offline queue's count)."""
        self.statusBar().addPermanentWidget(widget)

    def add_settings_page(self, factory) -> None:
        """An extra Settings tab: ``factory(dialog)`` returns a widget (tab title: its ``windowTitle``)
        with ``apply()``, called on OK, and optionally ``validate() -> bool``, which can refuse OK."""
        self.settings_pages.append(factory)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.actions.close_result.setEnabled(page != EMPTY)
        self.actions.export.setEnabled(page == BATCH and bool(self.batch_view.model.rows))

    # -- engine signals ----------------------------------------------------------------------
    def _connect_engine(self) -> None:
        e = self.engine
        e.model_loading.connect(self._on_engine_model_loading)
        e.model_ready.connect(self._on_engine_model_ready)
        e.model_failed.connect(self._on_engine_model_failed)
        e.model_offered.connect(self.commands.offer_model)
        e.job_started.connect(self._on_engine_job_started)
        e.single_result.connect(self._on_engine_single_result)
        e.rows_ready.connect(self._on_engine_rows_ready)
        e.job_finished.connect(self._on_engine_job_finished)
        e.job_failed.connect(self._on_engine_job_failed)
        e.history_changed.connect(self.history_panel.schedule_refresh)
        e.history_failed.connect(lambda exc: self.notify_error(exc))
        self.history_panel.notify.connect(lambda level, text: self.notifications.notify(level, text))
        self.history_panel.failed.connect(self.notify_error)
        self.history_panel.reopen_requested.connect(self.commands.reopen_entry)
        self.internal_error.connect(self._on_internal_error)

    def _on_internal_error(self) -> None:
        from desktop.messages import internal_error

        self.notifications.notify(
            "error", internal_error(), actions=[(self.tr("Open Log Folder"), self.commands.open_log_folder)]
        )

    def _on_engine_model_loading(self, ref: str) -> None:
        name = Path(ref).name if ("/" in ref or "\\" in ref) else ref
        self.status_label.setText(self.tr("Loading model %1…").replace("%1", name))
        self.commands.update_enabled()

    def _on_engine_model_ready(self, status: ModelStatus) -> None:
        self.status_label.setText(
            self.tr("Ready · %1 %2 · %3")
            .replace("%1", status.name)
            .replace("%2", status.version)
            .replace("%3", status.backend)
        )
        self.drop_zone.set_model_kind(tabular=not status.is_image)
        self.drop_zone.set_sample_available(bool(status.samples))
        self.settings = self.settings.with_recent(status.ref)
        self.commands.model_changed(status)

    def _on_engine_model_failed(self, ref: str, exc: BaseException) -> None:
        name = Path(ref).name or ref
        current = self.engine.status
        self.notify_error(exc, prefix=self.tr("Tepi could not open the model %1.").replace("%1", name))
        if current is None and ref != DEFAULT_MODEL:
            self.engine.load_model(DEFAULT_MODEL)  # the remembered model is gone: start with the bundled one
        elif current is None:
            self.status_label.setText(self.tr("No model loaded · use Model ▸ Open Model…"))
        else:
            self._on_engine_model_ready(current)
        self.commands.update_enabled()

    def _on_engine_job_started(self, job: JobStart) -> None:
        self.current_job = job.job_id
        if job.kind == "batch":
            self.batch_view.start(job)
            self.show_page(BATCH)
            if job.skipped:
                images = self.engine.status is None or self.engine.status.is_image
                text = (
                    self.tr("Skipped %n file(s) that are not images.", "", job.skipped)
                    if images
                    else self.tr("Skipped %n file(s) that are not CSV files.", "", job.skipped)
                )
                self.notifications.notify("info", text)
            if job.total == 0:
                self.notifications.notify(
                    "warning", self.tr("There was nothing Tepi can predict in what you opened.")
                )
        self.status_label.setText(self.tr("Working…"))
        self.commands.update_enabled()

    def _on_engine_single_result(self, result: SingleResult) -> None:
        self.result_view.show_prediction(
            result.prediction, result.preview, result.model_input, result.original_size
        )
        self.show_page(SINGLE)
        emit(self.result_shown, result.prediction)

    def _on_engine_rows_ready(self, job_id: int, rows: list) -> None:
        if job_id != self.current_job:
            return
        self.batch_view.add_rows(rows)
        self.actions.export.setEnabled(True)
        for row in rows:
            emit(self.result_shown, row.outcome)

    def _on_engine_job_finished(self, summary: JobSummary) -> None:
        if summary.kind == "batch" and summary.job_id == self.current_job:
            self.batch_view.finish(summary)
            if summary.failed:
                self.notifications.notify(
                    "warning",
                    self.tr(
                        "%1 of %n input(s) could not be predicted; the Status column says why.",
                        "",
                        summary.done + summary.failed + summary.queued,
                    ).replace("%1", str(summary.failed)),
                )
            if summary.queued:
                self.notifications.notify(
                    "info",
                    self.tr(
                        "%n input(s) wait in the offline queue and run when the endpoint is back.",
                        "",
                        summary.queued,
                    ),
                )
        self._restore_ready_status()

    def _on_engine_job_failed(self, job_id: int, exc: BaseException) -> None:
        from inference.errors import InputQueued
        from inference.results import Failure

        if isinstance(exc, InputQueued):  # not an error: it runs when the endpoint is back
            self.notifications.notify("info", describe_error(exc))
            self._restore_ready_status()
            return
        self.notify_error(exc)
        emit(self.result_shown, Failure("", None, str(exc), type(exc).__name__))
        self._restore_ready_status()

    def _restore_ready_status(self) -> None:
        if not self.engine.busy and self.engine.status is not None and not self.engine.loading:
            self._on_engine_model_ready(self.engine.status)
        self.commands.update_enabled()

    # -- errors --------------------------------------------------------------------------
    def notify_error(self, exc: BaseException, *, prefix: str = "") -> None:
        """One translated sentence in the notification area; details are already in the log."""
        sentence = describe_error(exc)
        text = f"{prefix} {sentence}" if prefix else sentence
        from desktop.messages import internal_error

        actions = []
        if sentence == internal_error():
            actions = [(self.tr("Open Log Folder"), self.commands.open_log_folder)]
        self.notifications.notify("error", text, actions=actions)

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
        if self.commands.take_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        if self.store is None:
            return
        geometry = settings_io.read_state(self.store, "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings_io.read_state(self.store, "state")
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.history_dock], [430], Qt.Orientation.Horizontal)
        for splitter in (self.result_view.splitter,):
            saved = settings_io.read_state(self.store, splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)
        self.actions.show_history.setChecked(self.history_dock.isVisible() if state is not None else True)

    def save_state(self) -> None:
        if self.store is None:
            return
        settings_io.write_state(self.store, "geometry", self.saveGeometry())
        settings_io.write_state(self.store, "state", self.saveState())
        settings_io.write_state(
            self.store,
            self.result_view.splitter.objectName(),
            QByteArray(self.result_view.splitter.saveState()),
        )
        settings_io.write_settings(self.store, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        emit(self.closing)
        self.save_state()
        self.history_panel.stop()
        self.engine.shutdown()
        super().closeEvent(event)
