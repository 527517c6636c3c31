"""The command line as people use it: real subprocesses, exit statuses, JSON lines, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JSON_FIELDS = {"input", "row", "label", "score", "top_k", "backend", "model", "latency_ms"}


def tepi(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEPI_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "inference", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_predict_samples_folder_as_json(samples_dir, tepi_home) -> None:
    result = tepi("predict", str(samples_dir), "--json", "--top-k", "2", home=tepi_home)
    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    assert len(lines) == 7  # the seven digit pictures; iris.csv is skipped with a note
    assert "skipped 1 files that are not images" in result.stderr
    for line in lines:
        assert set(line) == JSON_FIELDS
        assert line["backend"] == "local LiteRT" and line["model"] == "digits@1.0"
        assert line["label"] == Path(line["input"]).stem.split("-")[1]  # digit-3.png is a 3
        assert len(line["top_k"]) == 2 and line["top_k"][0]["label"] == line["label"]


def test_predict_csv_rows_with_a_bad_row(tmp_path, samples_dir, tepi_home) -> None:
    rows = (samples_dir / "iris.csv").read_text().splitlines()
    rows[3] = rows[3].replace(rows[3].split(",")[2], "n/a", 1)
    csv_path = tmp_path / "field.csv"
    csv_path.write_text("\n".join(rows) + "\n")
    result = tepi("predict", "-m", "iris", str(csv_path), "--json", home=tepi_home)
    assert result.returncode == 1
    lines = json_lines(result.stdout)
    assert [line["row"] for line in lines] == list(range(1, len(rows)))
    assert lines[2] == {
        "input": str(csv_path),
        "row": 3,
        "error": "field.csv row 4, column sepal_width: 'n/a' is not a number.",  # data row 3, file row 4
        "code": "csv.bad_cell",
        "params": {
            "name": "field.csv",
            "reason": {"code": "csv.cell.not_number", "params": {"value": "n/a"}},
            "row": 4,
            "column": "sepal_width",
        },
    }
    species = [r.split(",")[-1] for r in rows[1:]]
    good = [(line["label"], s) for line, s in zip(lines, species, strict=True) if "label" in line]
    assert sum(label == s for label, s in good) >= len(good) - 1


def test_one_bad_image_fails_alone_with_status_1(tmp_path, samples_dir, tepi_home) -> None:
    bad = tmp_path / "foto.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 cut")
    result = tepi("predict", str(samples_dir / "digit-7.png"), str(bad), home=tepi_home)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "foto.jpg is not an image Tepi can read" in result.stdout
    assert "digit-7.png" in result.stdout and " 7 " in result.stdout


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["predict", "x.png", "--top-k", "0"], 2, "error: --top-k must be 1 or more."),
        (["predict"], 2, "the following arguments are required: PATH"),
        (
            ["predict", "-m", "nonesuch", "x.png"],
            1,
            "error: nonesuch does not exist and is not a bundled model",
        ),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_usage_and_model_errors(args, status, message, tepi_home) -> None:
    result = tepi(*args, home=tepi_home)
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_not_a_model_file_is_one_sentence(tmp_path, tepi_home, samples_dir) -> None:
    fake = tmp_path / "model.tflite"
    fake.write_bytes(os.urandom(1000))
    result = tepi("predict", "-m", str(fake), str(samples_dir / "digit-0.png"), home=tepi_home)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: model.tflite is not a TensorFlow Lite model Tepi can open."


def test_info_json_describes_the_model(tepi_home) -> None:
    result = tepi("info", "digits", "--json", home=tepi_home)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["model"] == "digits@1.0" and info["labels"] == [str(d) for d in range(10)]
    assert info["runtime"]["inputs"][0]["shape"] == [-1, 8, 8, 1]
    assert [f["format"] for f in info["files"]] == ["TensorFlow Lite", "Keras"]
    assert all(len(f["sha256"]) == 64 for f in info["files"])
    assert info["preprocessing"]["invert"] is True and info["placement"] == "local"
    text = tepi("info", "iris", home=tepi_home).stdout
    assert "labels:        setosa, versicolor, virginica" in text


def test_convert_checks_agreement_before_writing(tmp_path, model_files, tepi_home) -> None:
    out = tmp_path / "tiny.tflite"
    result = tepi("convert", str(model_files["keras"]), "--to", "tflite", "-o", str(out), home=tepi_home)
    assert result.returncode == 0, result.stderr
    assert "top-1 agreement 100.0%" in result.stdout and out.stat().st_size > 0
    result = tepi(
        "convert",
        str(model_files["keras"]),
        "--quantize",
        "float16",
        "-o",
        str(tmp_path / "f16.tflite"),
        home=tepi_home,
    )
    assert result.returncode == 0 and "wrote" in result.stdout


def test_convert_refuses_a_disagreeing_model(tmp_path, model_files, monkeypatch) -> None:
    from inference import convert
    from inference.formats import open_model

    monkeypatch.setattr(convert, "MIN_AGREEMENT", 1.01)  # no model can reach this: forces a refusal
    result = convert.convert_to_tflite(open_model(model_files["keras"]), tmp_path / "out.tflite")
    assert not result.written and not (tmp_path / "out.tflite").exists()
    assert result.top1_agreement == 1.0


def test_version(tepi_home) -> None:
    result = tepi("--version", home=tepi_home)
    assert result.returncode == 0 and result.stdout.startswith("Tepi 0.")
