"""Images to tensors: decode safely and fast, then apply a pack's ``ImageSpec``.

Decoding is where hostile input arrives, so every Pillow failure becomes an
``ImageError`` naming the file, and the pixel count is checked before any
pixel is decoded. Large JPEGs are decoded at reduced size with
``Image.draft`` (DCT scaling), which is several times faster than a full
decode when the model input is small.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from inference.errors import ImageError, ImageTooLarge
from inference.geometry import Box, InputGeometry
from inference.modelpack import ImageSpec
from inference.text import message

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "InputGeometry",
    "LoadedImage",
    "decode_image",
    "image_to_tensor",
    "load_image",
    "prepare_image",
    "read_image_bytes",
    "tensor_to_pixels",
]

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
DECODERS = ("JPEG", "PNG", "BMP", "GIF", "WEBP", "TIFF")
"""The only Pillow decoders Tepi lets near a file: its content, not its name, picks one.
Others (EPS runs Ghostscript; PSD, FITS, SGI... are rarely used and often fuzzed) stay off."""
MAX_PIXELS = 100_000_000
"""Images above 100 megapixels are refused as decompression bombs."""
MAX_FILE_BYTES = 512 * 1024 * 1024
PREVIEW_SIDE = 512
_RESAMPLE = {
    "lanczos": Image.Resampling.LANCZOS,
    "bilinear": Image.Resampling.BILINEAR,
    "box": Image.Resampling.BOX,
}
# Pillow's own bomb check would raise at 2x its limit with a message naming
# its internals; we check the size ourselves and keep Pillow quiet.
Image.MAX_IMAGE_PIXELS = None


@dataclass(frozen=True)
class LoadedImage:
    """An input image ready for the model, with what the history and the UI need."""

    tensor: np.ndarray
    """float32, height × width × channels, already scaled for the model."""
    sha256: str
    original_size: tuple[int, int]
    preview: Image.Image | None = None
    """The decoded, EXIF-rotated image, at most 512 px a side (only when asked)."""
    geometry: InputGeometry | None = None
    """Where the model's input lies on the upright picture at its full size."""


def load_image(
    source: str | Path | bytes,
    spec: ImageSpec,
    *,
    name: str | None = None,
    preview: bool = False,
) -> LoadedImage:
    """Read, decode and preprocess one image file (or its bytes) for ``spec``."""
    label: str | dict = name or (str(source) if not isinstance(source, bytes) else message("input.pasted"))
    data = source if isinstance(source, bytes) else read_image_bytes(Path(source), label)
    sha = hashlib.sha256(data).hexdigest()
    image, original_size = decode_image(data, name=label, hint=_draft_hint(spec))
    shown = _preview(image) if preview else None
    tensor, geometry = prepare_image(image, spec)
    return LoadedImage(tensor, sha, original_size, shown, geometry.scaled(upright_size(image, original_size)))


def upright_size(decoded: Image.Image, original_size: tuple[int, int]) -> tuple[int, int]:
    """The full-size picture's (width, height) as shown: EXIF rotation may have swapped the sides.

    ``decode_image`` reports the size stored in the file, before rotation and
    before any reduced-size (draft) decoding; the decoded image has the upright
    aspect, so whichever reading of the stored size matches it is the one shown.
    """
    width, height = original_size
    aspect = decoded.width / max(1, decoded.height)
    if abs(aspect - height / max(1, width)) < abs(aspect - width / max(1, height)):
        return height, width
    return width, height


def read_image_bytes(path: Path, label: str | dict) -> bytes:
    """A picture file's bytes; a missing, unreadable or oversized file is an ``ImageError``."""
    where, name = _where(label)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageError(where, "image.reason.too_big", name=name, size=size / 2**20)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImageError(where, "image.reason.missing", name=name) from exc
    except IsADirectoryError as exc:
        raise ImageError(where, "image.reason.folder", name=name) from exc
    except PermissionError as exc:
        raise ImageError(where, "image.reason.forbidden", name=name) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ImageError(where, "image.reason.os_error", name=name, system_error=reason) from exc


def _where(label: str | dict) -> tuple[str | None, str | dict | None]:
    """``(path, name)`` for an ``ImageError``: a file's path, or no path and a nested name."""
    return (label, None) if isinstance(label, str) else (None, label)


def _draft_hint(spec: ImageSpec) -> int | None:
    """The smallest decoded side that still gives the model full detail (None: decode every pixel)."""
    if not spec.draft:
        return None
    side = max(spec.width, spec.height)
    # Trimming keeps only part of the picture (a digit on a page), so keep more pixels.
    return max(side * 2, 512) if spec.trim else side


