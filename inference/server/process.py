"""One server process on a socket bound beforehand: ``serve``'s own, or each of ``--workers``'."""

from __future__ import annotations

import signal
import socket
from pathlib import Path
from typing import Any

import uvicorn

from inference.server.app import make_app
from inference.server.config import ServerConfig
from inference.server.deadline import deadline_protocol

__all__ = ["run_one"]


def run_one(models_dir: Path, config: ServerConfig, sock: socket.socket, app: Any = None) -> None:
    """One server process on ``sock`` (a worker's whole life), draining on SIGTERM or Ctrl+C."""
    server = uvicorn.Server(
        uvicorn.Config(
            app if app is not None else make_app(models_dir, config),
            ssl_certfile=config.tls_cert,
            ssl_keyfile=config.tls_key,
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=int(config.graceful_timeout_s),
            timeout_keep_alive=5,
            server_header=False,
            http=deadline_protocol(config.request_timeout_s),
        )
    )
    # uvicorn re-raises the signal that stopped it once drained; quiet handlers make that a clean exit.
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.run(sockets=[sock])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
