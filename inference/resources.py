"""Where Tepi finds its bundled resources and writes its user data.

One helper serves both a source checkout and a frozen (PyInstaller) build, so
no other module needs to know how Tepi was installed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Tepi"
APP_AUTHOR = "Tepi"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (models, samples, icons, translations)."""
    override = os.environ.get("TEPI_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the bundled resources, e.g. ``resource_path("models", "digits")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (history, offline queue); ``TEPI_HOME`` overrides it."""
    override = os.environ.get("TEPI_HOME")
    path = Path(override) / "data" if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The user's cache folder (unpacked Teachable Machine zips)."""
    override = os.environ.get("TEPI_HOME")
    path = Path(override) / "cache" if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's configuration folder (trusted publisher keys)."""
    override = os.environ.get("TEPI_HOME")
    path = Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The user's log folder."""
    override = os.environ.get("TEPI_HOME")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
