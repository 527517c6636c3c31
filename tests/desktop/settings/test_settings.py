"""Stored settings: values that cannot be read fall back to the defaults."""

from __future__ import annotations

from pathlib import Path

from desktop.settings.app_settings import read_settings, write_settings
from desktop.settings.store import open_qsettings


def test_bad_stored_settings_fall_back_to_defaults(tepi_home: Path) -> None:
    store = open_qsettings()
    store.setValue("inference/top_k", "lots")
    store.setValue("appearance/theme", "purple")
    store.setValue("history/retention_days", -5)
    settings = read_settings(store)
    assert (settings.top_k, settings.theme, settings.retention_days) == (5, "system", 0)
    write_settings(store, settings.with_recent("/models/a.tflite").with_recent("/models/b.tflite"))
    assert read_settings(open_qsettings()).recent_models == ("/models/b.tflite", "/models/a.tflite")
