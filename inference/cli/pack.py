"""``pack``: sign, verify, trust, install, switch and update model packs.

    pack keygen --out DIR [--name NAME] [--passphrase]
    pack sign PACK --private-key KEY
    pack verify PACK [--public-key PUB ...]
    pack trust add PUB [--name NAME] | pack trust remove NAME | pack trust list
    pack list [NAME] | use NAME@VERSION | rollback NAME | remove NAME@VERSION | install PACK
    pack publish [PACK] --repo DIR --key KEY | pack update [NAME] [--from URL] [--root FILE]

Exit status 0 when it did what was asked, 1 with one sentence when a pack
fails (unsigned, changed, wrong key...), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from inference.cli.passphrase import PASSPHRASE_ENV, ask_new_passphrase, passphrase_for
from inference.errors import UsageError

SUBCOMMANDS: dict[str, str] = {
    "keygen": "make a P-256 key pair for signing packs and publishing updates",
    "sign": "sign a pack (writes model.sig, covering every file)",
    "verify": "check a pack's signature against public keys",
    "trust": "add, remove or list trusted publisher keys (config folder)",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    commands = {name: sub.add_parser(name, help=text, description=text) for name, text in SUBCOMMANDS.items()}
    keygen = commands["keygen"]
    keygen.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder for NAME.key and NAME.pub"
    )
    keygen.add_argument("--name", default="publisher", help="key name, shown as 'signed by NAME'")
    keygen.add_argument(
        "--passphrase",
        action="store_true",
        help=f"encrypt the private key with a passphrase (asked, or ${PASSPHRASE_ENV})",
    )
    sign = commands["sign"]
    sign.add_argument("pack", type=Path, metavar="PACK", help="pack folder (with model.toml)")
    sign.add_argument("--private-key", required=True, type=Path, metavar="KEY")
    verify = commands["verify"]
    verify.add_argument("pack", type=Path, metavar="PACK", help="pack folder, or an installed NAME[@VERSION]")
    verify.add_argument(
        "--public-key",
        action="append",
        default=[],
        type=Path,
        metavar="PUB",
        help="key to verify with (repeatable; default: the trusted keys and Tepi's release key)",
    )
    trust = commands["trust"].add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    add = trust.add_parser("add", help="trust a publisher's public key")
    add.add_argument("key", nargs="?", type=Path, metavar="PUB")
    add.add_argument("--release", action="store_true", help="trust Tepi's release key (the bundled packs)")
    add.add_argument("--name", help="name to show (default: the file name)")
    remove = trust.add_parser("remove", help="stop trusting a key")
    remove.add_argument("name", metavar="NAME")
    trust.add_parser("list", help="list trusted keys")
    from inference.cli import pack_updates, pack_versions

    extra = [*pack_versions.add_parsers(sub), *pack_updates.add_parsers(sub)]
    for command in [*commands.values(), *extra]:
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    handlers = {"keygen": _keygen, "sign": _sign, "verify": _verify, "trust": _trust}
    if args.pack_command in ("publish", "update"):
        from inference.cli import pack_updates

        return pack_updates.run(args)
    if args.pack_command not in handlers:
        from inference.cli import pack_versions

        return pack_versions.run(args)
    return handlers[args.pack_command](args)


def _keygen(args: argparse.Namespace) -> int:
    from inference.packs.keys import generate_keypair

    passphrase = None
    if args.passphrase:
        passphrase = os.environ.get(PASSPHRASE_ENV) or ask_new_passphrase()
    pair = generate_keypair(args.out, args.name, passphrase)
    print(f"private key: {pair.private_path}{' (encrypted)' if passphrase else ''}  (keep it secret)")
    print(f"public key:  {pair.public.path}  (give it to the people who trust you)")
    print(f"fingerprint: {pair.public.fingerprint}")
    if not passphrase:
        print("note: the private key is not encrypted; --passphrase encrypts it.", file=sys.stderr)
    return 0


def _sign(args: argparse.Namespace) -> int:
    from inference.packs.signing import sign_pack

    key = sign_pack(args.pack, args.private_key, passphrase_for(args.private_key))
    print(f"signed {args.pack} as {key.name} (fingerprint {key.fingerprint}): {args.pack / 'model.sig'}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from inference.packs.keys import load_public_key
    from inference.packs.signing import verify_pack
    from inference.packs.trust import known_keys

    keys = [load_public_key(p) for p in args.public_key] or known_keys()
    root = args.pack
    key = verify_pack(root, keys)
    print(f"{root.name}: signed by {key.name} (fingerprint {key.fingerprint}); every file matches.")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from inference.packs.trust import (
        add_trusted_key,
        release_key_path,
        remove_trusted_key,
        trusted_keys,
        trusted_keys_dir,
    )

    if args.trust_command == "add":
        if (args.key is None) == (not args.release):
            raise UsageError("cli.trust_key_needed")
        key = add_trusted_key(args.key or release_key_path(), args.name)
        print(f"trusted {key.name} (fingerprint {key.fingerprint}): {key.path}")
    elif args.trust_command == "remove":
        remove_trusted_key(args.name)
        print(f"no longer trusted: {args.name}")
    else:
        keys = trusted_keys()
        for key in keys:
            print(f"{key.name:<24} {key.fingerprint}  {key.path}")
        if not keys:
            print(f"no trusted keys ({trusted_keys_dir()}); every model opens, signed or not.")
    return 0
