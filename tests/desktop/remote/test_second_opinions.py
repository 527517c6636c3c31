"""Offline second opinions in the window: policy ``cascade`` with the server down keeps the local
answers the model is unsure of and queues them; once the server is up, their history entries gain its
answer and a banner says how many arrived and how many changed the answer."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from inference.session import open_predictor
from tests.desktop.helpers import drop_paths
from tests.desktop.remote.conftest import API_KEY, free_port, start_reference_server, stop_server
from tests.desktop.remote.test_remote_settings import apply
from tests.remote.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from digit_renders import render_handwritten
from digit_sets import handwritten_splits, sklearn_digits


def unsure_digits(folder: Path, wanted: int) -> list[Path]:
    """``wanted`` held-out handwritten digits the local model is unsure of."""
    images, labels = sklearn_digits()
    paths = []
    for n, i in enumerate(handwritten_splits()["test"][:120]):
        path = folder / f"{n:03d}-{labels[i]}.png"
        render_handwritten(images[i], 64).convert("RGB").save(path)
        paths.append(path)
    with open_predictor("digits", policy="local-only") as local:
        unsure = [Path(o.input) for o in local.predict_paths(paths) if o.unsure]
    assert len(unsure) >= wanted
    return unsure[:wanted]


def test_second_opinions_arrive_into_the_same_history_entries(
    qtbot, tepi_factory, fast_replay, memory_keyring, tmp_path: Path
) -> None:
    paths = unsure_digits(tmp_path, 2)
    tepi = tepi_factory()
    port = free_port()
    apply(qtbot, tepi, f"http://127.0.0.1:{port}", policy="cascade", auth="bearer", secret=API_KEY)
    drop_paths(tepi.window, paths)
    qtbot.waitUntil(lambda: tepi.window.batch_view.summary is not None, timeout=60_000)
    assert tepi.window.batch_view.summary.queued == 0  # the local answers stand
    qtbot.waitUntil(lambda: tepi.queue.status_button.count == 2, timeout=10_000)  # and wait for a second
    history = tepi.window.history_panel
    qtbot.waitUntil(lambda: history.page.all_entries == 2, timeout=10_000)
    before = {e.input: e for e in history.page.entries}
    assert all(e.unsure and e.backend == "local LiteRT" for e in before.values())

    server = start_reference_server(tmp_path, "--api-key", API_KEY, "--port", str(port))
    try:
        arrived = re.compile(r"^2 second opinions arrived; ([0-2]) changed the answer\.$")
        texts = tepi.window.notifications.texts
        qtbot.waitUntil(lambda: any(arrived.match(t) for t in texts()), timeout=60_000)
        assert not any("finished on the server" in t for t in texts())  # not counted as plain inputs
        tepi.history.refresh()
        qtbot.waitUntil(lambda: all(e.escalated for e in history.page.entries), timeout=10_000)
        after = {e.input: e for e in history.page.entries}
        assert history.page.all_entries == 2 and after.keys() == before.keys()  # the same entries
        assert {e.backend for e in after.values()} == {f"remote v2 127.0.0.1:{port}"}
        changed = sum(after[n].label != before[n].label for n in after)
        assert all(after[n].escalated["local"]["label"] == before[n].label for n in after)
        shown = next(m for m in map(arrived.match, texts()) if m)
        assert int(shown[1]) == changed
        assert tepi.queue.status_button.count == 0
    finally:
        stop_server(server)
