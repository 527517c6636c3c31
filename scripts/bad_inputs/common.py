"""What a corpus case is, and the expected outcome Tepi must give for it."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
DIGITS = ROOT / "resources" / "models" / "digits"


@dataclass(frozen=True)
class Expect:
    """One outcome line: a prediction (``error`` is None) or the exact error sentence."""

    row: int | None = None
    label: str | None = None
    """The label the prediction must have; None when any label will do (a blank strip)."""
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "label": self.label, "error": self.error}


@dataclass(frozen=True)
class Case:
    """One hostile input: where it goes, what it is, and what Tepi must answer."""

    path: str
    """Relative to the corpus folder: images/..., csv/..., models/...."""
    kind: str
    """``image`` (run with the digits model), ``csv`` (iris model) or ``model`` (loaded with -m)."""
    what: str
    build: Callable[[Path], None] = field(compare=False, repr=False)
    expect: tuple[Expect, ...] = ()
    large: bool = False
    """Too big to keep in git (tens of megabytes): generated only when asked."""

    @property
    def valid(self) -> bool:
        return all(e.error is None for e in self.expect)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "what": self.what,
            "valid": self.valid,
            "large": self.large,
            "expect": [e.to_json() for e in self.expect],
        }


def ok(label: str | None = None, row: int | None = None) -> Expect:
    return Expect(row=row, label=label)


def fails(error: str, row: int | None = None) -> Expect:
    return Expect(row=row, error=error)


def image_error(path: str, reason: str) -> tuple[Expect, ...]:
    """The sentence of ``inference.errors.ImageError`` for this file."""
    return (fails(f"{Path(path).name} is not an image Tepi can read: {reason}."),)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def hand_png(width: int, height: int, depth: int, colour: int, rows: bytes) -> bytes:
    """A PNG written byte by byte: headers can claim what no encoder would write."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(rows, 9))
        + png_chunk(b"IEND", b"")
    )
