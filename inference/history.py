"""Prediction history: every answer Tepi gave, kept in SQLite in the user's data folder.

    record(outcome) / record_many(outcomes)   one transaction per call, committed before returning
    search(HistoryQuery) / count / get        newest first, filtered by text, label, model, date
    delete / clear / prune                    retention by age or number of entries
    export_csv                                written to a temporary file, then renamed

The database runs in WAL mode with ``synchronous=FULL``: a result is on disk
when ``record`` returns, so a crash or ``kill -9`` in the middle of a batch
loses nothing already recorded and never leaves a damaged file. A file that
is damaged anyway (disk error, foreign file) is moved aside, never deleted,
and a fresh history starts (``History.recovered_from`` says where it went).

The store is UI-free and thread-safe (one connection behind a lock); the
desktop keeps its writes off the GUI thread, the offline queue records
replayed items through the same ``record`` call.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inference.errors import HistoryError
from inference.results import Failure, LabelScore, Outcome, Prediction
from inference.sqlite import immediate_transaction

__all__ = [
    "DB_NAME",
    "History",
    "HistoryEntry",
    "HistoryQuery",
    "make_thumbnail",
]

logger = logging.getLogger(__name__)
DB_NAME = "history.sqlite3"
SCHEMA_VERSION = 1
THUMBNAIL_SIDE = 96
EXPORT_COLUMNS = (
    "time",
    "input",
    "row",
    "input_sha256",
    "model",
    "model_sha256",
    "label",
    "score",
    "top_k",
    "backend",
    "fallback_reason",
    "latency_ms",
    "error",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    input TEXT NOT NULL,
    row INTEGER,
    input_sha256 TEXT,
    model TEXT NOT NULL DEFAULT '',
    model_sha256 TEXT,
    label TEXT,
    score REAL,
    top_k TEXT NOT NULL DEFAULT '[]',
    backend TEXT,
    fallback_reason TEXT,
    latency_ms REAL,
    error TEXT,
    error_kind TEXT
);
CREATE INDEX IF NOT EXISTS entries_created ON entries (created);
CREATE INDEX IF NOT EXISTS entries_label ON entries (label);
CREATE INDEX IF NOT EXISTS entries_model ON entries (model);
CREATE TABLE IF NOT EXISTS thumbnails (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    png BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS explanations (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    png BLOB NOT NULL
);
"""
_COLUMNS = (
    "id, created, input, row, input_sha256, model, model_sha256, label, score, top_k, backend, "
    "fallback_reason, latency_ms, error, error_kind, "
    "EXISTS (SELECT 1 FROM thumbnails t WHERE t.entry_id = entries.id)"
)


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded answer (a prediction, or the sentence saying why there was none)."""

    id: int
    created: float
    """Unix time (seconds) when it was recorded."""
    input: str
    row: int | None
    input_sha256: str | None
    model: str
    model_sha256: str | None
    label: str | None
    score: float | None
    top_k: tuple[LabelScore, ...]
    backend: str | None
    fallback_reason: str | None
    latency_ms: float | None
    error: str | None
    error_kind: str | None
    has_thumbnail: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def created_at(self) -> datetime:
        """Local time with its UTC offset."""
        return datetime.fromtimestamp(self.created).astimezone()

    def outcome(self) -> Outcome:
        """The entry as the ``Prediction`` or ``Failure`` it was recorded from."""
        if self.error is not None:
            return Failure(self.input, self.row, self.error, self.error_kind or "TepiError")
        return Prediction(
            input=self.input,
            row=self.row,
            label=self.label or "",
            score=self.score or 0.0,
            top_k=self.top_k,
            backend=self.backend or "",
            model=self.model,
            latency_ms=self.latency_ms or 0.0,
            fallback_reason=self.fallback_reason,
            input_sha256=self.input_sha256,
        )


@dataclass(frozen=True)
class HistoryQuery:
    """Which entries to show: every field narrows the search; ``None`` or empty means any."""

    text: str = ""
    """Matched case-insensitively anywhere in the input path, label, model or error."""
    label: str | None = None
    model: str | None = None
    """``name@version``, as recorded."""
    since: float | None = None
    """Unix time, inclusive."""
    until: float | None = None
    """Unix time, exclusive."""
    status: str = "all"
    """``all``, ``ok`` (predictions only) or ``error`` (failures only)."""
    limit: int | None = 1000
    offset: int = 0


class History:
    """The prediction history in one SQLite file (default: ``data_dir()/history.sqlite3``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            from inference.resources import data_dir

            path = data_dir() / DB_NAME
        self.path = Path(path)
        self.recovered_from: Path | None = None
        """Where a damaged database was moved on opening, if it was."""
        self._lock = threading.RLock()
        self._conn = self._open()

    # -- opening ---------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except sqlite3.OperationalError as exc:  # locked, read-only, no space: not damage
            raise HistoryError(f"Tepi cannot open its history file {self.path}: {exc}.") from exc
        except sqlite3.DatabaseError as exc:  # not a database, malformed: keep it, start afresh
            self.recovered_from = self._move_aside(exc)
        except OSError as exc:
            raise HistoryError(f"Tepi cannot create its history in {self.path.parent}: {exc}.") from exc
        try:
            return self._connect()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise HistoryError(f"Tepi cannot open its history file {self.path}: {exc}.") from exc

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                logger.warning("history: journal mode is %s, not WAL", mode)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"written by a newer Tepi (schema {version})")
            conn.executescript("BEGIN;" + _SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, exc: Exception) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        logger.error("history database %s is damaged (%s); moving it to %s", self.path, exc, target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        self.path.replace(target)
        return target

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(
            self._conn,
            self._lock,
            lambda exc: HistoryError(f"Tepi could not write its history file {self.path.name}: {exc}."),
        )

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise HistoryError(f"Tepi could not read its history file {self.path.name}: {exc}.") from exc

    # -- writing ---------------------------------------------------------------------
    def record(
        self,
        prediction: Outcome,
        *,
        thumbnail: bytes | None = None,
        model_sha256: str | None = None,
        model: str | None = None,
    ) -> int:
        """Record one outcome and commit; returns its entry id.

        ``model`` names the model for a ``Failure`` (a ``Prediction`` names its own).
        """
        ids = self.record_many([prediction], thumbnails=[thumbnail], model_sha256=model_sha256, model=model)
        return ids[0]

    def record_many(
        self,
        outcomes: Sequence[Outcome],
        *,
        thumbnails: Sequence[bytes | None] | None = None,
        model_sha256: str | None = None,
        model: str | None = None,
        created: float | None = None,
    ) -> list[int]:
        """Record a batch in one transaction: all of it is on disk when this returns, or none."""
        if thumbnails is not None and len(thumbnails) != len(outcomes):
            raise ValueError("thumbnails must match outcomes one to one")
        when = time.time() if created is None else created
        ids: list[int] = []
        with self._transaction() as conn:
            for index, outcome in enumerate(outcomes):
                cursor = conn.execute(
                    "INSERT INTO entries (created, input, row, input_sha256, model, model_sha256, label, "
                    "score, top_k, backend, fallback_reason, latency_ms, error, error_kind) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _row_values(outcome, when, model_sha256, model),
                )
                entry_id = int(cursor.lastrowid or 0)
                ids.append(entry_id)
                png = thumbnails[index] if thumbnails is not None else None
                if png:
                    conn.execute("INSERT INTO thumbnails (entry_id, png) VALUES (?, ?)", (entry_id, png))
        return ids

    def delete(self, ids: Sequence[int]) -> int:
        """Delete entries by id; returns how many existed."""
        removed = 0
        with self._transaction() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                conn.execute(f"DELETE FROM thumbnails WHERE entry_id IN ({marks})", chunk)
                removed += conn.execute(f"DELETE FROM entries WHERE id IN ({marks})", chunk).rowcount
        return removed

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM thumbnails")
            removed = conn.execute("DELETE FROM entries").rowcount
        self._checkpoint()
        return removed

    def prune(self, *, max_age_days: float | None = None, max_entries: int | None = None) -> int:
        """Apply retention: drop entries older than ``max_age_days`` and beyond the newest ``max_entries``."""
        removed = 0
        with self._transaction() as conn:
            if max_age_days is not None and max_age_days > 0:
                cutoff = time.time() - max_age_days * 86400.0
                conn.execute(
                    "DELETE FROM thumbnails WHERE entry_id IN (SELECT id FROM entries WHERE created < ?)",
                    (cutoff,),
                )
                removed += conn.execute("DELETE FROM entries WHERE created < ?", (cutoff,)).rowcount
            if max_entries is not None and max_entries >= 0:
                keep = "SELECT id FROM entries ORDER BY created DESC, id DESC LIMIT ?"
                conn.execute(f"DELETE FROM thumbnails WHERE entry_id NOT IN ({keep})", (max_entries,))
                cursor = conn.execute(f"DELETE FROM entries WHERE id NOT IN ({keep})", (max_entries,))
                removed += cursor.rowcount
        if removed:
            logger.info("history: pruned %d entries", removed)
        return removed

    def _checkpoint(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:  # a reader holds the WAL: it is truncated later
                logger.debug("history: checkpoint skipped: %s", exc)

    # -- reading ---------------------------------------------------------------------
    def search(self, query: HistoryQuery | None = None) -> list[HistoryEntry]:
        """Matching entries, newest first."""
        query = query or HistoryQuery()
        where, params = _where(query)
        sql = f"SELECT {_COLUMNS} FROM entries{where} ORDER BY created DESC, id DESC"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return [_entry(row) for row in self._query(sql, params)]

    def count(self, query: HistoryQuery | None = None) -> int:
        where, params = _where(query or HistoryQuery())
        return int(self._query(f"SELECT COUNT(*) FROM entries{where}", params)[0][0])

    def get(self, entry_id: int) -> HistoryEntry | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def thumbnail(self, entry_id: int) -> bytes | None:
        rows = self._query("SELECT png FROM thumbnails WHERE entry_id = ?", (entry_id,))
        return bytes(rows[0][0]) if rows else None

    def thumbnails(self, ids: Sequence[int]) -> dict[int, bytes]:
        """Thumbnails of many entries at once (entries without one are left out)."""
        found: dict[int, bytes] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query(f"SELECT entry_id, png FROM thumbnails WHERE entry_id IN ({marks})", chunk)
            found.update((int(r[0]), bytes(r[1])) for r in rows)
        return found

    def save_explanation(self, entry_id: int, method: str, png: bytes) -> None:
        """Keep an entry's explanation heatmap (a small greyscale PNG at its thumbnail's size).

        It goes when the entry goes (the foreign key cascades); a newer one replaces it.
        """
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO explanations (entry_id, method, png) "
                "SELECT id, ?, ? FROM entries WHERE id = ?",
                (method, png, entry_id),
            )

    def explanation(self, entry_id: int) -> tuple[str, bytes] | None:
        """``(method, png)`` of an entry's saved explanation, or None."""
        rows = self._query("SELECT method, png FROM explanations WHERE entry_id = ?", (entry_id,))
        return (str(rows[0][0]), bytes(rows[0][1])) if rows else None

    def labels(self) -> list[str]:
        """Every label recorded, for a filter list."""
        rows = self._query("SELECT DISTINCT label FROM entries WHERE label IS NOT NULL ORDER BY label")
        return [str(r[0]) for r in rows]

    def models(self) -> list[str]:
        """Every model (``name@version``) recorded, for a filter list."""
        rows = self._query("SELECT DISTINCT model FROM entries WHERE model != '' ORDER BY model")
        return [str(r[0]) for r in rows]

    def integrity_check(self) -> str:
        """SQLite's full integrity check: ``ok`` or the problems found."""
        return "\n".join(str(r[0]) for r in self._query("PRAGMA integrity_check"))

    # -- export ----------------------------------------------------------------------
    def export_csv(self, path: str | Path, query: HistoryQuery | None = None) -> int:
        """Write matching entries (all of them by default) to a CSV file; returns the row count."""
        query = query or HistoryQuery(limit=None)
        target = Path(path)
        partial = target.with_name(f".{target.name}.partial")
        count = 0
        try:
            with partial.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_COLUMNS)
                for entry in self.search(query):
                    writer.writerow(_export_row(entry))
                    count += 1
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise HistoryError(f"Tepi could not write {target.name}: {exc.strerror or exc}.") from exc
        return count

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _row_values(outcome: Outcome, when: float, model_sha256: str | None, model: str | None) -> tuple:
    if isinstance(outcome, Prediction):
        top = json.dumps([[t.label, t.score] for t in outcome.top_k], ensure_ascii=False)
        answer = (outcome.label, outcome.score, top, outcome.backend, outcome.fallback_reason)
        return (when, outcome.input, outcome.row, outcome.input_sha256, outcome.model, model_sha256,
                *answer, outcome.latency_ms, None, None)  # fmt: skip
    no_answer = (None, None, "[]", None, None, None)
    return (when, outcome.input, outcome.row, None, model or "", model_sha256,
            *no_answer, outcome.error, outcome.kind)  # fmt: skip


