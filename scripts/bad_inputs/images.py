"""Image cases: odd but valid pictures that must get a prediction, and files that must not.

Valid pictures are made from the digit-7 sample, so the check is the right
label ("7"), not merely "some label": a CMYK, 16-bit, transparent or rotated
seven that comes out as another digit is a bug too.
"""

from __future__ import annotations

import io
import os
import random
import struct
from collections.abc import Callable
from pathlib import Path

import numpy as np
from bad_inputs.common import SAMPLES, Case, hand_png, image_error, ok, png_chunk
from PIL import Image

SEVEN = SAMPLES / "digit-7.png"
THREE = SAMPLES / "digit-3.png"
# ExifTags Orientation -> the transpose that undoes what exif_transpose will apply.
_STORE_AS = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


def _seven() -> Image.Image:
    return Image.open(SEVEN).convert("RGB")


def _save(image: Image.Image, fmt: str, **options: object) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        image.save(path, fmt, **options)

    return build


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _exif_rotated(orientation: int) -> Callable[[Path], None]:
    """A photo stored sideways whose EXIF tag says how to turn it upright."""

    def build(path: Path) -> None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        _seven().transpose(_STORE_AS[orientation]).save(path, "JPEG", quality=90, exif=exif.tobytes())

    return build


def _animated(fmt: str) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        frames = [_seven(), Image.open(THREE).convert("RGB"), Image.new("RGB", (400, 400), "white")]
        frames[0].save(path, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)

    return build


def _transparent_seven(path: Path) -> None:
    """Black ink on a fully transparent background: must be flattened on white."""
    ink = np.asarray(_seven().convert("L")) < 128
    rgba = np.zeros((*ink.shape, 4), np.uint8)
    rgba[ink] = (0, 0, 0, 255)
    Image.fromarray(rgba, "RGBA").save(path, "PNG")


def _sixteen_bit_grey(path: Path) -> None:
    values = np.asarray(_seven().convert("L"), np.uint16) * 257
    Image.fromarray(values).save(path, "PNG")


def _forty_eight_bit_rgb(path: Path) -> None:
    """16 bits per channel RGB, written by hand (Pillow does not encode it)."""
    grey = np.asarray(_seven().convert("L").resize((100, 100)), np.uint16) * 257
    rgb = np.repeat(grey[:, :, None], 3, axis=2).astype(">u2")
    rows = b"".join(b"\x00" + row.tobytes() for row in rgb)
    path.write_bytes(hand_png(100, 100, 16, 2, rows))


def _float_tiff(path: Path) -> None:
    Image.fromarray(np.asarray(_seven().convert("L"), np.float32) / 255.0, "F").save(path, "TIFF")


