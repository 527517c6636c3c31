"""Update installed packs from a static HTTP folder through TUF (``tuf.ngclient.Updater``).

    refresh     root -> timestamp -> snapshot -> targets, each verified by TUF: signatures and
                thresholds, versions never going back (rollback), expiry (freeze), consistent
                versions (mix-and-match), lengths bounded (endless data)
    discover    NAME/index.json, itself a TUF target: the versions this source offers
    download    the newest archive into a staging folder; TUF checks its length and SHA-256
    install     ``install.install_pack``: manifest hashes, the pack's own signature (a trusted
                key, or the key the source's TUF root names for targets), then one rename

The trust anchor of a source is its first ``root.json``: given with ``--root``
once, or fetched and accepted only when a trusted publisher key signed it and
holds its root role. Later runs start from the root TUF has verified since.
Every HTTP request uses Tepi's bounded timeouts (connect 3.05 s, read 30 s).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from inference.backends.endpoint import Endpoint
from inference.errors import ModelError, PackStoreError, UpdateError, UsageError
from inference.packs.install import Installed, install_pack
from inference.packs.keys import PublicKey
from inference.packs.store import PackStore, version_key
from inference.packs.trust import TrustPolicy
from inference.resources import data_dir

__all__ = ["UpdateResult", "check_source", "update_pack"]

logger = logging.getLogger(__name__)
TIMEOUT = (Endpoint.connect_timeout, Endpoint.read_timeout)
MAX_INDEX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class UpdateResult:
    name: str
    newest: str
    """The newest version the source offers."""
    installed: Installed | None
    """What was installed now, or None when nothing newer was offered."""


def update_pack(
    name: str,
    url: str,
    *,
    root: Path | None = None,
    trust: TrustPolicy | None = None,
    store: PackStore | None = None,
    timeout: tuple[float, float] = TIMEOUT,
) -> UpdateResult:
    """Install the newest version of ``name`` that ``url`` offers, if it is newer than every known one."""
    store = store or PackStore()
    policy = trust if trust is not None else TrustPolicy.from_settings()
    with store.staging() as staging:
        client = _Client(url, root, policy, timeout, staging)
        index = client.read_json(f"{name}/index.json")
        if index is None:
            raise UpdateError("update.no_pack", name=name, reason="not-found", url=url)
        offered = _offered(index, url)
        if not offered:
            raise UpdateError("update.no_versions", name=name, reason="not-found", url=url)
        newest = offered[-1]
        known = [v.version for v in store.state(name).versions] + [
            v for v in [store.bundled_version(name)] if v
        ]
        if known and version_key(str(newest["version"])) <= max(version_key(v) for v in known):
            return UpdateResult(name, str(newest["version"]), None)
        archive = client.download(str(newest["target"]))
        try:
            installed = install_pack(
                archive,
                store=store,
                trust=policy,
                publisher_keys=client.publisher_keys(),
                require_signature=True,
                origin=url,
                expect=(name, str(newest["version"])),
            )
        except (ModelError, PackStoreError) as exc:  # a bad manifest or hash, a failing signature
            version = str(newest["version"])
            raise UpdateError(
                "update.refused", name=name, version=version, cause=exc, reason="bad-pack", url=url
            ) from exc
    store.set_source(name, url)
    return UpdateResult(name, str(newest["version"]), installed)


def check_source(url: str, *, root: Path | None = None, trust: TrustPolicy | None = None) -> dict[str, str]:
    """The packs a source offers and their newest versions (refreshes its metadata through TUF)."""
    store = PackStore()
    with store.staging() as staging:
        client = _Client(url, root, trust or TrustPolicy.from_settings(), TIMEOUT, staging)
        index = client.read_json("index.json")
        if index is None:
            raise UpdateError("update.not_a_source", reason="not-found", url=url)
        return {str(k): str(v) for k, v in index.get("packs", {}).items()}


class _Client:
    """One refreshed ``Updater`` for one source, downloading into a staging folder."""

    def __init__(
        self, url: str, root: Path | None, policy: TrustPolicy, timeout: tuple[float, float], staging: Path
    ) -> None:
        from tuf.ngclient import Updater

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError("update.bad_url", url=url)
        self.url, self.staging = url.rstrip("/"), staging
        self.folder = sources_dir() / _slug(self.url)
        self.metadata = self.folder / "metadata"
        self.metadata.mkdir(parents=True, exist_ok=True)
        self.fetcher = _fetcher(timeout)
        bootstrap = self._bootstrap(root, policy)
        with _mapped_errors(self.url):
            self.updater = Updater(
                str(self.metadata),
                f"{self.url}/metadata/",
                str(staging),
                f"{self.url}/targets/",
                self.fetcher,
                bootstrap=bootstrap,
            )
            self.updater.refresh()

    def _bootstrap(self, root: Path | None, policy: TrustPolicy) -> bytes | None:
        from inference.packs.tuf_root import root_signed_by_trusted_key, verified_root

        if root is not None:
            return verified_root(root.read_bytes(), str(root))
        if (self.metadata / "root.json").is_file():
            return None  # the root TUF verified last time: it only moves forward from there
        with _mapped_errors(self.url):
            first = self.fetcher.download_bytes(f"{self.url}/metadata/1.root.json", 512_000)
        return root_signed_by_trusted_key(first, self.url, policy)

    def read_json(self, target: str) -> dict[str, Any] | None:
        """A JSON target through TUF; None when the source does not list it."""
        with _mapped_errors(self.url):
            info = self.updater.get_targetinfo(target)
            if info is None:
                return None
            if info.length > MAX_INDEX_BYTES:
                raise UpdateError("update.index_too_large", target=target, source=self.url, reason="tampered")
            path = self.updater.download_target(info, str(self.staging / _safe_file(target)))
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except ValueError as exc:
            raise UpdateError("update.not_json", target=target, reason="tampered", url=self.url) from exc
        if not isinstance(data, dict):
            raise UpdateError("update.not_index", target=target, reason="tampered", url=self.url)
        return data

    def download(self, target: str) -> Path:
        with _mapped_errors(self.url):
            info = self.updater.get_targetinfo(target)
            if info is None:
                raise UpdateError("update.unsigned_target", target=target, source=self.url, reason="tampered")
            return Path(self.updater.download_target(info, str(self.staging / _safe_file(target))))

    def publisher_keys(self) -> list[PublicKey]:
        """The keys TUF's current root names for the targets role: they sign the packs too."""
        from inference.packs.tuf_root import targets_keys

        return targets_keys(self.metadata / "root.json", urlsplit(self.url).netloc)


