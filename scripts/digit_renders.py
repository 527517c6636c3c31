"""Digit pictures for training and checking the digits packs, made on the spot.

Two kinds, both drawn as a phone would see them (dark ink on light paper) and
meant to go through Tepi's own preprocessing afterwards:

- **handwritten**: scikit-learn's 8 × 8 digits enlarged, stretched, rotated and
  thickened or thinned, on grey paper with noise;
- **printed**: a digit typeset in a font face an installed package ships
  (matplotlib's DejaVu, STIX and Computer Modern faces, Pillow's own Aileron),
  varied the way type varies (weight, width, slant, synthetic stroke wobble)
  and the way a photo varies it again (rotation ±10°, scale and offset, blur,
  grey or unevenly lit paper, JPEG artefacts, noise).

Faces are split by name: ``HELD_OUT_FACES`` never reach training, so a check on
them measures what a typeface the model has never seen gets. Everything takes
a ``numpy`` Generator: the same seed gives the same pictures.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from stroke_digits import draw_stroke_digit

__all__ = [
    "HELD_OUT_FACES",
    "STROKES",
    "Face",
    "all_faces",
    "face_split",
    "font_faces_in",
    "meter_photo",
    "render_handwritten",
    "render_printed",
]

# Faces whose digits are symbols or old-style figures, or that have no glyphs at all.
_NOT_DIGIT_FACES = ("cmex10", "cmsy10", "cmmi10", "LastResort", "STIXNonUni", "STIXSiz", "Display")

HELD_OUT_FACES = (
    "DejaVuSansMono-BoldOblique",
    "DejaVuSerif-Italic",
    "STIXGeneralBol",
    "cmss10",
    "Aileron-Regular",
)
"""One face from each family, of a different weight, width or slant: never used for training."""


@dataclass(frozen=True)
class Face:
    """A font face: ``path`` is a font file, or None for Pillow's built-in face."""

    name: str
    path: Path | None

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        if self.path is None:  # (``STROKES`` draws no font at all)
            return ImageFont.load_default(size)  # type: ignore[return-value]
        return _truetype(str(self.path), size)


STROKES = Face("strokes", None)
"""Not a font: digits drawn from skeletons with the variants faces disagree on (``stroke_digits``)."""


@cache
def _truetype(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def font_faces_in(folder: Path, *, exclude: tuple[str, ...] = _NOT_DIGIT_FACES) -> list[Face]:
    """Every ``.ttf``/``.otf`` face under ``folder`` that draws 0–9 as ordinary digits."""
    from fontTools.ttLib import TTFont

    faces = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".otf")):
        if any(word in path.name for word in exclude):
            continue
        cmap = TTFont(path, lazy=True, fontNumber=0).getBestCmap() or {}
        if all(ord(c) in cmap for c in "0123456789"):
            faces.append(Face(path.stem, path))
    return faces


