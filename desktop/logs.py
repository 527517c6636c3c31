"""Logging for the desktop: a log file in the user's log folder, and no traceback ever on screen.

``install_handlers`` points ``sys.excepthook`` and ``threading.excepthook`` at
the log and at a callback that shows one plain sentence; Qt's own warnings go
to the same log.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

__all__ = ["configure_logging", "install_handlers", "log_file"]

logger = logging.getLogger("desktop")
LOG_NAME = "desktop.log"
_handler: RotatingFileHandler | None = None


def log_file() -> Path:
    from desktop.paths import log_dir

    return log_dir() / LOG_NAME


def configure_logging(*, verbose: bool = False) -> Path:
    """Log INFO and above to ``desktop.log`` (rotated); with ``verbose`` also to stderr."""
    global _handler
    path = log_file()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if _handler is not None and _handler.baseFilename != str(path.resolve()):
        root.removeHandler(_handler)  # TEPI_HOME changed (tests): follow it
        _handler.close()
        _handler = None
    if _handler is None:
        _handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True)
        _handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(_handler)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    return path


def install_handlers(notify: Callable[[], None]) -> None:
    """Route uncaught exceptions (any thread) and Qt warnings to the log; call ``notify`` on errors.

    ``notify`` must be safe to call from any thread (``desktop.signals.emitter(signal)``).
    """

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logger.critical("uncaught exception", exc_info=(kind, value, tb))
        try:
            notify()
        except Exception:  # the notification itself failed: the log already has the cause
            logger.exception("could not show the error notification")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            logger.critical(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
            notify()  # a Qt signal: delivered on the GUI thread

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    qInstallMessageHandler(_qt_message)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
