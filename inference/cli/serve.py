"""``serve``: the reference server for every model pack in a folder (V2 and TF Serving REST)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from inference.cli.trust_args import add_trust_arguments, trust_from_args
from inference.errors import UsageError

API_KEY_ENV = "TEPI_SERVER_API_KEY"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--models", required=True, type=Path, metavar="DIR", help="a folder of model packs, or one pack"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8500, help="TCP port; 0 picks a free one (default: 8500)")
    parser.add_argument(
        "--api-key",
        default=None,
        help=f"require this key (Authorization: Bearer KEY or X-API-Key); default: ${API_KEY_ENV}",
    )
    parser.add_argument(
        "--max-batch-size",
        type=int,
        default=32,
        metavar="N",
        help="rows per backend call; 1 disables batching",
    )
    parser.add_argument(
        "--max-delay-ms", type=float, default=5.0, metavar="MS", help="how long a request waits for company"
    )
    parser.add_argument("--max-body-mb", type=float, default=64.0, metavar="MB", help="largest request body")
    parser.add_argument("--threads", type=int, default=None, metavar="N", help="runtime threads per model")
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="server processes sharing the port (default: 1)"
    )
    parser.add_argument(
        "--graceful-timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="on SIGTERM, wait this long for requests",
    )
    parser.add_argument("--tls-cert", metavar="PEM", help="serve HTTPS with this certificate chain")
    parser.add_argument("--tls-key", metavar="PEM", help="the private key of --tls-cert")
    parser.add_argument(
        "--request-timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="a client must send a whole request within this time (default: 30)",
    )
    parser.add_argument(
        "--rate-limit",
        metavar="N/s",
        default=None,
        help="requests a second each client (API key, else address) may make, e.g. 100/s or 600/min; "
        "more get 429 with Retry-After (default: no limit)",
    )
    add_trust_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        from inference.server import ServerConfig, serve
        from inference.server.ratelimit import parse_rate
    except ImportError as exc:
        raise UsageError("cli.no_server") from exc
    if args.max_body_mb <= 0:
        raise UsageError("cli.max_body")
    config = ServerConfig(
        host=args.host,
        port=args.port,
        api_key=args.api_key or os.environ.get(API_KEY_ENV) or None,
        max_batch_size=args.max_batch_size,
        max_delay_ms=args.max_delay_ms,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        threads=args.threads,
        workers=args.workers,
        rate_limit=parse_rate(args.rate_limit) if args.rate_limit else None,
        graceful_timeout_s=args.graceful_timeout,
        request_timeout_s=args.request_timeout,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        trust=trust_from_args(args),
    )
    if not getattr(args, "verbose", False):  # containers read stderr: show the server's own lines
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.INFO)
        console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for name in ("inference.server", "uvicorn.error"):
            logging.getLogger(name).addHandler(console)

    def announce(url: str, models: list[str]) -> None:
        print(f"Tepi serves {', '.join(models)} on {url} (V2: {url}/v2, TF Serving: {url}/v1)", flush=True)

    serve(args.models, config, announce=announce)
    print("Stopped.", flush=True)
    return 0