def decode_image(
    data: bytes, *, name: str | dict | None = None, hint: int | None = None
) -> tuple[Image.Image, tuple[int, int]]:
    """Decode to an EXIF-rotated ``RGB`` or ``L`` image; returns it and the original size.

    ``name`` is the file's path, or a nested name (``input.pasted``); None is "the input".
    """
    where, shown = _where(name) if name is not None else (None, None)
    if not data:
        raise ImageError(where, "image.reason.empty", name=shown)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data), formats=DECODERS)
            original = image.size
            pixels = original[0] * original[1]
            if pixels > MAX_PIXELS:
                raise ImageTooLarge(where, pixels, MAX_PIXELS, name=shown)
            if hint and image.format == "JPEG":
                # draft keeps both sides >= the request; rotation may swap them.
                image.draft(image.mode if image.mode in ("L", "RGB") else "RGB", (hint, hint))
            image.load()
            upright: Image.Image = ImageOps.exif_transpose(image) or image
            return _to_8bit(upright), original
    except ImageError:
        raise
    except UnidentifiedImageError as exc:
        raise ImageError(where, _unidentified_reason(data), name=shown) from exc
    except Image.DecompressionBombError as exc:
        raise ImageError(where, "image.reason.bomb", name=shown) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageError(where, _decode_reason(exc), name=shown) from exc
    except Exception as exc:  # Pillow plug-ins raise odd types on hostile files
        raise ImageError(where, "image.reason.damaged", name=shown) from exc


_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_NOT_PICTURES = (
    (b"%PDF", "image.reason.pdf"),
    (b"%!PS", "image.reason.postscript"),
    (b"\xc5\xd0\xd3\xc6", "image.reason.postscript"),
)


