"""The linux-aarch64 bundle, run in the arm64 Debian root under qemu (`make test-arm64`, slow).

`make dist-arm64` builds it (build/linux/build_arm64.sh); these tests run what it built inside that
root, as a Raspberry Pi would run it: the self-test, `tepi watch` on file-system events, `tepi serve`
answering a prediction from this machine over loopback, and the .deb's size budget.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request

import pytest

from tests.packaging.bundles import ROOT, pyproject_version

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("TEPI_TEST_ARM64") != "1", reason="run by `make test-arm64`"),
]
DEB_BUDGET_BYTES = 80 * 1024 * 1024
ARM64_ROOT = ROOT / os.environ.get("TEPI_ARM64_ROOT", ".pyinstaller/arm64-root")
EXE = "/build/dist/tepi/tepi"


def in_root(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    command = ["chroot", str(ARM64_ROOT), "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp/home",
               "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen", "TEPI_HOME=/tmp/home", *args]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def mounted() -> None:
    for fs in ("proc", "dev"):
        target = ARM64_ROOT / fs
        if subprocess.run(["mountpoint", "-q", str(target)]).returncode != 0:
            kind = ["-t", "proc", "proc"] if fs == "proc" else ["--bind", "/dev"]
            subprocess.run(["mount", *kind, str(target)], check=True)
    yield
    for fs in ("proc", "dev"):
        subprocess.run(["umount", "-l", str(ARM64_ROOT / fs)], check=False)


def test_selftest_under_emulation(mounted: None) -> None:
    started = time.perf_counter()
    process = in_root(EXE, "--selftest")
    out, err = process.communicate(timeout=600)
    seconds = time.perf_counter() - started
    assert process.returncode == 0, err[-3000:]
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    verdict = lines[-1]
    assert verdict["event"] == "selftest" and verdict["ok"] is True, verdict
    assert all(line["backend"] == "local LiteRT" for line in lines[:-1])
    print(f"arm64 self-test under qemu: {seconds:.1f} s ({verdict})")


def test_watch_under_emulation(mounted: None) -> None:
    inbox = ARM64_ROOT / "tmp" / "watched"
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    (ARM64_ROOT / "tmp" / "watched.csv").unlink(missing_ok=True)
    watcher = in_root(EXE, "watch", "/tmp/watched", "-o", "/tmp/watched.csv")
    out = ARM64_ROOT / "tmp" / "watched.csv"
    try:
        time.sleep(20)  # start-up, emulated
        arrived = time.monotonic()
        shutil.copyfile(ROOT / "resources" / "samples" / "digit-7.png", inbox / "seven.png")
        deadline = time.monotonic() + 120
        while (not out.exists() or out.read_text().count("\n") < 2) and time.monotonic() < deadline:
            time.sleep(0.05)
        latency = time.monotonic() - arrived
    finally:
        watcher.send_signal(signal.SIGTERM)
        _, err = watcher.communicate(timeout=120)
    assert watcher.returncode == 0, err[-3000:]
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and ",7," in lines[1], lines
    print(f"arm64 watch under qemu: arrival to result line {latency * 1000:.0f} ms")


def test_serve_under_emulation_answers_this_machine(mounted: None) -> None:
    server = in_root(EXE, "serve", "--models", "/build/dist/tepi/_internal/resources/models", "--port", "0")
    try:
        assert server.stdout is not None
        url = None
        deadline = time.monotonic() + 300
        while url is None and time.monotonic() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            if "http://127.0.0.1:" in line:
                url = line[line.index("http://") :].split()[0]
        assert url, "the server did not say where it listens"
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url + "/v2/health/ready", timeout=10) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(1)
        with urllib.request.urlopen(url + "/v2/models/iris", timeout=60) as reply:
            name = json.loads(reply.read())["inputs"][0]["name"]
        tensor = {"name": name, "shape": [1, 4], "datatype": "FP32", "data": [5.1, 3.5, 1.4, 0.2]}
        request = urllib.request.Request(
            url + "/v2/models/iris/infer",
            data=json.dumps({"inputs": [tensor]}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            answer = json.loads(reply.read())
        assert answer["outputs"][0]["shape"][-1] == 3
    finally:
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=120)


def test_arm64_deb_fits_its_budget() -> None:
    deb = ROOT / "dist" / f"tepi_{pyproject_version()}_arm64.deb"
    assert deb.is_file()
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Architecture"], capture_output=True, text=True)
    assert fields.stdout.strip() == "arm64"
    assert deb.stat().st_size <= DEB_BUDGET_BYTES, f"{deb.stat().st_size / 2**20:.1f} MiB"
    tarball = ROOT / "dist" / f"tepi-{pyproject_version()}-linux-aarch64.tar.gz"
    assert tarball.is_file()
    print(f"arm64 .deb {deb.stat().st_size / 1e6:.1f} MB, tarball {tarball.stat().st_size / 1e6:.1f} MB")
