"""Qt table models over plain dataclasses: the batch results and the history entries.

Each model keeps a Python list of rows and answers ``data()`` from it; sorting
goes through a ``QSortFilterProxyModel`` reading ``SORT_ROLE``, so the
views sort numbers as numbers. Thumbnails arrive as ``QImage`` (made on a
worker) and become pixmaps here, lazily, only for rows that are painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QImage, QPixmap

from desktop.jobs import BatchRow
from desktop.messages import translate_fallback, translate_sentence
from desktop.signals import emit
from desktop.table_model import RowTableModel

__all__ = ["SORT_ROLE", "BatchModel", "HistoryModel", "format_percent"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The confidence as a float 0..1, for the bar delegate."""
THUMB_SIDE = 40
_Index = QModelIndex | QPersistentModelIndex


def format_percent(score: float) -> str:
    """``98.7 %`` in the current locale (``98,7 %`` in Bahasa Indonesia)."""
    return QLocale().toString(score * 100.0, "f", 1) + "\u2009%"


def format_ms(ms: float) -> str:
    digits = 2 if ms < 10 else 1 if ms < 100 else 0
    return QLocale().toString(ms, "f", digits)


def _pixmap(cache: dict[int, QPixmap], key: int, image: QImage | None) -> QPixmap | None:
    if image is None or image.isNull():
        return None
    if key not in cache:
        cache[key] = QPixmap.fromImage(image).scaled(
            THUMB_SIDE,
            THUMB_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return cache[key]


class BatchModel(RowTableModel):
    """The rows of one batch, in arrival order (the view sorts through a proxy)."""

    THUMB, INPUT, LABEL, SCORE, BACKEND, LATENCY, STATUS = range(7)
    NUMERIC_COLUMNS = (SCORE, LATENCY)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BatchRow] = []
        self._pixmaps: dict[int, QPixmap] = {}
        self._headers = [
            "",
            self.tr("File"),
            self.tr("Label"),
            self.tr("Confidence"),
            self.tr("Answered by"),
            self.tr("Time (ms)"),
            self.tr("Status"),
        ]

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._pixmaps.clear()
        self.endResetModel()

    def append(self, rows: Sequence[BatchRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def complete_queued(self, item_id: int, input: str, row: int | None, outcome: Any) -> int:
        """Show the server's answer for an input that waited in the offline queue; returns rows changed.

        A row matches by its queue item id; a queued row without one (an older
        outcome) by its input and row number.
        """
        changed = 0
        for position, batch_row in enumerate(self.rows):
            waiting = batch_row.outcome
            if not getattr(waiting, "queued", False):
                continue
            known = getattr(waiting, "queue_item", None)
            if known == item_id or (known is None and (waiting.input, waiting.row) == (input, row)):
                batch_row.outcome = outcome
                changed += 1
                emit(self.dataChanged, self.index(position, 0), self.index(position, self.columnCount() - 1))
        return changed

    # -- Qt model interface ------------------------------------------------------------
    def row_list(self) -> list[BatchRow]:
        return self.rows

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.AccessibleTextRole:
            return self._headers[section] or self.tr("Picture")
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.THUMB:
            return _pixmap(self._pixmaps, row.index, row.thumbnail)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == SCORE_ROLE and column == self.SCORE:
            return getattr(row.outcome, "score", None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SCORE, self.LATENCY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.STATUS and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            return _status_look(row.ok, role, waiting=bool(getattr(row.outcome, "queued", False)))
        if role == Qt.ItemDataRole.FontRole and column == self.LABEL and row.ok:
            return _bold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) or (self.tr("Picture") if column == self.THUMB else "")
        return None

    def input_name(self, row: BatchRow) -> str:
        name = Path(row.outcome.input).name or row.outcome.input
        if row.outcome.row is not None:
            return self.tr("%1 · row %2").replace("%1", name).replace("%2", str(row.outcome.row))
        return name

    def _display(self, row: BatchRow, column: int) -> str | None:
        outcome = row.outcome
        ok = row.ok
        if column == self.INPUT:
            return self.input_name(row)
        if column == self.LABEL:
            return getattr(outcome, "label", "") if ok else "—"
        if column == self.SCORE:
            return format_percent(outcome.score) if ok else ""  # type: ignore[union-attr]
        if column == self.BACKEND:
            return outcome.backend if ok else ""  # type: ignore[union-attr]
        if column == self.LATENCY:
            return format_ms(outcome.latency_ms) if ok else ""  # type: ignore[union-attr]
        if column == self.STATUS:
            return self.status_text(row)
        return None

    def status_text(self, row: BatchRow) -> str:
        outcome = row.outcome
        if row.ok:
            if getattr(outcome, "fallback_reason", None):
                return self.tr("OK (fallback)")
            return self.tr("OK")
        if getattr(outcome, "queued", False):
            return self.tr("Queued")
        return translate_sentence(getattr(outcome, "error", ""))

    def _sort_key(self, row: BatchRow, column: int) -> Any:
        outcome = row.outcome
        if column in (self.THUMB,):
            return row.index
        if column == self.SCORE:
            return getattr(outcome, "score", -1.0)
        if column == self.LATENCY:
            return getattr(outcome, "latency_ms", -1.0)
        if column == self.INPUT:
            return (outcome.input.lower(), outcome.row or 0)
        return (self._display(row, column) or "").lower()

    def _tooltip(self, row: BatchRow, column: int) -> str | None:
        outcome = row.outcome
        if column == self.INPUT:
            return outcome.input
        if column == self.BACKEND and getattr(outcome, "fallback_reason", None):
            reason = translate_fallback(outcome.fallback_reason)  # type: ignore[union-attr]
            return self.tr("Fallback: %1").replace("%1", reason)
        if column == self.STATUS:
            return self.status_text(row)
        if column == self.LABEL and row.ok:
            others = ", ".join(f"{t.label} {format_percent(t.score)}" for t in outcome.top_k)  # type: ignore[union-attr]
            return others
        return None


class HistoryModel(RowTableModel):
    """A page of history entries (newest first) with their thumbnails."""

    THUMB, LABEL, SCORE, INPUT, WHEN, MODEL = range(6)
    NUMERIC_COLUMNS = (SCORE,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []
        self._thumbs: dict[int, QImage] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        self._headers = [
            "",
            self.tr("Label"),
            self.tr("Confidence"),
            self.tr("File"),
            self.tr("When"),
            self.tr("Model"),
        ]

    def set_entries(self, entries: Sequence[Any], thumbnails: dict[int, QImage]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._thumbs = dict(thumbnails)
        self._pixmaps.clear()
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def thumbnail(self, entry_id: int) -> QImage | None:
        return self._thumbs.get(entry_id)

    def row_list(self) -> list[Any]:
        return self.entries

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.THUMB:
            return _pixmap(self._pixmaps, entry.id, self._thumbs.get(entry.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SORT_ROLE:
            return entry.created if column == self.WHEN else self._display(entry, column)
        if role == SCORE_ROLE and column == self.SCORE:
            return entry.score if entry.ok else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.INPUT:
                return entry.input
            if not entry.ok:
                return translate_sentence(entry.error)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LABEL and not entry.ok:
            return _status_look(False, role)
        if role == Qt.ItemDataRole.FontRole and column == self.LABEL:
            return _bold()
        return None

    def _display(self, entry: Any, column: int) -> str:
        if column == self.WHEN:
            return _when(entry.created)
        if column == self.LABEL:
            return entry.label if entry.ok else self.tr("Error")
        if column == self.SCORE:
            return format_percent(entry.score) if entry.ok and entry.score is not None else ""
        if column == self.INPUT:
            name = Path(entry.input).name or entry.input
            return name if entry.row is None else f"{name} · {entry.row}"
        if column == self.MODEL:
            return entry.model.replace("@", " ")
        return ""


def _status_look(ok: bool, role: int, *, waiting: bool = False) -> Any:
    """Green tick for a prediction, red cross and red text for a failure, a grey cloud for a queued input."""
    from desktop.icons import icon
    from desktop.theme import colors

    palette = colors()
    if waiting:
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("cloud", palette.muted).pixmap(QSize(16, 16))
        return QBrush(palette.muted)
    color = palette.good if ok else palette.bad
    if role == Qt.ItemDataRole.DecorationRole:  # a pixmap keeps its 16 px (an icon would fill the row)
        return icon("success" if ok else "error", color).pixmap(QSize(16, 16))
    return None if ok else QBrush(color)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _when(created: float) -> str:
    """Today's entries show the time, older ones the date and time (locale format)."""
    from PySide6.QtCore import QDateTime

    moment = QDateTime.fromSecsSinceEpoch(int(created))
    locale = QLocale()
    if moment.date() == QDateTime.currentDateTime().date():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)
