"""What a drop or the clipboard carries that Tepi can predict: local file paths, or image data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

__all__ = ["image_data", "local_paths"]


def local_paths(mime: QMimeData) -> list[str]:
    """Local file paths carried by a drop or the clipboard (URLs, or one path per text line)."""
    if mime.hasUrls():
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        paths = [QUrl(line).toLocalFile() if line.startswith("file:") else line for line in lines]
        if paths and all(p.startswith(("/", "~")) or (len(p) > 2 and p[1] == ":") for p in paths):
            return [str(Path(p).expanduser()) for p in paths]
    return []


def image_data(mime: QMimeData) -> bytes | QImage | None:
    """Encoded PNG bytes, or a clipboard ``QImage`` (encoded later, on a worker); None without an image."""
    if not (mime.hasImage() or mime.hasFormat("image/png")):
        return None
    raw = bytes(mime.data("image/png").data()) if mime.hasFormat("image/png") else b""
    data = raw or mime.imageData()
    if data is None or (not raw and data.isNull()):
        return None
    return data
