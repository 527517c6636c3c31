"""Every sentence the core can show reaches the window in Bahasa Indonesia, with its values intact.

The window renders errors by code from the core's catalogue (``desktop.text.errors``).
Three sources, all real: the raise sites read from ``inference/``'s source
(``core_sentences``), the hostile-input corpus run through the real core, and
(in ``tests/desktop/remote``) errors from real server processes. A sentence
passes when its translation differs from the English, keeps every value its
parameters carry (file names, numbers, a server's own words), and has no word
left from the English templates once those values are taken out. Sentences
that come without a code (history rows from before codes) are read back into
their code and pass the same checks. That each Indonesian template names the
same fields as its English one is ``tests/inference/test_error_codes.py``'s.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.text.errors import coded_text, describe_error, fallback_text, outcome_text, outside_text
from inference import text
from tests.desktop.conftest import ROOT, SAMPLES
from tests.desktop.text.core_sentences import core_sites
from tests.desktop.text.translation_checks import check_translated

RELAYED = {("inference/backends/remote_http.py", "_status_error")}
"""Sites whose text comes from another function at run time (``http_error_sentence``): their
sentences are produced by real servers in ``tests/desktop/remote/test_remote_sentences.py``."""


def test_every_sentence_the_core_raises_is_translated(indonesian) -> None:
    sites = list(core_sites())
    assert len(sites) > 200, "the raise sites were not found: core_sentences is out of step with inference/"
    problems = []
    relayed = set()
    for site in sites:
        if (site.where.split(":")[0], site.function) in RELAYED:
            relayed.add((site.where.split(":")[0], site.function))
            continue
        for code, params, english in site.samples:
            shown = coded_text({"code": code, "params": params}, english)
            problems += [f"{site.where} {code} {p}" for p in check_translated(english, shown, params)]
    assert relayed == RELAYED, "a relayed site moved: update RELAYED"
    assert not problems, "\n".join(problems)


def test_english_is_shown_as_the_core_wrote_it(qapp) -> None:
    """In English each sentence is the core's own, character for character, by code or read back."""
    for site in core_sites():
        for code, params, english in site.samples:
            assert coded_text({"code": code, "params": params}, english) == english
            assert outside_text(english) == english


