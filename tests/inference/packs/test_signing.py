"""Signing and verifying packs with model_signing itself: each kind of tampering gets its own sentence."""

from __future__ import annotations

import hashlib
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import pytest

from inference.errors import SignatureError, UsageError
from inference.packs.keys import KeyPair, generate_keypair, load_public_key
from inference.packs.signing import read_statement, sign_pack, verify_pack
from tests.inference.packs.conftest import ROOT


def _refusal(pack: Path, keys: list) -> SignatureError:
    with pytest.raises(SignatureError) as caught:
        verify_pack(pack, keys)
    return caught.value


def test_a_signed_pack_verifies_and_names_its_key(pack: Path, acme: KeyPair) -> None:
    signer = sign_pack(pack, acme.private_path)
    assert signer.hint == acme.public.hint
    assert verify_pack(pack, [acme.public]).name == "acme"
    signed = read_statement((pack / "model.sig").read_bytes(), pack.name).digests
    assert sorted(signed) == ["iris.keras", "iris.tflite", "labels.txt", "model.toml"]
    assert signed["labels.txt"] == hashlib.sha256((pack / "labels.txt").read_bytes()).hexdigest()


@pytest.mark.parametrize("file", ["model.toml", "iris.tflite", "iris.keras", "labels.txt"])
def test_each_kind_of_file_changed_is_named(pack: Path, acme: KeyPair, file: str) -> None:
    sign_pack(pack, acme.private_path)
    with (pack / file).open("ab") as handle:
        handle.write(b"\n")
    error = _refusal(pack, [acme.public])
    assert (error.reason, error.file) == ("changed", file)
    assert str(error) == f"{file} in iris has changed since acme signed it."


def test_an_added_file_is_refused(pack: Path, acme: KeyPair) -> None:
    sign_pack(pack, acme.private_path)
    (pack / "extra").mkdir()
    (pack / "extra" / "payload.py").write_text("import os\n", encoding="utf-8")
    error = _refusal(pack, [acme.public])
    assert (error.reason, str(error)) == ("added", "iris has a file that was not signed: extra/payload.py.")


def test_a_removed_file_is_refused(pack: Path, acme: KeyPair) -> None:
    sign_pack(pack, acme.private_path)
    (pack / "iris.keras").unlink()
    error = _refusal(pack, [acme.public])
    assert (error.reason, str(error)) == ("missing", "iris is missing iris.keras, which acme signed.")


def test_an_unsigned_pack_is_named_unsigned(pack: Path, acme: KeyPair) -> None:
    error = _refusal(pack, [acme.public])
    assert (error.reason, str(error)) == ("unsigned", "iris is not signed (it has no model.sig).")


def test_another_key_is_refused(pack: Path, acme: KeyPair, other: KeyPair) -> None:
    """Swapping the key either way: verifying with another key, or an attacker re-signing."""
    sign_pack(pack, acme.private_path)
    error = _refusal(pack, [other.public])
    assert error.reason == "wrong-key"
    assert (
        str(error) == f"iris is signed by another key (fingerprint {acme.public.fingerprint}), not by other."
    )
    (pack / "labels.txt").write_text("a\nb\nc\n", encoding="utf-8")
    sign_pack(pack, other.private_path)  # the attacker's own, valid signature
    assert _refusal(pack, [acme.public]).reason == "wrong-key"


