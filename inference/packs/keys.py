"""Publisher keys: elliptic-curve P-256 key pairs in PEM, named by their file.

A public key's *name* is its file name without ``.pub`` (``acme.pub`` signs as
"acme"); its *hint* is the SHA-256 of its PEM encoding, which is what
``model_signing`` records in a signature bundle to say which key signed.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inference.errors import UsageError

if TYPE_CHECKING:  # cryptography is imported when a key is read, not when Tepi starts
    from cryptography.hazmat.primitives.asymmetric import ec

__all__ = ["KeyPair", "PublicKey", "generate_keypair", "load_private_key", "load_public_key"]

KEY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SUPPORTED_CURVES = ("secp256r1", "secp384r1", "secp521r1")  # the curves model_signing accepts
MAX_KEY_BYTES = 64 * 1024


@dataclass(frozen=True)
class PublicKey:
    """A public key Tepi can verify with, and the name people know it by."""

    name: str
    path: Path
    pem: bytes
    """SubjectPublicKeyInfo PEM, re-encoded so the same key always has the same bytes."""

    @property
    def hint(self) -> str:
        """SHA-256 of the PEM: the key identifier in a ``model_signing`` bundle."""
        return hashlib.sha256(self.pem).hexdigest()

    @property
    def fingerprint(self) -> str:
        """The first 16 hex digits of the hint, grouped for reading aloud over the phone."""
        return " ".join(self.hint[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class KeyPair:
    private_path: Path
    public: PublicKey


def check_key_name(name: str) -> str:
    if not KEY_NAME.match(name):
        raise UsageError("key.bad_name", name=name)
    return name


def generate_keypair(out_dir: Path, name: str, passphrase: str | None = None) -> KeyPair:
    """Write ``NAME.key`` (PKCS#8, encrypted when a passphrase is given, mode 0600) and ``NAME.pub``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    check_key_name(name)
    private_path, public_path = out_dir / f"{name}.key", out_dir / f"{name}.pub"
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError("key.exists", path=str(path))
    out_dir.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(private_pem)
    public_path.write_bytes(_public_pem(key.public_key()))
    return KeyPair(private_path, load_public_key(public_path))


def load_public_key(path: Path, name: str | None = None) -> PublicKey:
    """Read a PEM public key; the name defaults to the file name without its suffix."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    data = _read_key_file(path)
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise UsageError("key.not_public", name=path.name) from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name not in SUPPORTED_CURVES:
        raise UsageError("key.public_curve", name=path.name)
    return PublicKey(name=name or path.stem, path=path, pem=_public_pem(key))


def load_private_key(path: Path, passphrase: str | None) -> ec.EllipticCurvePrivateKey:
    """Read a PEM private key, decrypting it with the passphrase when it is encrypted."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    data = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode() if passphrase else None)
    except TypeError as exc:  # encrypted without a passphrase, or a passphrase for a plain key
        needs = b"ENCRYPTED" in data
        raise UsageError("key.needs_passphrase" if needs else "key.no_passphrase", name=path.name) from exc
    except ValueError as exc:
        raise UsageError("key.not_private", name=path.name) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name not in SUPPORTED_CURVES:
        raise UsageError("key.private_curve", name=path.name)
    return key


def public_key_of(private: ec.EllipticCurvePrivateKey, name: str, path: Path) -> PublicKey:
    return PublicKey(name=name, path=path, pem=_public_pem(private.public_key()))


def _public_pem(key: ec.EllipticCurvePublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_BYTES:
            raise UsageError("key.too_large", name=path.name)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError("key.missing", path=str(path)) from exc
    except OSError as exc:
        raise UsageError("key.os_error", path=str(path), system_error=exc.strerror or str(exc)) from exc
