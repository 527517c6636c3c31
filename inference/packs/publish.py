"""Publish packs to a static TUF repository folder with python-tuf's Metadata API.

    REPO/metadata/1.root.json, root.json     the trust anchor (root role), and its copy
    REPO/metadata/N.targets.json             every archive with its length, SHA-256 and pack identity
    REPO/metadata/N.snapshot.json            which targets metadata is current
    REPO/metadata/timestamp.json             which snapshot is current (written last, in one rename)
    REPO/targets/NAME/HASH.NAME-VERSION.tar.gz, HASH.index.json   (consistent snapshots)
    REPO/targets/HASH.index.json             the packs this source offers

Any static web server, object store or Space can serve the folder as it is.
One publisher key (``pack keygen``) holds all four roles with a threshold of 1,
and also signs the packs: trusting that key is trusting the channel. Root and
targets metadata expire after a year, snapshot and timestamp after
``expires_days`` (30): a client refuses metadata older than that (freeze attack),
so publish something, or refresh (``pack publish --repo DIR --key KEY``),
within that time.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from inference.errors import SignatureError, UsageError
from inference.modelpack import load_manifest
from inference.packs.archive import write_archive
from inference.packs.keys import load_private_key, public_key_of
from inference.packs.store import SAFE_NAME, SAFE_VERSION, version_key

__all__ = ["Published", "publish_pack", "refresh_repository"]

logger = logging.getLogger(__name__)
ROLES = ("root", "targets", "snapshot", "timestamp")
YEAR = timedelta(days=365)
INDEX = "index.json"


@dataclass(frozen=True)
class Published:
    name: str
    version: str
    target: str
    """The target path clients ask TUF for, e.g. ``digits/digits-1.1.tar.gz``."""
    timestamp_version: int


def publish_pack(
    pack_root: Path, repo: Path, private_key: Path, passphrase: str | None = None, *, expires_days: int = 30
) -> Published:
    """Add the signed pack at ``pack_root`` as a new version to the repository ``repo`` (created if new)."""
    from inference.packs.signing import verify_pack

    key = load_private_key(private_key, passphrase)
    public = public_key_of(key, private_key.stem, private_key)
    pack = load_manifest(pack_root)
    if not SAFE_NAME.match(pack.name) or not SAFE_VERSION.match(pack.version):
        raise UsageError("publish.bad_name", name=pack.name, version=pack.version)
    try:
        verify_pack(pack_root, [public])
    except SignatureError as exc:
        raise UsageError("publish.unsigned", cause=exc, path=str(pack_root)) from exc
    repository = _Repository(repo, key, expires_days)
    target = f"{pack.name}/{pack.name}-{pack.version}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="tepi-publish-") as scratch:
        archive = write_archive(pack_root, Path(scratch) / Path(target).name)
        repository.add_target(target, archive, {"name": pack.name, "version": pack.version})
    repository.write_indexes()
    version = repository.commit()
    logger.info("published %s to %s (timestamp version %d)", pack.ref, repo, version)
    return Published(pack.name, pack.version, target, version)


def refresh_repository(
    repo: Path, private_key: Path, passphrase: str | None = None, *, expires_days: int = 30
) -> int:
    """Re-sign snapshot and timestamp with a fresh expiry, publishing nothing new."""
    if not (repo / "metadata" / "timestamp.json").is_file():
        raise UsageError("publish.not_a_repository", path=str(repo))
    return _Repository(repo, load_private_key(private_key, passphrase), expires_days).commit(
        targets_changed=False
    )


class _Repository:
    """The repository's current metadata, changed in memory and written in a safe order by ``commit``."""

    def __init__(self, folder: Path, key: Any, expires_days: int) -> None:
        from securesystemslib.signer import CryptoSigner, SSlibKey
        from tuf.api.metadata import Metadata

        if expires_days < 1:
            raise UsageError("publish.expires")
        self.unwritten: set[int] = set()
        self.root: Any
        self.targets: Any
        self.snapshot: Any
        self.timestamp: Any
        self.folder, self.metadata = folder, folder / "metadata"
        self.signer = CryptoSigner(key)
        self.key = SSlibKey.from_crypto(key.public_key())
        self.expires = timedelta(days=expires_days)
        if (self.metadata / "timestamp.json").is_file():
            self.root = Metadata.from_file(str(self._latest("root")))
            if self.key.keyid not in self.root.signed.roles["targets"].keyids:
                raise UsageError("publish.other_key", path=str(folder))
            self.timestamp = Metadata.from_file(str(self.metadata / "timestamp.json"))
            snapshot_version = self.timestamp.signed.snapshot_meta.version
            self.snapshot = Metadata.from_file(str(self.metadata / f"{snapshot_version}.snapshot.json"))
            targets_version = self.snapshot.signed.meta["targets.json"].version
            self.targets = Metadata.from_file(str(self.metadata / f"{targets_version}.targets.json"))
        else:
            self._create()

    def _create(self) -> None:
        from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

        self.metadata.mkdir(parents=True, exist_ok=True)
        root = Root(expires=_now() + YEAR, consistent_snapshot=True)
        for role in ROLES:
            root.add_key(self.key, role)
        self.root = Metadata(root)
        self.root.sign(self.signer)
        data = self.root.to_bytes()
        _write_atomically(self.metadata / "1.root.json", data)
        _write_atomically(self.metadata / "root.json", data)
        self.targets = Metadata(Targets())
        self.snapshot = Metadata(Snapshot())
        self.timestamp = Metadata(Timestamp())
        self.unwritten = {id(self.targets), id(self.snapshot), id(self.timestamp)}  # version 1 as they are

    def _latest(self, role: str) -> Path:
        versions = [int(p.name.split(".")[0]) for p in self.metadata.glob(f"*.{role}.json")]
        return self.metadata / f"{max(versions)}.{role}.json"

    def add_target(self, target: str, local: Path, identity: dict[str, str] | None) -> None:
        from tuf.api.metadata import TargetFile

        info = TargetFile.from_file(target, str(local), ["sha256"])
        existing = self.targets.signed.targets.get(target)
        if existing is not None and existing.hashes != info.hashes:
            raise UsageError("publish.taken", target=target)
        if identity is not None:
            info.unrecognized_fields["custom"] = {"tepi": identity}
        self.targets.signed.targets[target] = info
        stored = (
            self.folder / "targets" / Path(target).parent / f"{info.hashes['sha256']}.{Path(target).name}"
        )
        stored.parent.mkdir(parents=True, exist_ok=True)
        if not stored.exists():
            _write_atomically(stored, local.read_bytes())

    def write_indexes(self) -> None:
        """``NAME/index.json`` (versions of one pack) and ``index.json`` (the packs), as targets too."""
        versions: dict[str, list[dict[str, Any]]] = {}
        for path, info in self.targets.signed.targets.items():
            identity = info.unrecognized_fields.get("custom", {}).get("tepi")
            if identity:
                entry = {"version": identity["version"], "target": path, "length": info.length}
                versions.setdefault(identity["name"], []).append(entry)
        latest = {}
        with tempfile.TemporaryDirectory(prefix="tepi-index-") as scratch:
            for name, entries in versions.items():
                entries.sort(key=lambda e: version_key(e["version"]))
                latest[name] = entries[-1]["version"]
                self._add_json(Path(scratch), f"{name}/{INDEX}", {"name": name, "versions": entries})
            self._add_json(Path(scratch), INDEX, {"packs": latest})

    def _add_json(self, scratch: Path, target: str, data: dict[str, Any]) -> None:
        local = scratch / target.replace("/", "_")
        local.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
        self.targets.signed.targets.pop(target, None)  # an index changes with every version
        self.add_target(target, local, None)

    def commit(self, *, targets_changed: bool = True) -> int:
        """Sign and write targets, snapshot, then timestamp (clients follow timestamp, so it goes last)."""
        from tuf.api.metadata import MetaFile

        if targets_changed:
            self._sign(self.targets, YEAR)
            _write_atomically(
                self.metadata / f"{self.targets.signed.version}.targets.json", self.targets.to_bytes()
            )
        self.snapshot.signed.meta["targets.json"] = MetaFile(version=self.targets.signed.version)
        self._sign(self.snapshot, self.expires)
        _write_atomically(
            self.metadata / f"{self.snapshot.signed.version}.snapshot.json", self.snapshot.to_bytes()
        )
        self.timestamp.signed.snapshot_meta = MetaFile(version=self.snapshot.signed.version)
        self._sign(self.timestamp, self.expires)
        _write_atomically(self.metadata / "timestamp.json", self.timestamp.to_bytes())
        return int(self.timestamp.signed.version)

    def _sign(self, metadata: Any, lifetime: timedelta) -> None:
        if id(metadata) in self.unwritten:
            self.unwritten.discard(id(metadata))
        else:
            metadata.signed.version += 1
        metadata.signed.expires = _now() + lifetime
        metadata.sign(self.signer)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