def _offered(index: dict[str, Any], url: str) -> list[dict[str, str]]:
    """The index's versions, oldest first; an index that is not a list of versions is refused."""
    entries = index.get("versions", [])
    ok = isinstance(entries, list) and all(
        isinstance(e, dict) and isinstance(e.get("version"), str) and isinstance(e.get("target"), str)
        for e in entries
    )
    if not ok:
        raise UpdateError("update.bad_index", reason="tampered", url=url)
    return sorted(entries, key=lambda e: version_key(e["version"]))


def sources_dir() -> Path:
    return data_dir() / "update-sources"


def _slug(url: str) -> str:
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", urlsplit(url).netloc)[:40]
    return f"{host}-{hashlib.sha256(url.encode()).hexdigest()[:12]}"


def _safe_file(target: str) -> str:
    return "download-" + target.replace("/", "_")


def _fetcher(timeout: tuple[float, float]) -> Any:
    from inference.packs.tuf_fetch import RequestsFetcher

    return RequestsFetcher(timeout)


@contextmanager
def _mapped_errors(url: str) -> Iterator[None]:
    """TUF's and the network's exceptions become one ``UpdateError`` sentence each."""
    from inference.packs.tuf_fetch import update_error

    try:
        yield
    except (UpdateError, UsageError):
        raise
    except Exception as exc:
        mapped = update_error(exc, url)
        if mapped is None:
            raise
        raise mapped from exc
