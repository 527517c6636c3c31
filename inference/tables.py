"""CSV files to feature matrices for tabular models.

The header is matched to the manifest's feature names in any order; other
columns are kept so results can be written next to the original row. A cell
that is not a number spoils only its own row; a missing column or an empty
file spoils the whole file. Every error names the file, row and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from inference.errors import CsvError
from inference.text import message

__all__ = ["CSV_SUFFIXES", "CsvTable", "parse_csv", "read_csv", "sniff_delimiter"]

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
MAX_CSV_BYTES = 256 * 1024 * 1024
_FLOAT32_MAX = float(np.finfo(np.float32).max)
_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d*,\d+\s*$")


@dataclass
class CsvTable:
    """A parsed CSV: the original cells, and the features of every usable row."""

    path: str
    header: list[str]
    rows: list[list[str]]
    features: np.ndarray
    """float32, one line per entry of ``rows`` (rows with errors hold zeros)."""
    delimiter: str = ","
    row_errors: dict[int, CsvError] = field(default_factory=dict)
    """Errors by row index (0-based into ``rows``; their sentences name the file's row, ``file_row``)."""

    def extras(self, index: int, features: tuple[str, ...]) -> dict[str, str]:
        """The row's cells that are not model features, by column name."""
        row = self.rows[index]
        return {
            name: row[i] if i < len(row) else "" for i, name in enumerate(self.header) if name not in features
        }


def read_csv(path: str | Path, features: tuple[str, ...]) -> CsvTable:
    """Read a CSV file from disk; see ``parse_csv``."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise CsvError("csv.too_large", name=path.name, path=path)
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise CsvError("file.missing", name=path.name, path=path) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CsvError("file.unreadable", name=path.name, system_error=reason, path=path) from exc
    return parse_csv(raw, features, name=str(path))


def parse_csv(
    raw: bytes, features: tuple[str, ...], *, name: str = "input.csv", delimiter: str | None = None
) -> CsvTable:
    """Parse CSV bytes (UTF-8, optional BOM, delimiter sniffed unless given) for ``features``.

    With no ``features`` every column is a feature, in file order.
    """
    short = Path(name).name
    text = _decode(raw, short, name)
    if not text.strip():
        raise CsvError("csv.empty", name=short, path=name)
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        lines = [row for row in reader if any(c.strip() for c in row)]
    except csv.Error as exc:  # a cell over csv.field_size_limit(), mostly
        reason: object = str(exc)  # Python's own words, kept as they are
        if "field larger than field limit" in str(exc):
            reason = message("csv.reason.cell_too_long", count=csv.field_size_limit())
        raise CsvError("csv.syntax", name=short, line=reader.line_num, reason=reason, path=name) from exc
    if not lines:  # only delimiters and blanks
        raise CsvError("csv.empty", name=short, path=name)
    header = [cell.strip() for cell in lines[0]]
    rows = lines[1:]
    if not rows:
        raise CsvError("csv.no_rows", name=short, path=name)
    wanted = features or tuple(header)
    missing = [f for f in wanted if f not in header]
    if missing:
        raise CsvError(
            "csv.missing_columns" if len(missing) > 1 else "csv.missing_column",
            name=short,
            columns=missing,
            path=name,
            row=0,
            column=missing[0],
        )
    columns = [header.index(f) for f in wanted]
    matrix = np.zeros((len(rows), len(columns)), dtype=np.float32)
    errors: dict[int, CsvError] = {}
    for index, row in enumerate(rows):
        try:
            matrix[index] = [_number(row, col, delimiter) for col in columns]
        except _BadCell as bad:
            column = header[bad.column]
            errors[index] = CsvError(
                "csv.bad_cell",
                name=short,
                reason=bad.reason,
                path=name,
                row=index + 1,
                column=column,
            )
    return CsvTable(str(name), header, rows, matrix, delimiter, errors)


def _decode(raw: bytes, short: str, name: str) -> str:
    """UTF-8 (BOM or not), or UTF-16 with a BOM as Excel's "Unicode text" writes it."""
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        return raw.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        encoding = "UTF-16" if utf16 else "UTF-8"
        raise CsvError("csv.encoding", name=short, encoding=encoding, path=name) from exc


class _BadCell(Exception):
    """Why one cell is not a usable number: a code (``csv.cell.empty``) and its value."""

    def __init__(self, column: int, reason: str, value: str | None = None) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = message(reason, value=value)


def _number(row: list[str], column: int, delimiter: str) -> float:
    if column >= len(row) or not row[column].strip():
        raise _BadCell(column, "csv.cell.empty")
    cell = row[column].strip()
    if delimiter != "," and _DECIMAL_COMMA.match(cell):
        cell = cell.replace(",", ".")
    try:
        value = float(cell)
    except ValueError:
        raise _BadCell(column, "csv.cell.not_number", cell[:40]) from None
    if not np.isfinite(value):
        raise _BadCell(column, "csv.cell.not_finite", cell[:40])
    if abs(value) > _FLOAT32_MAX:  # would become infinite in the float32 feature matrix
        raise _BadCell(column, "csv.cell.too_large", cell[:40])
    return value


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV text: comma, semicolon or tab, from its first 20 lines."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = text.splitlines()[0]
        return max(",;\t", key=first.count)