def _where(query: HistoryQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.text.strip():
        pattern = "%" + query.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(input LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\' OR model LIKE ? ESCAPE '\\' "
            "OR error LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * 4
    for column, value in (("label", query.label), ("model", query.model)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.since is not None:
        clauses.append("created >= ?")
        params.append(query.since)
    if query.until is not None:
        clauses.append("created < ?")
        params.append(query.until)
    if query.status == "ok":
        clauses.append("error IS NULL")
    elif query.status == "error":
        clauses.append("error IS NOT NULL")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _entry(row: tuple) -> HistoryEntry:
    try:
        top = tuple(LabelScore(str(label), float(score)) for label, score in json.loads(row[9] or "[]"))
    except (ValueError, TypeError):
        top = ()
    fields = (*row[:9], top, *row[10:15], bool(row[15]))
    return HistoryEntry(*fields)


def _export_row(entry: HistoryEntry) -> list[object]:
    return [
        entry.created_at.isoformat(timespec="seconds"),
        _safe_cell(entry.input),
        entry.row if entry.row is not None else "",
        entry.input_sha256 or "",
        entry.model,
        entry.model_sha256 or "",
        _safe_cell(entry.label or ""),
        f"{entry.score:.6f}" if entry.score is not None else "",
        ";".join(f"{t.label}:{t.score:.6f}" for t in entry.top_k),
        entry.backend or "",
        entry.fallback_reason or "",
        f"{entry.latency_ms:.3f}" if entry.latency_ms is not None else "",
        _safe_cell(entry.error or ""),
    ]


def _safe_cell(text: str) -> str:
    """Keep spreadsheets from running a file name or label as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def make_thumbnail(source: object, side: int = THUMBNAIL_SIDE) -> bytes | None:
    """A small PNG of an image for the history list; ``None`` when it cannot be made.

    ``source`` is a Pillow image, a path or the file's bytes. Decoding goes
    through ``inference.images`` so hostile files get the same limits.
    """
    from PIL import Image

    from inference.errors import ImageError
    from inference.images import decode_image

    try:
        if isinstance(source, Image.Image):
            image = source.copy()
        else:
            data = source if isinstance(source, bytes) else Path(str(source)).read_bytes()
            image, _ = decode_image(data, hint=side)
        image.thumbnail((side, side), Image.Resampling.BILINEAR)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=False)
        return buffer.getvalue()
    except (ImageError, OSError, ValueError) as exc:
        logger.debug("no thumbnail: %s", exc)
        return None
