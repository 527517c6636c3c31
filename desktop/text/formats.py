"""Numbers, moments and clipboard text in the current locale (``98,7 %`` in Bahasa Indonesia)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale

__all__ = ["format_moment", "format_ms", "format_percent", "format_when", "plain_number", "rows_as_tsv"]


def format_percent(score: float) -> str:
    """``98.7 %`` in the current locale (``98,7 %`` in Bahasa Indonesia)."""
    return QLocale().toString(score * 100.0, "f", 1) + "\u2009%"


def plain_number(value: float, digits: int) -> str:
    """A number a spreadsheet reads as a number: the locale's decimal mark, no grouping, no unit."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "f", digits)


def format_ms(ms: float) -> str:
    digits = 2 if ms < 10 else 1 if ms < 100 else 0
    return QLocale().toString(ms, "f", digits)


def format_when(created: float) -> str:
    """A table cell: today's moments show the time, older ones the date and time (locale format)."""
    moment = QDateTime.fromSecsSinceEpoch(int(created))
    locale = QLocale()
    if moment.date() == QDateTime.currentDateTime().date():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def format_moment(created: float, *, long: bool = False) -> str:
    """The date and time, short (``from the history, …``) or long (a tooltip)."""
    moment = QDateTime.fromSecsSinceEpoch(int(created))
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(moment, kind)


def rows_as_tsv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text for the clipboard (pastes into spreadsheets as columns)."""

    def clean(cell: str) -> str:
        return cell.replace("\t", " ").replace("\n", " ")

    lines = ["\t".join(clean(c) for c in header)]
    lines += ["\t".join(clean(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"
