"""Smoke tests of the lite installers: `make dist` output, run as a person would run it.

The bundle runs with a private TEPI_HOME, offscreen, from outside the source
tree, with no PYTHON* variables, so it can only succeed on what it carries.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.packaging.bundles import (
    ROOT,
    Dist,
    bundled_samples,
    pyproject_version,
    run_bundle,
    selftest_lines,
)

pytestmark = pytest.mark.slow

LITE_BUDGET_BYTES = 250 * 1024 * 1024
DEB_BUDGET_BYTES = 80 * 1024 * 1024


def tree_bytes(root: Path) -> int:
    """Bytes of the regular files under root, as `du --apparent-size` counts them (links count 0)."""
    return sum(path.lstat().st_size for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def check_selftest(exe: Path, home: Path) -> None:
    lines = selftest_lines(run_bundle(exe, "--selftest", home=home))
    *outcomes, verdict = lines
    assert verdict["event"] == "selftest" and verdict["ok"] is True, verdict
    assert verdict["failures"] == 0 and verdict["wrong"] == []
    inputs = {Path(str(line["input"])).name for line in outcomes}
    assert inputs == {path.name for path in bundled_samples()}, "a bundled sample was not predicted"
    for line in outcomes:
        assert line["backend"] == "local LiteRT", line
        assert line["label"] and 0.0 <= float(line["score"]) <= 1.0  # type: ignore[arg-type]
        # Samples come from inside the bundle, not from the source tree.
        assert str(exe.parent) in str(line["input"]), line["input"]


def test_bundle_selftest_predicts_every_sample(lite_dist: Dist, tmp_path: Path) -> None:
    check_selftest(lite_dist.exe, tmp_path)


def test_bundle_prints_the_pyproject_version(lite_dist: Dist, tmp_path: Path) -> None:
    result = run_bundle(lite_dist.exe, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Tepi {pyproject_version()}"


def test_bundle_runs_the_command_line(lite_dist: Dist, tmp_path: Path) -> None:
    sample = ROOT / "resources" / "samples" / "digit-3.png"
    result = run_bundle(lite_dist.exe, "predict", str(sample), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"label": "3"' in result.stdout


def test_bundle_opens_a_model_that_crashes_litert_in_a_child_first(lite_dist: Dist, tmp_path: Path) -> None:
    """The installed app has no ``python -m``: its own executable is the probe's child."""
    sample = ROOT / "resources" / "samples" / "digit-3.png"
    crash = ROOT / "tests" / "data" / "crash-litert.tflite"
    result = run_bundle(lite_dist.exe, "predict", str(sample), "-m", str(crash), home=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().startswith("error: crash-litert.tflite crashed the runtime while loading;")
    good = shutil.copy(ROOT / "resources" / "models" / "digits" / "digits.tflite", tmp_path / "mine.tflite")
    result = run_bundle(lite_dist.exe, "predict", str(sample), "-m", str(good), "--json", home=tmp_path)
    assert result.returncode == 0 and '"backend": "local LiteRT"' in result.stdout, (
        result.stderr
    )  # bare: no labels


def test_lite_bundle_holds_no_tensorflow(lite_dist: Dist, tmp_path: Path) -> None:
    internal = lite_dist.bundle / "_internal"
    heavy = [
        path.relative_to(internal)
        for path in internal.rglob("*")
        if any(
            part.lower().startswith(("tensorflow", "keras", "tf_keras", "libtensorflow"))
            for part in path.relative_to(internal).parts
        )
    ]
    assert heavy == [], f"TensorFlow files in the lite bundle: {heavy[:5]}"
    # The frozen modules too, read with the build venv's own PyInstaller (same archive format).
    lister = (
        "import sys; from PyInstaller.archive.readers import CArchiveReader;"
        "pyz = CArchiveReader(sys.argv[1]).open_embedded_archive('PYZ.pyz');"
        "print('\\n'.join(pyz.toc))"
    )
    python = ROOT / ".pyinstaller" / "venv-lite" / "bin" / "python"
    modules = subprocess.run(
        [str(python), "-c", lister, str(lite_dist.exe)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "inference.backends.litert" in modules and "ai_edge_litert.interpreter" in modules
    assert not [m for m in modules if m.split(".")[0] in {"tensorflow", "keras", "tf_keras", "h5py"}]
    # And the behaviour a person sees: a bare Keras model (no pack, so no .tflite sibling to fall back
    # on) gets one plain sentence, not a traceback.
    keras_model = tmp_path / "alone.keras"
    shutil.copyfile(ROOT / "resources" / "models" / "digits" / "digits.keras", keras_model)
    sample = ROOT / "resources" / "samples" / "digit-3.png"
    result = run_bundle(lite_dist.exe, "predict", "-m", str(keras_model), str(sample), home=tmp_path)
    assert result.returncode == 1
    assert "does not include" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_bundle_signs_publishes_and_updates_packs(lite_dist: Dist, tmp_path: Path) -> None:
    """model-signing and tuf frozen (the spec leaves out parts of their dependencies): every pack step."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    home, pack, repo, keys = tmp_path / "home", tmp_path / "iris", tmp_path / "repo", tmp_path / "keys"
    home.mkdir()
    shutil.copytree(ROOT / "resources" / "models" / "iris", pack)
    manifest = pack / "model.toml"
    manifest.write_text(manifest.read_text().replace('version = "1.0"', 'version = "1.1"'), encoding="utf-8")

    def tepi(*args: str) -> str:
        result = run_bundle(lite_dist.exe, "pack", *args, home=home)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    assert "signed by tepi-release" in tepi("verify", str(ROOT / "resources" / "models" / "digits"))
    tepi("keygen", "--out", str(keys), "--name", "acme")
    tepi("sign", str(pack), "--private-key", str(keys / "acme.key"))
    tepi("publish", str(pack), "--repo", str(repo), "--key", str(keys / "acme.key"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(repo)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        updated = tepi("update", "iris", "--from", url, "--trusted-key", str(keys / "acme.pub"))
    finally:
        server.shutdown()
        server.server_close()
    assert "iris 1.1 installed (was 1.0), signed by acme." in updated
    assert "iris 1.0 (bundled) is active again (was 1.1)." in tepi("rollback", "iris")


def test_lite_bundle_and_deb_fit_their_budgets(lite_dist: Dist) -> None:
    assert lite_dist.deb is not None
    size = tree_bytes(lite_dist.bundle)
    assert size <= LITE_BUDGET_BYTES, f"lite one-dir is {size / 2**20:.0f} MiB"
    assert lite_dist.deb.stat().st_size <= DEB_BUDGET_BYTES


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
    ).stdout


def test_deb_installs_to_opt_with_link_menu_entry_and_icons(lite_dist: Dist, tmp_path: Path) -> None:
    deb = lite_dist.deb
    assert deb is not None and deb.is_file()
    assert _deb_field(deb, "Package").strip() == "tepi"
    assert _deb_field(deb, "Version").strip() == pyproject_version()
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr" / "bin" / "tepi") == "/opt/tepi/tepi"
    entry = (root / "usr" / "share" / "applications" / "tepi.desktop").read_text(encoding="utf-8")
    assert "Exec=tepi %F" in entry and "text/csv" in entry and "image/jpeg" in entry
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "tepi.svg").is_file()
    assert (hicolor / "48x48" / "apps" / "tepi.png").is_file()
    assert (hicolor / "256x256" / "apps" / "tepi.png").is_file()
    home = tmp_path / "home"
    home.mkdir()
    check_selftest(root / "opt" / "tepi" / "tepi", home)


def test_tarball_unpacks_to_a_running_tepi(lite_dist: Dist, tmp_path: Path) -> None:
    with tarfile.open(lite_dist.tarball) as archive:
        names = archive.getnames()
        top = f"tepi-{pyproject_version()}"
        assert all(name == top or name.startswith(top + "/") for name in names)
        archive.extractall(tmp_path, filter="tar")
    result = run_bundle(tmp_path / top / "tepi", "--version", home=tmp_path)
    assert result.returncode == 0 and pyproject_version() in result.stdout, result.stderr


def test_bundle_watches_a_folder_on_file_system_events(lite_dist: Dist, tmp_path: Path) -> None:
    """`tepi watch` from the bundle: watchdog's inotify observer is frozen in, SIGTERM drains and exits 0."""
    import signal
    import time

    inbox, out = tmp_path / "camera", tmp_path / "results.csv"
    inbox.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TEPI_", "VIRTUAL_ENV"))}
    env["TEPI_HOME"] = str(tmp_path / "home")
    watcher = subprocess.Popen(
        [str(lite_dist.exe), "watch", str(inbox), "-o", str(out), "-v"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(3)  # start-up of the frozen app
        shutil.copyfile(ROOT / "resources" / "samples" / "digit-7.png", inbox / "seven.png")
        (inbox / "broken.png").write_bytes(b"not a picture")
        deadline = time.monotonic() + 30
        while (not out.exists() or out.read_text().count("\n") < 3) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        watcher.send_signal(signal.SIGTERM)
        _, stderr = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, stderr
    assert "on file-system events" in stderr and "watchdog is not installed" not in stderr
    lines = out.read_text().splitlines()
    seven = next(row for row in csv.DictReader(lines) if row["input"].endswith("seven.png"))
    assert len(lines) == 3 and seven["label"] == "7" and float(seven["score"]) > 0.99, lines
    assert "broken.png is not an image" in stderr and "Traceback" not in stderr
