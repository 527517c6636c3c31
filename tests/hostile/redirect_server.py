"""A tiny loopback HTTP server for the redirect tests: logs every request's headers, redirects or answers.

    python redirect_server.py --log FILE [--redirect-to URL]

Prints ``PORT n`` once listening on 127.0.0.1. With ``--redirect-to`` every
request gets ``307`` to URL + its path (the body must be sent again);
without it, ``200 {"ok": true}``.
"""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--redirect-to")
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            with args.log.open("a") as log:
                log.write(json.dumps({"path": self.path, "headers": dict(self.headers)}) + "\n")
            if args.redirect_to:
                self.send_response(307)
                self.send_header("Location", args.redirect_to + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
