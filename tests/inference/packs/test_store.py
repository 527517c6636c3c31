"""Installed versions side by side: install, use, rollback, remove, keep 3, clean up after a crash."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from inference.errors import PackStoreError, SignatureError
from inference.formats import open_model
from inference.packs import store as store_module
from inference.packs.archive import extract_archive, write_archive
from inference.packs.install import install_pack
from inference.packs.keys import KeyPair
from inference.packs.signing import sign_pack
from inference.packs.store import PackStore
from inference.packs.trust import TrustPolicy, add_trusted_key
from inference.session import open_predictor
from tests.inference.packs.conftest import ROOT, make_pack

ROW = {"sepal_length": 5.1, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "flower.csv"
    path.write_text(",".join(ROW) + "\n" + ",".join(str(v) for v in ROW.values()) + "\n", encoding="utf-8")
    return path


def _predict_model(tmp_path: Path, ref: str = "iris") -> str:
    with open_predictor(ref) as predictor:
        (outcome,) = predictor.predict_paths([_csv(tmp_path)])
    assert outcome.label == "setosa", outcome
    return outcome.model


def test_an_installed_version_is_used_by_name_and_the_bundled_one_stays(tmp_path: Path) -> None:
    done = install_pack(make_pack(tmp_path / "src", version="1.1"))
    assert (done.name, done.version, done.was, done.signed_by) == ("iris", "1.1", None, None)
    store = PackStore()
    assert store.path("iris") == store.root / "iris" / "1.1"
    assert open_model("iris").version == "1.1"
    assert _predict_model(tmp_path) == "iris@1.1"
    assert open_model("iris@1.0").root == ROOT / "resources" / "models" / "iris"
    assert open_model("iris@1.1").version == "1.1"


def test_use_rollback_and_remove(tmp_path: Path) -> None:
    store = PackStore()
    install_pack(make_pack(tmp_path / "a", version="1.1"))
    install_pack(make_pack(tmp_path / "b", version="1.2"))
    assert store.rollback("iris") == ("1.2", "1.1")
    assert store.rollback("iris") == ("1.1", None)  # the bundled pack
    with pytest.raises(PackStoreError, match=r"^iris has no earlier version to return to\.$"):
        store.rollback("iris")
    assert store.use("iris", "1.2") == (None, "1.2")
    with pytest.raises(
        PackStoreError, match=r"^iris 2\.0 is not installed \(installed: 1\.1, 1\.2\)\.$"
    ):
        store.use("iris", "2.0")
    with pytest.raises(PackStoreError, match=r"^iris 1\.2 is in use; switch to another version first"):
        store.remove("iris", "1.2")
    store.remove("iris", "1.1")
    assert not (store.root / "iris" / "1.1").exists()
    assert [v.version for v in store.state("iris").versions] == ["1.2"]
    assert store.rollback("iris") == ("1.2", None)  # 1.1 is gone, so back to the bundled pack


def test_the_last_three_versions_are_kept_and_always_the_active_one(tmp_path: Path) -> None:
    store = PackStore()
    for minor in range(1, 5):
        install_pack(make_pack(tmp_path / f"v{minor}", version=f"1.{minor}"))
    assert [v.version for v in store.state("iris").versions] == ["1.2", "1.3", "1.4"]
    assert sorted(p.name for p in (store.root / "iris").iterdir() if p.is_dir()) == ["1.2", "1.3", "1.4"]
    store.use("iris", "1.2")
    install_pack(make_pack(tmp_path / "v5", version="1.5"))  # 1.2 was active: Undo must find it
    assert [v.version for v in store.state("iris").versions] == ["1.2", "1.3", "1.4", "1.5"]
    install_pack(make_pack(tmp_path / "v6", version="1.6"))
    assert [v.version for v in store.state("iris").versions] == ["1.4", "1.5", "1.6"]
    assert store.rollback("iris") == ("1.6", "1.5")


def test_a_pack_that_fails_its_checks_leaves_nothing_behind(tmp_path: Path, acme: KeyPair) -> None:
    store = PackStore()
    install_pack(make_pack(tmp_path / "good", version="1.1"))
    damaged = make_pack(tmp_path / "damaged", version="1.2")
    (damaged / "iris.tflite").write_bytes(b"not the model the manifest hashed")
    with pytest.raises(Exception, match="has been changed or damaged"):
        install_pack(damaged)
    add_trusted_key(acme.public.path)
    unsigned = make_pack(tmp_path / "unsigned", version="1.3")
    with pytest.raises(SignatureError, match=r"^unsigned is not signed \(it has no model\.sig\)\.$"):
        install_pack(unsigned)
    signed = make_pack(tmp_path / "signed", version="1.3")
    sign_pack(signed, acme.private_path)
    assert install_pack(signed).signed_by == "acme"
    state = store.state("iris")
    assert ([v.version for v in state.versions], state.active) == (["1.1", "1.3"], "1.3")
    assert not any((store.root / ".staging").iterdir())


def test_archives_round_trip_and_hostile_ones_are_refused(tmp_path: Path, acme: KeyPair) -> None:
    pack = make_pack(tmp_path / "iris", version="1.1")
    (pack / ".DS_Store").write_bytes(b"stray")
    sign_pack(pack, acme.private_path)
    first = write_archive(pack, tmp_path / "one.tar.gz")
    second = write_archive(pack, tmp_path / "two.tar.gz")
    assert first.read_bytes() == second.read_bytes()  # reproducible: same pack, same bytes, same TUF hash
    unpacked = extract_archive(first, tmp_path / "out")
    assert sorted(p.name for p in unpacked.iterdir()) == [
        "iris.keras", "iris.tflite", "labels.txt", "model.sig", "model.toml"
    ]  # fmt: skip
    for member, why in [
        (_member("../evil.txt"), "would land outside the pack"),
        (_member("/etc/evil"), "would land outside the pack"),
        (_member("a\\..\\..\\evil"), "would land outside the pack"),
        (_member("link", tarfile.SYMTYPE, "/etc/passwd"), "is a link or a device"),
    ]:
        hostile = tmp_path / "hostile.tar.gz"
        with tarfile.open(hostile, "w:gz") as tar:
            tar.addfile(member, io.BytesIO(b"x" * member.size))
        with pytest.raises(
            PackStoreError, match=f"^hostile.tar.gz is not a pack archive Tepi installs: .*{why}"
        ):
            extract_archive(hostile, tmp_path / f"never-{time.monotonic_ns()}")
    assert not (tmp_path / "evil.txt").exists()


def _member(name: str, kind: bytes = tarfile.REGTYPE, target: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.size = kind, target, 1 if kind == tarfile.REGTYPE else 0
    return info


def test_leftovers_of_a_crash_are_cleaned_and_the_previous_version_works(tmp_path: Path) -> None:
    """The state a kill -9 can leave between the rename and the state write, and in staging."""
    store = PackStore()
    install_pack(make_pack(tmp_path / "a", version="1.1"))
    make_pack(store.root / "iris" / "1.2", version="1.2")  # renamed into place, never recorded
    (store.root / ".staging" / "deadbeef").mkdir(parents=True)  # a download whose process died
    (store.root / ".staging" / "deadbeef.lock").write_bytes(b"")
    (store.root / "iris" / ".state.json.999.tmp").write_text("{", encoding="utf-8")
    assert open_model("iris").version == "1.1"
    with store.locked():
        pass
    assert sorted(p.name for p in (store.root / "iris").iterdir()) == ["1.1", "state.json"]
    assert list((store.root / ".staging").iterdir()) == []
    assert _predict_model(tmp_path) == "iris@1.1"


HOLD = """
import sys, time
from pathlib import Path
from inference.packs.store import PackStore
store = PackStore(Path(sys.argv[1]))
with store.staging() as folder:
    with store.locked():
        print(folder, flush=True)
        time.sleep(1.5)
    time.sleep(3)  # still working in its staging folder, without the store lock
