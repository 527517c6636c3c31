"""The History panel's work on the I/O worker: a page of entries, deletes, clearing, export, pruning.

Each function takes the shared ``Lazy`` history handle (opened on first use)
and the filters as ``HistoryQuery`` fields; thumbnails are decoded here into
``QImage``s, so the GUI thread only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from desktop.engine.lazy import Lazy

if TYPE_CHECKING:
    from inference.history import History

__all__ = ["HistoryPage", "clear", "delete", "export", "load_page", "prune"]


@dataclass(frozen=True)
class HistoryPage:
    """One page of entries for the current filters, with what the filter lists need."""

    entries: list[Any]
    thumbnails: dict[int, QImage] = field(default_factory=dict)
    total: int = 0
    """Entries matching the filters (the page shows at most ``PAGE`` of them)."""
    all_entries: int = 0
    """Entries in the whole history."""
    labels: list[str] | None = None
    """Every label recorded, for the label filter; None when not read again (unchanged)."""
    models: list[str] | None = None


def load_page(history: Lazy[History], filters: dict[str, Any], facets: bool) -> HistoryPage:
    """The newest entries matching ``filters``; ``facets`` also reads the label and model lists.

    Counts are read only when the page cannot tell them: an unfiltered page shorter than its
    limit holds every entry.
    """
    from inference.history import HistoryQuery

    store = history.get()
    query = HistoryQuery(**filters)
    entries = store.search(query)
    pngs = store.thumbnails([e.id for e in entries if e.has_thumbnail])
    thumbs = {entry_id: QImage.fromData(png) for entry_id, png in pngs.items()}
    unfiltered = query == HistoryQuery(limit=query.limit)
    complete = query.limit is None or len(entries) < query.limit
    total = len(entries) if complete else store.count(query)
    everything = total if unfiltered else store.count()
    return HistoryPage(
        entries,
        thumbs,
        total,
        everything,
        store.labels() if facets else None,
        store.models() if facets else None,
    )


def delete(history: Lazy[History], ids: list[int]) -> int:
    return history.get().delete(ids)


def clear(history: Lazy[History]) -> int:
    return history.get().clear()


def export(history: Lazy[History], path: Path, filters: dict[str, Any]) -> int:
    from inference.history import HistoryQuery

    return history.get().export_csv(path, HistoryQuery(**filters))


def prune(history: Lazy[History], days: int) -> int:
    return history.get().prune(max_age_days=days)
