"""The update channel end to end: python-tuf writes the repository, a real HTTP server on 127.0.0.1
serves it, ``tuf.ngclient.Updater`` reads it. Every attack leaves the previous version active."""

from __future__ import annotations

import shutil
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from inference.errors import UpdateError
from inference.formats import open_model
from inference.packs import publish as publish_module
from inference.packs.archive import write_archive
from inference.packs.keys import KeyPair
from inference.packs.publish import _Repository, publish_pack
from inference.packs.signing import sign_pack
from inference.packs.store import PackStore
from inference.packs.trust import TrustPolicy
from inference.packs.update import update_pack
from tests.inference.packs.conftest import make_pack
from tests.inference.packs.http_repo import drip, endless, replay, serve, stall
from tests.inference.packs.test_store import _predict_model


def _publish(tmp_path: Path, repo: Path, key: KeyPair, version: str, **kwargs: object) -> Path:
    pack = make_pack(tmp_path / f"iris-{version}", version=version)
    sign_pack(pack, key.private_path)
    publish_pack(pack, repo, key.private_path, **kwargs)  # type: ignore[arg-type]
    return pack


def _trusting(key: KeyPair) -> TrustPolicy:
    return TrustPolicy.from_settings([key.public.path])


def _update(url: str, key: KeyPair, **kwargs: object) -> object:
    return update_pack("iris", url, trust=_trusting(key), **kwargs)  # type: ignore[arg-type]


def _refused(url: str, key: KeyPair, reason: str) -> str:
    with pytest.raises(UpdateError) as caught:
        _update(url, key)
    assert caught.value.reason == reason, caught.value
    return str(caught.value)


def _assert_active(version: str, tmp_path: Path) -> None:
    store = PackStore()
    assert store.state("iris").active == version
    assert _predict_model(tmp_path) == f"iris@{version}"
    assert not any((store.root / ".staging").iterdir())


def test_publish_two_versions_update_and_roll_back_offline(tmp_path: Path, acme: KeyPair) -> None:
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:
        first = _update(server.url, acme)
        assert (first.installed.version, first.installed.was, first.installed.signed_by) == (
            "1.1",
            None,
            "acme",
        )
        _assert_active("1.1", tmp_path)
        assert _update(server.url, acme).installed is None  # nothing newer: nothing downloaded
        _publish(tmp_path, repo, acme, "1.2")
        second = _update(server.url, acme)
        assert (second.installed.version, second.installed.was) == ("1.2", "1.1")
        requested = list(server.requests)
    assert "/metadata/1.root.json" in requested
    assert any(p.startswith("/targets/iris/") and p.endswith(".iris-1.2.tar.gz") for p in requested)
    _assert_active("1.2", tmp_path)
    assert PackStore().rollback("iris") == ("1.2", "1.1")  # the server is gone: rollback needs no network
    _assert_active("1.1", tmp_path)
    assert PackStore().state("iris").source == server.url


def test_a_replayed_old_timestamp_is_refused(tmp_path: Path, acme: KeyPair) -> None:
    """Rollback attack: the client has seen timestamp 2; an attacker serves timestamp 1 again."""
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    old_timestamp = (repo / "metadata" / "timestamp.json").read_bytes()
    _publish(tmp_path, repo, acme, "1.2")
    with serve(repo) as server:
        _update(server.url, acme)
        _publish(tmp_path, repo, acme, "1.3")
        server.attacks["/metadata/timestamp.json"] = replay(old_timestamp)
        text = _refused(server.url, acme, "rollback")
    assert text.startswith(
        f"The update source {server.url} offered metadata older than Tepi has seen or than "
    )
    assert "(New timestamp version 1 must be >= 2)" in text
    assert text.endswith("a replay, rollback or mix-and-match; nothing was installed.")
    _assert_active("1.2", tmp_path)


