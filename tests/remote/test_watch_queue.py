"""``watch`` with a remote-only model whose endpoint is down: inputs wait in the offline queue, then
each gets its one line and history entry once Tepi's reference server starts on the endpoint's port."""

from __future__ import annotations

from pathlib import Path

from tests.inference.watch_helpers import (
    digit_png,
    history_keys,
    output_keys,
    output_rows,
    start_watch,
    stop,
    wait_for_rows,
    wait_started,
)
from tests.remote.conftest import _stop, free_port, start_reference_server


def test_remote_only_inputs_wait_in_the_queue_and_arrive_once(tmp_path: Path, tepi_home: Path) -> None:
    inbox, out, port = tmp_path / "camera", tmp_path / "results.csv", free_port()
    inbox.mkdir()
    url = f"http://127.0.0.1:{port}"
    args = (str(inbox), "-m", "digits-large", "-o", str(out), "--remote", url, "--policy", "remote-only",
            "--connect-timeout", "0.5")  # fmt: skip
    watcher = start_watch(tepi_home, *args)
    wait_started(watcher)
    for index in range(3):
        (inbox / f"shot-{index}.png").write_bytes(digit_png(index))
    assert wait_for_rows(out, 1, timeout=4) == [], "nothing can be answered while the endpoint is down"
    server = start_reference_server(tmp_path, "--port", str(port))
    try:
        rows = wait_for_rows(out, 3, timeout=60)
    finally:
        _stop(server.process)
    status, stderr = stop(watcher)
    assert status == 0, stderr
    rows = output_rows(out)
    assert len(rows) == 3, stderr
    assert all(r["backend"].startswith("remote v2 127.0.0.1") and r["label"] for r in rows)
    assert history_keys(tepi_home) == output_keys(rows)
