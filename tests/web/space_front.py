"""A stand-in for a Space's front door, run as its own process: a sleeping, private Space waking up.

    python tests/web/space_front.py --backend-port N --token hf_x --sleep 2

Prints ``PORT <n>`` once it listens on 127.0.0.1. Like the Hub's proxy in front of
a private Space it answers 404 to a request without ``Authorization: Bearer
<token>``; while the Space is asleep it answers 503 with an HTML page, and the
first authorised request wakes it: after ``--sleep`` seconds it forwards every
request to the backend (the exported Space's own command, started by the test).
Written with the standard library only, so nothing of Tepi's hides behind it.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ASLEEP = b"<!DOCTYPE html><html><body><h1>This Space is waking up</h1></body></html>"
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}


class State:
    def __init__(self, backend_port: int, token: str, sleep: float) -> None:
        self.backend_port = backend_port
        self.token = token
        self.sleep = sleep
        self.woken_at: float | None = None
        self.lock = threading.Lock()

    def awake(self) -> bool:
        with self.lock:
            if self.woken_at is None:
                self.woken_at = time.monotonic()
            return time.monotonic() - self.woken_at >= self.sleep


class Front(BaseHTTPRequestHandler):
    state: State
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Authorization") != f"Bearer {self.state.token}":
            self._reply(404, b"Not Found", "text/plain")
            return
        if not self.state.awake():
            self._reply(503, ASLEEP, "text/html")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS | {"authorization"}}
        connection = http.client.HTTPConnection("127.0.0.1", self.state.backend_port, timeout=60)
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            answer = connection.getresponse()
            data = answer.read()
            own = HOP_HEADERS | {"content-type", "date", "server"}  # the front door sends its own
            kept = [(k, v) for k, v in answer.getheaders() if k.lower() not in own]
            self._reply(answer.status, data, answer.getheader("Content-Type", "application/json"), kept)
        except OSError:
            self._reply(503, ASLEEP, "text/html")  # the container is still starting
        finally:
            connection.close()

    def _reply(
        self, status: int, body: bytes, content_type: str, headers: list[tuple[str, str]] | None = None
    ) -> None:
        """Answer with the backend's own headers (``Inference-Header-Content-Length`` of a binary
        tensor answer, ``Content-Encoding``), as the Hub's proxy does; hop-by-hop ones are its own."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers or []:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend-port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--sleep", type=float, default=2.0)
    args = parser.parse_args()
    Front.state = State(args.backend_port, args.token, args.sleep)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Front)
    print(f"PORT {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    sys.exit(0)


if __name__ == "__main__":
    main()
