"""The settings file and the typed readers every settings group shares.

Widgets never read ``QSettings`` keys themselves: each group (``AppSettings``,
``RemoteSettings``) is read here into a frozen dataclass, a missing or bad
value getting its default, so defaults and limits live in one place. With
``TEPI_HOME`` set (tests, portable use) the file lives there too, so nothing
touches the person's real configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = [
    "open_qsettings",
    "read_bool",
    "read_choice",
    "read_float",
    "read_int",
    "read_state",
    "read_text",
    "write_state",
]


def open_qsettings() -> QSettings:
    """The settings store: under ``TEPI_HOME`` when it is set, else the platform's place."""
    home = os.environ.get("TEPI_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Tepi", "Tepi")


def read_int(store: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(store.value(key, default))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value))


def read_float(store: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(store.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value)) if value == value else default


def read_bool(store: QSettings, key: str, default: bool) -> bool:
    value = store.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def read_choice(store: QSettings, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = str(store.value(key, default))
    return value if value in allowed else default


def read_text(store: QSettings, key: str, default: str) -> str:
    value = store.value(key, default)
    return str(value) if value is not None else default


def read_state(store: QSettings, key: str) -> QByteArray | None:
    """A saved widget state (geometry, splitter, dock layout), if any."""
    value = store.value(f"window/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write_state(store: QSettings, key: str, value: QByteArray) -> None:
    store.setValue(f"window/{key}", value)
