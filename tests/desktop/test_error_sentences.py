"""Every sentence the core can show reaches the window in Bahasa Indonesia, with its values intact.

Three sources, all real: the raise sites read from ``inference/``'s source
(``core_sentences``), the hostile-input corpus run through the real core, and
(in ``tests/desktop/remote``) errors from real server processes. A sentence
passes when its translation differs from the English, keeps every value the
English carries (file names, numbers, a server's own words), and has no word
left from the English templates once those values are taken out.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.text.messages import describe_error, translate_fallback, translate_sentence
from tests.desktop.conftest import ROOT, SAMPLES
from tests.desktop.core_sentences import core_sites
from tests.desktop.translation_checks import PLACEHOLDER, check_translated

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
        for english in site.samples:
            problems += [f"{site.where} {p}" for p in check_translated(english, translate_sentence(english))]
    assert relayed == RELAYED, "a relayed site moved: update RELAYED"
    assert not problems, "\n".join(problems)


def test_english_is_shown_as_the_core_wrote_it(qapp) -> None:
    """Without a translation each sentence comes back unchanged, character for character."""
    for site in core_sites():
        for english in site.samples:
            assert translate_sentence(english) == english


def test_every_translation_keeps_its_fields() -> None:
    """A translator who drops or renames ``{name}`` would lose the file name on screen."""
    text = (ROOT / "resources" / "i18n" / "tepi_id.ts").read_text(encoding="utf-8")
    for source, translation in re.findall(r"<source>([^<]*)</source>\s*<translation>([^<]*)</", text):
        if "{" in source:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


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


def _outcomes(root: Path, cases: list[dict]) -> Iterator[tuple[dict, str, str]]:
    """``(case, English, shown)`` for each error the real core gives for the corpus."""
    from inference import open_predictor
    from inference.errors import TepiError
    from inference.results import Failure

    for kind, model in (("image", "digits"), ("csv", "iris")):
        chosen = [c for c in cases if c["kind"] == kind and not c["valid"]]
        with open_predictor(model) as predictor:
            for case in chosen:
                for outcome in predictor.predict_paths([root / case["path"]]):
                    if isinstance(outcome, Failure):
                        yield case, outcome.error, translate_sentence(outcome.error)
    for case in (c for c in cases if c["kind"] == "model" and not c["valid"]):
        try:
            with open_predictor(root / case["path"]) as predictor:
                predictor.predict_image(SAMPLES / "digit-7.png")
        except TepiError as exc:
            yield case, str(exc), describe_error(exc)


def test_the_hostile_corpus_is_told_in_indonesian(indonesian, corpus) -> None:
    root, cases = corpus
    problems = []
    seen: dict[str, list[str]] = {}
    for case, english, shown in _outcomes(root, cases):
        seen.setdefault(case["path"], []).append(english)
        problems += [f"{case['path']}: {p}" for p in check_translated(english, shown)]
    for case in (c for c in cases if not c["valid"]):
        expected = [e["error"] for e in case["expect"] if e["error"]]
        assert seen.get(case["path"]) == expected, f"{case['path']}: the core said {seen.get(case['path'])}"
    assert not problems, "\n".join(problems)


def test_a_few_sentences_read_naturally(indonesian) -> None:
    assert translate_sentence("zero-bytes.jpg is not an image Tepi can read: the file is empty.") == (
        "zero-bytes.jpg bukan gambar yang bisa dibaca Tepi: berkasnya kosong."
    )
    assert translate_sentence(
        "long-cell.csv line 3 cannot be read as CSV: a cell is longer than 131,072 characters."
    ) == ("Baris ke-3 di long-cell.csv tidak bisa dibaca sebagai CSV: ada sel yang lebih panjang dari "
          "131,072 karakter.")  # fmt: skip
    pasted = "the pasted image is not an image Tepi can read: it is a web page (HTML), not a picture."
    assert translate_sentence(pasted) == (
        "gambar yang ditempel bukan gambar yang bisa dibaca Tepi: itu halaman web (HTML), bukan gambar."
    )
    unknown = "A sentence from somewhere else."
    assert translate_sentence(unknown) == unknown


def test_fallback_reasons_are_translated_sentence_by_sentence(indonesian) -> None:
    reason = (
        "local: This model needs TensorFlow, which this Tepi build does not include; convert it to "
        ".tflite or run it on a remote endpoint.; The remote endpoint 127.0.0.1:9 cannot be reached "
        "(connection refused)."
    )
    assert translate_fallback(reason) == (
        "local: Model ini memerlukan TensorFlow, yang tidak disertakan dalam versi Tepi ini; ubah ke "
        ".tflite atau jalankan di endpoint jarak jauh.; Endpoint jarak jauh 127.0.0.1:9 tidak dapat "
        "dijangkau (sambungan ditolak)."
    )
