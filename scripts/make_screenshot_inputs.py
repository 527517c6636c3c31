"""The pictures the README's screenshots show: a folder of meter photos, made on the spot.

    python scripts/make_screenshot_inputs.py OUT

Writes ``OUT/meter-photos/meter-01.jpg`` … ``meter-14.jpg`` (printed digits in
the font faces held out of the digits model's training, photographed as from
a meter face or a label: tinted paper, uneven light, a slight tilt, blur),
``scan-broken.jpg`` (a JPEG cut short, to show how a bad file is reported),
and the bundled samples beside them, and prints each file with the digit it
holds. Nothing is downloaded; the same command writes the same files.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from digit_renders import face_split, meter_photo  # noqa: E402

DIGITS = (3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4)
"""One digit per meter photo, every digit at least once."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    folder = parser.parse_args().out / "meter-photos"
    folder.mkdir(parents=True, exist_ok=True)
    _, faces = face_split()
    rng = np.random.default_rng(2026)
    for number, digit in enumerate(DIGITS, start=1):
        path = folder / f"meter-{number:02d}.jpg"
        meter_photo(digit, faces[number % len(faces)], rng).save(path, quality=87)
        print(f"{path.name}\t{digit}\t{faces[number % len(faces)].name}")
    whole = (folder / "meter-01.jpg").read_bytes()
    (folder / "scan-broken.jpg").write_bytes(whole[: len(whole) // 3])
    for sample in sorted((ROOT / "resources" / "samples").glob("digit-*")):
        shutil.copy(sample, folder / sample.name)


if __name__ == "__main__":
    main()
