"""``explain`` over the hostile-input corpus: the same outcome and the same sentence as ``predict``.

All images run in one process, all CSV files in another; each file's outcome
is checked against the corpus's expectation, like ``predict``'s. The good
pictures (the 48-megapixel photo among them) get their heatmap and overlay at
their own size.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from tests.hostile.conftest import Corpus, tepi
from tests.hostile.test_corpus_cli import _compare, _lines


def test_every_image_explained_or_refused_as_predict_does(
    corpus: Corpus, tepi_home: Path, tmp_path: Path
) -> None:
    cases = corpus.of_kind("image")
    out = tmp_path / "out"
    paths = [str(corpus.path(c)) for c in cases]
    result = tepi("explain", *paths, "--json", "--out", str(out), home=tepi_home, timeout=600)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = _lines(result.stdout)
    assert [line["input"] for line in lines] == paths
    problems = [p for case, line in zip(cases, lines, strict=True) for p in _compare(case, [line])]
    assert not problems, "\n".join(problems)
    for line in lines:
        if "error" not in line:
            with Image.open(line["heatmap"]) as heat, Image.open(line["overlay"]) as overlay:
                assert heat.size == overlay.size
                assert heat.mode == "L" and overlay.mode == "RGB"


def test_every_csv_file_explained_or_refused_as_predict_does(corpus: Corpus, tepi_home: Path) -> None:
    cases = corpus.of_kind("csv")
    result = tepi("explain", "-m", "iris", *(str(corpus.path(c)) for c in cases), "--json", home=tepi_home)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = _lines(result.stdout)
    problems = []
    for case in cases:
        mine = [line for line in lines if line["input"] == str(corpus.path(case))]
        problems += _compare(case, mine)
    assert not problems, "\n".join(problems)
    assert all("attributions" in line for line in lines if "error" not in line)