def test_a_forged_signature_is_refused(pack: Path, acme: KeyPair) -> None:
    """Same key hint, but the envelope's payload was edited after signing."""
    import base64
    import json

    sign_pack(pack, acme.private_path)
    bundle = json.loads((pack / "model.sig").read_text(encoding="utf-8"))
    statement = json.loads(base64.b64decode(bundle["dsseEnvelope"]["payload"]))
    (pack / "labels.txt").write_text("a\nb\nc\n", encoding="utf-8")
    for resource in statement["predicate"]["resources"]:
        if resource["name"] == "labels.txt":
            resource["digest"] = hashlib.sha256(b"a\nb\nc\n").hexdigest()
    bundle["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    (pack / "model.sig").write_text(json.dumps(bundle), encoding="utf-8")
    error = _refusal(pack, [acme.public])
    assert (error.reason, str(error)) == (
        "damaged",
        "The signature of iris does not match what it says it signed: it is forged or damaged.",
    )


def test_a_damaged_signature_file_is_one_sentence(pack: Path, acme: KeyPair) -> None:
    sign_pack(pack, acme.private_path)
    (pack / "model.sig").write_bytes(b"\x00not json")
    error = _refusal(pack, [acme.public])
    assert (error.reason, str(error)) == (
        "damaged",
        "The signature of iris (model.sig) is damaged or not a model signature Tepi reads.",
    )


STRAYS = [
    ".DS_Store",
    "._iris.tflite",
    "Thumbs.db",
    "desktop.ini",
    "model.toml~",
    ".model.toml.swp",
    "#labels.txt#",
]


def test_stray_files_do_not_break_verification(pack: Path, acme: KeyPair) -> None:
    (pack / ".DS_Store").write_bytes(b"present while signing")
    sign_pack(pack, acme.private_path)
    (pack / ".DS_Store").unlink()  # gone again: still fine
    for name in STRAYS:
        (pack / name).write_bytes(b"left behind by the system or an editor")
    (pack / "__pycache__").mkdir()
    (pack / "__pycache__" / "model.cpython-311.pyc").write_bytes(b"\x00")
    (pack / "empty-folder").mkdir()  # empty folders are not content
    assert verify_pack(pack, [acme.public]).name == "acme"
    assert "model.toml~" not in read_statement((pack / "model.sig").read_bytes(), "iris").digests


def _sign_statement(pack: Path, key: KeyPair, names: dict[str, bytes]) -> None:
    """A valid signature by ``key`` over whatever names a (malicious or buggy) signer chose."""
    from model_signing import manifest
    from model_signing._hashing.hashing import Digest
    from model_signing._signing import sign_ec_key, signing

    items = [
        manifest.FileManifestItem(
            path=pathlib.PurePosixPath(name), digest=Digest("sha256", hashlib.sha256(data).digest())
        )
        for name, data in names.items()
    ]
    serialization = manifest._FileSerialization("sha256", False, frozenset())
    payload = signing.Payload(manifest.Manifest(pack.name, items, serialization))
    sign_ec_key.Signer(key.private_path).sign(payload).write(pack / "model.sig")


def test_a_signed_name_outside_the_pack_is_refused(pack: Path, acme: KeyPair, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"not part of any pack")
    names = {p.name: p.read_bytes() for p in pack.iterdir()} | {"../secret.txt": secret.read_bytes()}
    _sign_statement(pack, acme, names)
    error = _refusal(pack, [acme.public])
    assert (error.reason, error.file) == ("outside", "../secret.txt")
    assert (
        str(error)
        == "The signature of iris lists a file outside the pack (../secret.txt), so Tepi refuses it."
    )


def test_a_signature_over_nothing_is_refused(pack: Path, acme: KeyPair) -> None:
    """model_signing 1.1 signs and verifies an empty file list; such a signature proves nothing."""
    _sign_statement(pack, acme, {})
    error = _refusal(pack, [acme.public])
    assert str(error) == "The signature of iris does not cover its model.toml, so it proves nothing."


def test_a_model_file_the_signer_left_out_is_refused(pack: Path, acme: KeyPair) -> None:
    """A signer told to ignore iris.keras: the library would skip it, the pack would load it."""
    from model_signing import hashing, signing

    config = hashing.Config().use_file_serialization().set_ignored_paths(paths=["model.sig", "iris.keras"])
    signing.Config().use_elliptic_key_signer(private_key=acme.private_path).set_hashing_config(config).sign(
        pack, pack / "model.sig"
    )
    error = _refusal(pack, [acme.public])
    assert (error.file, str(error)) == ("iris.keras", "iris.keras in iris is not covered by its signature.")


def test_symbolic_links_are_refused(pack: Path, acme: KeyPair, tmp_path: Path) -> None:
    (tmp_path / "outside.bin").write_bytes(b"x")
    os.symlink(tmp_path / "outside.bin", pack / "weights.bin")
    with pytest.raises(SignatureError) as caught:
        sign_pack(pack, acme.private_path)
    assert str(caught.value) == "iris holds a symbolic link, which Tepi does not sign or verify."


def test_an_encrypted_key_needs_its_passphrase(pack: Path, tmp_path: Path) -> None:
    pair = generate_keypair(tmp_path / "keys", "locked", passphrase="correct horse")
    assert b"ENCRYPTED" in pair.private_path.read_bytes()
    assert pair.private_path.stat().st_mode & 0o077 == 0
    with pytest.raises(UsageError, match="is encrypted"):
        sign_pack(pack, pair.private_path)
    with pytest.raises(UsageError, match="passphrase is wrong"):
        sign_pack(pack, pair.private_path, "wrong")
    sign_pack(pack, pair.private_path, "correct horse")
    assert verify_pack(pack, [load_public_key(pair.public.path)]).name == "locked"


def test_a_folder_without_a_manifest_is_not_signed(tmp_path: Path, acme: KeyPair) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match=r"has no model\.toml"):
        sign_pack(tmp_path / "empty", acme.private_path)


NO_NETWORK = """
import socket, sys
calls = []
def refuse(*args, **kwargs):
    calls.append(args)
    raise OSError("network refused by the test")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.getaddrinfo = socket.create_connection = refuse
from inference.cli import main
code = 0
for argv in (["pack", "keygen", "--out", sys.argv[1], "--name", "offline"],
             ["pack", "sign", sys.argv[2], "--private-key", sys.argv[1] + "/offline.key"],
             ["pack", "verify", sys.argv[2], "--public-key", sys.argv[1] + "/offline.pub"]):
    code = code or main(argv)
print("network calls:", len(calls))
sys.exit(code or len(calls))
"""


def test_key_based_signing_makes_no_network_calls(pack: Path, tmp_path: Path) -> None:
    """keygen, sign and verify in a process where every connect and name lookup fails and is counted."""
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(tmp_path / "keys"), str(pack)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "network calls: 0" in result.stdout
    assert "signed by offline" in result.stdout
