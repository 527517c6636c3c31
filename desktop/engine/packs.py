"""Installed versions, updates and trusted publishers, as plain functions for a worker thread.

Everything here reads or writes files (the installed packs, the config folder's
keys) or the network (an update source), so the window runs it on the updates
worker (``controllers.packs``) and hears back through callbacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inference.packs.store import PackState
    from inference.packs.update import UpdateResult

__all__ = [
    "KeyEntry",
    "PackVersions",
    "VersionEntry",
    "change_trusted_keys",
    "check_updates",
    "model_signer",
    "read_trusted_keys",
    "read_versions",
    "roll_back",
    "use_version",
]


@dataclass(frozen=True)
class VersionEntry:
    version: str
    active: bool
    bundled: bool
    signed_by: str | None = None


@dataclass(frozen=True)
class PackVersions:
    """What the Model menu shows of one pack: its versions, the active one, where updates come from."""

    name: str
    active: str
    """The version in use (installed or bundled)."""
    versions: tuple[VersionEntry, ...]
    """Newest first."""
    previous: str | None
    """The version Roll Back returns to, or None."""
    source: str | None
    """The update source (URL), or None: Check for Updates needs one (``pack update --from``)."""


def read_versions(name: str) -> PackVersions | None:
    """The versions of the pack ``name``; None when it is neither installed nor bundled."""
    from inference.packs.store import PackStore, version_key

    store = PackStore()
    state, bundled = store.state(name), store.bundled_version(name)
    if not state.versions and bundled is None:
        return None
    entries = [VersionEntry(v.version, state.active == v.version, False, v.signed_by) for v in state.versions]
    if bundled is not None and all(e.version != bundled for e in entries):
        entries.append(VersionEntry(bundled, state.active is None, True))
    entries.sort(key=lambda e: version_key(e.version), reverse=True)
    active = state.active if state.active is not None else (bundled or "")
    return PackVersions(name, active, tuple(entries), _rollback_target(state, bundled), state.source)


def _rollback_target(state: PackState, bundled: str | None) -> str | None:
    """The version ``PackStore.rollback`` would return to (as shown: the bundled one by its number)."""
    for candidate in reversed(state.previous):
        if candidate == state.active:
            continue
        if candidate is None and bundled is not None:
            return bundled
        if candidate is not None and state.installed(candidate) is not None:
            return candidate
    return None


def use_version(name: str, version: str) -> tuple[str | None, str | None]:
    from inference.packs.store import PackStore

    return PackStore().use(name, version)


def roll_back(name: str) -> tuple[str | None, str | None]:
    from inference.packs.store import PackStore

    return PackStore().rollback(name)


def check_updates(name: str, source: str) -> UpdateResult:
    """Refresh the source's TUF metadata and install a newer version of ``name`` if there is one."""
    from inference.packs.update import update_pack

    return update_pack(name, source)


def model_signer(root: str, source: str) -> str | None:
    """Who signed the pack at ``root``, among the trusted keys and the release key (None: nobody known)."""
    from inference.modelpack import load_manifest
    from inference.packs.trust import signer_of

    if source != "pack":
        return None
    return signer_of(load_manifest(Path(root), verify=False))


@dataclass(frozen=True)
class KeyEntry:
    name: str
    fingerprint: str
    release: bool
    """Tepi's own release key (it signs the bundled packs)."""


def read_trusted_keys() -> list[KeyEntry]:
    from inference.packs.trust import release_key, trusted_keys

    release = release_key()
    hint = release.hint if release else ""
    return [KeyEntry(k.name, k.fingerprint, k.hint == hint) for k in trusted_keys()]


def change_trusted_keys(add: list[tuple[str, str]], remove: list[str], trust_release: bool) -> list[KeyEntry]:
    """Remove keys by name, add ``(path, name)`` pairs, trust or untrust the release key; the new list."""
    from inference.packs.trust import add_trusted_key, release_key_path, remove_trusted_key

    keys = read_trusted_keys()
    for name in remove:
        remove_trusted_key(name)
    release = [k for k in keys if k.release and k.name not in remove]
    if release and not trust_release:
        remove_trusted_key(release[0].name)
    elif trust_release and not release:
        add_trusted_key(release_key_path())
    for path, name in add:
        add_trusted_key(Path(path), name or None)
    return read_trusted_keys()
