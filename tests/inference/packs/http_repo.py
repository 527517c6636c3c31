"""A real HTTP server on 127.0.0.1 serving a repository folder, as any static web server would.

``attacks`` replaces what a path answers (a replayed file, endless bytes, a
stall) so tests can play the network attacker; ``throttle`` slows archive
downloads so a test can kill a client in the middle of one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Attack = Callable[[SimpleHTTPRequestHandler], None]


@dataclass
class RepoServer:
    folder: Path
    url: str = ""
    attacks: dict[str, Attack] = field(default_factory=dict)
    throttle_s: float = 0.0
    """Pause after each 64 KiB of a .tar.gz."""
    requests: list[str] = field(default_factory=list)


class _Handler(SimpleHTTPRequestHandler):
    repo: RepoServer

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.repo.requests.append(self.path)
        attack = self.repo.attacks.get(self.path)
        if attack is not None:
            attack(self)
        elif self.repo.throttle_s and self.path.endswith(".tar.gz"):
            self._send_slowly()
        else:
            super().do_GET()

    def _send_slowly(self) -> None:
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        for start in range(0, len(data), 64 * 1024):
            self.wfile.write(data[start : start + 64 * 1024])
            time.sleep(self.repo.throttle_s)


@contextmanager
def serve(folder: Path) -> Iterator[RepoServer]:
    repo = RepoServer(folder)
    handler = type("Handler", (_Handler,), {"repo": repo})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    server.daemon_threads = True
    repo.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="repo-server", daemon=True)
    thread.start()
    try:
        yield repo
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def replay(data: bytes) -> Attack:
    """Answer with old bytes (a replayed file)."""

    def attack(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return attack


def endless(handler: SimpleHTTPRequestHandler) -> None:
    """Stream bytes for ever (until the client hangs up)."""
    handler.send_response(200)
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b"{" * 65536)
    except OSError:
        pass


def stall(seconds: float) -> Attack:
    """Accept the request, then say nothing for ``seconds``."""

    def attack(handler: SimpleHTTPRequestHandler) -> None:
        time.sleep(seconds)
        with suppress(OSError):
            handler.send_error(503)

    return attack


def drip(interval: float) -> Attack:
    """Answer 200 with a long body, one byte every ``interval`` seconds (each well within a read timeout)."""

    def attack(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        with suppress(OSError):
            for _ in range(100000):
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(interval)

    return attack
