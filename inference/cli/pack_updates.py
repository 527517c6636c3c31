"""``pack publish`` (to a TUF repository folder) and ``pack update`` (from one, over HTTP)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inference.backends.endpoint import Endpoint
from inference.cli.trust_args import add_trust_arguments
from inference.errors import TepiError, UsageError
from inference.packs.store import PackStore
from inference.packs.trust import TrustPolicy

HELP = {
    "publish": "add a signed pack to a TUF update repository folder (or refresh its metadata)",
    "update": "install newer versions from an update source (TUF over HTTP)",
}


def add_parsers(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    publish = sub.add_parser("publish", help=HELP["publish"], description=HELP["publish"])
    publish.add_argument(
        "pack", nargs="?", type=Path, metavar="PACK", help="signed pack folder; none: refresh"
    )
    publish.add_argument("--repo", required=True, type=Path, metavar="DIR", help="repository folder to serve")
    publish.add_argument("--key", required=True, type=Path, metavar="KEY", help="the publisher's private key")
    publish.add_argument(
        "--expires", type=int, default=30, metavar="DAYS", help="timestamp and snapshot lifetime (default 30)"
    )
    update = sub.add_parser("update", help=HELP["update"], description=HELP["update"])
    update.add_argument(
        "name", nargs="?", metavar="NAME", help="pack to update (default: every installed one)"
    )
    update.add_argument("--from", dest="source", metavar="URL", help="update source (remembered per pack)")
    update.add_argument("--root", type=Path, metavar="FILE", help="the source's root.json, the first time")
    update.add_argument("--connect-timeout", type=float, default=Endpoint.connect_timeout, metavar="S")
    update.add_argument("--read-timeout", type=float, default=Endpoint.read_timeout, metavar="S")
    add_trust_arguments(update)
    return [publish, update]


def run(args: argparse.Namespace) -> int:
    return _publish(args) if args.pack_command == "publish" else _update(args)


def _publish(args: argparse.Namespace) -> int:
    from inference.cli.passphrase import passphrase_for
    from inference.packs.publish import publish_pack, refresh_repository

    passphrase = passphrase_for(args.key)
    if args.pack is None:
        version = refresh_repository(args.repo, args.key, passphrase, expires_days=args.expires)
        print(f"refreshed {args.repo}: timestamp version {version}, valid for {args.expires} days.")
        return 0
    done = publish_pack(args.pack, args.repo, args.key, passphrase, expires_days=args.expires)
    print(f"published {done.name} {done.version} to {args.repo} as {done.target}.")
    print(f"serve {args.repo} over HTTP; clients trust {args.key.with_suffix('.pub').name} and run:")
    print(f"  python -m inference pack update {done.name} --from http://HOST/PATH")
    return 0


def _update(args: argparse.Namespace) -> int:
    from inference.packs.update import check_source, update_pack

    if args.connect_timeout <= 0 or args.read_timeout <= 0:
        raise UsageError("endpoint.timeouts")
    policy = TrustPolicy.from_settings(args.trusted_key)
    store = PackStore()
    plan = _plan(args, store, lambda url: check_source(url, root=args.root, trust=policy))
    failed = 0
    for name, url in plan:
        try:
            result = update_pack(
                name,
                url,
                root=args.root,
                trust=policy,
                store=store,
                timeout=(args.connect_timeout, args.read_timeout),
            )
        except TepiError as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr)
            continue
        done = result.installed
        if done is None:
            newest, active = _newest_known(store, name), store.state(name).active
            active = active if active is not None else store.bundled_version(name)
            print(f"{name} is up to date ({newest}; the source offers {result.newest}).")
            if active != newest:
                print(f"note: {name} {active} is in use; pack use {name}@{newest} switches.", file=sys.stderr)
        else:
            was = done.was or f"{store.bundled_version(name) or 'none'}"
            print(f"{name} {done.version} installed (was {was}), signed by {done.signed_by}.")
    return 1 if failed else 0


def _plan(args: argparse.Namespace, store: PackStore, offered: object) -> list[tuple[str, str]]:
    """Which packs to update from where: named, or every installed one with a source."""
    if args.name:
        url = args.source or store.state(args.name).source
        if not url:
            raise UsageError("cli.no_source", name=args.name)
        return [(args.name, url)]
    plan = [(n, str(store.state(n).source)) for n in store.names() if store.state(n).source]
    if args.source:
        plan = [(n, url) for n, url in plan if url == args.source]
        if not plan:  # first contact: everything the source offers
            plan = [(name, args.source) for name in offered(args.source)]  # type: ignore[operator]
    if not plan:
        raise UsageError("cli.no_sources")
    return plan


def _newest_known(store: PackStore, name: str) -> str:
    from inference.packs.store import version_key

    versions = [v.version for v in store.state(name).versions]
    bundled = store.bundled_version(name)
    return max([*versions, *([bundled] if bundled else [])], key=version_key, default="none")
