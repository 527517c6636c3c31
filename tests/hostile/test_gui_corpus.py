"""The hostile corpus dropped on the real window: one plain notification per bad file, and the app carries on.

The window is built as ``tepi`` builds it (offscreen platform), with the
digits model for the images and the iris model for the CSV files. Each bad
file is dropped on its own and must raise exactly its core sentence as an
error banner, never a dialog; between drops the event loop must keep
turning, and at the end a good picture still gets its answer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.desktop.conftest import close_window, make_window
from tests.desktop.helpers import drop_paths
from tests.hostile.conftest import SEVEN, Corpus

pytestmark = pytest.mark.slow


@pytest.fixture
def digits_window(qtbot) -> Iterator[object]:
    tepi = make_window(qtbot)
    yield tepi
    close_window(tepi)


@pytest.fixture
def iris_window(qtbot) -> Iterator[object]:
    tepi = make_window(qtbot, model="iris")
    yield tepi
    close_window(tepi)


def _event_loop_lag_ms(qtbot) -> float:
    """How late a 0 ms timer fires: the GUI thread is free when this is small."""
    fired: list[float] = []
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: fired.append(time.perf_counter()))
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    return (fired[0] - start) * 1000.0


def _said(tepi, sentence: str) -> bool:
    """The sentence is on a banner, or on its row of the batch table with a banner pointing there."""
    if sentence in tepi.window.notifications.texts():
        return True
    rows = tepi.window.batch_view.model.rows
    return bool(tepi.window.notifications.banners) and any(
        getattr(r.outcome, "error", None) == sentence for r in rows
    )


def _drop_each(qtbot, tepi, corpus: Corpus, cases: list[dict]) -> list[str]:
    problems = []
    for case in cases:
        sentence = case["expect"][0]["error"]
        tepi.window.notifications.clear()
        assert drop_paths(tepi.window, [corpus.path(case)])
        try:
            qtbot.waitUntil(lambda s=sentence: _said(tepi, s), timeout=15_000)
        except AssertionError:
            shown = tepi.window.notifications.texts()
            problems.append(f"{case['path']}: banners {shown}, expected {sentence!r}")
            continue
        if not any(b.level in ("error", "warning") for b in tepi.window.notifications.banners):
            problems.append(f"{case['path']}: no error or warning banner")
        if QApplication.activeModalWidget() is not None:
            problems.append(f"{case['path']}: a modal dialog opened")
        lag = _event_loop_lag_ms(qtbot)
        if lag > 1000:
            problems.append(f"{case['path']}: the event loop was blocked for {lag:.0f} ms")
        qtbot.waitUntil(lambda: not tepi.engine.busy, timeout=15_000)
    return problems


def test_every_bad_image_gets_its_sentence_and_the_window_carries_on(
    qtbot, digits_window, corpus: Corpus
) -> None:
    bad = [c for c in corpus.of_kind("image") if not c["valid"]]
    problems = _drop_each(qtbot, digits_window, corpus, bad)
    assert not problems, "\n".join(problems)
    digits_window.window.notifications.clear()
    drop_paths(digits_window.window, [SEVEN])
    qtbot.waitUntil(lambda: digits_window.window.result_view.label.text() == "7", timeout=15_000)


def test_the_whole_image_corpus_as_one_batch(qtbot, digits_window, corpus: Corpus) -> None:
    """Good and bad files together: every row gets its answer or its sentence, the window stays live."""
    cases = corpus.of_kind("image")
    assert drop_paths(digits_window.window, [corpus.path(c) for c in cases])
    view = digits_window.window.batch_view
    qtbot.waitUntil(
        lambda: len(view.model.rows) == len(cases) and not digits_window.engine.busy, timeout=120_000
    )
    assert _event_loop_lag_ms(qtbot) < 1000
    by_input = {Path(row.outcome.input).name: row.outcome for row in view.model.rows}
    for case in cases:
        outcome = by_input[Path(case["path"]).name]
        want = case["expect"][0]
        if want["error"]:
            assert outcome.error == want["error"], case["path"]
        else:
            assert getattr(outcome, "label", None) == (want["label"] or outcome.label), case["path"]


def test_every_bad_csv_gets_its_sentence(qtbot, iris_window, corpus: Corpus) -> None:
    bad = [c for c in corpus.of_kind("csv") if not c["valid"] and c["expect"][0]["row"] is None]
    problems = _drop_each(qtbot, iris_window, corpus, bad)
    assert not problems, "\n".join(problems)