def test_a_tampered_archive_is_refused(tmp_path: Path, acme: KeyPair) -> None:
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:
        _update(server.url, acme)
        _publish(tmp_path, repo, acme, "1.2")
        (archive,) = (repo / "targets" / "iris").glob("*.iris-1.2.tar.gz")
        data = bytearray(archive.read_bytes())
        data[len(data) // 2] ^= 0xFF
        archive.write_bytes(bytes(data))
        text = _refused(server.url, acme, "tampered")
    assert text == (
        f"A file from {server.url} does not match its signed length and SHA-256, so it was refused; "
        "nothing was installed."
    )
    _assert_active("1.1", tmp_path)
    assert [v.version for v in PackStore().state("iris").versions] == ["1.1"]


def test_a_pack_the_metadata_vouches_for_must_still_carry_a_good_signature(
    tmp_path: Path, acme: KeyPair, other: KeyPair
) -> None:
    """Someone with the repository key but not the pack key: TUF accepts the archive, the pack's
    own signature check refuses it."""
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:  # a client that trusts only what the source's root says
        update_pack("iris", server.url, root=repo / "metadata" / "1.root.json", trust=TrustPolicy())
        forged = make_pack(tmp_path / "forged", version="1.2")
        sign_pack(forged, other.private_path)
        repository = _Repository(repo, _private(acme), 30)
        repository.add_target("iris/iris-1.2.tar.gz", write_archive(forged, tmp_path / "f.tar.gz"), None)
        repository.targets.signed.targets["iris/iris-1.2.tar.gz"].unrecognized_fields["custom"] = {
            "tepi": {"name": "iris", "version": "1.2"}
        }
        repository.write_indexes()
        repository.commit()
        with pytest.raises(UpdateError) as caught:
            update_pack("iris", server.url, trust=TrustPolicy())
    assert caught.value.reason == "bad-pack"
    assert str(caught.value) == (
        f"iris 1.2 from {server.url} was refused: iris is signed by another key (fingerprint "
        f"{other.public.fingerprint}), not by the publisher at {server.url[7:]}."
    )
    _assert_active("1.1", tmp_path)


def _private(key: KeyPair) -> object:
    from inference.packs.keys import load_private_key

    return load_private_key(key.private_path, None)


def test_expired_metadata_is_refused(tmp_path: Path, acme: KeyPair, monkeypatch: pytest.MonkeyPatch) -> None:
    """Freeze attack: metadata that stopped being refreshed (signed 40 days ago, valid 30)."""
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:
        _update(server.url, acme)
        past = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=40)
        monkeypatch.setattr(publish_module, "_now", lambda: past)
        _publish(tmp_path, repo, acme, "1.2")
        text = _refused(server.url, acme, "expired")
    assert "offers expired metadata" in text and "its publisher must publish or refresh it" in text
    _assert_active("1.1", tmp_path)


def test_mixed_and_endless_metadata_is_refused(tmp_path: Path, acme: KeyPair) -> None:
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    _publish(tmp_path, repo, acme, "1.2")
    with serve(repo) as server:
        server.attacks["/metadata/timestamp.json"] = endless
        text = _refused(server.url, acme, "tampered")
        assert text == (
            f"The update source {server.url} sent more data than its signed metadata allows; "
            "nothing was installed."
        )
        del server.attacks["/metadata/timestamp.json"]
        old_targets = (repo / "metadata" / "1.targets.json").read_bytes()
        server.attacks["/metadata/2.targets.json"] = replay(old_targets)  # mix-and-match
        text = _refused(server.url, acme, "rollback")
        assert "(Expected targets v2, got v1.)" in text
    assert PackStore().state("iris").versions == []


def test_unreachable_slow_and_untrusted_sources_are_one_sentence(tmp_path: Path, acme: KeyPair) -> None:
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:
        url = server.url
        with pytest.raises(UpdateError) as caught:
            update_pack("iris", url, trust=TrustPolicy())
        assert caught.value.reason == "not-trusted"
        assert str(caught.value) == (
            f"Tepi cannot trust the update source {url}: no publisher is trusted yet; "
            "trust its publisher's key first, or give its root.json once (--root)."
        )
        server.attacks["/metadata/1.root.json"] = stall(5)
        with pytest.raises(UpdateError) as caught:
            _update(url, acme, timeout=(1.0, 1.0))
        assert str(caught.value) == f"The update source {url} stopped answering; nothing was installed."
    with pytest.raises(UpdateError) as caught:
        _update(url, acme)
    assert (
        str(caught.value)
        == f"The update source {url} cannot be reached (connection refused); nothing was installed."
    )
    assert open_model("iris").version == "1.0"


def test_a_source_dripping_a_byte_at_a_time_is_cut_off_at_its_deadline(tmp_path: Path, acme: KeyPair) -> None:
    """Each byte comes well within the read timeout; the whole file must come within twice it."""
    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    with serve(repo) as server:
        server.attacks["/metadata/1.root.json"] = drip(0.2)
        started = time.monotonic()
        with pytest.raises(UpdateError) as caught:
            _update(server.url, acme, timeout=(1.0, 1.0))
        elapsed = time.monotonic() - started
    assert str(caught.value) == f"The update source {server.url} stopped answering; nothing was installed."
    assert elapsed < 2 * 1.0 + 2
    assert open_model("iris").version == "1.0"


def test_the_command_line_updates_from_a_root_file_and_says_what_it_did(
    tmp_path: Path, acme: KeyPair
) -> None:
    import subprocess
    import sys

    from tests.inference.packs.conftest import ROOT

    repo = tmp_path / "repo"
    _publish(tmp_path, repo, acme, "1.1")
    root = tmp_path / "root.json"
    shutil.copyfile(repo / "metadata" / "root.json", root)

    def tepi(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "inference", "pack", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    with serve(repo) as server:
        first = tepi("update", "iris", "--from", server.url, "--root", str(root))
        assert first.returncode == 0, first.stderr
        assert (
            first.stdout.strip()
            == f"iris 1.1 installed (was 1.0), signed by the publisher at {server.url[7:]}."
        )
        again = tepi("update")  # the source is remembered
        assert again.stdout.strip() == "iris is up to date (1.1; the source offers 1.1)."
