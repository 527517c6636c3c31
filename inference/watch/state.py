"""The watcher's memory in SQLite: what each watched file has given, and results not yet delivered.

    files     one row per input file: an image's signature once predicted; a CSV file's identity
              (device, inode, first bytes), the byte offset and row count read so far
    results   a journal: each outcome is stored, together with the file row that consumed its input,
              in one transaction; then written to the output file and to history, and forgotten

Committing the outcome and the offset together is the exactly-once boundary: a
crash before it predicts the input again (nothing was written anywhere yet), a
crash after it finds the result in the journal and delivers it. Delivery itself
is idempotent (``inference.watch.delivery``): the output file's committed size
and each result's timestamp let a restart see what reached the file and the
history before the crash. Inputs parked in the offline queue wait in the
journal with their queue item's id and no outcome until the queue answers.

The database uses WAL with ``synchronous = FULL`` and one lock file per state,
so two watchers never share (and double) one state.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import IO, Any

from inference.errors import WatchError
from inference.results import Failure, LabelScore, Prediction
from inference.sqlite import immediate_transaction

__all__ = [
    "FileRecord",
    "JournalEntry",
    "WatchState",
    "default_state_path",
    "outcome_from_record",
    "outcome_record",
]

logger = logging.getLogger(__name__)
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    dev INTEGER NOT NULL DEFAULT 0,
    ino INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0,
    mtime_ns INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT,
    offset INTEGER NOT NULL DEFAULT 0,
    rows INTEGER NOT NULL DEFAULT 0,
    header BLOB,
    delimiter TEXT,
    fingerprint TEXT,
    open_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS files_inode ON files (dev, ino);
CREATE TABLE IF NOT EXISTS results (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    input TEXT NOT NULL,
    row INTEGER,
    outcome TEXT,
    queue_item INTEGER,
    out_done INTEGER NOT NULL DEFAULT 0,
    history_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS results_waiting ON results (queue_item);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class FileRecord:
    """What the watcher knows about one input file."""

    path: str
    kind: str
    """``image`` or ``csv``."""
    dev: int = 0
    ino: int = 0
    size: int = 0
    mtime_ns: int = 0
    sha256: str | None = None
    """An image's content, once predicted."""
    offset: int = 0
    """CSV: bytes read so far (always the end of a whole record)."""
    rows: int = 0
    """CSV: data rows read so far (rows are numbered from 1 after the header, as ``predict`` does)."""
    header: bytes | None = None
    """CSV: the header line as read, so a rewritten file is told from a grown one."""
    delimiter: str | None = None
    fingerprint: str | None = None
    """CSV: SHA-256 of the file's first bytes (up to 1 KiB) when they were read."""
    open_line: bool = False
    """CSV: the last row read had no line end yet (read once the file stopped changing)."""

    def same_file(self, stat: Any) -> bool:
        """Same size, time and inode as ``stat``: an image already seen."""
        return (self.dev, self.ino, self.size, self.mtime_ns) == (
            stat.st_dev,
            stat.st_ino,
            stat.st_size,
            stat.st_mtime_ns,
        )


@dataclass(frozen=True)
class JournalEntry:
    """One result in the journal: stored, then delivered to the output file and to history."""

    seq: int
    created: float
    """When it was stored; the history entry's timestamp and its idempotency key."""
    input: str
    row: int | None
    outcome: Prediction | Failure | None
    """None while the input waits in the offline queue."""
    queue_item: int | None
    out_done: bool
    history_done: bool


