"""Inputs in the order people count, each charged its own time."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from inference import open_predictor
from inference.predictor import expand_inputs, natural_key
from inference.results import Prediction


def _digit(path: Path, size: tuple[int, int]) -> Path:
    image = Image.new("L", size, 235)
    side = min(size)
    ImageDraw.Draw(image).text((size[0] // 2 - side // 5, side // 6), "7", fill=20, font_size=int(side * 0.6))
    image.save(path, quality=90)
    return path


def test_folders_expand_in_natural_order(tmp_path: Path) -> None:
    for name in ("r10.png", "r2.png", "R1.png", "nested/b10.png", "nested/b9.png", "notes.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    listing = expand_inputs([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in listing.files] == [
        "nested/b9.png", "nested/b10.png", "R1.png", "r2.png", "r10.png"
    ]  # fmt: skip
    assert [p.name for p in listing.skipped] == ["notes.txt"]
    assert sorted(["img-100", "img-20", "img-3"], key=natural_key) == ["img-3", "img-20", "img-100"]


def test_each_input_is_charged_its_own_reading_not_the_batch_average(tmp_path: Path) -> None:
    """A 24-megapixel JPEG takes longer to read than a 28 px PNG; the batch's wall time is not shared
    out equally (each input: its own reading and preprocessing plus its share of the inference)."""
    _digit(tmp_path / "a-huge.jpg", (6000, 4000))
    for i in range(6):
        _digit(tmp_path / f"b-small-{i}.png", (28, 28))
    with open_predictor("digits") as predictor:
        outcomes = list(predictor.predict_paths([tmp_path]))
    assert all(isinstance(o, Prediction) and o.label == "7" for o in outcomes)
    times = {Path(o.input).name: o.latency_ms for o in outcomes}
    huge, smalls = times.pop("a-huge.jpg"), list(times.values())
    assert huge > 3 * max(smalls), times | {"a-huge.jpg": huge}
    assert len(set(smalls)) > 1, "each small input has its own time, not one average"
