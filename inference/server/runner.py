"""Run the app under uvicorn on a socket Tepi binds itself.

Binding first turns "port in use" or "address not available" into one plain
sentence (uvicorn would log and exit), and lets ``--port 0`` report the port
the system picked. On SIGTERM or Ctrl+C uvicorn stops accepting connections,
waits for in-flight requests (up to ``graceful_timeout_s``), then the app's
lifespan drains the model queues and frees the backends.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path

from inference.errors import UsageError
from inference.server.app import make_app
from inference.server.config import ServerConfig
from inference.server.process import run_one
from inference.text import message

__all__ = ["bind", "serve"]

logger = logging.getLogger(__name__)


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket, or a ``UsageError`` that says why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError("server.bad_host", host=host) from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        in_use = exc.errno in (48, 98, 10048)
        reason = message("server.port_in_use") if in_use else (exc.strerror or str(exc))
        raise UsageError("server.cannot_listen", host=host, port=port, reason=reason) from exc
    sock.set_inheritable(True)
    return sock


def _check_tls_files(config: ServerConfig) -> None:
    """Refuse in one sentence TLS files that cannot be read or do not belong together."""
    if config.tls_cert is None or config.tls_key is None:
        return
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(config.tls_cert, config.tls_key)
    except FileNotFoundError as exc:
        raise UsageError("server.tls_missing", file=str(exc.filename)) from exc
    except (ssl.SSLError, OSError) as exc:
        raise UsageError("server.tls_unusable") from exc


def serve(
    models_dir: Path,
    config: ServerConfig,
    *,
    announce: Callable[[str, list[str]], None] | None = None,
) -> None:
    """Serve until SIGTERM or Ctrl+C; ``announce(url, models)`` is called once listening."""
    app = make_app(models_dir, config)  # manifests read (and refused) before anything listens
    if not config.is_loopback and config.api_key is None:
        logger.warning("listening on %s without an API key: anyone who can reach it may use it", config.host)
    _check_tls_files(config)
    sock = bind(config.host, config.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    if announce is not None:
        announce(f"{config.scheme}://{shown}:{port}", sorted(app.state.registry.models))
    try:
        if config.workers > 1:
            from inference.server.workers import run_workers

            run_workers(Path(models_dir), config, sock)
        else:
            run_one(models_dir, config, sock, app)
    finally:
        sock.close()
