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

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from inference.errors import HistoryError
from inference.history.entries import (
    COLUMNS,
    INSERT,
    SCHEMA,
    SCHEMA_VERSION,
    HistoryEntry,
    HistoryQuery,
    entry_from_row,
    migrate,
    row_values,
    where,
)
from inference.history.export import write_csv
from inference.results import Failure, Outcome, Prediction, Queued
from inference.sqlite import immediate_transaction

__all__ = ["DB_NAME", "History"]

logger = logging.getLogger(__name__)
DB_NAME = "history.sqlite3"


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
            raise HistoryError("history.open", path=str(self.path), system_error=str(exc)) from exc
        except sqlite3.DatabaseError as exc:  # not a database, malformed: keep it, start afresh
            self.recovered_from = self._move_aside(exc)
        except OSError as exc:
            raise HistoryError("history.create", path=str(self.path.parent), system_error=str(exc)) from exc
        try:
            return self._connect()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise HistoryError("history.open", path=str(self.path), system_error=str(exc)) from exc

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
            conn.executescript("BEGIN IMMEDIATE;" + SCHEMA)
            migrate(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
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
            lambda exc: HistoryError("history.write", name=self.path.name, system_error=str(exc)),
        )

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise HistoryError("history.read", name=self.path.name, system_error=str(exc)) from exc

    # -- writing ---------------------------------------------------------------------
    def record(
        self,
        outcome: Prediction | Failure,
        *,
        thumbnail: bytes | None = None,
        model_sha256: str | None = None,
        model: str | None = None,
    ) -> int:
        """Record one answer (or the failure to give one) and commit; returns its entry id.

        ``model`` names the model for a ``Failure`` (a ``Prediction`` names its own).
        """
        ids = self.record_many([outcome], thumbnails=[thumbnail], model_sha256=model_sha256, model=model)
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
        """Record a batch in one transaction: all of it is on disk when this returns, or none.

        A ``Queued`` outcome is no answer yet and is left out (the replayer records it once it
        has run); the ids are those of the entries written, in order.
        """
        if thumbnails is not None and len(thumbnails) != len(outcomes):
            raise ValueError("thumbnails must match outcomes one to one")
        when = time.time() if created is None else created
        ids: list[int] = []
        with self._transaction() as conn:
            for index, outcome in enumerate(outcomes):
                if isinstance(outcome, Queued):
                    continue
                cursor = conn.execute(INSERT, row_values(outcome, when, model_sha256, model))
                entry_id = int(cursor.lastrowid or 0)
                ids.append(entry_id)
                png = thumbnails[index] if thumbnails is not None else None
                if png:
                    conn.execute("INSERT INTO thumbnails (entry_id, png) VALUES (?, ?)", (entry_id, png))
        return ids

    def add_second_opinion(
        self, key: str, answer: Prediction, escalated: Mapping[str, Any], *, since: float
    ) -> int | None:
        """Put the server's later ``answer`` into the unsure entry for the same input and row recorded
        since ``since`` (the oldest one still without a server's answer); returns its id.

        ``key`` names the second opinion: it is kept in ``escalated`` so a second delivery (after a
        crash) changes nothing. None when no entry waits for it (history was off, or the entry was
        deleted): no entry is added, the local answer was never recorded either.
        """
        marked = {**escalated, "second_opinion": key}
        top = json.dumps([[t.label, t.score] for t in answer.top_k], ensure_ascii=False)
        with self._transaction() as conn:
            sql = "SELECT id FROM entries WHERE json_extract(escalated, '$.second_opinion') = ?"
            done = conn.execute(sql, (key,)).fetchone()
            if done is not None:
                return int(done[0])
            found = conn.execute(
                "SELECT id FROM entries WHERE input = ? AND row IS ? AND created >= ? AND unsure = 1 "
                "AND escalated IS NULL AND error IS NULL ORDER BY created, id LIMIT 1",
                (answer.input, answer.row, since),
            ).fetchone()
            if found is None:
                return None
            conn.execute(
                "UPDATE entries SET label = ?, score = ?, top_k = ?, backend = ?, latency_ms = ?, "
                "unsure = ?, escalated = ? WHERE id = ?",
                (answer.label, answer.score, top, answer.backend, answer.latency_ms, int(answer.unsure),
                 json.dumps(marked, ensure_ascii=False), found[0]),
            )  # fmt: skip
        return int(found[0])

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
        clause, params = where(query)
        sql = f"SELECT {COLUMNS} FROM entries{clause} ORDER BY created DESC, id DESC"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return [entry_from_row(row) for row in self._query(sql, params)]

    def count(self, query: HistoryQuery | None = None) -> int:
        clause, params = where(query or HistoryQuery())
        return int(self._query(f"SELECT COUNT(*) FROM entries{clause}", params)[0][0])

    def get(self, entry_id: int) -> HistoryEntry | None:
        rows = self._query(f"SELECT {COLUMNS} FROM entries WHERE id = ?", (entry_id,))
        return entry_from_row(rows[0]) if rows else None

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
        return write_csv(path, self.search(query or HistoryQuery(limit=None)))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
