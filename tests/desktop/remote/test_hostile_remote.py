"""A hostile server in the window: Esc abandons a dripping answer, a 2 GB answer is one sentence.

The fault server runs as a real process on loopback; the window is the real
one (offscreen). The inference worker is the client here, so its memory is
this process's (``PeakMemory``).
"""

from __future__ import annotations

import time

from inference.errors import RemoteProtocolError, RemoteTimeout
from tests.desktop.conftest import SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths
from tests.desktop.remote.test_remote_sentences import assert_shown_in_indonesian, failure_of, quick
from tests.desktop.remote.test_remote_settings import apply, host
from tests.remote.meter import PeakMemory

SEVEN = SAMPLES / "digit-7.png"


def test_esc_abandons_a_dripping_answer_and_the_policy_falls_back(
    qtbot, tepi, memory_keyring, fault_server
) -> None:
    fault_server.set("ok")
    apply(qtbot, tepi, fault_server.url, policy="prefer-remote")
    fault_server.set("drip", interval=1.0)
    try:
        cancel = tepi.window.actions.cancel
        drop_paths(tepi.window, [SEVEN])
        qtbot.waitUntil(cancel.isEnabled, timeout=10_000)
        qtbot.wait(1000)  # the request is in flight, its answer dripping
        assert tepi.engine.busy
        pressed = time.monotonic()
        cancel.trigger()
        qtbot.waitUntil(lambda: not tepi.engine.busy, timeout=5_000)
        assert time.monotonic() - pressed < 1.5  # abandoned, then answered here
        history = tepi.window.history_panel  # cancelled: not shown, but answered where the policy says
        qtbot.waitUntil(lambda: history.page.all_entries == 1, timeout=10_000)
        (entry,) = history.page.entries
        assert (entry.label, entry.backend) == ("7", "local LiteRT")
        assert entry.fallback_reason == (
            f"The request to the remote endpoint {host(fault_server.url)} was cancelled."
        )
        assert not cancel.isEnabled()
    finally:
        fault_server.set("ok")


def test_a_2gb_answer_is_one_sentence_and_the_window_stays_small(
    qtbot, tepi, memory_keyring, fault_server
) -> None:
    fault_server.set("ok")
    apply(qtbot, tepi, fault_server.url, policy="remote-only")
    fault_server.set("huge_body")
    try:
        with PeakMemory() as memory:
            drop_paths(tepi.window, [SEVEN])
            qtbot.waitUntil(lambda: tepi.engine.busy, timeout=10_000)
            wait_idle(qtbot, tepi, timeout=20_000)
        assert memory.growth_mb < 100
        said = f"The remote endpoint {host(fault_server.url)} sent an answer larger than"
        qtbot.waitUntil(
            lambda: any(said in text for text in tepi.window.notifications.texts()), timeout=5_000
        )
    finally:
        fault_server.set("ok")


def test_the_new_sentences_in_indonesian(indonesian, fault_server) -> None:
    fault_server.set("huge_body")
    try:
        large = failure_of("digits", quick(fault_server.url))
        shown = assert_shown_in_indonesian(large, RemoteProtocolError, "larger than")
        assert "mengirim jawaban yang lebih besar dari 1 MB; Tepi berhenti membacanya" in shown
        fault_server.set("drip", interval=1.0)
        slow = failure_of("digits", quick(fault_server.url, read_timeout=1.0))
        shown = assert_shown_in_indonesian(slow, RemoteTimeout, "did not finish its answer within 2 s")
        assert "tidak menyelesaikan jawabannya dalam 2 detik; Tepi berhenti menunggu" in shown
    finally:
        fault_server.set("ok")