def _unidentified_reason(data: bytes) -> str:
    """Say what the file is when it is not a picture: people mostly hold a web page or a drawing."""
    head = data[:1024]
    if head.startswith(_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image.reason.damaged"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"avis"):
        return "image.reason.heic"
    for magic, reason in _NOT_PICTURES:
        if head.startswith(magic):
            return reason
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<svg" in text:
        return "image.reason.svg"
    if text.startswith((b"<!doctype html", b"<html")) or b"<body" in text:
        return "image.reason.html"
    if _looks_like_text(head):
        return "image.reason.text"
    return "image.reason.unknown_format"


def _looks_like_text(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace")
    if len(head) == 1024:
        text = text[:-3]  # the cut may split a multi-byte character
    return bool(text.strip()) and "\ufffd" not in text and all(c.isprintable() or c.isspace() for c in text)


def _decode_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "truncated" in text or "premature" in text or "broken data stream" in text:
        return "image.reason.truncated"
    return "image.reason.damaged"


def _to_8bit(image: Image.Image) -> Image.Image:
    """Every Pillow mode to 8-bit ``RGB`` or ``L``, transparency flattened on white."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float32)
        top = 65535.0 if mode.startswith("I;16") or values.max(initial=0) > 255 else 255.0
        if mode == "F" and values.max(initial=0) <= 1.0:
            top = 1.0
        return Image.fromarray(np.clip(values * (255.0 / top), 0, 255).astype(np.uint8), "L")
    if mode == "1":
        return image.convert("L")
    if mode in ("P", "PA") or "A" in mode or "transparency" in image.info:
        rgba = image.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(canvas, rgba).convert("RGB")
    return image.convert("RGB")


def _preview(image: Image.Image) -> Image.Image:
    shown = image.copy()
    shown.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE), Image.Resampling.BILINEAR)
    return shown


def image_to_tensor(image: Image.Image, spec: ImageSpec) -> np.ndarray:
    """Apply colour mode, invert, trim, fit and scaling: float32 H × W × C."""
    return prepare_image(image, spec)[0]


def prepare_image(image: Image.Image, spec: ImageSpec) -> tuple[np.ndarray, InputGeometry]:
    """``image_to_tensor``, and where the tensor lies on ``image`` (its geometry)."""
    picture_size = image.size
    image = image.convert("RGB" if spec.color_mode == "rgb" else "L")
    if spec.invert:
        image = ImageOps.invert(image)
    if spec.autocontrast:
        image = ImageOps.autocontrast(image, cutoff=1)
    left = top = 0.0
    if spec.trim and (kept := _trim_box(image, spec.margin)) is not None:
        image = image.crop(kept)
        left, top = float(kept[0]), float(kept[1])
    image, box = _fit(image, spec)
    values = np.asarray(image, dtype=np.float32)
    if values.ndim == 2:
        values = values[:, :, None]
    geometry = InputGeometry(
        (left + box[0], top + box[1], left + box[2], top + box[3]), picture_size, (spec.width, spec.height)
    )
    if spec.mean is not None and spec.std is not None:
        return (values - np.asarray(spec.mean, np.float32)) / np.asarray(spec.std, np.float32), geometry
    return values * np.float32(spec.scale) + np.float32(spec.offset), geometry


def tensor_to_pixels(tensor: np.ndarray, spec: ImageSpec) -> np.ndarray | None:
    """What the model was given, as 8-bit pixels (H × W × 1 or 3): ``image_to_tensor``'s scaling undone.

    None when the tensor is not one image (H × W × C) with 1 or 3 channels. Inversion,
    trimming and fitting stay as the model saw them: that is the point of showing it.
    """
    if tensor.ndim != 3 or tensor.shape[2] not in (1, 3):
        return None
    if spec.mean is not None and spec.std is not None:
        values = tensor * np.asarray(spec.std, np.float32) + np.asarray(spec.mean, np.float32)
    else:
        values = (tensor - np.float32(spec.offset)) / np.float32(spec.scale or 1.0)
    return np.ascontiguousarray(np.clip(values, 0, 255).astype(np.uint8))


def _trim_box(image: Image.Image, margin: float) -> tuple[int, int, int, int] | None:
    """The bright strokes' box (after any inversion) plus a margin; None for a blank picture."""
    grey = image.convert("L")
    low, high = cast("tuple[int, int]", grey.getextrema())
    if high - low < 16:
        return None
    factor = -(-max(grey.size) // 256)  # find the strokes on at most 256 px: the box to 1/256, cheaply
    box = _stroke_box(grey.reduce(factor) if factor > 1 else grey, low, high)
    if box is None:
        return None
    left, top, right, bottom = (edge * factor for edge in box)
    pad = round(max(right - left, bottom - top) * margin)
    return left - pad, top - pad, right + pad, bottom + pad


def _stroke_box(grey: Image.Image, low: int, high: int) -> tuple[int, int, int, int] | None:
    """The box around pixels well above the background: paper texture, uneven light and JPEG
    noise stay out. The median is the paper (strokes cover a minority of a picture), a light
    blur takes out noise, and a stroke also stands out from its neighbourhood where a lit
    corner of the page does not."""
    side = max(grey.size)
    smooth = grey.filter(ImageFilter.GaussianBlur(side / 150)) if side >= 75 else grey
    values = np.asarray(smooth, dtype=np.int16)
    neighbourhood = np.asarray(grey.filter(ImageFilter.BoxBlur(max(4.0, side / 8))), dtype=np.int16)
    paper = float(np.median(values))
    threshold = max(low + (high - low) * 0.35, paper + (high - paper) * 0.45)
    strokes = (values > threshold) & (values - neighbourhood > (high - paper) * 0.2)
    return Image.fromarray(strokes).getbbox()


def _fit(image: Image.Image, spec: ImageSpec) -> tuple[Image.Image, Box]:
    """Resize to the model's size; also the box of ``image`` that the result covers.

    ``crop`` and ``pad`` do what Pillow's ``ImageOps.fit`` and ``ImageOps.pad``
    do (centred), written out so the box is known exactly.
    """
    size = (spec.width, spec.height)
    resample = _RESAMPLE[spec.resample]
    width, height = image.size
    if spec.fit == "crop":
        box = _crop_box(width, height, size)
        return image.resize(size, resample, box=box), box
    if spec.fit == "pad":
        return _pad(image, size, resample)
    return image.resize(size, resample, reducing_gap=3.0), (0.0, 0.0, float(width), float(height))


def _crop_box(width: int, height: int, size: tuple[int, int]) -> Box:
    """The centred part of a width × height picture with the aspect of ``size``."""
    ratio = size[0] / size[1]
    kept_w, kept_h = float(width), float(height)
    if width / height > ratio:
        kept_w = ratio * height
    elif width / height < ratio:
        kept_h = width / ratio
    left, top = (width - kept_w) * 0.5, (height - kept_h) * 0.5
    return left, top, left + kept_w, top + kept_h


def _pad(image: Image.Image, size: tuple[int, int], resample: Image.Resampling) -> tuple[Image.Image, Box]:
    """Letterbox: the whole picture, centred, with black (after any inversion) bands around it."""
    width, height = image.size
    inner_w, inner_h = size
    if width / height > size[0] / size[1]:
        inner_h = max(1, round(height / width * size[0]))
    elif width / height < size[0] / size[1]:
        inner_w = max(1, round(width / height * size[1]))
    inner = image.resize((inner_w, inner_h), resample)
    x, y = round((size[0] - inner_w) * 0.5), round((size[1] - inner_h) * 0.5)
    out = Image.new(image.mode, size, 0)
    out.paste(inner, (x, y))
    step_x, step_y = width / inner_w, height / inner_h  # picture pixels per model pixel
    return out, (-x * step_x, -y * step_y, (size[0] - x) * step_x, (size[1] - y) * step_y)
