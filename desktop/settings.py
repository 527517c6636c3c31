"""The desktop's settings: a typed value object read from and written to ``QSettings``.

Widgets never read ``QSettings`` keys themselves; they get an ``AppSettings``
and hand a changed copy back, so defaults and limits live in one place.
With ``TEPI_HOME`` set (tests, portable use) the settings file lives there
too, so nothing touches the person's real configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["THEMES", "AppSettings", "open_qsettings", "read_settings", "write_settings"]

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "id")
MAX_RECENT = 8


@dataclass(frozen=True)
class AppSettings:
    top_k: int = 5
    """Labels shown per result, 1 to 10."""
    threads: int = 0
    """CPU threads for local inference; 0 lets the runtime choose."""
    theme: str = "system"
    """``system``, ``light`` or ``dark``."""
    language: str = "system"
    """``system``, ``en`` (English) or ``id`` (Bahasa Indonesia); applied at the next start."""
    history_enabled: bool = True
    retention_days: int = 90
    """History entries older than this are deleted; 0 keeps them forever."""
    model: str = "digits"
    """The model opened at start: a bundled name or a path."""
    recent_models: tuple[str, ...] = field(default_factory=tuple)
    """Model paths opened before, newest first."""

    def with_recent(self, ref: str) -> AppSettings:
        """Remember ``ref`` as the current model and at the top of the recent list."""
        recent = (ref, *(r for r in self.recent_models if r != ref))[:MAX_RECENT]
        return replace(self, model=ref, recent_models=recent)


def open_qsettings() -> QSettings:
    """The settings store: under ``TEPI_HOME`` when it is set, else the platform's place."""
    home = os.environ.get("TEPI_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Tepi", "Tepi")


def _int(store: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(store.value(key, default))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value))


def _bool(store: QSettings, key: str, default: bool) -> bool:
    value = store.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _choice(store: QSettings, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = str(store.value(key, default))
    return value if value in allowed else default


def read_settings(store: QSettings) -> AppSettings:
    """Settings from ``store``; a missing or bad value gets its default."""
    recent = store.value("model/recent", [])
    if isinstance(recent, str):
        recent = [recent] if recent else []
    defaults = AppSettings()
    return AppSettings(
        top_k=_int(store, "inference/top_k", defaults.top_k, 1, 10),
        threads=_int(store, "inference/threads", defaults.threads, 0, 64),
        theme=_choice(store, "appearance/theme", defaults.theme, THEMES),
        language=_choice(store, "appearance/language", defaults.language, LANGUAGES),
        history_enabled=_bool(store, "history/enabled", defaults.history_enabled),
        retention_days=_int(store, "history/retention_days", defaults.retention_days, 0, 36500),
        model=str(store.value("model/current", defaults.model) or defaults.model),
        recent_models=tuple(str(r) for r in list(recent or [])[:MAX_RECENT]),
    )


def write_settings(store: QSettings, settings: AppSettings) -> None:
    store.setValue("inference/top_k", settings.top_k)
    store.setValue("inference/threads", settings.threads)
    store.setValue("appearance/theme", settings.theme)
    store.setValue("appearance/language", settings.language)
    store.setValue("history/enabled", settings.history_enabled)
    store.setValue("history/retention_days", settings.retention_days)
    store.setValue("model/current", settings.model)
    store.setValue("model/recent", list(settings.recent_models))
    store.sync()


def read_state(store: QSettings, key: str) -> QByteArray | None:
    """A saved widget state (geometry, splitter, dock layout), if any."""
    value = store.value(f"window/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write_state(store: QSettings, key: str, value: QByteArray) -> None:
    store.setValue(f"window/{key}", value)
