"""Predictions on the inference worker: what is recorded survives kill -9."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from inference.history import DB_NAME, History
from tests.desktop.conftest import app_env


def test_kill_9_mid_batch_keeps_every_recorded_result(tmp_path: Path, many_images: Path) -> None:
    """The real app is killed with SIGKILL while it predicts a folder; the history survives intact."""
    home = tmp_path / "home"
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", str(many_images)],
        env=app_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = home / "data" / DB_NAME
    seen = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and seen < 40:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                        seen = conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.02)
        assert seen >= 40, "the app recorded nothing within a minute"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    finally:
        app.kill()
        app.wait(10)
    assert app.returncode == -signal.SIGKILL
    with History(db) as store:
        assert store.recovered_from is None
        assert store.integrity_check() == "ok"
        count = store.count()
        assert count >= seen
        assert count <= 200
