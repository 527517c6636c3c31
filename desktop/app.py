"""Start Tepi's window: ``tepi [PATH...]``, ``python -m desktop``, ``--selftest``, ``--version``.

This is the one composition root: ``Tepi`` builds every object (settings,
engine, window, controllers) and connects the views' signals to the
controllers; nothing else creates a controller or reaches into the window.
Order matters for start-up time: the window is built and shown first; the
model is loaded afterwards on the inference worker (``start``), and paths
from the command line are queued behind it. Nothing here imports TensorFlow
or the core.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import startup
from desktop.preflight import PlatformCheck

__all__ = ["Tepi", "build", "main", "start"]

logger = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tepi", description="Tepi: run TensorFlow and LiteRT models on this computer."
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="images, folders or CSV files to predict at once"
    )
    parser.add_argument("-m", "--model", help="model to open (bundled name, pack folder or model file)")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="predict the bundled samples without a window, print JSON lines, exit",
    )
    parser.add_argument("--language", choices=("system", "en", "id"), help="language for this run")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="theme for this run")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr too")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from inference import __version__

        print(f"Tepi {__version__}")
        return 0
    if args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    platform = PlatformCheck()  # runs while Qt is imported
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if (problem := platform.message()) is not None:  # Qt would abort in QApplication(): say why instead
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tepi")
    app.setOrganizationName("Tepi")
    app.setDesktopFileName("tepi")
    if args.selftest:
        from desktop.selftest import run_selftest

        return run_selftest(app, args, build)
    tepi = build(args)
    tepi.window.show()
    QTimer.singleShot(0, lambda: start(tepi, args))
    _close_on_signals(tepi.window)
    logger.info("window shown %.0f ms after start", startup.ms_since_start())
    code = app.exec()
    logging.shutdown()
    return int(code)


def _close_on_signals(window) -> None:
    """Ctrl+C or SIGTERM closes the window like the Quit action (settings saved, workers joined)."""
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    wake = QTimer(window)  # Python handles signals only when it runs: wake it a few times a second
    wake.timeout.connect(lambda: None)
    wake.start(300)


def build(
    args: argparse.Namespace,
    store=None,
    *,
    hooks: bool = True,
    history_path: Path | None = None,
    replay: bool = True,
) -> Tepi:
    """Logging, settings, translations, theme, then ``Tepi`` (engine, window, controllers), in that order.

    ``hooks`` installs the exception and Qt message hooks (tests keep pytest-qt's);
    ``history_path`` puts the history elsewhere than the user data folder (the self-test);
    ``replay`` runs the offline queue's replayer (the self-test must not send the person's queue).
    """
    from PySide6.QtWidgets import QApplication

    from desktop.logs import configure_logging, install_handlers
    from desktop.settings.app_settings import read_settings
    from desktop.settings.store import open_qsettings
    from desktop.signals import emitter
    from desktop.text.i18n import install_translators
    from desktop.ui.theme import apply_appearance

    configure_logging(verbose=getattr(args, "verbose", False))
    store = store if store is not None else open_qsettings()
    settings = read_settings(store)
    language, translators = install_translators(QApplication.instance(), args.language or settings.language)
    apply_appearance(args.theme or settings.theme)
    tepi = Tepi(settings, store, history_path=history_path, replay=replay)
    tepi.language, tepi.translators = language, translators
    if hooks:
        install_handlers(notify=emitter(tepi.notifier.internal_error))
    return tepi


def start(tepi: Tepi, args: argparse.Namespace) -> None:
    """After the window is up: load the model, apply retention, then predict command-line paths."""
    from desktop.controllers.models import DEFAULT_MODEL

    settings = tepi.preferences.settings
    tepi.models.load(args.model or settings.model or DEFAULT_MODEL)
    if settings.history_enabled and settings.retention_days:
        tepi.history.prune(settings.retention_days)
    tepi.history.refresh(facets=True)
    if args.paths:
        tepi.inputs.open_paths([os.path.abspath(p) for p in args.paths])


class Tepi:
    """Every object of one window, built and wired; attributes name them for tests and the self-test."""

    def __init__(self, settings, store, *, history_path: Path | None = None, replay: bool = True) -> None:
        from desktop.controllers.explaining import ExplainController
        from desktop.controllers.history import HistoryController
        from desktop.controllers.inputs import InputController
        from desktop.controllers.models import ModelController
        from desktop.controllers.notifier import Notifier
        from desktop.controllers.packs import wire_packs
        from desktop.controllers.preferences import PreferencesController
        from desktop.controllers.remote import RemoteController
        from desktop.controllers.results import ResultsController
        from desktop.engine.engine import Engine
        from desktop.settings.folders import FolderMemory
        from desktop.ui.window import MainWindow

        self.store = store
        self.language, self.translators = "en", []
        self.shortcuts_dialog = None
        self.engine = engine = Engine(history_path=history_path)
        self.window = w = MainWindow()
        self.notifier = notifier = Notifier(w.notifications, w)
        self.history = HistoryController(engine, notifier, w.history_panel)
        self.preferences = PreferencesController(engine, notifier, self.history, settings, store, w)
        self.inputs = InputController(engine, notifier, w)
        self.results = ResultsController(
            engine, notifier, w.pages, w.result_view, w.batch_view, w.history_panel, w.status_line, w.actions
        )
        self.explain = ExplainController(engine, notifier, w.pages, w.result_view, w.batch_view, w.actions)
        self.models = ModelController(
            engine,
            notifier,
            w.status_line,
            w.drop_zone,
            w.model_menu,
            w.actions,
            self.preferences.remember_model,
            w,
        )
        self.remote = RemoteController(
            engine, notifier, store, w
        )  # before the first load: it sets the endpoint
        self.preferences.add_page(self.remote.make_page)
        self.packs = wire_packs(engine, notifier, w, store)
        self.preferences.add_page(self.packs.make_page)
        self.folders = FolderMemory(store)
        """The folder each file dialog starts in, kept in the settings file."""
        for remembers in (self.inputs, self.results, self.models, w.history_panel):
            remembers.folders = self.folders
        self._wire_actions()
        self._wire_views()
        if store is not None:
            w.restore_state(store)
        self.queue = self._build_queue() if replay else None
        w.closing.connect(self.shutdown)
        self.models.update_enabled()
        self.results.update_enabled()

    def _wire_actions(self) -> None:
        a, w = self.window.actions, self.window
        for action, slot in (
            (a.open_files, self.inputs.choose_files),
            (a.open_folder, self.inputs.choose_folder),
            (a.watch_folder, self.inputs.choose_watch_folder),
            (a.paste, self.inputs.paste),
            (a.sample, self.inputs.try_sample),
            (a.export, self.results.choose_export),
            (a.copy, self.results.copy),
            (a.cancel, self.results.cancel),
            (a.close_result, self.results.close_result),
            (a.quit, w.close),
            (a.open_model, self.models.choose_model_file),
            (a.open_model_folder, self.models.choose_model_folder),
            (a.model_info, self.models.show_model_info),
            (a.settings, self.preferences.show_settings),
            (a.log_folder, _open_log_folder),
            (a.shortcuts, self.show_shortcuts),
            (a.about, lambda: _show_about(w)),
        ):
            action.triggered.connect(slot)

    def _wire_views(self) -> None:
        w = self.window
        w.dropped.connect(self.inputs.take_mime)
        w.drop_zone.open_files.connect(self.inputs.choose_files)
        w.drop_zone.open_folder.connect(self.inputs.choose_folder)
        w.drop_zone.try_sample.connect(self.inputs.try_sample)
        w.batch_view.cancel_requested.connect(self.results.cancel)
        w.batch_view.export_requested.connect(self.results.choose_export)
        w.batch_view.copy_requested.connect(self.results.copy_batch_rows)
        w.result_view.close_requested.connect(self.results.close_result)
        w.history_panel.reopen_requested.connect(self.results.show_history_entry)
        w.history_panel.reopen_requested.connect(self.explain.show_history_entry)
        w.model_menu.clear_recent_requested.connect(
            lambda: w.model_menu.set_recent(self.preferences.clear_recent())
        )

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts: the menus' shortcuts, then the panels' own."""
        from PySide6.QtCore import Qt

        from desktop.ui.dialogs.shortcuts import ShortcutsDialog, shortcuts

        w = self.window
        panels = [(w.history_dock.windowTitle(), w.history_panel.actions())]
        if self.queue is not None:
            panels.append((self.queue_dock.windowTitle(), self.queue.panel.actions()))
        dialog = ShortcutsDialog(shortcuts(w.menuBar(), panels), w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def _build_queue(self):
        from PySide6.QtCore import QCoreApplication

        from desktop.controllers.queue import QueueController
        from desktop.ui.panels.queue_panel import QueuePanel, QueueStatusButton

        w = self.window
        panel, button = QueuePanel(w), QueueStatusButton(w)
        title = QCoreApplication.translate("QueuePanel", "Offline Queue")
        dock = w.add_panel(panel, title, "queueDock", panel.toggle)
        w.actions.view_menu.addAction(panel.toggle)
        w.addAction(panel.toggle)
        if self.store is not None:
            w.restore_panel(self.store, dock, behind=w.history_dock)
        else:
            w.tabifyDockWidget(w.history_dock, dock)
            w.history_dock.raise_()
        w.add_status_widget(button)
        self.queue_dock = dock
        queue = QueueController(
            self.engine,
            self.notifier,
            panel,
            button,
            run=self.remote.run,
            tokens=self.remote.tokens,
            history_enabled=lambda: self.preferences.settings.history_enabled,
            server_set=lambda: self.remote.settings.active,
        )
        button.clicked.connect(lambda: w.show_panel(dock, panel.table))
        queue.completed.connect(w.batch_view.complete_queued)
        queue.history_changed.connect(self.history.refresh)
        self.remote.changed.connect(lambda _settings: queue.server_changed())
        return queue

    def shutdown(self) -> None:
        """On close: stop the replayer and the remote worker, save, stop the history, join the engine."""
        if self.queue is not None:
            self.queue.stop()
        self.remote.stop()
        self.packs.stop()
        if self.queue is not None:
            self.queue.close()
        if self.store is not None:
            self.window.save_state(self.store)
        self.preferences.save()
        self.history.stop()
        self.engine.shutdown()


def _open_log_folder() -> None:
    from desktop.controllers.notifier import open_log_folder

    open_log_folder()


def _show_about(parent) -> None:
    from desktop.ui.dialogs.about import show_about

    show_about(parent)