def all_faces() -> list[Face]:
    """The faces installed packages ship: matplotlib's, and Pillow's built-in Aileron."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return [*font_faces_in(folder), Face("Aileron-Regular", None)]


def face_split() -> tuple[list[Face], list[Face]]:
    """(training faces, held-out faces)."""
    faces = all_faces()
    return [f for f in faces if f.name not in HELD_OUT_FACES], [f for f in faces if f.name in HELD_OUT_FACES]


# -- printed ---------------------------------------------------------------------------
def render_printed(
    digit: int, face: Face, rng: np.random.Generator, *, plain: bool = False, vary_type: bool = True
) -> bytes:
    """One printed digit photographed on paper, encoded as JPEG or PNG bytes.

    ``vary_type`` also changes the face itself (width, slant, weight, wobbly
    strokes: faces the model has not seen); without it only the photograph
    varies (checking a face as it is). ``plain`` draws it upright and clean.
    """
    size = int(rng.integers(40, 80))
    ink = _glyph(digit, face, size, rng, plain or not vary_type)
    if not plain:
        if vary_type:
            ink = _vary_type(ink, size, rng)
        ink = ink.rotate(rng.uniform(-10, 10), Image.BILINEAR, expand=True)
        ink = ink.crop(ink.getbbox())
    return _photograph(ink, rng, plain)


def _glyph(digit: int, face: Face, size: int, rng: np.random.Generator, plain: bool) -> Image.Image:
    """The digit as an ink mask (255 = ink), cropped to its strokes."""
    if face == STROKES:
        ink = draw_stroke_digit(digit, size, rng)
        return ink.crop(ink.getbbox())
    font = face.font(size)
    canvas = Image.new("L", (size * 3, size * 3), 0)
    bold = 0 if plain or rng.random() < 0.6 else int(rng.integers(1, max(2, size // 22) + 1))
    ImageDraw.Draw(canvas).text(
        (size * 1.5, size * 1.5),
        str(digit),
        font=font,
        fill=255,
        anchor="mm",
        stroke_width=bold,
        stroke_fill=255,
    )
    box = canvas.getbbox()
    return canvas.crop(box) if box else canvas


def _vary_type(ink: Image.Image, size: int, rng: np.random.Generator) -> Image.Image:
    """Another typeface's proportions: width, slant, weight, and wobbly strokes."""
    width = max(2, round(ink.width * rng.uniform(0.7, 1.35)))
    ink = ink.resize((width, ink.height), Image.BILINEAR)
    pad = size // 2
    page = Image.new("L", (ink.width + 2 * pad, ink.height + 2 * pad), 0)
    page.paste(ink, (pad, pad))
    shear = rng.uniform(-0.12, 0.3) if rng.random() < 0.5 else 0.0
    if shear:
        page = page.transform(
            page.size, Image.AFFINE, (1, shear, -shear * page.height / 2, 0, 1, 0), Image.BILINEAR
        )
    values = np.asarray(page, dtype=np.float32) / 255.0
    values = _wobble(values, size, rng)
    # Blur then threshold at a random level: lower is bolder, higher is lighter, corners round off.
    soft = np.asarray(
        Image.fromarray((values * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(size * 0.035)),
        dtype=np.float32,
    )
    level = float(soft.max()) * rng.uniform(0.3, 0.65)
    mask = np.clip((soft - level) * 4 + 128, 0, 255).astype(np.uint8)
    return Image.fromarray(mask, "L")


def _wobble(values: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """A smooth random displacement: curves and serifs a little unlike the face's own."""
    from scipy.ndimage import map_coordinates

    amount = size * rng.uniform(0.0, 0.06)
    if amount < 0.5:
        return values
    # Random shifts on a coarse 4 × 4 grid, smoothly enlarged to the picture: a gentle warp.
    height, width = values.shape
    dy, dx = (
        np.asarray(
            Image.fromarray(rng.uniform(-amount, amount, (4, 4)).astype(np.float32), "F").resize(
                (width, height), Image.BICUBIC
            )
        )
        for _ in range(2)
    )
    rows, cols = np.mgrid[0:height, 0:width].astype(np.float32)
    return map_coordinates(values, [rows + dy, cols + dx], order=1, mode="constant")


def _photograph(ink: Image.Image, rng: np.random.Generator, plain: bool) -> bytes:
    """Ink on paper: margins, grey and unevenly lit paper, blur, noise, size, JPEG."""
    height = ink.height
    left, top, right, bottom = (int(rng.uniform(0.08, 0.6) * height) for _ in range(4))
    page = Image.new("L", (ink.width + left + right, ink.height + top + bottom), 0)
    page.paste(ink, (left, top))
    if not plain:
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0, 0.04) * height))
        scale = rng.uniform(14, 160) / height  # the digit 14–160 px tall in the photo
        page = page.resize((max(4, round(page.width * scale)), max(4, round(page.height * scale))), Image.BOX)
    coverage = np.asarray(page, dtype=np.float32) / 255.0
    paper, ink_level = _levels(rng, plain)
    picture = paper * (1 - coverage) + ink_level * coverage
    if not plain:
        picture = picture * _lighting(coverage.shape, rng) + rng.normal(0, rng.uniform(0, 6), picture.shape)
    image = Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8), "L")
    buffer = io.BytesIO()
    if plain or rng.random() < 0.3:
        image.save(buffer, "PNG")
    else:
        image.save(buffer, "JPEG", quality=int(rng.integers(30, 95)))
    return buffer.getvalue()


