"""``python -m inference explain`` as a person runs it: files, JSON fields, the same errors as predict.

Each test runs the real command line in its own process with a private
TEPI_HOME; the remote test explains through Tepi's reference server on
loopback, where every batch of occluded copies is one request.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from tests.explain.conftest import save_picture
from tests.hostile.conftest import tepi

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
PREDICT_FIELDS = ["input", "row", "label", "score", "top_k", "backend", "model", "latency_ms"]


def lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_a_folder_of_digits_gives_a_heatmap_and_an_overlay_per_picture(
    tmp_path: Path, tepi_home: Path
) -> None:
    out = tmp_path / "explained"
    result = tepi("explain", str(SAMPLES), "--out", str(out), "--json", home=tepi_home)
    assert result.returncode == 0, result.stderr
    assert "note: skipped 1 files that are not images." in result.stderr  # iris.csv
    found = lines(result)
    assert [Path(x["input"]).name for x in found] == [p.name for p in sorted(SAMPLES.glob("digit-*"))]
    for line in found:
        assert list(line) == [*PREDICT_FIELDS, "method", "heatmap", "overlay", "passes", "explain_ms"]
        assert line["label"] == Path(line["input"]).stem.split("-")[1]
        assert (line["method"], line["passes"]) == ("occlusion", 50)
        stem = Path(line["input"]).stem
        assert line["heatmap"] == str(out / f"{stem}.heatmap.png")
        assert line["overlay"] == str(out / f"{stem}.overlay.png")
        with (
            Image.open(line["input"]) as picture,
            Image.open(line["heatmap"]) as heat,
            Image.open(line["overlay"]) as overlay,
        ):
            assert heat.mode == "L" and overlay.mode == "RGB"
            assert heat.size == overlay.size == picture.size
            assert np.asarray(heat).max() >= 240  # brightest = most important (interpolated near the peak)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{p.stem}.{kind}.png" for p in SAMPLES.glob("digit-*") for kind in ("heatmap", "overlay")
    )


def test_the_table_and_the_bars(tmp_path: Path, tepi_home: Path) -> None:
    result = tepi("explain", str(SAMPLES / "digit-7.png"), "--out", str(tmp_path), home=tepi_home)
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.splitlines()
    assert header.split()[:6] == ["INPUT", "LABEL", "SCORE", "METHOD", "PASSES", "MS"]
    assert " 7 " in row and "occlusion" in row and row.endswith("digit-7.heatmap.png")
    result = tepi("explain", "-m", "iris", str(SAMPLES / "iris.csv"), home=tepi_home)
    assert result.returncode == 0, result.stderr
    text = result.stdout.splitlines()
    assert "iris.csv row 2" in text[1] and "occlusion" in text[1]  # the first data row is the file's row 2
    bars = text[2:6]
    assert [b.split()[0] for b in bars] == ["sepal_length", "sepal_width", "petal_length", "petal_width"]
    assert all("(baseline " in b for b in bars) and any("█" in b for b in bars)


def test_iris_json_carries_the_attributions(tepi_home: Path) -> None:
    result = tepi("explain", "-m", "iris", str(SAMPLES / "iris.csv"), "--json", home=tepi_home)
    assert result.returncode == 0, result.stderr
    rows = lines(result)
    assert len(rows) == 12 and [r["row"] for r in rows] == list(range(1, 13))
    for row in rows:
        fields = [field for field in row if field != "unsure"]  # a flower near another species is not sure
        assert fields == [*PREDICT_FIELDS, "method", "attributions", "passes", "explain_ms"]
        assert [a["feature"] for a in row["attributions"]] == [
            "sepal_length", "sepal_width", "petal_length", "petal_width",
        ]  # fmt: skip
        assert [a["baseline"] for a in row["attributions"]] == [5.826, 3.092, 3.703, 1.184]


def test_an_upright_photo_two_files_with_one_name_and_gradcam_on_keras(
    quadrant_model, tmp_path: Path, tepi_home: Path
) -> None:
    """EXIF-rotated JPEG: the heatmap has the size shown, not the size stored. Same stems do not collide."""
    stored = Image.new("RGB", (300, 200), (120, 120, 120))
    exif = Image.Exif()
    exif[0x0112] = 6
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    stored.save(tmp_path / "a" / "photo.jpg", exif=exif.tobytes())
    save_picture(quadrant_model.test_pictures[0], tmp_path / "b" / "photo.png")
    out = tmp_path / "out"
    result = tepi(
        "explain", "-m", str(quadrant_model.keras), str(tmp_path / "a"), str(tmp_path / "b"),
        "--out", str(out), "--json", home=tepi_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, second = lines(result)
    assert (first["method"], second["method"]) == ("gradcam", "gradcam")
    assert Path(first["heatmap"]).name == "photo.heatmap.png"
    assert Path(second["heatmap"]).name == "photo-2.heatmap.png"
    with Image.open(first["heatmap"]) as heat:
        assert heat.size == (200, 300)  # upright: EXIF 6 turns 300 × 200 on its side


def test_hostile_inputs_get_the_sentences_predict_gives(tmp_path: Path, tepi_home: Path) -> None:
    good = Image.open(SAMPLES / "digit-3.png")
    buffer = io.BytesIO()
    good.save(buffer, "PNG")
    files = {
        "empty.png": b"",
        "cut.png": buffer.getvalue()[: len(buffer.getvalue()) // 2],
        "note.png": b"just some words, not a picture\n",
        "page.jpg": b"<!doctype html><html><body>hi</body></html>",
        "rows.csv": b"a,b\n1,2\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in [*files, "gone.png"]] + [str(SAMPLES / "digit-3.png")]
    predicted = tepi("predict", *paths, "--json", home=tepi_home)
    explained = tepi("explain", *paths, "--json", "--out", str(tmp_path / "out"), home=tepi_home)
    assert predicted.returncode == explained.returncode == 1
    assert "Traceback" not in explained.stderr + explained.stdout
    said = {x["input"]: (x.get("error"), x.get("code")) for x in lines(predicted)}
    explained_said = {x["input"]: (x.get("error"), x.get("code")) for x in lines(explained)}
    assert explained_said == said
    assert sum(error is None for error, _ in said.values()) == 1  # the good digit still explained
    assert all(code for error, code in said.values() if error)  # codes the shells translate by
    # Wrong kind of input for a tabular model: predict's words again.
    predicted = tepi("predict", "-m", "iris", str(SAMPLES / "digit-3.png"), "--json", home=tepi_home)
    explained = tepi("explain", "-m", "iris", str(SAMPLES / "digit-3.png"), "--json", home=tepi_home)
    assert lines(explained) == lines(predicted)
    assert lines(explained)[0]["error"] == "iris takes CSV rows, not images."


def test_a_method_the_model_cannot_use_is_one_sentence(quadrant_model, tepi_home: Path) -> None:
    result = tepi("explain", "-m", "iris", str(SAMPLES / "iris.csv"), "--method", "gradcam", home=tepi_home)
    assert result.returncode == 1 and not result.stdout
    assert result.stderr.strip() == (
        "error: iris has no picture to explain: it takes CSV rows, which Tepi explains one feature "
        "at a time (--method=occlusion)."
    )
    result = tepi(
        "explain", "-m", str(quadrant_model.tflite), str(SAMPLES / "digit-3.png"), "--method", "gradcam",
        home=tepi_home,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "error: Grad-CAM needs a Keras model (.keras or .h5) run by TensorFlow, and quadrant has none; "
        "the occlusion method explains any model."
    )
    for bad in (["--opacity", "1.5"], ["--top-k", "0"], ["--method", "lime"]):
        result = tepi("explain", str(SAMPLES / "digit-3.png"), *bad, home=tepi_home)
        assert result.returncode == 2 and "Traceback" not in result.stderr, bad
    taken = tepi_home / "a-file"
    taken.write_text("not a folder")
    result = tepi("explain", str(SAMPLES / "digit-3.png"), "--out", str(taken), home=tepi_home)
    assert result.returncode == 2 and result.stderr.startswith(f"error: Cannot write to {taken}: ")
    assert taken.read_text() == "not a folder"


def test_explaining_through_a_remote_endpoint_sends_the_copies_in_batches(
    tmp_path: Path, tepi_home: Path
) -> None:
    from tests.server.conftest import MODELS, start_server

    server = start_server(MODELS, tmp_path / "server")
    try:
        result = tepi(
            "explain", "-m", "digits-large", "--remote", server.url, "--policy", "remote-only",
            str(SAMPLES / "digit-5.png"), "--json", "--out", str(tmp_path / "out"), home=tepi_home,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        (line,) = lines(result)
        assert line["label"] == "5" and line["backend"].startswith("remote v2 127.0.0.1:")
        assert (line["method"], line["passes"]) == ("occlusion", 50)
        requests = server.metric("tepi_server_requests_total", protocol="v2", endpoint="infer", code="200")
        assert requests == 3  # the prediction, the input's own scores, and one batch of the 49 copies
        assert server.metric("tepi_server_batch_size_sum", model="digits-large") == 1 + 1 + 49
    finally:
        server.stop()


def test_trusted_publishers_apply_as_for_predict(tmp_path: Path, tepi_home: Path) -> None:
    """Once a key is trusted, an unsigned pack is refused by explain in predict's words."""
    from inference.packs.keys import generate_keypair
    from tests.inference.packs.conftest import make_pack

    acme = generate_keypair(tmp_path / "keys", "acme")
    pack = make_pack(tmp_path / "iris")
    refusals = [
        tepi(command, "-m", str(pack), str(SAMPLES / "iris.csv"), "--trusted-key", str(acme.public.path),
             home=tepi_home)
        for command in ("predict", "explain")
    ]  # fmt: skip
    assert [r.returncode for r in refusals] == [1, 1]
    assert refusals[1].stderr == refusals[0].stderr
    assert refusals[1].stderr.startswith("error: Tepi opens only models signed by a trusted publisher (acme)")
