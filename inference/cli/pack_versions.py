"""``pack list | use | rollback | remove | install``: the installed versions, side by side."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from inference.cli.trust_args import add_trust_arguments, trust_from_args
from inference.errors import UsageError
from inference.formats import bundled_models
from inference.packs.store import PackStore, version_key

HELP = {
    "list": "list installed packs and their versions (* active)",
    "use": "switch to another version: NAME@VERSION",
    "rollback": "return to the version active before, at once and offline",
    "remove": "delete an installed version that is not in use: NAME@VERSION",
    "install": "install a pack folder or .tar.gz archive as a new version, and use it",
}


def add_parsers(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    parsers = {name: sub.add_parser(name, help=text, description=text) for name, text in HELP.items()}
    parsers["list"].add_argument("name", nargs="?", metavar="NAME")
    parsers["list"].add_argument("--json", action="store_true", help="one JSON object per version")
    parsers["use"].add_argument("ref", metavar="NAME@VERSION")
    parsers["rollback"].add_argument("name", metavar="NAME")
    parsers["remove"].add_argument("ref", metavar="NAME@VERSION")
    parsers["install"].add_argument("source", type=Path, metavar="PACK", help="pack folder or .tar.gz")
    add_trust_arguments(parsers["install"])
    return list(parsers.values())


def run(args: argparse.Namespace) -> int:
    store = PackStore()
    command = args.pack_command
    if command == "list":
        return _list(store, args)
    if command == "install":
        from inference.packs.install import install_pack

        if not args.source.exists():
            raise UsageError("file.missing", name=str(args.source))
        done = install_pack(args.source, store=store, trust=trust_from_args(args), origin=str(args.source))
        signed = f", signed by {done.signed_by}" if done.signed_by else ", unsigned"
        before = _shown(done.was, done.name)
        print(f"installed {done.name} {done.version}{signed}; now active (was {before}).")
        return 0
    if command == "rollback":
        was, now = store.rollback(args.name)
        print(f"{args.name} {_shown(now, args.name)} is active again (was {_shown(was, args.name)}).")
        return 0
    name, version = split_ref(args.ref)
    if command == "use":
        was, now = store.use(name, version)
        print(f"{name} {_shown(now, name)} is active (was {_shown(was, name)}).")
    else:
        store.remove(name, version)
        print(f"removed {name} {version}.")
    return 0


def split_ref(ref: str) -> tuple[str, str]:
    name, _, version = ref.partition("@")
    if not name or not version:
        raise UsageError("cli.pack_ref", ref=ref)
    return name, version


def rows(store: PackStore, only: str | None = None) -> list[dict[str, Any]]:
    """Every installed version and every bundled pack, newest first within a name."""
    names = sorted(set(store.names()) | set(bundled_models()))
    result = []
    for name in [n for n in names if only in (None, n)]:
        state = store.state(name)
        entries = [
            {
                "name": name,
                "version": v.version,
                "active": state.active == v.version,
                "bundled": False,
                "signed_by": v.signed_by,
                "installed_at": v.installed_at,
                "source": v.source,
            }
            for v in state.versions
        ]
        bundled = store.bundled_version(name)
        if bundled is not None:
            active = state.active is None
            entries.append({"name": name, "version": bundled, "active": active, "bundled": True})
        result += sorted(entries, key=lambda e: version_key(str(e["version"])), reverse=True)
    return result


def _list(store: PackStore, args: argparse.Namespace) -> int:
    with store.locked():  # also cleans up after an interrupted install
        found = rows(store, args.name)
    if args.name and not found:
        raise UsageError("cli.no_pack", name=args.name)
    for row in found:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
            continue
        mark = "*" if row["active"] else " "
        where = "bundled" if row["bundled"] else f"installed {row['installed_at'][:16].replace('T', ' ')}"
        signed = f"  signed by {row['signed_by']}" if row.get("signed_by") else ""
        origin = f"  from {row['source']}" if row.get("source") else ""
        print(f"{mark} {row['name']:<16} {row['version']:<10} {where}{signed}{origin}")
    return 0


def _shown(version: str | None, name: str) -> str:
    if version is not None:
        return version
    bundled = PackStore.bundled_version(name)
    return f"{bundled} (bundled)" if bundled else "none"