def meter_photo(digit: int, face: Face, rng: np.random.Generator) -> Image.Image:
    """A 640 × 480 colour photo of one printed digit, as from a meter face or a label: tinted
    paper, light falling off, a slight tilt, a little blur and noise (samples, screenshots)."""
    ink = _glyph(digit, face, int(rng.integers(180, 240)), rng, plain=True)
    ink = ink.rotate(rng.uniform(-6, 6), Image.BICUBIC, expand=True)
    page = Image.new("L", (640, 480), 0)
    page.paste(ink, ((640 - ink.width) // 2 + int(rng.integers(-40, 41)), (480 - ink.height) // 2))
    coverage = (
        np.asarray(page.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 2.0))), np.float32)[..., None] / 255
    )
    paper = np.array([rng.uniform(200, 240), rng.uniform(195, 230), rng.uniform(190, 225)], np.float32)
    ink_colour = np.full(3, rng.uniform(20, 60), np.float32)
    picture = paper * (1 - coverage) + ink_colour * coverage
    picture = picture * _lighting(page.size[::-1], rng)[..., None] + rng.normal(0, 2.5, picture.shape)
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8), "RGB")


def _levels(rng: np.random.Generator, plain: bool) -> tuple[float, float]:
    """Paper and ink grey levels: white to grey paper, black to dark grey ink, always legible."""
    if plain:
        return 250.0, 25.0
    paper = rng.uniform(160, 255)
    ink = rng.uniform(0, 90)
    return paper, min(ink, paper - 90)


def _lighting(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Light that falls off across the page, a little dimmer overall."""
    rows, cols = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    rows /= max(1, shape[0] - 1)
    cols /= max(1, shape[1] - 1)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * (cols - 0.5) + np.sin(angle) * (rows - 0.5)) * rng.uniform(0, 0.12)
    return np.clip(1.0 - ramp - rng.uniform(0, 0.1), 0.7, 1.0)


# -- handwritten -----------------------------------------------------------------------
def render_handwritten(grid: np.ndarray, side: int, rng: np.random.Generator | None = None) -> Image.Image:
    """An 8 × 8 digit (0..16) as dark ink on light paper, ``side`` pixels tall.

    With ``rng``: stretched, rotated, thickened or thinned, on grey paper with noise.
    """
    ink = Image.fromarray((grid / 16.0 * 255).astype(np.uint8), "L").resize((side, side), Image.BICUBIC)
    if rng is not None:
        width = int(side * rng.uniform(0.75, 1.15))
        ink = ink.resize((width, side), Image.BICUBIC).rotate(rng.uniform(-8, 8), Image.BILINEAR, expand=True)
        stroke = int(rng.integers(-1, 2))
        if stroke and side >= 48:
            size = 3 if side < 160 else 5
            ink = ink.filter(ImageFilter.MaxFilter(size) if stroke > 0 else ImageFilter.MinFilter(size))
    margin = side // 3
    page = Image.new("L", (ink.width + 2 * margin, ink.height + 2 * margin), 0)
    page.paste(ink, (margin, margin))
    paper = 255 - np.asarray(page, dtype=np.float32)
    if rng is not None:  # grey paper and a little sensor noise
        paper = paper * rng.uniform(0.75, 1.0) + rng.normal(0, 4, paper.shape)
    return Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8), "L")
