"""The real command line over the hostile-input corpus: the right answer for every file, no traceback.

Each file runs in its own ``python -m inference predict --json`` process (exit
status per file), and all images and all CSV files run once more together,
so a bad file in the middle of a batch is seen to spoil nothing around it.
Mismatches are collected and reported together: one run shows every case that
is wrong, not just the first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.hostile.conftest import ROOT, SEVEN, Corpus, tepi

MODEL_FOR = {"image": "digits", "csv": "iris"}


def _lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _compare(case: dict[str, Any], lines: list[dict[str, Any]]) -> list[str]:
    """What differs between the JSON lines of one input and the case's expected outcomes."""
    expect = case["expect"]
    if len(lines) != len(expect):
        return [f"{case['path']}: {len(lines)} outcomes, expected {len(expect)}: {lines}"]
    problems = []
    for got, want in zip(lines, expect, strict=True):
        where = f"{case['path']}" + (f" row {want['row']}" if want["row"] else "")
        if got["row"] != want["row"]:
            problems.append(f"{where}: row {got['row']}, expected {want['row']}")
        elif want["error"] is not None:
            if got.get("error") != want["error"]:
                problems.append(
                    f"{where}: {got.get('error') or got.get('label')!r}, expected {want['error']!r}"
                )
        elif "error" in got:
            problems.append(f"{where}: error {got['error']!r}, expected a prediction")
        elif want["label"] is not None and got["label"] != want["label"]:
            problems.append(f"{where}: label {got['label']!r}, expected {want['label']!r}")
    return problems


def _run_one(corpus: Corpus, case: dict[str, Any], home: Path) -> list[str]:
    path = corpus.path(case)
    if case["kind"] == "model":
        result = tepi("predict", "-m", str(path), str(SEVEN), "--json", home=home)
    else:
        result = tepi("predict", "-m", MODEL_FOR[case["kind"]], str(path), "--json", home=home)
    output = result.stdout + result.stderr
    problems = []
    if "Traceback" in output or "internal error" in output:
        problems.append(f"{case['path']}: crashed: {output[-600:]}")
    expected_status = 0 if case["valid"] else 1
    if result.returncode != expected_status:
        problems.append(f"{case['path']}: exit status {result.returncode}, expected {expected_status}")
    if case["kind"] == "model" and not case["valid"]:
        sentence = f"error: {case['expect'][0]['error']}"
        if result.stderr.strip() != sentence or result.stdout.strip():
            problems.append(f"{case['path']}: said {result.stderr.strip()!r}, expected {sentence!r}")
        return problems
    said = result.stderr.strip().splitlines()
    if not said or not said.pop().startswith("summary: "):  # predict's last line sums up
        problems.append(f"{case['path']}: no summary line on stderr")
    if said:
        problems.append(f"{case['path']}: unexpected stderr {chr(10).join(said)[-300:]!r}")
    try:
        return problems + _compare(case, _lines(result.stdout))
    except json.JSONDecodeError:
        return [*problems, f"{case['path']}: stdout is not JSON lines: {result.stdout[-300:]!r}"]


def _run_each(corpus: Corpus, kind: str, home: Path) -> None:
    cases = corpus.of_kind(kind)
    assert cases
    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = [p for found in pool.map(lambda c: _run_one(corpus, c, home), cases) for p in found]
    assert not problems, "\n".join(problems)


def test_every_image_alone(corpus: Corpus, tepi_home: Path) -> None:
    _run_each(corpus, "image", tepi_home)


def test_every_csv_alone(corpus: Corpus, tepi_home: Path) -> None:
    _run_each(corpus, "csv", tepi_home)


def test_every_model_file(corpus: Corpus, tepi_home: Path) -> None:
    _run_each(corpus, "model", tepi_home)


def test_all_images_in_one_batch(corpus: Corpus, tepi_home: Path) -> None:
    """Good and bad files interleaved in batches of 16: each keeps its own outcome, in order."""
    cases = corpus.of_kind("image")
    result = tepi("predict", *(str(corpus.path(c)) for c in cases), "--json", home=tepi_home, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = _lines(result.stdout)
    assert [line["input"] for line in lines] == [str(corpus.path(c)) for c in cases]
    problems = [p for case, line in zip(cases, lines, strict=True) for p in _compare(case, [line])]
    assert not problems, "\n".join(problems)


def test_all_csv_files_in_one_run(corpus: Corpus, tepi_home: Path) -> None:
    cases = corpus.of_kind("csv")
    result = tepi("predict", "-m", "iris", *(str(corpus.path(c)) for c in cases), "--json", home=tepi_home)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = _lines(result.stdout)
    problems = []
    for case in cases:
        mine = [line for line in lines if line["input"] == str(corpus.path(case))]
        problems += _compare(case, mine)
    assert not problems, "\n".join(problems)


def test_the_corpus_covers_what_it_must(corpus: Corpus) -> None:
    """Every kind of hostile input named in the plan is in the corpus, and the big photo is real."""
    names = {Path(c["path"]).name for c in corpus.cases}
    for needed in (
        "zero-bytes.jpg", "truncated.jpg", "text.jpg", "page.jpg", "bomb.png", "drawing.svg", "cmyk.jpg",
        "grey16.png", "transparent.png", "animated.gif", "strip-1x5000.png", "photo-48mp.jpg",
        "exif-rotated-6.jpg", "empty.csv", "header-only.csv", "missing-column.csv", "non-numeric.csv",
        "bom.csv", "semicolons.csv", "random.tflite", "empty.keras", "traversal.keras", "lambda.keras",
    ):  # fmt: skip
        assert needed in names, needed
    bomb = corpus.root / "images" / "bomb.png"
    assert bomb.stat().st_size < 1024  # small on disk, 900 megapixels when decoded
    from PIL import Image

    with Image.open(corpus.root / "images" / "photo-48mp.jpg") as photo:
        assert photo.size[0] * photo.size[1] >= 48_000_000


def test_committed_readme_lists_the_current_cases(tmp_path: Path) -> None:
    fresh = tmp_path / "README.md"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_bad_inputs.py"), "--readme", str(fresh)],
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    committed = ROOT / "tests" / "data" / "hostile" / "README.md"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "run: python scripts/make_bad_inputs.py --readme tests/data/hostile/README.md"
    )
