"""One queued input (``QueueItem``) and the table it lives in.

Schema changes are additive (a column added with ``ALTER TABLE``), so a queue
written by an older Tepi opens, and its items replay, unchanged: they just lack
the codes of their sentences (``reason_code`` and ``last_error_code`` are None).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inference import text
from inference.errors import TepiError
from inference.results import Failure

__all__ = ["COLUMNS", "KINDS", "SCHEMA", "QueueItem", "coded", "item_from_row", "migrate"]

KINDS = ("image", "csv", "csv-row")
"""``csv-row``: the blob is the CSV header and that one row (a row read from a growing file)."""
SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    kind TEXT NOT NULL,
    input TEXT NOT NULL,
    row INTEGER,
    blob TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    claim TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    result TEXT,
    completed REAL
);
CREATE INDEX IF NOT EXISTS items_state ON items (state, id);
CREATE INDEX IF NOT EXISTS items_blob ON items (blob);
"""
_ADDED = (("reason_code", "TEXT"), ("last_error_code", "TEXT"), ("second_of", "TEXT"))
"""Columns added after the first release: ``{"code", "params"}`` of ``reason`` and ``last_error``;
``second_of``: the local answer a second opinion is asked for (JSON)."""
COLUMNS = (
    "id, created, kind, input, row, blob, sha256, model, endpoint, reason, state, attempts, "
    "last_error, result, completed, reason_code, last_error_code, second_of"
)


@dataclass(frozen=True)
class QueueItem:
    """One queued input (an image, or one row of a CSV file) and where it must run."""

    id: int
    created: float
    kind: str
    """``image``, ``csv`` (the blob is the whole file) or ``csv-row`` (the header and this row)."""
    input: str
    """The original path or name, as shown to people (the file itself may be gone)."""
    row: int | None
    blob: Path
    """The copy of the input's bytes in the data folder."""
    sha256: str
    model: str
    """How to open the model again: a bundled name or an absolute path."""
    endpoint: str
    """``Endpoint.to_json()``: the settings without the secret."""
    reason: str
    """Why it was queued, in English (the endpoint's error)."""
    state: str
    """``pending``, ``claimed`` (a replayer sends it now) or ``done`` (result stored, delivering)."""
    attempts: int = 0
    last_error: str | None = None
    """Why the last replay stopped, in English."""
    result: dict[str, Any] | None = None
    completed: float | None = None
    """When the result was stored; also the history entry's timestamp (its idempotency key)."""
    reason_code: dict[str, Any] | None = None
    """``reason`` as ``{"code", "params"}``; None for items queued by an older Tepi."""
    last_error_code: dict[str, Any] | None = None
    """``last_error`` as ``{"code", "params"}``."""
    second_of: dict[str, Any] | None = None
    """A second opinion (policy ``cascade``): the unsure local answer that stands meanwhile and why it
    was unsure, ``{"reason": {"code", "params"}, "local": {label, score, top_k, backend}}``; the server's
    answer updates that answer's history entry instead of adding one. None for an ordinary item."""

    @property
    def second_opinion(self) -> bool:
        return self.second_of is not None

    @property
    def key(self) -> str:
        return f"queue-{self.id}"

    @property
    def group(self) -> tuple[str, str]:
        """Items with the same model and endpoint can be replayed in one batch."""
        return (self.model, self.endpoint)

    def reason_text(self, language: str = text.DEFAULT_LANGUAGE) -> str:
        """Why it waits in ``language``: the last replay error, else why it was queued."""
        if self.last_error is not None:
            return _shown(self.last_error_code, self.last_error, language)
        return _shown(self.reason_code, self.reason, language)


def _shown(coded: dict[str, Any] | None, english: str, language: str) -> str:
    if coded is not None and text.knows(coded["code"]):
        return text.render(coded["code"], coded["params"], language)
    return text.translate(english, language)


def coded(error: TepiError | Failure | Mapping[str, Any] | str | None) -> tuple[str | None, str | None]:
    """``(English sentence, JSON of {"code", "params"})`` to store for an error, a failure, an error's
    ``{"code", "params"}`` or a sentence."""
    if error is None:
        return None, None
    if isinstance(error, Mapping):
        code, params = str(error.get("code")), dict(error.get("params") or {})
        if not text.knows(code):
            return code, None
        return text.render(code, params), json.dumps({"code": code, "params": params}, ensure_ascii=False)
    if isinstance(error, str):
        return error, None
    if isinstance(error, Failure):
        if error.code is None:
            return error.error, None
        return error.error, json.dumps({"code": error.code, "params": dict(error.params)}, ensure_ascii=False)
    return str(error), json.dumps(error.to_json(), ensure_ascii=False)


def item_from_row(row: tuple, blob_dir: Path) -> QueueItem:
    values = list(row)
    values[5] = blob_dir / values[5]
    for index in (13, 15, 16, 17):  # result, reason_code, last_error_code, second_of
        values[index] = json.loads(values[index]) if values[index] else None
    return QueueItem(*values)


def migrate(conn: sqlite3.Connection) -> None:
    """Add the columns a queue from an older Tepi lacks; call inside a write transaction."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    for name, kind in _ADDED:
        if name not in present:
            conn.execute(f"ALTER TABLE items ADD COLUMN {name} {kind}")
