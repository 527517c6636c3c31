"""The application as a process: the self-test, start-up order, --version, SIGTERM, its folders."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop import paths
from inference import resources
from inference.history import DB_NAME
from tests.desktop.conftest import app_env

ROOT = Path(__file__).resolve().parents[2]


def test_desktop_paths_agree_with_the_core(tepi_home: Path, monkeypatch) -> None:
    assert paths.log_dir() == resources.log_dir()
    assert paths.resource_path("icons") == resources.resource_path("icons")
    monkeypatch.setenv("TEPI_RESOURCES", str(tepi_home / "res"))
    assert paths.resource_path("i18n") == resources.resource_path("i18n")


def test_selftest_predicts_the_samples_and_reports_timings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        env=app_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    outcomes, verdict = lines[:-1], lines[-1]
    assert verdict["event"] == "selftest" and verdict["ok"]
    assert verdict["wrong"] == [] and verdict["csv_wrong"] == [] and verdict["failures"] == 0
    assert 0 < verdict["window_shown_ms"] <= verdict["model_ready_ms"] <= verdict["first_result_ms"]
    names = {Path(o["input"]).name for o in outcomes}
    assert names >= {"digit-0.png", "digit-7.png", "digit-1-printed.jpg", "iris.csv"}
    for outcome in outcomes:
        assert set(outcome) >= {"input", "row", "label", "score", "top_k", "backend", "model", "latency_ms"}
    assert not (tmp_path / "data" / DB_NAME).exists(), "the self-test must not write the history"


def test_selftest_fails_on_a_single_wrong_csv_row(tmp_path: Path) -> None:
    """No tolerated wrong rows: a sample whose species is wrong fails the self-test."""
    bundled = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", bundled)
    sample = bundled / "samples" / "iris.csv"
    rows = sample.read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].rsplit(",", 1)[0] + ",virginica"  # the first row is a setosa
    sample.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        env={**app_env(tmp_path), "TEPI_RESOURCES": str(bundled)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    verdict = json.loads(result.stdout.splitlines()[-1])
    assert result.returncode == 1 and not verdict["ok"]
    assert verdict["csv_wrong"] == ["iris.csv row 1"] and verdict["wrong"] == []


def test_version_and_the_window_shows_before_the_core_loads(tmp_path: Path) -> None:
    from inference import __version__

    version = subprocess.run([sys.executable, "-m", "desktop", "--version"], env=app_env(tmp_path),
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert version.stdout.strip() == f"Tepi {__version__}"
    probe = (
        "import argparse, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.app import build\n"
        "w = build(argparse.Namespace(language='en', theme=None, verbose=False), hooks=False).window\n"
        "w.show()\n"
        "print(sorted(m for m in ('inference', 'numpy', 'PIL', 'tensorflow') if m in sys.modules))\n"
        "w.close()\n"
    )
    shown = subprocess.run([sys.executable, "-c", probe], env=app_env(tmp_path), capture_output=True,
                           text=True, timeout=60)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "[]"


def test_sigterm_closes_the_app_cleanly(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-m", "desktop"], env=app_env(tmp_path),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    log = tmp_path / "logs" / "desktop.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log.exists() and "ready on" in log.read_text()):
            time.sleep(0.05)
        app.send_signal(signal.SIGTERM)
        app.wait(30)
    finally:
        app.kill()
    assert app.returncode == 0, app.stderr.read() if app.stderr else ""
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None
    assert stored.value("model/current") == "digits"
