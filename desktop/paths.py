"""Tepi's folders, found without importing the core, so the window can show before it loads.

These follow ``inference.resources`` exactly (``TEPI_RESOURCES``, ``TEPI_HOME``,
a PyInstaller bundle, platformdirs); a test checks that both agree.
Importing ``inference`` pulls in NumPy, Pillow and the backends, which is
the inference worker's job once the window is up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["log_dir", "resource_path"]

APP_NAME = APP_AUTHOR = "Tepi"


def resource_path(*parts: str) -> Path:
    """A path inside the bundled ``resources/`` folder."""
    override = os.environ.get("TEPI_RESOURCES")
    if override:
        root = Path(override)
    elif getattr(sys, "_MEIPASS", None):
        root = Path(sys._MEIPASS) / "resources"
    else:
        root = Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


def log_dir() -> Path:
    """The user's log folder (created)."""
    home = os.environ.get("TEPI_HOME")
    if home:
        path = Path(home) / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
