"""Prediction history: every answer Tepi gave, kept in SQLite in the user's data folder.

store.py        History: record, search, delete, prune, export (one SQLite file, thread-safe)
entries.py      HistoryEntry, HistoryQuery and the table's schema (versions only add columns)
export.py       entries to CSV
thumbnails.py   make_thumbnail: the small PNGs the history list shows
"""

from __future__ import annotations

from inference.history.entries import HistoryEntry, HistoryQuery
from inference.history.export import EXPORT_COLUMNS
from inference.history.store import DB_NAME, History
from inference.history.thumbnails import THUMBNAIL_SIDE, make_thumbnail

__all__ = [
    "DB_NAME",
    "EXPORT_COLUMNS",
    "THUMBNAIL_SIDE",
    "History",
    "HistoryEntry",
    "HistoryQuery",
    "make_thumbnail",
]
