"""Trusted publishers: nothing changes until a key is trusted; then only signed packs open, everywhere."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inference.errors import SignatureError, UsageError
from inference.formats import open_model
from inference.packs.keys import KeyPair
from inference.packs.signing import sign_pack, verify_pack
from inference.packs.trust import (
    TRUSTED_KEYS_ENV,
    TrustPolicy,
    add_trusted_key,
    describe_signature,
    release_key,
    remove_trusted_key,
    trusted_keys,
)
from tests.inference.packs.conftest import ROOT
from tests.server.conftest import start_server

SAMPLE_CSV = ROOT / "resources" / "samples" / "iris.csv"


def tepi(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inference", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        env={**os.environ, **(env or {})},
    )


def test_with_no_trusted_key_every_model_opens(pack: Path) -> None:
    assert TrustPolicy.from_settings().enforcing is False
    assert open_model(pack).signed_by is None


def test_a_trusted_publishers_pack_opens_marked_with_its_name(pack: Path, acme: KeyPair) -> None:
    add_trusted_key(acme.public.path)
    sign_pack(pack, acme.private_path)
    assert [k.name for k in trusted_keys()] == ["acme"]
    assert open_model(pack).signed_by == "acme"


def test_unsigned_and_bare_models_are_refused_once_a_key_is_trusted(
    pack: Path, acme: KeyPair, tmp_path: Path
) -> None:
    add_trusted_key(acme.public.path)
    with pytest.raises(SignatureError) as caught:
        open_model(pack)
    assert caught.value.reason == "untrusted"
    assert str(caught.value) == (
        "Tepi opens only models signed by a trusted publisher (acme), so it refused this one "
        "(--allow-unsigned overrides): iris is not signed (it has no model.sig)."
    )
    bare = tmp_path / "bare.tflite"
    bare.write_bytes((pack / "iris.tflite").read_bytes())
    with pytest.raises(SignatureError, match=r"overrides\): bare.tflite is not a signed model pack.$"):
        open_model(bare)


def test_a_pack_signed_by_someone_else_is_refused(pack: Path, acme: KeyPair, other: KeyPair) -> None:
    sign_pack(pack, other.private_path)
    policy = TrustPolicy.from_settings([acme.public.path])
    with pytest.raises(
        SignatureError, match=r"overrides\): iris is signed by another key \(fingerprint .*\), not by acme.$"
    ):
        open_model(pack, trust=policy)


def test_allow_unsigned_opens_it_and_says_so_in_the_log(
    pack: Path, acme: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    policy = TrustPolicy.from_settings([acme.public.path], allow_unsigned=True)
    with caplog.at_level(logging.WARNING, logger="inference.packs.trust"):
        assert open_model(pack, trust=policy).name == "iris"
    assert "iris@1.0" in caplog.text and "--allow-unsigned" in caplog.text


def test_keys_come_from_the_folder_the_environment_and_flags(
    acme: KeyPair, other: KeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_trusted_key(acme.public.path, "acme-team")
    monkeypatch.setenv(TRUSTED_KEYS_ENV, str(other.public.path))
    assert [k.name for k in TrustPolicy.from_settings().keys] == ["acme-team", "other"]
    assert [k.name for k in TrustPolicy.from_settings([other.public.path]).keys] == ["acme-team", "other"]


def test_trusting_a_key_twice_or_removing_an_unknown_one_is_a_usage_error(acme: KeyPair) -> None:
    add_trusted_key(acme.public.path)
    with pytest.raises(UsageError, match="already trusted as acme"):
        add_trusted_key(acme.public.path, "again")
    with pytest.raises(UsageError, match="No trusted key is called nobody"):
        remove_trusted_key("nobody")
    remove_trusted_key("acme")
    assert trusted_keys() == []


def test_bundled_packs_carry_the_release_key_signature() -> None:
    """Committed signatures hold: a changed bundled pack must be re-signed (scripts/sign_bundled_packs.py)."""
    release = release_key()
    assert release is not None
    for pack in sorted((ROOT / "resources" / "models").iterdir()):
        try:
            verify_pack(pack, [release])
        except SignatureError as exc:
            pytest.fail(
                f"{exc} Re-sign the bundled packs with the release key: "
                "TEPI_RELEASE_KEY=/path/to/tepi-release.key python scripts/sign_bundled_packs.py"
            )
    name, text = describe_signature(open_model("digits"))
    assert name == "tepi-release" and text.startswith("signed by tepi-release (fingerprint ")


def test_the_command_line_refuses_in_one_sentence_and_allows_with_the_flag(pack: Path, acme: KeyPair) -> None:
    refused = tepi("predict", "-m", str(pack), str(SAMPLE_CSV), "--trusted-key", str(acme.public.path))
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr.strip().splitlines() == [
        "error: Tepi opens only models signed by a trusted publisher (acme), so it refused this one "
        "(--allow-unsigned overrides): iris is not signed (it has no model.sig)."
    ]
    allowed = tepi(
        "predict", "-m", str(pack), str(SAMPLE_CSV), "--json", "--allow-unsigned",
        env={TRUSTED_KEYS_ENV: str(acme.public.path)},
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert "warning: --allow-unsigned" in allowed.stderr
    sign_pack(pack, acme.private_path)
    info = tepi("info", str(pack), "--trusted-key", str(acme.public.path))
    assert info.returncode == 0, info.stderr
    assert "signature:     signed by acme" in info.stdout


def test_the_server_serves_only_trusted_packs(pack: Path, acme: KeyPair, tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    signed = pack.rename(models / "iris")
    sign_pack(signed, acme.private_path)
    (models / "digits").mkdir()
    for file in (ROOT / "resources" / "models" / "digits").iterdir():
        (models / "digits" / file.name).write_bytes(file.read_bytes())
    (models / "digits" / "model.sig").unlink()
    server = start_server(models, tmp_path / "home", "--trusted-key", str(acme.public.path), ready=False)
    try:
        server.wait_ready()  # ready once loading is over, whatever each model's outcome
        assert server.get("/v2/models/iris/ready").status_code == 200
        refused = server.get("/v2/models/digits/ready")
        assert refused.status_code != 200
        log = server.log.read_text()
        assert (
            "so it refused this one (--allow-unsigned overrides): digits is not signed (it has no model.sig)."
            in log
        )
    finally:
        assert server.stop() == 0


def test_trusting_the_release_key_opens_the_bundled_packs_while_a_team_key_is_trusted(acme: KeyPair) -> None:
    add_trusted_key(acme.public.path)
    with pytest.raises(SignatureError, match=r"digits is signed by another key"):
        open_model("digits")
    added = tepi("pack", "trust", "add", "--release")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("trusted tepi-release (fingerprint ")
    assert open_model("digits").signed_by == "tepi-release"
