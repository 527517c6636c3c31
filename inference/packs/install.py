"""Install a pack (folder or ``.tar.gz``) into the store: stage, verify, then one rename.

Nothing becomes visible to the rest of Tepi until every check has passed in the
staging folder: the manifest's hashes, the signature (against the trusted keys
and, for an update, the keys the update source's TUF metadata vouches for),
and the name and version the source announced.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from inference.errors import PackStoreError, SignatureError
from inference.modelpack import load_manifest
from inference.packs.archive import extract_archive
from inference.packs.files import SIGNATURE, pack_files
from inference.packs.keys import PublicKey
from inference.packs.store import InstalledVersion, PackStore, now
from inference.packs.trust import TrustPolicy, known_keys

__all__ = ["Installed", "install_pack"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Installed:
    name: str
    version: str
    was: str | None
    """The version active before (None: the bundled pack, or nothing)."""
    signed_by: str | None


def install_pack(
    source: Path,
    *,
    store: PackStore | None = None,
    trust: TrustPolicy | None = None,
    publisher_keys: Sequence[PublicKey] = (),
    require_signature: bool = False,
    origin: str | None = None,
    expect: tuple[str, str] | None = None,
) -> Installed:
    """Install the pack at ``source`` and make it active.

    With ``require_signature`` (updates) the pack must be signed by a trusted key or
    one of ``publisher_keys``; otherwise a signature is required only when trust is
    enforced, as for opening a model.
    """
    store = store or PackStore()
    policy = trust if trust is not None else TrustPolicy.from_settings()
    with store.staging() as staging:
        shown = expect[0] if expect else source.name.removesuffix(".tar.gz")
        staged = staging / "unpacked" / shown  # named as the pack, for the sentences that name it
        if source.is_dir():
            _copy_pack(source, staged)
        else:
            extract_archive(source, staged)
        pack = load_manifest(staged)  # refuses files whose hash differs from the manifest
        if expect is not None and (pack.name, pack.version) != expect:
            raise PackStoreError(
                "store.announced",
                announced_name=expect[0],
                announced_version=expect[1],
                name=pack.name,
                version=pack.version,
            )
        signer = _signer(staged, pack.ref, policy, publisher_keys, require_signature)
        record = InstalledVersion(
            version=pack.version,
            installed_at=now(),
            source=origin or str(source),
            sha256=None if source.is_dir() else _sha256(source),
            signed_by=signer,
        )
        was = store.install(staged, record, pack.name)
    logger.info("installed %s (was %s), signed by %s", pack.ref, was, signer)
    return Installed(pack.name, pack.version, was, signer)


def _signer(
    staged: Path, ref: str, policy: TrustPolicy, publisher_keys: Sequence[PublicKey], required: bool
) -> str | None:
    from inference.packs.signing import verify_pack

    keys = [*policy.keys, *(k for k in publisher_keys if all(k.hint != t.hint for t in policy.keys))]
    if required or policy.enforcing:
        try:
            return verify_pack(staged, keys).name
        except SignatureError as exc:
            if policy.allow_unsigned and not required:
                logger.warning("installing %s although it fails the signature check: %s", ref, exc)
                return None
            raise
    if not (staged / SIGNATURE).is_file():
        return None
    try:  # not required: record who signed it when a known key did
        return verify_pack(staged, [*keys, *known_keys(policy)]).name
    except SignatureError as exc:
        logger.info("%s: %s", ref, exc)
        return None


def _copy_pack(source: Path, staged: Path) -> None:
    """Copy the pack's files (and signature), leaving strays behind; links are refused."""
    files = pack_files(source) + ([SIGNATURE] if (source / SIGNATURE).is_file() else [])
    for name in files:
        if (source / name).is_symlink():
            raise PackStoreError("store.symlink_install", folder=source.name, file=name)
        (staged / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / name, staged / name)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
