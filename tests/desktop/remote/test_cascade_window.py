"""Settings ▸ Remote "This computer, and the server when unsure" (policy cascade), in the real window.

A held-out handwritten digit the local model is unsure of is answered by digits-large on the
reference server; the badge says who answered and why, and its tooltip keeps the local answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from inference.history import History
from inference.session import open_predictor
from tests.desktop.conftest import ROOT
from tests.desktop.helpers import drop_paths
from tests.desktop.remote.conftest import API_KEY
from tests.desktop.remote.test_remote_settings import apply, host

sys.path.insert(0, str(ROOT / "scripts"))
from digit_renders import render_handwritten
from digit_sets import handwritten_splits, sklearn_digits


def _an_unsure_digit(folder: Path) -> tuple[Path, str]:
    """The first held-out handwritten digit (drawn at 64 px) that digits is not sure of, and its label."""
    images, _ = sklearn_digits()
    with open_predictor("digits", policy="local-only") as local:
        for n, i in enumerate(handwritten_splits()["test"]):
            path = folder / f"held-out-{n:03d}.png"
            render_handwritten(images[i], 64).convert("RGB").save(path)
            answer, _ = local.predict_image(path)
            if answer.unsure:
                return path, answer.label
    raise AssertionError("digits is sure of every held-out digit")


def test_the_server_answers_when_this_computer_is_unsure(
    qtbot, tepi, memory_keyring, reference_server, tmp_path: Path
) -> None:
    picture, local_label = _an_unsure_digit(tmp_path)
    apply(qtbot, tepi, reference_server.url, policy="cascade", auth="bearer", secret=API_KEY)
    drop_paths(tepi.window, [picture])
    badge = tepi.window.result_view.backend_badge
    qtbot.waitUntil(lambda: badge.text() == "server · local was unsure", timeout=30_000)
    tip = badge.toolTip()
    assert tip.startswith("Answered remotely") and "local confidence " in tip and "< 90%" in tip
    assert f"({local_label} " in tip and "local LiteRT" in tip

    def recorded() -> list:
        with History() as history:  # the window's own history, read beside it
            return history.search()

    qtbot.waitUntil(lambda: len(recorded()) == 1, timeout=10_000)
    kept = recorded()[0]
    assert kept.backend == f"remote v2 {host(reference_server.url)}"
    assert kept.escalated is not None and kept.escalated["local"]["label"] == local_label
