"""Pictures for the window, made on a worker: Pillow images and model inputs as ``QImage``s, PNG bytes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

__all__ = ["png_bytes", "qimage", "tensor_image"]


def qimage(image: Any) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def tensor_image(tensor: Any, spec: Any) -> QImage | None:
    """What the model was given, as a picture (``inference.images.tensor_to_pixels``)."""
    from inference.images import tensor_to_pixels
    from inference.modelpack import ImageSpec

    pixels = tensor_to_pixels(tensor, spec) if isinstance(spec, ImageSpec) else None
    if pixels is None:
        return None
    height, width, channels = pixels.shape
    if channels == 1:
        fmt, line = QImage.Format.Format_Grayscale8, width
    else:
        fmt, line = QImage.Format.Format_RGB888, width * 3
    return QImage(pixels.tobytes(), width, height, line, fmt).copy()


def png_bytes(image: QImage) -> bytes:
    """A clipboard ``QImage`` encoded as PNG (on a worker: encoding a large image takes a while)."""
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    device.close()
    return bytes(buffer.data())
