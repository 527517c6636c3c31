"""Reading a growing CSV file like ``tail -F``: only whole new rows, through rotation and truncation.

    read_new_rows(path, known, features, settled=...) -> Chunk | None

A chunk covers whole records only (a quoted cell may span lines); the last,
unterminated line is read once the file has stopped changing (``settled``),
since a logger may still be writing it. The file is recognised by device,
inode and a hash of its first bytes: another inode at the path (rotation by
rename) or a different beginning (rewritten in place) starts it from the top,
and so does a file shorter than what was read (``copytruncate``).
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from inference.errors import CsvError
from inference.tables import CsvTable, parse_csv, sniff_delimiter
from inference.watch.state import FileRecord

__all__ = ["Chunk", "fingerprint", "read_new_rows"]

logger = logging.getLogger(__name__)
FINGERPRINT_BYTES = 1024
CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class Chunk:
    """New rows of one CSV file and the file record once they are read."""

    record: FileRecord
    table: CsvTable | None
    """The new rows under the file's header; None when the new bytes hold no row."""
    first_row: int
    """The row number of the table's first row (1 is the first row after the header)."""
    failure: CsvError | None = None
    """The file cannot give rows (its header lacks the model's columns): every new row fails with this."""
    failed_rows: int = 0
    restarted: str | None = None
    """Why reading started again from the top (rotated, truncated, rewritten)."""
    more: bool = False
    """More bytes wait after this chunk (read in slices of ``CHUNK_BYTES``)."""


def fingerprint(handle: object, upto: int) -> str:
    """SHA-256 of the first ``min(upto, 1 KiB)`` bytes."""
    fd = handle.fileno()  # type: ignore[attr-defined]
    return hashlib.sha256(os.pread(fd, min(upto, FINGERPRINT_BYTES), 0)).hexdigest()


def read_new_rows(
    path: Path, known: FileRecord | None, features: tuple[str, ...], *, settled: bool
) -> Chunk | None:
    """The rows appended to ``path`` since ``known`` (None: from the top); None when nothing new."""
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            record, restarted = _resume(handle, stat, known, str(path))
            data = os.pread(handle.fileno(), CHUNK_BYTES, record.offset)
            more = record.offset + len(data) < stat.st_size
            chunk = _chunk(record, data, features, settled=settled and not more, restarted=restarted)
            if chunk is None:
                return None
            head = fingerprint(handle, chunk.record.offset) if chunk.record.offset else None
    except OSError as exc:
        logger.info("cannot read %s yet: %s", path, exc)
        return None
    return replace(chunk, record=replace(chunk.record, fingerprint=head), more=more)


def _resume(
    handle: object, stat: os.stat_result, known: FileRecord | None, name: str
) -> tuple[FileRecord, str | None]:
    fresh = FileRecord(name, "csv", stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if known is None or known.kind != "csv":
        return fresh, None
    if (known.dev, known.ino) != (stat.st_dev, stat.st_ino):
        return fresh, "a new file took its name (rotated)"
    if stat.st_size < known.offset:
        return fresh, "it is shorter than what was read (truncated)"
    if known.offset and known.fingerprint and fingerprint(handle, known.offset) != known.fingerprint:
        return fresh, "its beginning changed (rewritten)"
    return replace(known, size=stat.st_size, mtime_ns=stat.st_mtime_ns), None


def _chunk(
    record: FileRecord, data: bytes, features: tuple[str, ...], *, settled: bool, restarted: str | None
) -> Chunk | None:
    consumed = 0
    if record.header is None:
        end = data.find(b"\n")
        if end < 0:
            return None  # not even a whole header yet
        record = replace(record, header=data[: end + 1])
        consumed = end + 1
        if record.header and record.header.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            problem = CsvError("watch.utf16", name=Path(record.path).name, path=record.path)
            return _give_up(record, data, problem, restarted)
    if record.open_line:  # the last row was read before its line end: skip what completes it
        end = data.find(b"\n", consumed)
        if end < 0:
            return None if not settled else _advance(record, len(data), restarted)
        if data[consumed:end].strip(b"\r"):
            logger.warning("%s: a row read before its line ended was continued later; the rest of it is "
                           "skipped", record.path)  # fmt: skip
        record = replace(record, open_line=False)
        consumed = end + 1
    body_end = _complete_records(data, consumed)
    open_line = False
    if settled and body_end < len(data) and data[body_end:].strip():
        body_end, open_line = len(data), True
    body = data[consumed:body_end]
    if not body.strip():
        if consumed == 0 and body_end == 0 and not open_line:
            return None if restarted is None else Chunk(record, None, record.rows + 1, restarted=restarted)
        return _advance(record, body_end, restarted, open_line=open_line)
    header = record.header or b""
    delimiter = record.delimiter or sniff_delimiter((header + body[:4096]).decode("utf-8", "replace"))
    record = replace(record, delimiter=delimiter)
    first = record.rows + 1
    try:
        table = parse_csv(header + body, features, name=record.path, delimiter=delimiter)
    except CsvError as exc:  # the header lacks the model's columns, say: none of these rows can be used
        return _give_up(record, data[:body_end], exc, restarted, consumed=consumed, open_line=open_line)
    record = replace(record, offset=record.offset + body_end, rows=record.rows + len(table.rows),
                     open_line=open_line)  # fmt: skip
    return Chunk(record, table, first, restarted=restarted)


def _advance(record: FileRecord, upto: int, restarted: str | None, *, open_line: bool = False) -> Chunk:
    """Bytes that hold no row (blank lines, a skipped remainder) are read past."""
    moved = replace(record, offset=record.offset + upto, open_line=open_line)
    return Chunk(moved, None, record.rows + 1, restarted=restarted)


def _give_up(
    record: FileRecord, data: bytes, problem: CsvError, restarted: str | None, *, consumed: int = 0,
    open_line: bool = False,
) -> Chunk:  # fmt: skip
    """Every whole row in ``data`` fails with ``problem``."""
    end = len(data) if open_line else _complete_records(data, consumed)
    count = len([line for line in data[consumed:end].splitlines() if line.strip()])
    moved = replace(record, offset=record.offset + end, rows=record.rows + count, open_line=open_line)
    return Chunk(moved, None, record.rows + 1, failure=problem, failed_rows=count, restarted=restarted)


def _complete_records(data: bytes, start: int) -> int:
    """The end of the last whole record in ``data[start:]``: a line end outside quotes."""
    end = start
    quoted = False
    position = start
    while True:
        newline = data.find(b"\n", position)
        if newline < 0:
            return end
        quoted ^= data.count(b'"', position, newline) % 2 == 1
        position = newline + 1
        if not quoted:
            end = position