"""


def test_work_in_progress_is_not_cleaned_and_a_busy_store_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PackStore(tmp_path / "packs")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store.root)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        staging = Path(holder.stdout.readline().strip())  # type: ignore[union-attr]
        monkeypatch.setattr(store_module, "LOCK_WAIT_S", 0.3)
        with pytest.raises(PackStoreError, match=r"^Another Tepi is changing the installed packs; try again"):
            store.use("iris", "1.0")
        monkeypatch.setattr(store_module, "LOCK_WAIT_S", 30.0)
        with store.locked():  # waits for the holder's store lock, then cleans: its staging is still owned
            assert staging.is_dir()
    finally:
        holder.wait(30)
    with store.locked():
        pass
    assert list((store.root / ".staging").iterdir()) == []


def test_pack_list_and_use_on_the_command_line(tmp_path: Path) -> None:
    install_pack(make_pack(tmp_path / "a", version="1.1"))

    def tepi(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "inference", "pack", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    listed = [json.loads(line) for line in tepi("list", "iris", "--json").stdout.splitlines()]
    assert [(r["version"], r["active"], r["bundled"]) for r in listed] == [
        ("1.1", True, False),
        ("1.0", False, True),
    ]
    used = tepi("use", "iris@1.0")
    assert (used.returncode, used.stdout.strip()) == (0, "iris 1.0 (bundled) is active (was 1.1).")
    bad = tepi("use", "iris")
    assert bad.returncode == 2
    assert (
        bad.stderr.strip()
        == "error: Give a pack and a version as NAME@VERSION, e.g. digits@1.0 (not 'iris')."
    )
    assert TrustPolicy.from_settings().enforcing is False