def test_the_windows_catalogue_holds_no_core_sentence() -> None:
    """The core's sentences have one catalogue (``inference/text``, ``messages_id.json``), not two."""
    catalogue = (ROOT / "resources" / "i18n" / "tepi_id.ts").read_text(encoding="utf-8")
    sources = re.findall(r"<source>([^<]*)</source>", catalogue)
    assert len(sources) > 300
    templates = [source for source in sources if re.search(r"\{\w+\}", source)]
    assert not templates, f"core sentence templates in the Qt catalogue: {templates[:5]}"
    contexts = set(re.findall(r"<name>(\w+)</name>", catalogue))
    assert "Messages" in contexts  # the window's own: out of memory, something went wrong inside
    messages = catalogue.split("<name>Messages</name>")[1].split("</context>")[0]
    assert messages.count("<message>") == 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The hostile-input corpus (without the 48-megapixel photo), written by its own script."""
    out = tmp_path_factory.mktemp("hostile")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_bad_inputs.py"), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "TEPI_HOME": str(tmp_path_factory.mktemp("corpus-home"))},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out, json.loads((out / "manifest.json").read_text(encoding="utf-8"))["cases"]


def _outcomes(root: Path, cases: list[dict]) -> Iterator[tuple[dict, str, str, dict]]:
    """``(case, English, shown, params)`` for each error the real core gives for the corpus."""
    from inference import open_predictor
    from inference.errors import TepiError
    from inference.results import Failure

    for kind, model in (("image", "digits"), ("csv", "iris")):
        chosen = [c for c in cases if c["kind"] == kind and not c["valid"]]
        with open_predictor(model) as predictor:
            for case in chosen:
                for outcome in predictor.predict_paths([root / case["path"]]):
                    if isinstance(outcome, Failure):
                        yield case, outcome.error, outcome_text(outcome), outcome.params
    for case in (c for c in cases if c["kind"] == "model" and not c["valid"]):
        try:
            with open_predictor(root / case["path"]) as predictor:
                predictor.predict_image(SAMPLES / "digit-7.png")
        except TepiError as exc:
            yield case, str(exc), describe_error(exc), exc.params


def test_the_hostile_corpus_is_told_in_indonesian(indonesian, corpus) -> None:
    root, cases = corpus
    problems = []
    seen: dict[str, list[str]] = {}
    for case, english, shown, params in _outcomes(root, cases):
        seen.setdefault(case["path"], []).append(english)
        problems += [f"{case['path']}: {p}" for p in check_translated(english, shown, params)]
    for case in (c for c in cases if not c["valid"]):
        expected = [e["error"] for e in case["expect"] if e["error"]]
        assert seen.get(case["path"]) == expected, f"{case['path']}: the core said {seen.get(case['path'])}"
    assert not problems, "\n".join(problems)


def test_a_few_sentences_read_naturally(indonesian) -> None:
    """By code (as errors arrive now) and read back from the English (a history row from before codes)."""
    cell = {"code": "csv.reason.cell_too_long", "params": {"count": 131072}}
    cases = [
        (
            "image.unreadable",
            {"name": "zero-bytes.jpg", "reason": {"code": "image.reason.empty", "params": {}}},
            "zero-bytes.jpg bukan gambar yang bisa dibaca Tepi: berkasnya kosong.",
        ),
        (
            "csv.syntax",
            {"name": "long-cell.csv", "line": 3, "reason": cell},
            "Baris ke-3 di long-cell.csv tidak bisa dibaca sebagai CSV: ada sel yang lebih panjang dari "
            "131,072 karakter.",
        ),
        (
            "image.unreadable",
            {"name": {"code": "input.pasted", "params": {}}, "reason": {"code": "image.reason.html"}},
            "gambar yang ditempel bukan gambar yang bisa dibaca Tepi: itu halaman web (HTML), bukan gambar.",
        ),
    ]
    for code, params, expected in cases:
        english = text.render(code, params)
        assert coded_text({"code": code, "params": params}, english) == expected
        assert outside_text(english) == expected, english
    unknown = "A sentence from somewhere else."
    assert outside_text(unknown) == unknown
    assert coded_text({"code": "from.a.newer.tepi", "params": {}}, unknown) == unknown


def test_fallback_reasons_are_translated_sentence_by_sentence(indonesian) -> None:
    """A prediction's fallback reasons by code, and the joined English of a history row from before codes."""
    from inference.results import Prediction

    reasons = (
        {"code": "backend.no_tensorflow", "params": {}},
        {"code": "remote.unreachable",
         "params": {"host": "127.0.0.1:9", "reason": {"code": "remote.reason.refused", "params": {}}}},
    )  # fmt: skip
    old = (
        "local: This model needs TensorFlow, which this Tepi build does not include; convert it to "
        ".tflite or run it on a remote endpoint.; The remote endpoint 127.0.0.1:9 cannot be reached "
        "(connection refused)."
    )
    tensorflow = (
        "Model ini memerlukan TensorFlow, yang tidak disertakan dalam versi Tepi ini; ubah ke .tflite atau "
        "jalankan di endpoint jarak jauh."
    )
    unreachable = "Endpoint jarak jauh 127.0.0.1:9 tidak dapat dijangkau (sambungan ditolak)."
    answer = dict(label="3", score=0.9, top_k=(), backend="remote v2 127.0.0.1:9", model="digits@1.0")
    coded = Prediction(input="a.png", row=None, latency_ms=1.0, fallback=reasons, **answer)  # type: ignore[arg-type]
    assert fallback_text(coded) == f"{tensorflow}; {unreachable}"
    from_history = Prediction(input="a.png", row=None, latency_ms=1.0, fallback_reason=old, **answer)  # type: ignore[arg-type]
    assert fallback_text(from_history) == f"local: {tensorflow}; {unreachable}"


def test_history_entries_with_and_without_a_code_are_told_in_indonesian(qtbot, tepi_factory) -> None:
    """A failure recorded now (with its code) and one from before codes (English only), in the window."""
    from PySide6.QtCore import Qt

    from inference.errors import ImageError
    from inference.history import History
    from inference.results import Failure

    now = Failure.of("new.jpg", None, ImageError("new.jpg", "image.reason.truncated"))
    english = "old.jpg is not an image Tepi can read: the file is cut short."
    old = Failure("old.jpg", None, english, "ImageError")
    assert now.code == "image.unreadable" and old.code is None
    with History() as store:
        store.record_many([old], created=time.time() - 60)
        store.record_many([now], created=time.time() - 30)
    tepi = tepi_factory(language="id")
    panel = tepi.window.history_panel
    qtbot.waitUntil(lambda: panel.page.total == 2, timeout=10_000)
    shown = {}
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, panel.model.LABEL)
        entry = panel.model.entry(panel.proxy.mapToSource(index).row())
        shown[entry.input] = panel.proxy.data(index, Qt.ItemDataRole.ToolTipRole)
    assert shown == {
        "new.jpg": "new.jpg bukan gambar yang bisa dibaca Tepi: berkasnya terpotong.",
        "old.jpg": "old.jpg bukan gambar yang bisa dibaca Tepi: berkasnya terpotong.",
    }
    entry = next(e for e in panel.page.entries if e.input == "old.jpg")
    tepi.results.show_history_entry(entry, None)  # the failed entry opens as its sentence, in full
    assert tepi.window.result_view.confidence.text() == shown["old.jpg"]
