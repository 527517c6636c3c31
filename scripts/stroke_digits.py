"""Digits drawn from strokes, in the shapes typefaces disagree on.

Font files teach a model the faces they hold; the faces people photograph
differ in ways a few families do not cover: a "1" with a flag and no foot
(Helvetica, Arial, Roboto), a bare stroke, an open or closed "4", a flat-topped
"3", a "7" with a bar, a "9" with a straight or curled tail. This module draws
each digit from a skeleton of lines and arcs with those variants chosen at
random, random proportions and a random pen (hairline to heavy, round or
square ends), so the model learns what makes a digit that digit rather than
what one family's glyphs look like.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

__all__ = ["draw_stroke_digit"]

Point = tuple[float, float]
Stroke = list[Point]


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, steps: int = 24) -> Stroke:
    """Points on an ellipse from ``start`` to ``end`` degrees (0 = right, 90 = up)."""
    angles = np.radians(np.linspace(start, end, steps))
    return [(cx + rx * np.cos(a), cy - ry * np.sin(a)) for a in angles]


def _bezier(a: Point, control: Point, b: Point, steps: int = 16) -> Stroke:
    t = np.linspace(0, 1, steps)[:, None]
    pts = (1 - t) ** 2 * np.array(a) + 2 * (1 - t) * t * np.array(control) + t**2 * np.array(b)
    return [(float(x), float(y)) for x, y in pts]


def _one(r: np.random.Generator) -> list[Stroke]:
    x = r.uniform(0.45, 0.6)
    strokes: list[Stroke] = [[(x, 0.0), (x, 1.0)]]
    if r.random() < 0.85:  # the flag, from a stub to a long diagonal
        length = r.uniform(0.12, 0.45)
        strokes.append([(x, 0.0), (x - length, r.uniform(0.12, 0.35))])
    if r.random() < 0.35:  # the foot
        half = r.uniform(0.2, 0.35)
        strokes.append([(x - half, 1.0), (x + half, 1.0)])
    return strokes


def _two(r: np.random.Generator) -> list[Stroke]:
    top = _arc(0.5, 0.3, 0.45, 0.3, r.uniform(150, 175), r.uniform(-50, -25))
    end = top[-1]
    if r.random() < 0.5:
        neck = [end, (0.02, 1.0)]
    else:
        neck = _bezier(end, (r.uniform(0.3, 0.5), r.uniform(0.65, 0.8)), (0.02, 1.0))
    return [top + neck[1:], [(0.02, 1.0), (1.0, 1.0)]]


def _three(r: np.random.Generator) -> list[Stroke]:
    middle = (r.uniform(0.35, 0.5), r.uniform(0.43, 0.5))
    bottom = _arc(0.5, 0.72, 0.47, 0.28, 90, -r.uniform(140, 165))
    bottom = [middle, *bottom[2:]]
    if r.random() < 0.3:  # flat top, a diagonal down to the bowl
        return [[(0.08, 0.0), (0.9, 0.0), middle], bottom]
    top = _arc(0.5, 0.26, 0.4, 0.26, r.uniform(150, 170), -90)
    return [[*top[:-1], middle], bottom]


def _four(r: np.random.Generator) -> list[Stroke]:
    stem, bar = r.uniform(0.62, 0.75), r.uniform(0.62, 0.75)
    if r.random() < 0.65:  # closed: the diagonal meets the stem's top
        return [[(stem, 0.0), (stem, 1.0)], [(stem, 0.0), (0.0, bar), (1.0, bar)]]
    left = r.uniform(0.0, 0.3)
    return [[(stem, r.uniform(0.0, 0.35)), (stem, 1.0)], [(left + 0.1, 0.0), (left, bar), (1.0, bar)]]


def _five(r: np.random.Generator) -> list[Stroke]:
    corner = (r.uniform(0.12, 0.25), 0.0)
    shoulder = (corner[0] - r.uniform(0.0, 0.08), r.uniform(0.38, 0.48))
    bowl = _arc(0.5, 0.68, 0.46, 0.32, r.uniform(120, 150), -r.uniform(140, 165))
    return [[(0.92, 0.0), corner, shoulder, *bowl[1:]]]


def _six(r: np.random.Generator) -> list[Stroke]:
    bowl = _arc(0.5, 0.69, 0.47, 0.31, 0, 360, 36)
    top = (r.uniform(0.7, 0.9), r.uniform(0.0, 0.08))
    if r.random() < 0.6:
        stem = _bezier(top, (r.uniform(0.05, 0.25), r.uniform(0.05, 0.2)), (0.03, 0.69))
    else:
        stem = [top, (0.08, 0.6)]
    return [bowl, stem]


def _seven(r: np.random.Generator) -> list[Stroke]:
    foot = (r.uniform(0.2, 0.45), 1.0)
    if r.random() < 0.6:
        diagonal = [(1.0, 0.0), foot]
    else:
        diagonal = _bezier((1.0, 0.0), (r.uniform(0.45, 0.7), r.uniform(0.4, 0.6)), foot)
    strokes = [[(0.0, 0.0), *diagonal]]
    if r.random() < 0.15:
        strokes.append([(0.0, 0.0), (0.0, 0.15)])
    if r.random() < 0.12:
        strokes.append([(0.35, 0.52), (0.9, 0.52)])
    return strokes


def _eight(r: np.random.Generator) -> list[Stroke]:
    waist = r.uniform(0.42, 0.5)
    return [
        _arc(0.5, waist / 2, r.uniform(0.33, 0.42), waist / 2, 0, 360, 32),
        _arc(0.5, (1 + waist) / 2, 0.47, (1 - waist) / 2, 0, 360, 32),
    ]


def _nine(r: np.random.Generator) -> list[Stroke]:
    rotated = _six(r)
    return [[(1 - x, 1 - y) for x, y in stroke] for stroke in rotated]


def _zero(r: np.random.Generator) -> list[Stroke]:
    return [_arc(0.5, 0.5, 0.5, 0.5, 0, 360, 40)]


_SKELETONS = (_zero, _one, _two, _three, _four, _five, _six, _seven, _eight, _nine)


def draw_stroke_digit(digit: int, height: int, rng: np.random.Generator) -> Image.Image:
    """The digit as an ink mask (255 = ink), ``height`` pixels tall, drawn with a random pen."""
    aspect = rng.uniform(0.45, 0.8) if digit != 1 else rng.uniform(0.35, 0.6)
    width = height * aspect
    pen = max(1, round(height * rng.uniform(0.04, 0.2)))
    pad = pen + 2
    canvas = Image.new("L", (round(width) + 2 * pad, height + 2 * pad), 0)
    draw = ImageDraw.Draw(canvas)
    round_ends = rng.random() < 0.6
    for stroke in _SKELETONS[digit](rng):
        points = [(pad + x * width, pad + y * height) for x, y in stroke]
        draw.line(points, fill=255, width=pen, joint="curve")
        if round_ends:
            for x, y in (points[0], points[-1]):
                draw.ellipse((x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2), fill=255)
    return canvas
