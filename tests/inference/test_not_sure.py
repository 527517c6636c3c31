""" "Not sure": an answer under the pack's ``min_confidence`` says so in --json, the table, info, history."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from inference import open_predictor
from inference.history import DB_NAME, History, HistoryQuery
from tests.inference.test_cli import tepi

ROOT = Path(__file__).resolve().parents[2]
HEADER = "sample_id,sepal_length,sepal_width,petal_length,petal_width"
SURE = "sure,5.1,3.5,1.4,0.2"  # a setosa far from the others
BORDERLINE = "borderline,6.0,2.7,5.1,1.6"  # between versicolor and virginica


@pytest.fixture
def strict_iris(tmp_path: Path) -> Path:
    """The iris pack, not sure below 99 %."""
    pack = tmp_path / "iris"
    shutil.copytree(ROOT / "resources" / "models" / "iris", pack, ignore=shutil.ignore_patterns("model.sig"))
    manifest = pack / "model.toml"
    text = manifest.read_text(encoding="utf-8")
    start = text.index("min_confidence = ")
    end = text.index("\n", start)
    manifest.write_text(text[:start] + "min_confidence = 0.99" + text[end:], encoding="utf-8")
    return pack


@pytest.fixture
def flowers(tmp_path: Path) -> Path:
    path = tmp_path / "flowers.csv"
    path.write_text("\n".join([HEADER, SURE, BORDERLINE]) + "\n", encoding="utf-8")
    return path


def test_json_and_table_say_not_sure(strict_iris: Path, flowers: Path, tmp_path: Path) -> None:
    result = tepi("predict", "-m", str(strict_iris), str(flowers), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    sure, borderline = (json.loads(line) for line in result.stdout.splitlines())
    assert "unsure" not in sure and sure["score"] >= 0.99
    assert borderline["unsure"] is True and borderline["score"] < 0.99
    assert result.stderr.splitlines()[-1].endswith("/s; 1 not sure")  # the summary counts them apart
    table = tepi("predict", "-m", str(strict_iris), str(flowers), home=tmp_path).stdout.splitlines()
    assert "not sure" not in table[1] and "not sure · " in table[2]


def test_info_shows_the_calibration() -> None:
    result = tepi("info", "digits", home=Path(os.environ["TEPI_HOME"]))
    assert result.returncode == 0, result.stderr
    output = [line for line in result.stdout.splitlines() if line.startswith("output:")][-1]
    assert "temperature" in output and "not sure below 90%" in output


def test_history_keeps_unsure_and_filters_on_it(strict_iris: Path, flowers: Path, tmp_path: Path) -> None:
    with open_predictor(strict_iris) as predictor:
        sure, borderline = predictor.predict_paths([flowers])
    with History(tmp_path / DB_NAME) as history:
        history.record(sure)
        history.record(borderline)
        kept = history.search(HistoryQuery(status="unsure"))
        assert [entry.row for entry in kept] == [2]
        assert kept[0].unsure and kept[0].outcome() == borderline
        assert {entry.row for entry in history.search()} == {1, 2}
