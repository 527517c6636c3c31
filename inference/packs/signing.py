"""Sign and verify a pack with OpenSSF model signing (``model_signing``, key-based, offline).

The signature is ``model.sig`` inside the pack: a Sigstore bundle holding a
DSSE envelope whose in-toto statement lists every file of the pack with its
SHA-256, ``model.toml`` included. ``model_signing`` writes and checks it; this
module only chooses what to hash (every file but the signature and strays, see
``files``), guards against the library's known gaps, and turns a failure into
one sentence that says what failed:

- stray files must not break verification: they are ignored on both sides;
- a signed name with ``..`` or an absolute path is refused before anything is
  hashed (model_signing would open a file outside the pack, sigstore/model-transparency#647);
- a signature that lists no files, or leaves out ``model.toml`` or a model file
  the manifest names, is refused (an empty model verifies in 1.1, #661);
- ``password`` must be bytes although the library's hint says ``str``.

Key-based signing and verifying make no network calls (a test runs them with
sockets refused).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inference.errors import ModelError, SignatureError, UsageError
from inference.modelpack import MANIFEST, load_manifest
from inference.packs.files import SIGNATURE, escapes, pack_files, stray_paths
from inference.packs.keys import PublicKey, load_private_key, public_key_of

__all__ = ["SignedStatement", "read_statement", "sign_pack", "verify_pack"]

logger = logging.getLogger(__name__)
MAX_SIGNATURE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class SignedStatement:
    """What a signature claims, read before it is verified: the key's hint and the signed files."""

    hint: str
    digests: dict[str, str]
    """Signed file (relative POSIX path) to its SHA-256."""


def sign_pack(root: Path, private_key: Path, passphrase: str | None = None, key_name: str = "") -> PublicKey:
    """Write ``root/model.sig`` covering every file of the pack; returns the signing key's public half."""
    _intact_pack(root)
    key = load_private_key(private_key, passphrase)
    public = public_key_of(key, key_name or private_key.stem, private_key)
    from model_signing import signing

    with tempfile.TemporaryDirectory(prefix="tepi-sign-") as scratch:
        out = Path(scratch) / SIGNATURE
        try:
            signer = signing.Config().use_elliptic_key_signer(
                private_key=private_key,
                password=passphrase.encode() if passphrase else None,  # type: ignore[arg-type, unused-ignore]
            )
            signer.set_hashing_config(_hashing(root)).sign(root, out)
        except ValueError as exc:  # a symbolic link or a special file in the pack
            raise _unusable(root, exc) from exc
        _replace_signature(root, out.read_bytes())
    logger.info("signed %s with %s (%s)", root, public.name, public.fingerprint)
    return public


def verify_pack(root: Path, keys: Sequence[PublicKey], *, name: str | None = None) -> PublicKey:
    """Check ``root/model.sig`` against the pack's files; returns the key that signed it.

    Raises ``SignatureError`` naming what failed: unsigned, a file changed, added or
    missing, a key that is not among ``keys``, a damaged signature. Sentences call the
    pack ``name`` (default: its folder's name; an installed pack's folder is its version).
    """
    name = name or root.name
    data = _read_signature(root, name)
    statement = read_statement(data, name)
    _check_names(name, statement)
    key = next((k for k in keys if k.hint == statement.hint), None)
    if key is None:
        raise _wrong_key(name, statement.hint, keys)
    from cryptography.exceptions import InvalidSignature
    from model_signing import verifying

    with tempfile.TemporaryDirectory(prefix="tepi-verify-") as scratch:
        signature, public = Path(scratch) / SIGNATURE, Path(scratch) / "key.pub"
        signature.write_bytes(data)  # verify exactly the bytes read above
        public.write_bytes(key.pem)
        try:
            config = verifying.Config().use_elliptic_key_verifier(public_key=public)
            config.set_hashing_config(_hashing(root)).verify(root, signature)
        except InvalidSignature as exc:
            raise SignatureError("sign.forged", name=name, reason="damaged", path=root) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise _explain_mismatch(root, name, statement, key, exc) from exc
    _check_manifest_files_signed(root, name, statement)
    logger.info("%s verified: signed by %s (%s)", root, key.name, key.fingerprint)
    return key


