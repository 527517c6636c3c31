"""``kill -9`` during ``pack update`` at each stage of an install: the previous version stays active and
works, and the next run leaves nothing half-installed behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from inference.formats import open_model
from inference.packs.keys import KeyPair
from inference.packs.publish import publish_pack
from inference.packs.signing import sign_pack
from inference.packs.store import PackStore
from inference.packs.trust import TrustPolicy
from inference.packs.update import update_pack
from tests.inference.packs.conftest import ROOT, make_pack
from tests.inference.packs.http_repo import serve
from tests.inference.packs.test_store import _predict_model

Stage = Callable[[Path], bool]


def _staging(packs: Path) -> list[Path]:
    folder = packs / ".staging"
    return [p for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []


STAGES: dict[str, Stage] = {
    "a staging folder exists": lambda packs: bool(_staging(packs)),
    "the archive is being written": lambda packs: any(
        f.stat().st_size > 0 for s in _staging(packs) for f in s.glob("download-*.tar.gz")
    ),
    "the archive is unpacked and being checked": lambda packs: any(
        (s / "unpacked" / "iris" / "model.toml").is_file() for s in _staging(packs)
    ),
    "the new version folder is in place": lambda packs: (packs / "iris" / "1.2").is_dir(),
}


def _kill_at(command: list[str], stage: Stage, packs: Path) -> int | None:
    """Start the command and SIGKILL it once ``stage`` is seen; its exit status (None: it finished first)."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if stage(packs):
            os.kill(process.pid, signal.SIGKILL)
            return process.wait(30)
        time.sleep(0.002)
    stderr = process.communicate(timeout=30)[1]
    assert process.returncode == 0, stderr.decode()
    return None


@pytest.mark.timeout(400)
def test_kill_during_an_install_leaves_the_previous_version_working(tmp_path: Path, acme: KeyPair) -> None:
    repo = tmp_path / "repo"
    store = PackStore()
    killed = []
    with serve(repo) as server:
        for version in ("1.1", "1.2"):
            pack = make_pack(tmp_path / f"iris-{version}", version=version)
            (pack / "extra.bin").write_bytes(os.urandom(8 * 1024 * 1024))  # time to be caught in the act
            sign_pack(pack, acme.private_path)
            publish_pack(pack, repo, acme.private_path)
            if version == "1.1":
                update_pack("iris", server.url, trust=TrustPolicy.from_settings([acme.public.path]))
        server.throttle_s = 0.008  # about 1 s per archive
        command = [sys.executable, "-m", "inference", "pack", "update", "iris"]
        command += ["--from", server.url, "--trusted-key", str(acme.public.path)]
        for name, stage in STAGES.items():
            status = _kill_at(command, stage, store.root)
            if status is not None:
                assert status == -signal.SIGKILL
                killed.append(name)
            state = store.state("iris")
            assert state.active in ("1.1", "1.2"), name
            assert state.active == "1.1" or state.installed("1.2") is not None, name
            assert _predict_model(tmp_path) == f"iris@{state.active}", name
            listed = subprocess.run(
                [sys.executable, "-m", "inference", "pack", "list", "iris"],
                cwd=ROOT,
                capture_output=True,
                timeout=120,
            )  # the next run: it cleans up
            assert listed.returncode == 0, listed.stderr
            assert _staging(store.root) == [] and list((store.root / ".staging").glob("*.lock")) == [], name
            on_disk = {p.name for p in (store.root / "iris").iterdir() if p.is_dir()}
            assert on_disk == {v.version for v in store.state("iris").versions}, name
            if state.installed("1.2") is not None:  # it got through: start the next round from 1.1 again
                store.use("iris", "1.1")
                store.remove("iris", "1.2")
    assert killed[:3] == list(STAGES)[:3], f"the kill landed only at: {killed}"
    assert open_model("iris").version == "1.1"
