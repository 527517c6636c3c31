"""``--trusted-key`` and ``--allow-unsigned``: the trusted publishers for one command."""

from __future__ import annotations

import argparse
import sys

from inference.packs.trust import TRUSTED_KEYS_ENV, TrustPolicy


def add_trust_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trusted-key",
        action="append",
        default=[],
        metavar="PUB",
        help=f"open only packs signed by this public key (repeatable; also ${TRUSTED_KEYS_ENV} "
        "and the keys in the config folder)",
    )
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="open a model that is unsigned or fails its signature although keys are trusted (logged)",
    )


def trust_from_args(args: argparse.Namespace) -> TrustPolicy:
    policy = TrustPolicy.from_settings(args.trusted_key, allow_unsigned=args.allow_unsigned)
    if args.allow_unsigned and policy.enforcing:
        print("warning: --allow-unsigned opens models that no trusted publisher signed.", file=sys.stderr)
    return policy
