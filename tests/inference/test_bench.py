"""The benchmark command: a real ``--quick`` run produces the table, the JSON and the chart.

Timings are not asserted here (targets belong in the benchmark's own report);
what is checked is that every section either measured something or says why
it was skipped, and that ratios and targets are computed from the rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from inference.bench.render import markdown, text_table
from inference.bench.report import Report

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("latency", "e2e", "batch", "explain", "remote", "startup", "memory")


def bench(*args: str, home: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEPI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "inference", "bench", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.mark.slow
def test_quick_run_writes_table_json_and_chart(tmp_path: Path, tepi_home: Path) -> None:
    out_json, out_png, out_md = tmp_path / "bench.json", tmp_path / "bench.png", tmp_path / "bench.md"
    result = bench(
        "--quick", "--json", str(out_json), "--plot", str(out_png), "--markdown", str(out_md), home=tepi_home
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stderr

    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert report["errors"] == {}
    assert report["settings"]["quick"] is True
    assert report["machine"]["cores"] == os.cpu_count()
    measured = {row["section"] for row in report["rows"]}
    for section in SECTIONS:
        assert section in measured or section in report["skipped"], section
    assert {"latency", "e2e", "batch", "explain", "startup", "memory"} <= measured
    names = {(row["section"], row["name"]) for row in report["rows"]}
    for expected in (
        ("latency", "raw Interpreter.invoke()"),
        ("latency", "Tepi LiteRT backend"),
        ("latency", "raw tf.function"),
        ("latency", "Tepi TensorFlow backend"),
        ("latency", "Keras model.predict()"),
        ("explain", "occlusion, LiteRT (50 passes)"),  # digits: 7 × 7 patches and the input itself
        ("explain", "occlusion, LiteRT (226 passes)"),  # MobileNetV2: 15 × 15 patches and the input
        ("explain", "Grad-CAM, TensorFlow (2 passes)"),
    ):
        assert expected in names, expected
    for row in report["rows"]:
        assert row["value"] > 0 or row["unit"] == "req/s", row
        if row["reference"] is not None:
            assert row["ratio"] is not None and row["ratio"] > 0, row
    assert all(target["met"] in (True, False) for target in report["targets"])
    assert any("12 MP" in target["text"] for target in report["targets"])
    assert sum("occlusion on LiteRT" in target["text"] for target in report["targets"]) == 2

    assert out_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| target | measured | result |" in out_md.read_text(encoding="utf-8")
    assert "Single-input latency" in result.stdout and "Targets" in result.stdout
    # The model built for the benchmark is cached under the cache folder, keyed by versions.
    assert len(list((tepi_home / "cache" / "bench").glob("mobilenetv2-*/model.toml"))) == 1


def test_unknown_section_is_a_usage_error(tepi_home: Path) -> None:
    result = bench("--only", "latency,warp", home=tepi_home, timeout=120)
    assert result.returncode == 2
    assert "Unknown section 'warp'" in result.stderr


def test_ratios_targets_and_rendering() -> None:
    report = Report(machine={"cpu": "Test CPU", "cores": 2, "packages": {"numpy": "2.0"}})
    report.add("latency", "digits", "raw Interpreter.invoke()", 2.0, "ms", p95=2.5)
    row = report.add(
        "latency", "digits", "Tepi LiteRT backend", 2.1, "ms", reference="raw Interpreter.invoke()"
    )
    assert row.ratio == pytest.approx(1.05)
    met = report.target("latency", "LiteRT p50 <= 1.10x raw", row.ratio, 1.10)
    missed = report.target("batch", "throughput >= 0.90x raw", 0.72, 0.90, at_least=True, note="CPU-bound")
    report.skipped["remote"] = "no server in this build"
    assert (met.met, missed.met) == (True, False)

    table = text_table(report)
    assert "1.05x raw Interpreter.invoke()" in table
    assert "MET" in table and "MISSED" in table and "CPU-bound" in table
    assert "skipped: no server in this build" in table
    text = markdown(report)
    assert "Test CPU, 2 cores" in text
    assert "| digits | Tepi LiteRT backend | 2.10 | - | 1.05x raw Interpreter.invoke() |" in text
    assert json.loads(json.dumps(report.to_json()))["targets"][1]["met"] is False


def test_litert_splits_batches_whose_feature_maps_outgrow_the_cache() -> None:
    from inference.backends.litert import _rows_per_invoke

    def tensor(*shape: int) -> dict:
        return {"shape": np.array(shape), "dtype": np.float32}

    mobilenet = [tensor(1, 224, 224, 3), tensor(1, 112, 112, 96), tensor(32, 3, 3, 3), tensor(1, 1000)]
    assert _rows_per_invoke(mobilenet) == 1
    assert _rows_per_invoke([tensor(1, 8, 8, 16), tensor(1, 10)]) == 4 * 2**20 // (8 * 8 * 16 * 4)
    assert _rows_per_invoke([tensor(1, 4), tensor(1, 3)]) >= 1_000_000  # tables: whole batches


def test_split_batches_give_the_same_answers(repo_root: Path) -> None:
    from inference.backends.litert import LiteRTBackend

    backend = LiteRTBackend(repo_root / "resources" / "models" / "digits" / "digits.tflite", threads=1)
    backend.load()
    batch = np.random.default_rng(0).uniform(0, 1, (8, 8, 8, 1)).astype(np.float32)
    whole = backend.predict(batch)
    backend._rows_per_invoke = 3
    np.testing.assert_allclose(backend.predict(batch), whole, rtol=1e-5, atol=1e-6)
    backend.close()
