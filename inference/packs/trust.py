"""Trusted publishers and the check every model goes through when it opens.

Trusted keys come from three places, all added together:

- the config folder, ``trusted-keys/NAME.pub`` (Settings ▸ Models ▸ Trusted
  publishers, ``pack trust add``), so every shell of the same user agrees;
- ``TEPI_TRUSTED_KEYS``, paths separated like ``PATH`` (servers, containers);
- ``--trusted-key PUB`` on the command line.

With no trusted key nothing is enforced and opening a model costs nothing more.
Once any key is trusted, a model opens only if it is a pack whose signature
verifies against one of them; anything else is refused in one sentence unless
``allow_unsigned`` is set, which is logged. The project's release key
(``resources/keys/tepi-release.pub``) signs the bundled packs; it is known, so
``pack verify`` and Model Info can name it, but trusted only when a person adds it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from inference.errors import SignatureError, UsageError
from inference.modelpack import ModelPack
from inference.packs.keys import PublicKey, check_key_name, load_public_key
from inference.resources import config_dir, resource_path

__all__ = [
    "TRUSTED_KEYS_ENV",
    "TrustPolicy",
    "add_trusted_key",
    "check_pack",
    "describe_signature",
    "known_keys",
    "release_key",
    "release_key_path",
    "remove_trusted_key",
    "signer_of",
    "trusted_keys",
]

logger = logging.getLogger(__name__)
TRUSTED_KEYS_ENV = "TEPI_TRUSTED_KEYS"
RELEASE_KEY_NAME = "tepi-release"


def trusted_keys_dir() -> Path:
    return config_dir() / "trusted-keys"


def trusted_keys() -> list[PublicKey]:
    """The keys in the config folder, by name; an unreadable file is skipped with a warning."""
    folder = trusted_keys_dir()
    keys = []
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            keys.append(load_public_key(path))
        except UsageError as exc:
            logger.warning("ignoring trusted key %s: %s", path, exc)
    return keys


def add_trusted_key(path: Path, name: str | None = None) -> PublicKey:
    """Copy a public key into the config folder under ``NAME.pub``; the same key twice is refused."""
    key = load_public_key(path, check_key_name(name or path.stem))
    for existing in trusted_keys():
        if existing.hint == key.hint:
            raise UsageError("trust.same_key", name=existing.name)
        if existing.name == key.name:
            raise UsageError("trust.same_name", name=key.name)
    folder = trusted_keys_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key.name}.pub"
    temporary = folder / f".{key.name}.pub.new"
    temporary.write_bytes(key.pem)
    os.replace(temporary, target)
    logger.info("trusted publisher added: %s (%s)", key.name, key.fingerprint)
    return replace(key, path=target)


def remove_trusted_key(name: str) -> None:
    target = trusted_keys_dir() / f"{check_key_name(name)}.pub"
    if not target.is_file():
        known = ", ".join(k.name for k in trusted_keys()) or "none"
        raise UsageError("trust.no_such_key", name=name, known=known)
    target.unlink()
    logger.info("trusted publisher removed: %s", name)


def release_key_path() -> Path:
    return resource_path("keys", f"{RELEASE_KEY_NAME}.pub")


def release_key() -> PublicKey | None:
    """The project's release key, which signs the bundled packs."""
    path = release_key_path()
    return load_public_key(path) if path.is_file() else None


@dataclass(frozen=True)
class TrustPolicy:
    """Which publishers are trusted, and whether unsigned models may open anyway."""

    keys: tuple[PublicKey, ...] = ()
    allow_unsigned: bool = False
    """Open a model that fails the check anyway (``--allow-unsigned``); each one is logged."""

    @classmethod
    def from_settings(cls, extra: Iterable[str | Path] = (), *, allow_unsigned: bool = False) -> TrustPolicy:
        """The config folder's keys, then ``TEPI_TRUSTED_KEYS``, then ``extra`` (``--trusted-key``)."""
        keys = trusted_keys()
        paths = [p for p in os.environ.get(TRUSTED_KEYS_ENV, "").split(os.pathsep) if p.strip()]
        keys += [load_public_key(Path(p).expanduser()) for p in [*paths, *extra]]
        unique: dict[str, PublicKey] = {}
        for key in keys:
            unique.setdefault(key.hint, key)
        return cls(tuple(unique.values()), allow_unsigned)

    @property
    def enforcing(self) -> bool:
        return bool(self.keys)

    @property
    def names(self) -> str:
        return ", ".join(k.name for k in self.keys)


def check_pack(pack: ModelPack, policy: TrustPolicy | None = None) -> ModelPack:
    """The pack, marked with its signer when checked; refused when trust is enforced and it fails."""
    policy = TrustPolicy.from_settings() if policy is None else policy
    if not policy.enforcing:
        return pack
    from inference.packs.signing import verify_pack

    try:
        if pack.source != "pack":
            shown = pack.model_files[0].name if pack.model_files else pack.name
            raise SignatureError("sign.not_a_pack", name=shown, reason="unsigned")
        key = verify_pack(pack.root, policy.keys, name=pack.name)
    except SignatureError as exc:
        if policy.allow_unsigned:
            logger.warning(
                "opening %s although it fails the signature check (--allow-unsigned): %s", pack.ref, exc
            )
            return pack
        raise SignatureError(
            "sign.untrusted",
            publishers=policy.names,
            cause=exc,
            reason="untrusted",
            path=pack.root,
            file=exc.file,
        ) from exc
    return replace(pack, signed_by=key.name)


def known_keys(policy: TrustPolicy | None = None) -> list[PublicKey]:
    """Trusted keys and the release key: whoever ``signer_of`` can name."""
    keys = list((policy or TrustPolicy.from_settings()).keys)
    release = release_key()
    if release is not None and all(k.hint != release.hint for k in keys):
        keys.append(release)
    return keys


def signer_of(pack: ModelPack, keys: Sequence[PublicKey] | None = None) -> str | None:
    """The name of the known key that signed the pack, or None (unsigned, failing or unknown key)."""
    return describe_signature(pack, keys)[0]


def describe_signature(pack: ModelPack, keys: Sequence[PublicKey] | None = None) -> tuple[str | None, str]:
    """``(signer name or None, what a person reads)``: "signed by acme (fingerprint …)", or why not."""
    from inference.packs.signing import verify_pack

    if pack.signed_by is not None:
        return pack.signed_by, f"signed by {pack.signed_by}"
    if pack.source != "pack":
        return None, "unsigned (not a model pack)"
    try:
        key = verify_pack(pack.root, known_keys() if keys is None else keys, name=pack.name)
    except SignatureError as exc:
        logger.info("%s: %s", pack.ref, exc)
        return None, "unsigned" if exc.reason == "unsigned" else str(exc)
    return key.name, f"signed by {key.name} (fingerprint {key.fingerprint})"
