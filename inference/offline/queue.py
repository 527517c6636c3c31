"""The durable offline queue: inputs that could only run remotely while the endpoint was unreachable.

    enqueue   copy the input's bytes into data_dir()/queue/ and add a row: one transaction
    claim     pending -> claimed (the oldest items, in order), by the one replayer holding the lock
    complete  claimed -> done, storing the result: one transaction, only for the claim's owner
    ack       done -> gone, after the result was delivered (to history); the blob goes with the last row

Every step commits before the next begins (SQLite WAL, ``synchronous=FULL``),
so a ``kill -9`` anywhere leaves a state the next start can finish: a
``claimed`` row whose replayer died goes back to ``pending`` (only one
replayer runs at a time, behind an OS file lock that dies with its process);
a ``done`` row is delivered again with the same ``completed`` timestamp, which
the history sink uses to record it exactly once. Blobs are written and
removed while holding SQLite's write lock, so a blob shared by two rows (the
same file queued twice, or the rows of one CSV) is never lost to a race.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from inference.errors import QueueError, TepiError
from inference.offline.items import COLUMNS, KINDS, SCHEMA, QueueItem, coded, item_from_row, migrate
from inference.results import Failure
from inference.sqlite import immediate_transaction

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint

__all__ = ["BLOB_DIR", "DB_NAME", "OfflineQueue"]

logger = logging.getLogger(__name__)
DB_NAME = "queue.sqlite3"
BLOB_DIR = "queue"


class OfflineQueue:
    """The queue in one SQLite file (default ``data_dir()/queue.sqlite3``), blobs beside it."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            from inference.resources import data_dir

            path = data_dir() / DB_NAME
        self.path = Path(path)
        self.blob_dir = self.path.parent / BLOB_DIR
        self._lock = threading.RLock()
        try:
            self.blob_dir.mkdir(parents=True, exist_ok=True)
            self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:
            raise QueueError("queue.open", path=str(self.path), system_error=str(exc)) from exc

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=15.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 15000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.executescript("BEGIN IMMEDIATE;" + SCHEMA)
            migrate(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return conn

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(
            self._conn,
            self._lock,
            lambda exc: QueueError("queue.write", name=self.path.name, system_error=str(exc)),
        )

    def _select(self, where: str, params: Sequence[object] = ()) -> list[QueueItem]:
        with self._lock:
            try:
                rows = self._conn.execute(f"SELECT {COLUMNS} FROM items {where}", params).fetchall()
            except sqlite3.Error as exc:
                raise QueueError("queue.read", name=self.path.name, system_error=str(exc)) from exc
        return [item_from_row(row, self.blob_dir) for row in rows]

    # -- adding ------------------------------------------------------------------------------------
    def enqueue(
        self,
        source: str | Path | bytes,
        *,
        input: str,
        model: str,
        endpoint: Endpoint,
        kind: str = "image",
        row: int | None = None,
        reason: TepiError | Failure | Mapping[str, Any] | str = "",
    ) -> QueueItem:
        """Copy the input's bytes and add the item; both are on disk when this returns."""
        entry = [(source, input, row)]
        return self.enqueue_many(entry, model=model, endpoint=endpoint, kind=kind, reason=reason)[0]

    def enqueue_many(
        self,
        entries: Sequence[tuple[str | Path | bytes, str, int | None]],
        *,
        model: str,
        endpoint: Endpoint,
        kind: str = "image",
        reason: TepiError | Failure | Mapping[str, Any] | str = "",
        second_of: Sequence[dict[str, Any]] | None = None,
    ) -> list[QueueItem]:
        """Queue ``(source, input name, row)`` entries in one transaction; a shared file is read once.

        ``reason`` is why they cannot run now: the endpoint's error (kept with its code), or a sentence.
        ``second_of`` makes them second opinions, one local answer per entry (``QueueItem.second_of``).
        """
        if second_of is not None and len(second_of) != len(entries):
            raise ValueError("second_of must match entries one to one")
        sentence, reason_code = coded(reason)
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        blobs: dict[str | Path, tuple[str, str, bytes]] = {}
        rows = []
        for index, (source, name, row) in enumerate(entries):
            key = source if not isinstance(source, bytes) else hashlib.sha256(source).hexdigest()
            if key not in blobs:
                data = source if isinstance(source, bytes) else _read(Path(source))
                digest = hashlib.sha256(data).hexdigest()
                suffix = "" if isinstance(source, bytes) else Path(source).suffix.lower()[:8]
                blobs[key] = (f"{digest}{suffix}", digest, data)
            blob, digest, _ = blobs[key]
            settings = endpoint.to_json()
            second = json.dumps(second_of[index], ensure_ascii=False) if second_of is not None else None
            rows.append((time.time(), kind, name, row, blob, digest, model, settings, sentence, reason_code,
                         second))  # fmt: skip
        with self._transaction() as conn:
            for blob, _, data in blobs.values():
                self._write_blob(blob, data)
            first = None
            for values in rows:
                cursor = conn.execute(
                    "INSERT INTO items (created, kind, input, row, blob, sha256, model, endpoint, reason, "
                    "reason_code, second_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                first = first or int(cursor.lastrowid or 0)
        logger.info("queued %d inputs from item %s: %s", len(rows), first, sentence)
        return self._select("WHERE id >= ? ORDER BY id LIMIT ?", (first, len(rows)))

    def _write_blob(self, name: str, data: bytes) -> None:
        """Write atomically (temporary file, fsync, rename); called inside a write transaction."""
        target = self.blob_dir / name
        if target.exists() and target.stat().st_size == len(data):
            return
        temporary = target.with_name(f".{name}.{uuid.uuid4().hex[:8]}.tmp")
        with temporary.open("wb") as handle:
            handle.write(data)
            _fsync(handle)
        os.replace(temporary, target)

    # -- reading -----------------------------------------------------------------------------------
    def items(self) -> list[QueueItem]:
        """Every item not yet delivered, oldest first."""
        return self._select("ORDER BY id")

    def get(self, item_id: int) -> QueueItem | None:
        found = self._select("WHERE id = ?", (item_id,))
        return found[0] if found else None

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM items").fetchone()[0])

    def pending(self) -> list[QueueItem]:
        return self._select("WHERE state != 'done' ORDER BY id")

    def undelivered(self) -> list[QueueItem]:
        """Items whose result is stored but not yet acknowledged (after a crash, say)."""
        return self._select("WHERE state = 'done' ORDER BY id")

    # -- replaying ---------------------------------------------------------------------------------
    def recover(self) -> int:
        """Return items claimed by a replayer that died; call only while holding the ``ReplayLock``."""
        with self._transaction() as conn:
            sql = "UPDATE items SET state = 'pending', claim = NULL WHERE state = 'claimed'"
            count = conn.execute(sql).rowcount
            self._remove_orphan_blobs(conn)
        if count:
            logger.info("returned %d items claimed by a replayer that stopped", count)
        return count

    def claim(self, claim: str, limit: int = 16) -> list[QueueItem]:
        """Claim the oldest pending items that share a model and endpoint, in order."""
        with self._transaction() as conn:
            group = "id, model, endpoint, second_of IS NOT NULL"  # second opinions ask another model
            head = conn.execute(
                f"SELECT {group} FROM items WHERE state = 'pending' ORDER BY id LIMIT 1"
            ).fetchone()
            if head is None:
                return []
            rows = conn.execute(
                f"SELECT {group} FROM items WHERE state = 'pending' AND id >= ? ORDER BY id LIMIT ?",
                (head[0], limit),
            ).fetchall()
            ids = []
            for item_id, *kind in rows:  # stop at the first item of another group: order holds
                if tuple(kind) != tuple(head[1:]):
                    break
                ids.append(item_id)
            marks = ",".join("?" * len(ids))
            conn.execute(
                "UPDATE items SET state = 'claimed', claim = ?, attempts = attempts + 1 "
                f"WHERE id IN ({marks})",
                (claim, *ids),
            )
        return self._select(f"WHERE id IN ({marks}) ORDER BY id", ids)

    def release(self, items: Sequence[QueueItem], claim: str, error: TepiError | str | None) -> None:
        """Give claimed items back (the endpoint did not answer); they stay first in line."""
        sentence, error_code = coded(error)
        with self._transaction() as conn:
            for item in items:
                conn.execute(
                    "UPDATE items SET state = 'pending', claim = NULL, last_error = ?, last_error_code = ? "
                    "WHERE id = ? AND claim = ? AND state = 'claimed'",
                    (sentence, error_code, item.id, claim),
                )

    def complete(self, results: Sequence[tuple[QueueItem, dict[str, Any]]], claim: str) -> list[QueueItem]:
        """Store results (one transaction); returns the items that completed, each exactly once."""
        base = time.time()
        done: list[int] = []
        with self._transaction() as conn:
            for index, (item, result) in enumerate(results):
                changed = conn.execute(
                    "UPDATE items SET state = 'done', result = ?, completed = ?, claim = NULL "
                    "WHERE id = ? AND claim = ? AND state = 'claimed'",
                    (json.dumps(result), base + index * 1e-6, item.id, claim),
                ).rowcount
                if changed:
                    done.append(item.id)
        if not done:
            return []
        marks = ",".join("?" * len(done))
        return self._select(f"WHERE id IN ({marks}) ORDER BY id", done)

    def ack(self, item: QueueItem) -> None:
        """The result was delivered: forget the item, and its blob when no other item uses it."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM items WHERE id = ? AND state = 'done'", (item.id,))
            self._drop_blob_if_unused(conn, item.blob.name)

    # -- discarding --------------------------------------------------------------------------------
    def discard(self, item_id: int) -> bool:
        """Remove a waiting item (not one a replayer is sending right now)."""
        with self._transaction() as conn:
            sql = "SELECT blob FROM items WHERE id = ? AND state != 'claimed'"
            row = conn.execute(sql, (item_id,)).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
            self._drop_blob_if_unused(conn, row[0])
        return True

    def clear(self) -> int:
        """Remove every item that no replayer is sending right now; returns how many."""
        with self._transaction() as conn:
            count = conn.execute("DELETE FROM items WHERE state != 'claimed'").rowcount
            self._remove_orphan_blobs(conn)
        return count

    def _drop_blob_if_unused(self, conn: sqlite3.Connection, name: str) -> None:
        if conn.execute("SELECT 1 FROM items WHERE blob = ? LIMIT 1", (name,)).fetchone() is None:
            (self.blob_dir / name).unlink(missing_ok=True)

    def _remove_orphan_blobs(self, conn: sqlite3.Connection) -> None:
        used = {row[0] for row in conn.execute("SELECT DISTINCT blob FROM items")}
        for path in self.blob_dir.iterdir():
            if path.name not in used:
                path.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> OfflineQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise QueueError("queue.copy", name=path.name, system_error=reason) from exc


def _fsync(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())
