"""Command-line flags for a remote endpoint, shared by ``predict`` and ``queue``.

Secrets come from ``--token``/``--header``, else ``TEPI_REMOTE_TOKEN``, else the
OS keyring (stored there by the desktop app), else, for a Hugging Face Space,
``HF_TOKEN``; the URL from ``--remote`` or ``TEPI_REMOTE_URL``. A Space is
given minutes to wake up unless ``--cold-start`` says otherwise.
"""

from __future__ import annotations

import argparse
import os

from inference.backends.endpoint import DEFAULT_MAX_RESPONSE_MB, SPACE_COLD_START_S, Endpoint
from inference.errors import UsageError
from inference.protocol import PROTOCOLS
from inference.routing import POLICIES

__all__ = ["add_auth_arguments", "add_remote_arguments", "endpoint_from_args", "token_from_args"]


def add_remote_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("remote endpoint")
    group.add_argument(
        "--remote",
        metavar="URL",
        default=os.environ.get("TEPI_REMOTE_URL"),
        help="endpoint base URL, e.g. http://127.0.0.1:8500 (default: $TEPI_REMOTE_URL)",
    )
    group.add_argument("--protocol", choices=PROTOCOLS, default="v2", help="wire protocol (default v2)")
    group.add_argument("--remote-model", metavar="NAME", help="served model name (default: from the pack)")
    group.add_argument("--remote-version", metavar="V", help="served model version (default: latest)")
    group.add_argument(
        "--predict-path", metavar="PATH", help="predict path instead of the protocol's, e.g. /invocations"
    )
    group.add_argument("--signature", metavar="NAME", help="TF Serving signature (default serving_default)")
    group.add_argument(
        "--policy",
        choices=POLICIES,
        default=None,
        help="where to run (default: prefer-local, or prefer-remote for models placed remote)",
    )
    add_auth_arguments(group)
    group.add_argument(
        "--connect-timeout", type=float, default=3.05, metavar="S", help="seconds (default 3.05)"
    )
    group.add_argument("--read-timeout", type=float, default=30.0, metavar="S", help="seconds (default 30)")
    group.add_argument(
        "--deadline",
        type=float,
        default=None,
        metavar="S",
        help="most seconds one request may take, to its last byte (default: twice the read timeout)",
    )
    group.add_argument(
        "--max-response-mb",
        type=float,
        default=DEFAULT_MAX_RESPONSE_MB,
        metavar="MB",
        help="largest answer read when the model's metadata does not say less (default 64)",
    )
    group.add_argument(
        "--cold-start",
        type=float,
        default=None,
        metavar="S",
        help="seconds to wait for a server that is waking up (default 30; 300 for a Hugging Face Space)",
    )
    group.add_argument("--ca-bundle", metavar="PEM", help="CA certificates to trust for https")
    group.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    group.add_argument(
        "--no-queue", action="store_true", help="fail instead of queueing inputs while the endpoint is down"
    )


def add_auth_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument(
        "--token", help="bearer token (default: $TEPI_REMOTE_TOKEN, else the keyring's for the URL)"
    )
    parser.add_argument(
        "--header", metavar="'NAME: VALUE'", help="send the secret in this header, e.g. 'X-API-Key: abc'"
    )


def token_from_args(args: argparse.Namespace) -> tuple[str | None, str]:
    """``(secret, header name)`` from ``--header``, ``--token`` or ``TEPI_REMOTE_TOKEN``."""
    if args.header:
        name, sep, value = args.header.partition(":")
        if not sep or not name.strip() or not value.strip():
            raise UsageError("cli.header")
        return value.strip(), name.strip()
    return args.token or os.environ.get("TEPI_REMOTE_TOKEN") or None, "Authorization"


def endpoint_from_args(args: argparse.Namespace) -> Endpoint | None:
    """The endpoint the flags describe, or None without ``--remote``/``TEPI_REMOTE_URL``."""
    if not args.remote:
        if args.policy == "remote-only":
            raise UsageError("cli.remote_only")
        return None
    token, header = token_from_args(args)
    endpoint = Endpoint(
        args.remote,
        protocol=args.protocol,
        model=args.remote_model,
        version=args.remote_version,
        predict_path=args.predict_path,
        signature_name=args.signature,
        auth_header=header,
        connect_timeout=args.connect_timeout,
        read_timeout=args.read_timeout,
        deadline_s=args.deadline,
        max_response_mb=args.max_response_mb,
        cold_start_s=args.cold_start if args.cold_start is not None else _default_cold_start(args.remote),
        verify=not args.insecure,
        ca_bundle=args.ca_bundle,
    )
    if token is None:
        from inference.secrets import get_token

        token = get_token(endpoint.key)
    if token is None and endpoint.is_space and header == "Authorization":
        token = os.environ.get("HF_TOKEN") or None
    return endpoint.with_token(token)


def _default_cold_start(url: str) -> float:
    probe = Endpoint(url)
    return SPACE_COLD_START_S if probe.is_space else probe.cold_start_s
