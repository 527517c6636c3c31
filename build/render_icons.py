"""Render resources/icons/tepi.svg to the PNG sizes the installers and the window need.

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python build/render_icons.py``.
The PNGs are committed, so builds never need a renderer: the .deb takes the
hicolor sizes, NSIS takes tepi.ico, PyInstaller turns tepi.png (256 px) into .ico and .icns.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_name(size: int) -> str:
    return "tepi.png" if size == 256 else f"tepi-{size}.png"


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv)  # noqa: F841  (QPainter on QImage needs a Gui application)
    renderer = QSvgRenderer(str(ICONS / "tepi.svg"))
    if not renderer.isValid():
        raise SystemExit("tepi.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(ICONS / png_name(size))):
            raise SystemExit(f"could not write {png_name(size)}")
    _write_ico()
    return 0


def _write_ico() -> None:
    """tepi.ico for the Windows installer and uninstaller (the .exe gets its own from PyInstaller)."""
    from PIL import Image

    with Image.open(ICONS / png_name(256)) as image:
        image.save(ICONS / "tepi.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])


if __name__ == "__main__":
    sys.exit(main())
