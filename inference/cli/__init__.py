"""Tepi's command line: ``python -m inference COMMAND ...``.

Each command lives in its own module with ``add_parser(subparsers)`` and a
``run(args) -> int``. This module owns what they share: logging set-up, the
mapping of errors to one plain sentence and exit statuses (0 all good,
1 some input or the model failed, 2 usage error).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler

from inference.errors import TepiError, UsageError

__all__ = ["main"]

logger = logging.getLogger(__name__)
# Command modules, imported only when their command runs (TensorFlow, FastAPI...).
COMMANDS = {
    "predict": "inference.cli.predict",
    "explain": "inference.cli.explain",
    "info": "inference.cli.info",
    "convert": "inference.cli.convert",
    "serve": "inference.cli.serve",
    "export": "inference.cli.export",
    "bench": "inference.cli.bench",
    "queue": "inference.cli.queue",
    "watch": "inference.cli.watch",
    "pack": "inference.cli.pack",
    "calibrate": "inference.cli.calibrate",
}
HELP = {
    "predict": "predict images, folders or CSV files",
    "explain": "show why: heatmaps for pictures, feature attributions for CSV rows",
    "info": "describe a model: format, tensors, labels, preprocessing",
    "convert": "convert a Keras model or SavedModel to .tflite, checking the result",
    "serve": "serve model packs over KServe V2 and TF Serving REST (reference server)",
    "export": "export a model for TF Serving or KServe (SavedModel, InferenceService YAML)",
    "bench": "measure latency, throughput, start-up and memory beside the raw runtimes",
    "queue": "list, send (run) or clear inputs waiting for an unreachable endpoint",
    "watch": "predict images and CSV rows as they arrive in folders, exactly once",
    "pack": "sign, verify, trust, install, switch, roll back and update model packs",
    "calibrate": "fit a pack's temperature from labelled examples (honest confidence) and write it",
}


def build_parser() -> argparse.ArgumentParser:
    from inference import __version__

    parser = argparse.ArgumentParser(
        prog="python -m inference",
        description="Tepi: run TensorFlow and LiteRT models locally, or on a remote endpoint.",
    )
    parser.add_argument("--version", action="version", version=f"Tepi {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show details and tracebacks")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        command = sub.add_parser(name, help=HELP.get(name), description=HELP.get(name))
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
        command.set_defaults(module=module)
        importlib.import_module(module).add_arguments(command)
    return parser


def configure_logging(verbose: bool) -> str:
    """Log to the user log folder (always) and to stderr (with --verbose)."""
    from inference.resources import log_dir

    path = log_dir() / "tepi.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = configure_logging(args.verbose)
    try:
        return int(importlib.import_module(args.module).run(args))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except TepiError as exc:
        logger.info("command failed: %s", exc, exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except Exception as exc:
        logger.exception("internal error")
        if args.verbose:
            raise
        print(
            f"error: Tepi hit an internal error ({type(exc).__name__}); details are in {log_path}",
            file=sys.stderr,
        )
        return 1
