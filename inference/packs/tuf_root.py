"""An update source's trust anchor: its TUF root, accepted only when it is signed by keys Tepi trusts.

TUF itself checks every root after the first (each new root signed by the
previous one's keys). The first one must come from somewhere else: a file a
person hands over (``--root``), or the source's ``1.root.json`` when a trusted
publisher key signed it and belongs to its root role, enough of them to meet
the role's threshold on their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inference.errors import UpdateError, UsageError
from inference.packs.keys import PublicKey
from inference.packs.trust import TrustPolicy

__all__ = ["root_signed_by_trusted_key", "targets_keys", "verified_root"]


def verified_root(data: bytes, shown: str) -> bytes:
    """``data`` if it is TUF root metadata that meets its own root threshold; else ``UsageError``."""
    root = _parse(data, shown)
    result = root.signed.get_verification_result("root", root.signed_bytes, root.signatures)
    if not result:
        raise UsageError("tuf.root_threshold", name=shown)
    return data


def root_signed_by_trusted_key(data: bytes, url: str, policy: TrustPolicy) -> bytes:
    """The source's first root, when trusted publisher keys alone sign it past its threshold."""
    root = _parse(data, f"{url}/metadata/1.root.json")
    result = root.signed.get_verification_result("root", root.signed_bytes, root.signatures)
    trusted = {k.hint for k in policy.keys}
    vouching = [key for key in result.signed.values() if _public_key(key, "").hint in trusted]
    if len(vouching) < result.threshold:
        if not policy.keys:
            raise UpdateError("update.no_publishers", reason="not-trusted", url=url)
        raise UpdateError("update.untrusted_root", publishers=policy.names, reason="not-trusted", url=url)
    return data


def targets_keys(root_file: Path, host: str) -> list[PublicKey]:
    """The keys the verified root names for the targets role, named after the source's host."""
    name = f"the publisher at {host}"
    from tuf.api.metadata import Metadata

    root = Metadata.from_file(str(root_file))
    role = root.signed.roles["targets"]
    return [_public_key(root.signed.keys[keyid], name, root_file) for keyid in role.keyids]


def _parse(data: bytes, shown: str) -> Any:
    from tuf.api.metadata import Metadata
    from tuf.api.serialization import DeserializationError

    try:
        root = Metadata.from_bytes(data)
    except DeserializationError as exc:
        raise UsageError("tuf.not_metadata", name=shown) from exc
    if root.signed.type != "root":
        raise UsageError("tuf.not_root", name=shown, kind=root.signed.type)
    return root


def _public_key(key: Any, name: str, path: Path | None = None) -> PublicKey:
    """A TUF key (PEM in ``keyval``) as a Tepi public key; model signing needs the same PEM."""
    from cryptography.hazmat.primitives import serialization

    pem = str(key.keyval.get("public", "")).encode()
    try:
        loaded = serialization.load_pem_public_key(pem)
    except ValueError:
        return PublicKey(name=name, path=path or Path(), pem=b"")
    encoded = loaded.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return PublicKey(name=name, path=path or Path(), pem=encoded)