def _megapixel_photo(path: Path) -> None:
    """A 48-megapixel camera JPEG (8000 × 6000) with the seven in the middle."""
    canvas = Image.effect_noise((8000, 6000), 12).point(lambda v: 200 + v // 8).convert("RGB")
    canvas.paste(_seven().resize((2400, 2400)), (2800, 1800))
    canvas.save(path, "JPEG", quality=85)


def _strip(size: tuple[int, int]) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        strip = Image.new("L", size, 255)
        strip.paste(0, (0, 0, max(1, size[0] // 3), max(1, size[1] // 3)))
        strip.save(path, "PNG")

    return build


def _noise_jpeg() -> bytes:
    return _encoded(Image.effect_noise((256, 256), 64).convert("RGB"), "JPEG", quality=90)


def _gif_header(width: int, height: int) -> bytes:
    """A GIF whose screen and frame claim ``width`` × ``height`` with one tiny LZW block."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00"
    return screen + frame + b"\x3b"


def _jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG whose frame header claims ``width`` × ``height``."""
    real = _encoded(Image.new("L", (8, 8), 128), "JPEG")
    at = real.index(b"\xff\xc0")
    return real[: at + 5] + struct.pack(">HH", height, width) + real[at + 9 :]


def _tiff_header(width: int, height: int) -> bytes:
    """A little-endian TIFF claiming ``width`` × ``height`` 8-bit grey, one strip of 16 bytes."""
    tags = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1)]
    tags += [(273, 4, 8 + 2 + 12 * 8 + 4), (278, 4, height), (279, 4, 16)]
    body = struct.pack("<H", len(tags))
    for tag, kind, value in tags:
        body += (
            struct.pack("<HHII", tag, kind, 1, value)
            if kind == 4
            else struct.pack("<HHIHH", tag, kind, 1, value, 0)
        )
    return b"II*\x00" + struct.pack("<I", 8) + body + b"\x00\x00\x00\x00" + b"\x00" * 16


def _fake_heic() -> bytes:
    ftyp = b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    return struct.pack(">I", len(ftyp) + 4) + ftyp + os.urandom(64)


def _damaged_png_crc() -> bytes:
    data = bytearray(_encoded(_seven().resize((32, 32)), "PNG"))
    data[29] ^= 0xFF  # the IHDR's CRC no longer matches
    return bytes(data)


SVG = (
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
    '<text x="20" y="50" font-size="48">7</text></svg>\n'
)
HTML = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n"
EPS = (
    "%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 64 64\n"
    "newpath 10 54 moveto 54 54 lineto 24 8 lineto 6 setlinewidth stroke\nshowpage\n%%EOF\n"
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TOO_BIG = "it has {mp} megapixels, more than the 100 megapixel limit"


def image_cases() -> list[Case]:
    rng = random.Random(7)
    noise = _noise_jpeg()
    png = _encoded(_seven(), "PNG")
    cases = [
        Case(
            "images/cmyk.jpg", "image", "CMYK JPEG (print workflow)", _save(_seven().convert("CMYK"), "JPEG")
        ),
        Case("images/grey16.png", "image", "16-bit greyscale PNG", _sixteen_bit_grey),
        Case("images/rgb48.png", "image", "48-bit RGB PNG, written by hand", _forty_eight_bit_rgb),
        Case("images/float.tif", "image", "32-bit float TIFF (values 0..1)", _float_tiff),
        Case("images/transparent.png", "image", "RGBA, ink on a transparent background", _transparent_seven),
        Case("images/palette.gif", "image", "palette GIF", _save(_seven().convert("P"), "GIF")),
        Case("images/bilevel.png", "image", "1-bit PNG", _save(_seven().convert("1"), "PNG")),
        Case("images/animated.gif", "image", "animated GIF (7, then 3, then blank)", _animated("GIF")),
        Case("images/animated.png", "image", "animated PNG (APNG)", _animated("PNG")),
        Case("images/animated.webp", "image", "animated WebP", _animated("WEBP")),
        Case(
            "images/progressive.jpg", "image", "progressive JPEG", _save(_seven(), "JPEG", progressive=True)
        ),
        Case("images/png-named.jpg", "image", "a PNG file named .jpg", _write(png)),
        Case("images/multipage.tif", "image", "two-page TIFF", _animated("TIFF")),
        Case("images/exif-rotated-6.jpg", "image", "stored sideways, EXIF orientation 6", _exif_rotated(6)),
        Case("images/exif-rotated-8.jpg", "image", "stored sideways, EXIF orientation 8", _exif_rotated(8)),
        Case(
            "images/exif-rotated-3.jpg", "image", "stored upside down, EXIF orientation 3", _exif_rotated(3)
        ),
        Case(
            "images/photo-48mp.jpg", "image", "48-megapixel JPEG (8000 × 6000)", _megapixel_photo, large=True
        ),
    ]
    cases = [Case(c.path, c.kind, c.what, c.build, (ok("7"),), c.large) for c in cases]
    cases += [
        Case("images/strip-1x5000.png", "image", "1 × 5000 pixel strip", _strip((1, 5000)), (ok(),)),
        Case("images/strip-5000x1.png", "image", "5000 × 1 pixel strip", _strip((5000, 1)), (ok(),)),
        Case(
            "images/one-pixel.png",
            "image",
            "a single pixel",
            _save(Image.new("L", (1, 1), 0), "PNG"),
            (ok(),),
        ),
    ]
    bad = [
        ("images/zero-bytes.jpg", "empty file named .jpg", b"", "the file is empty"),
        ("images/truncated.jpg", "JPEG cut in half", noise[: len(noise) // 2], "the file is cut short"),
        ("images/truncated.png", "PNG cut in half", png[: len(png) // 2], "the file is cut short"),
        (
            "images/only-header.jpg",
            "JPEG start marker and nothing else",
            b"\xff\xd8\xff\xe0\x00\x10JFIF",
            "the file is cut short",
        ),
        (
            "images/bad-crc.png",
            "PNG whose header checksum is wrong",
            _damaged_png_crc(),
            "the file is damaged",
        ),
        (
            "images/zero-size.png",
            "PNG header claiming 0 × 0 pixels",
            hand_png(0, 0, 8, 0, b""),
            "the file is damaged",
        ),
        (
            "images/random.png",
            "4 KB of random bytes named .png",
            rng.randbytes(4096),
            "its contents are not in an image format Tepi knows",
        ),
        (
            "images/text.jpg",
            "plain text named .jpg",
            b"holiday photos, see attachment\n" * 4,
            "it is a text file, not a picture",
        ),
        (
            "images/page.jpg",
            "an HTML error page saved as .jpg",
            HTML.encode(),
            "it is a web page (HTML), not a picture",
        ),
        (
            "images/drawing.svg",
            "SVG vector drawing",
            SVG.encode(),
            "it is an SVG drawing; save it as PNG to use it",
        ),
        (
            "images/drawing-named.png",
            "SVG named .png",
            SVG.encode(),
            "it is an SVG drawing; save it as PNG to use it",
        ),
        (
            "images/postscript.jpg",
            "EPS (PostScript, run by Ghostscript if decoded) named .jpg",
            EPS.encode(),
            "it is a PostScript file, not a picture",
        ),
        ("images/document.jpg", "PDF named .jpg", PDF, "it is a PDF document, not a picture"),
        (
            "images/iphone.heic",
            "HEIC photo header",
            _fake_heic(),
            "it is a HEIC or AVIF photo, which Tepi cannot read (save it as JPEG or PNG)",
        ),
        (
            "images/bomb.png",
            "PNG decompression bomb: 30000 × 30000 in 100 bytes",
            hand_png(30000, 30000, 8, 0, b"\x00" * 30001 * 4),
            TOO_BIG.format(mp=900),
        ),
        (
            "images/bomb.gif",
            "GIF claiming 65535 × 65535",
            _gif_header(65535, 65535),
            TOO_BIG.format(mp="4,295"),
        ),
        (
            "images/bomb.jpg",
            "JPEG header claiming 65500 × 65500",
            _jpeg_header(65500, 65500),
            TOO_BIG.format(mp="4,290"),
        ),
        (
            "images/bomb.tif",
            "TIFF claiming 100000 × 100000",
            _tiff_header(100_000, 100_000),
            TOO_BIG.format(mp="10,000"),
        ),
    ]
    cases += [
        Case(path, "image", what, _write(data), image_error(path, reason)) for path, what, data, reason in bad
    ]
    return cases


__all__ = ["image_cases", "png_chunk"]
