"""Every file in resources/samples/ is answered right by its bundled pack: the first thing a person tries.

The answer is in the sample itself: ``digit-7.png`` (and ``digit-1-printed.jpg``)
holds a 7 (a 1), every row of ``iris.csv`` names its ``species``. The samples go
through the real command line, as a person would run them.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def _predict(model: str, paths: list[Path], home: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "inference", "predict", "-m", model, "--json", *map(str, paths)],
        capture_output=True,
        text=True,
        env={**os.environ, "TEPI_HOME": str(home)},
        cwd=ROOT,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_every_sample_has_a_pack_that_answers_it() -> None:
    files = sorted(p.name for p in SAMPLES.iterdir() if p.is_file())
    images = [name for name in files if re.match(r"digit-\d", name)]
    assert files == sorted([*images, "iris.csv"]), f"a sample no test checks: {files}"
    assert any("printed" in name for name in images), "a printed digit is among the samples"


def test_every_digit_sample_is_read_right(tmp_path: Path) -> None:
    images = sorted(SAMPLES.glob("digit-*"))
    answers = _predict("digits", images, tmp_path)
    assert len(answers) == len(images)
    for answer in answers:
        expected = re.match(r"digit-(\d)", Path(answer["input"]).name)[1]  # type: ignore[index]
        assert answer["label"] == expected and not answer.get("unsure"), answer


def test_every_iris_sample_row_is_read_right(tmp_path: Path) -> None:
    with (SAMPLES / "iris.csv").open(encoding="utf-8") as handle:
        species = [row["species"] for row in csv.DictReader(handle)]
    answers = _predict("iris", [SAMPLES / "iris.csv"], tmp_path)
    assert [a["row"] for a in answers] == list(range(1, len(species) + 1))
    assert [a["label"] for a in answers] == species
    assert set(species) == {"setosa", "versicolor", "virginica"}