class WatchState:
    """One watcher's state file; refuses to open while another watcher holds it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._lock_handle = _hold_lock(self.path)
        try:
            self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:
            self._lock_handle.close()
            raise WatchError("watch.state_open", path=str(self.path), system_error=str(exc)) from exc

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=15.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 15000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"written by a newer Tepi (schema {version})")
            conn.executescript(
                "BEGIN IMMEDIATE;" + _SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        except BaseException:
            conn.close()
            raise
        return conn

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(
            self._conn,
            self._lock,
            lambda exc: WatchError("watch.state_write", name=self.path.name, system_error=str(exc)),
        )

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise WatchError("watch.state_read", name=self.path.name, system_error=str(exc)) from exc

    # -- files -------------------------------------------------------------------------------------
    def file(self, path: str) -> FileRecord | None:
        rows = self._rows(f"SELECT {_FILE_COLUMNS} FROM files WHERE path = ?", (path,))
        return _file(rows[0]) if rows else None

    def files_by_inode(self, dev: int, ino: int) -> list[FileRecord]:
        rows = self._rows(f"SELECT {_FILE_COLUMNS} FROM files WHERE dev = ? AND ino = ?", (dev, ino))
        return [_file(row) for row in rows]

    def files(self, kind: str | None = None) -> list[FileRecord]:
        where, params = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        return [_file(row) for row in self._rows(f"SELECT {_FILE_COLUMNS} FROM files {where}", params)]

    def forget_file(self, path: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM files WHERE path = ?", (path,))

    def rename_file(self, record: FileRecord, new_path: str) -> FileRecord:
        """A file moved inside the watched folders keeps what was read of it."""
        moved = replace(record, path=new_path)
        with self._transaction() as conn:
            conn.execute("DELETE FROM files WHERE path IN (?, ?)", (record.path, new_path))
            _upsert(conn, moved)
        return moved

    # -- the journal -------------------------------------------------------------------------------
    def commit(
        self,
        files: Sequence[FileRecord],
        results: Sequence[tuple[str, int | None, Prediction | Failure | None, int | None]],
        *,
        created: float | None = None,
    ) -> float:
        """Store outcomes ``(input, row, outcome or None, queue item)`` and the files that gave them.

        One transaction: after it the inputs count as read, and their results are
        owed to the output file and the history. Returns the results' timestamp.
        """
        when = time.time() if created is None else created
        with self._transaction() as conn:
            for record in files:
                _upsert(conn, record)
            for name, row, outcome, queue_item in results:
                conn.execute(
                    "INSERT INTO results (created, input, row, outcome, queue_item) VALUES (?, ?, ?, ?, ?)",
                    (when, name, row, None if outcome is None else json.dumps(outcome_record(outcome)),
                     queue_item),
                )  # fmt: skip
        return when

    def undelivered(self) -> list[JournalEntry]:
        """Results with an outcome not yet on both the output file and history, in order."""
        return self._entries("WHERE outcome IS NOT NULL AND (out_done = 0 OR history_done = 0)")

    def waiting(self) -> list[JournalEntry]:
        """Results waiting in the offline queue."""
        return self._entries("WHERE outcome IS NULL")

    def _entries(self, where: str) -> list[JournalEntry]:
        rows = self._rows(
            "SELECT seq, created, input, row, outcome, queue_item, out_done, history_done "
            f"FROM results {where} ORDER BY seq"
        )
        entries = []
        for seq, created, name, row, raw, item, written, recorded in rows:
            outcome = None if raw is None else outcome_from_record(json.loads(raw))
            entry = JournalEntry(seq, created, name, row, outcome, item, bool(written), bool(recorded))
            entries.append(entry)
        return entries

    def answer_waiting(
        self, queue_item: int, outcome: Prediction | Failure, *, created: float, history_done: bool = False
    ) -> bool:
        """The queue answered ``queue_item``: its result is owed now. False when none waited for it."""
        with self._transaction() as conn:
            changed = conn.execute(
                "UPDATE results SET outcome = ?, created = ?, history_done = ? "
                "WHERE queue_item = ? AND outcome IS NULL",
                (json.dumps(outcome_record(outcome)), created, int(history_done), queue_item),
            ).rowcount
        return bool(changed)

    def mark_written(self, seqs: Sequence[int], out_size: int | None) -> None:
        """These results are in the output file (fsync'd), which is now ``out_size`` bytes long."""
        with self._transaction() as conn:
            _update_many(conn, "UPDATE results SET out_done = 1 WHERE seq IN ({})", seqs)
            if out_size is not None:
                _set_meta(conn, "out_size", str(out_size))
            conn.execute("DELETE FROM results WHERE out_done = 1 AND history_done = 1")

    def mark_recorded(self, seqs: Sequence[int]) -> None:
        """These results are in history."""
        with self._transaction() as conn:
            _update_many(conn, "UPDATE results SET history_done = 1 WHERE seq IN ({})", seqs)
            conn.execute("DELETE FROM results WHERE out_done = 1 AND history_done = 1")

    # -- meta ----------------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as conn:
            _set_meta(conn, key, value)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self._lock_handle.close()

    def __enter__(self) -> WatchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_FILE_COLUMNS = ", ".join(f.name for f in fields(FileRecord))


def _file(row: tuple) -> FileRecord:
    values = list(row)
    values[-1] = bool(values[-1])
    values[9] = None if values[9] is None else bytes(values[9])
    return FileRecord(*values)


def _upsert(conn: sqlite3.Connection, record: FileRecord) -> None:
    values = [getattr(record, f.name) for f in fields(FileRecord)]
    values[-1] = int(values[-1])
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT OR REPLACE INTO files ({_FILE_COLUMNS}) VALUES ({marks})", values)


def _update_many(conn: sqlite3.Connection, sql: str, seqs: Sequence[int]) -> None:
    for start in range(0, len(seqs), 500):
        chunk = list(seqs[start : start + 500])
        conn.execute(sql.format(",".join("?" * len(chunk))), chunk)


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def default_state_path(folders: Sequence[str | Path], model: str | None, out: Path | None) -> Path:
    """One state per (folders, model, output): the same command resumes, another one starts afresh."""
    import hashlib

    from inference.resources import data_dir

    roots = sorted(str(Path(f).expanduser().absolute()) for f in folders)
    key = json.dumps([roots, model or "", str(out or "-")])
    return data_dir() / "watch" / f"{hashlib.sha256(key.encode()).hexdigest()[:16]}.sqlite3"


def _hold_lock(path: Path) -> IO[bytes]:
    """An OS lock beside the state file; it dies with the process, so ``kill -9`` leaves none behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.with_name(path.name + ".lock").open("a+b")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise WatchError("watch.state_create", path=str(path.parent), system_error=reason) from exc
    try:
        if os.name != "nt":
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError as exc:
        handle.close()
        raise WatchError("watch.busy", name=path.name) from exc
    return handle


def outcome_record(outcome: Prediction | Failure) -> dict[str, Any]:
    """An outcome as JSON, with what ``to_json`` leaves out but history and the output need."""
    data = outcome.to_json()
    if isinstance(outcome, Prediction):
        data |= {"input_sha256": outcome.input_sha256, "extras": outcome.extras}
        if not math.isfinite(outcome.latency_ms):
            data["latency_ms"] = None
    else:
        data |= {"kind": outcome.kind}
    return data


def outcome_from_record(data: dict[str, Any]) -> Prediction | Failure:
    """The ``Prediction`` or ``Failure`` stored by ``outcome_record``."""
    if "error" in data:
        kind, code, params = data.get("kind", "TepiError"), data.get("code"), data.get("params") or {}
        return Failure(data["input"], data.get("row"), data["error"], kind, code, params)
    latency = data.get("latency_ms")
    return Prediction(
        input=data["input"],
        row=data.get("row"),
        label=data["label"],
        score=float(data["score"]),
        top_k=tuple(LabelScore(t["label"], float(t["score"])) for t in data["top_k"]),
        backend=data["backend"],
        model=data["model"],
        latency_ms=math.nan if latency is None else float(latency),
        fallback_reason=data.get("fallback_reason"),
        input_sha256=data.get("input_sha256"),
        extras=dict(data.get("extras") or {}),
    )
