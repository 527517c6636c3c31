"""The window's own settings: a typed value object read from and written to ``QSettings``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSettings

from desktop.settings.store import read_bool, read_choice, read_int

__all__ = ["LANGUAGES", "THEMES", "AppSettings", "read_settings", "write_settings"]

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


def read_settings(store: QSettings) -> AppSettings:
    """Settings from ``store``; a missing or bad value gets its default."""
    recent = store.value("model/recent", [])
    if isinstance(recent, str):
        recent = [recent] if recent else []
    defaults = AppSettings()
    return AppSettings(
        top_k=read_int(store, "inference/top_k", defaults.top_k, 1, 10),
        threads=read_int(store, "inference/threads", defaults.threads, 0, 64),
        theme=read_choice(store, "appearance/theme", defaults.theme, THEMES),
        language=read_choice(store, "appearance/language", defaults.language, LANGUAGES),
        history_enabled=read_bool(store, "history/enabled", defaults.history_enabled),
        retention_days=read_int(store, "history/retention_days", defaults.retention_days, 0, 36500),
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