def read_statement(data: bytes, name: str) -> SignedStatement:
    """The key hint and signed files of a signature bundle; ``SignatureError`` if it is not one."""
    try:
        bundle = json.loads(data)
        hint = bundle["verificationMaterial"]["publicKey"]["hint"]
        statement = json.loads(base64.b64decode(bundle["dsseEnvelope"]["payload"], validate=True))
        resources = statement["predicate"]["resources"]
        digests = {str(r["name"]): str(r["digest"]) for r in resources if r.get("algorithm") == "sha256"}
        if not isinstance(hint, str) or len(digests) != len(resources):
            raise ValueError("not a key-signed bundle of SHA-256 file digests")
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise SignatureError("sign.unreadable", name=name, reason="damaged") from exc
    return SignedStatement(hint=hint, digests=digests)


def _intact_pack(root: Path) -> None:
    if not (root / MANIFEST).is_file():
        raise UsageError("sign.not_a_pack_folder", path=str(root))
    load_manifest(root)  # refuse to sign files whose hashes already differ from the manifest


def _hashing(root: Path) -> Any:
    """SHA-256 of every file, ignoring the signature and the strays present now."""
    from model_signing import hashing

    ignored = [SIGNATURE, *stray_paths(root)]
    return (
        hashing.Config().use_file_serialization(hashing_algorithm="sha256").set_ignored_paths(paths=ignored)
    )


def _replace_signature(root: Path, data: bytes) -> None:
    """Write the signature in one step; the temporary name is a stray, so a crash leaves nothing signed."""
    temporary = root / f".{SIGNATURE}.new~"
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, root / SIGNATURE)


def _read_signature(root: Path, name: str) -> bytes:
    path = root / SIGNATURE
    try:
        if path.stat().st_size > MAX_SIGNATURE_BYTES:
            raise SignatureError("sign.too_large", name=name, reason="damaged")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise SignatureError("sign.unsigned", name=name, reason="unsigned") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SignatureError("sign.os_error", name=name, system_error=reason, reason="unusable") from exc


def _check_names(name: str, statement: SignedStatement) -> None:
    for file in statement.digests:
        if escapes(file):
            raise SignatureError("sign.outside", name=name, reason="outside", file=file)
    if MANIFEST not in statement.digests:
        raise SignatureError("sign.no_manifest", name=name, reason="damaged", file=MANIFEST)


def _check_manifest_files_signed(root: Path, name: str, statement: SignedStatement) -> None:
    """Every file model.toml names is signed (a signer could have told the library to skip one)."""
    try:
        pack = load_manifest(root, verify=False)
    except ModelError:
        return  # opening the pack reports a broken manifest in its own words
    for path in pack.model_files:
        file = path.relative_to(root).as_posix()
        if path.is_file() and file not in statement.digests:
            raise SignatureError(
                "sign.not_covered",
                name=name,
                reason="added",
                file=file,
                path=root,
            )


def _wrong_key(name: str, hint: str, keys: Sequence[PublicKey]) -> SignatureError:
    fingerprint = " ".join(hint[i : i + 4] for i in range(0, 16, 4))
    if not keys:
        return SignatureError("sign.no_key", name=name, fingerprint=fingerprint, reason="wrong-key")
    known = ", ".join(k.name for k in keys)
    return SignatureError(
        "sign.other_key", name=name, fingerprint=fingerprint, known=known, reason="wrong-key"
    )


def _unusable(root: Path, exc: Exception, name: str | None = None) -> SignatureError:
    code = "sign.symlink" if "symlink" in str(exc) else "sign.odd_file"
    return SignatureError(code, name=name or root.name, reason="unusable", path=root)


def _explain_mismatch(
    root: Path, name: str, statement: SignedStatement, key: PublicKey, exc: Exception
) -> SignatureError:
    """Say which file differs from what ``key`` signed; the library's own check already failed."""
    if "Signature mismatch" not in str(exc):
        return _unusable(root, exc, name)
    present = set(pack_files(root))
    signed = statement.digests
    for file in sorted(present & set(signed)):
        if _sha256(root / file) != signed[file]:
            return SignatureError(
                "sign.changed",
                name=name,
                signer=key.name,
                reason="changed",
                path=root,
                file=file,
            )
    added = sorted(present - set(signed))
    if added:
        return SignatureError(
            "sign.added",
            name=name,
            reason="added",
            path=root,
            file=added[0],
        )
    missing = sorted(set(signed) - present)
    if missing:
        return SignatureError(
            "sign.missing",
            name=name,
            signer=key.name,
            reason="missing",
            path=root,
            file=missing[0],
        )
    return SignatureError("sign.mismatch", name=name, reason="changed", path=root)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
