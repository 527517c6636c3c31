"""The History panel's search box and filters, and the ``HistoryQuery`` fields they stand for."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.signals import emit
from desktop.ui.icons import icon

__all__ = ["PAGE", "HistoryFilters"]

PAGE = 1000
"""Entries shown at most; the count says how many more match."""


class HistoryFilters(QWidget):
    """Search text, label, model, outcome and date; ``changed`` fires 250 ms after the last edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(250)
        self._pending.timeout.connect(lambda: emit(self.changed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search file names, labels, models"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.textChanged.connect(self._pending.start)
        layout.addLayout(self._combos())

    def _combos(self) -> QVBoxLayout:
        """The outcome filter beside the search box, the others below: a fourth combo in one row
        would widen the docked panel and so the window's minimum width."""
        rows = QVBoxLayout()
        rows.setSpacing(8)
        top, row = QHBoxLayout(), QHBoxLayout()
        top.setSpacing(6)
        row.setSpacing(6)
        top.addWidget(self.search, 3)
        self.label_filter = QComboBox(self)
        self.label_filter.setAccessibleName(self.tr("Filter by label"))
        self.model_filter = QComboBox(self)
        self.model_filter.setAccessibleName(self.tr("Filter by model"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by outcome"))
        for text, status in (
            (self.tr("All outcomes"), "all"),
            (self.tr("Answered"), "ok"),
            (self.tr("Not sure"), "unsure"),
            (self.tr("Failed"), "error"),
        ):
            self.status_filter.addItem(text, status)
        self.date_filter = QComboBox(self)
        self.date_filter.setAccessibleName(self.tr("Filter by date"))
        for text, days in (
            (self.tr("Any time"), None),
            (self.tr("Today"), 0),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 12 months"), 365),
        ):
            self.date_filter.addItem(text, days)
        self.set_choices([], [])
        for combo in (self.status_filter, self.label_filter, self.model_filter, self.date_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.currentIndexChanged.connect(self._pending.start)
            (top if combo is self.status_filter else row).addWidget(combo, 1)
        rows.addLayout(top)
        rows.addLayout(row)
        return rows

    def set_choices(self, labels: list[str], models: list[str]) -> None:
        """The labels and models the history holds (the current choice is kept when still there)."""
        _fill_combo(self.label_filter, self.tr("All labels"), labels)
        _fill_combo(self.model_filter, self.tr("All models"), models)

    def choices(self) -> tuple[list[str], list[str]]:
        def values(combo: QComboBox) -> list[str]:
            return [combo.itemData(i) for i in range(1, combo.count())]

        return values(self.label_filter), values(self.model_filter)

    def query(self, *, limit: int | None = PAGE) -> dict:
        """The filters as ``HistoryQuery`` fields (built on the worker, which has the core loaded)."""
        days = self.date_filter.currentData()
        since = None
        if days is not None:
            start = QDateTime(QDate.currentDate().addDays(-int(days)), QTime(0, 0))
            since = float(start.toSecsSinceEpoch())
        return {
            "text": self.search.text(),
            "label": self.label_filter.currentData(),
            "model": self.model_filter.currentData(),
            "since": since,
            "status": self.status_filter.currentData(),
            "limit": limit,
        }

    def stop(self) -> None:
        """No more ``changed`` (the window is closing)."""
        self._pending.stop()


def _fill_combo(combo: QComboBox, everything: str, values: list[str]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value in values:
        combo.addItem(value.replace("@", " "), value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
