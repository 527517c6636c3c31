"""Start Tepi's window: ``tepi [PATH...]``, ``python -m desktop``, ``--selftest``, ``--version``.

Order matters for start-up time: the window is built and shown first; the
model is loaded afterwards on the inference worker, and paths from the
command line are queued behind it. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop import startup

__all__ = ["apply_appearance", "build_window", "main"]

logger = logging.getLogger(__name__)
DEFAULT_MODEL = "digits"


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identify(app)
    if args.selftest:
        from desktop.selftest import run_selftest

        return run_selftest(app, args)
    window = build_window(args)
    window.show()
    QTimer.singleShot(0, lambda: start_work(window, args))
    _close_on_signals(window)
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


def _identify(app) -> None:
    app.setApplicationName("Tepi")
    app.setOrganizationName("Tepi")
    app.setDesktopFileName("tepi")


def build_window(
    args: argparse.Namespace, store=None, *, hooks: bool = True, history_path=None, replay: bool = True
):
    """Logging, settings, translations, theme, engine and window, in that order.

    ``hooks`` installs the exception and Qt message hooks (tests keep pytest-qt's);
    ``history_path`` puts the history elsewhere than the user data folder (the self-test);
    ``replay`` runs the offline queue's replayer (the self-test must not send the person's queue).
    """
    from PySide6.QtWidgets import QApplication

    from desktop.engine import Engine
    from desktop.i18n import install_translators
    from desktop.logs import configure_logging, install_handlers
    from desktop.main_window import MainWindow
    from desktop.settings import open_qsettings, read_settings
    from desktop.signals import emitter

    configure_logging(verbose=getattr(args, "verbose", False))
    store = store if store is not None else open_qsettings()
    settings = read_settings(store)
    language, translators = install_translators(QApplication.instance(), args.language or settings.language)
    apply_appearance(args.theme or settings.theme)
    engine = Engine(history_path=history_path)
    engine.set_options(
        top_k=settings.top_k, threads=settings.threads, history_enabled=settings.history_enabled
    )
    window = MainWindow(engine, settings, store)
    window.history_panel.enabled_in_settings = settings.history_enabled
    from desktop.remote import install_remote

    install_remote(window, store, replay=replay)  # before the first model load: it sets the endpoint
    window.language, window.translators = language, translators
    if hooks:
        install_handlers(notify=emitter(window.internal_error))
    return window


def start_work(window, args: argparse.Namespace) -> None:
    """After the window is up: load the model, apply retention, then predict command-line paths."""
    engine = window.engine
    engine.load_model(args.model or window.settings.model or DEFAULT_MODEL)
    if window.settings.history_enabled and window.settings.retention_days:
        from desktop.window_commands import _prune

        engine.history_call(_prune, window.settings.retention_days)
    window.history_panel.refresh()
    if args.paths:
        window.commands.open_paths([os.path.abspath(p) for p in args.paths])


def apply_appearance(theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.icons import reset_icons, retint
    from desktop.theme import apply_theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)
        reset_icons()
        for widget in app.topLevelWidgets():
            retint(widget)
