"""What the history table holds: its schema, one ``HistoryEntry`` per row, and queries over it.

Schema versions only add columns, so an older history opens and its rows read
unchanged: version 2 added the code and params of an error and of the reasons
a prediction fell back (rows from before have none: their sentence is read
back with ``inference.text.parse`` when it is shown in another language);
version 3 whether an answer was unsure and, when the server was asked
instead, the local answer and why (``escalated``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from inference import text
from inference.results import Failure, LabelScore, Prediction

__all__ = [
    "COLUMNS",
    "INSERT",
    "SCHEMA",
    "SCHEMA_VERSION",
    "HistoryEntry",
    "HistoryQuery",
    "entry_from_row",
    "migrate",
    "row_values",
    "where",
]

SCHEMA_VERSION = 3
SCHEMA = """
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
_ADDED = (
    ("error_code", "TEXT"),
    ("error_params", "TEXT"),
    ("fallback", "TEXT"),
    ("unsure", "INTEGER NOT NULL DEFAULT 0"),
    ("escalated", "TEXT"),
)
"""Version 2: the error's code, its params (JSON), the fallback reasons (JSON list of code and params).
Version 3: unsure (0 or 1) and escalated (JSON: the local answer and the reason it was not kept)."""
COLUMNS = (
    "id, created, input, row, input_sha256, model, model_sha256, label, score, top_k, backend, "
    "fallback_reason, latency_ms, error, error_kind, "
    "EXISTS (SELECT 1 FROM thumbnails t WHERE t.entry_id = entries.id), error_code, error_params, fallback, "
    "unsure, escalated"
)
INSERT = (
    "INSERT INTO entries (created, input, row, input_sha256, model, model_sha256, label, score, top_k, "
    "backend, fallback_reason, latency_ms, error, error_kind, error_code, error_params, fallback, unsure, "
    "escalated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def migrate(conn: sqlite3.Connection) -> None:
    """Add the columns an older history lacks; call inside a write transaction."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
    for name, kind in _ADDED:
        if name not in present:
            conn.execute(f"ALTER TABLE entries ADD COLUMN {name} {kind}")


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
    """Why there was no answer, in English."""
    error_kind: str | None
    has_thumbnail: bool = False
    error_code: str | None = None
    """The error's code; None for rows recorded before errors had codes (their sentence is all there is)."""
    error_params: dict[str, Any] | None = None
    fallback: tuple[dict[str, Any], ...] = ()
    """Why the first backend did not answer, as ``{"code", "params"}`` (``fallback_reason`` in English)."""
    unsure: bool = False
    """The answer was below the pack's "not sure" threshold."""
    escalated: dict[str, Any] | None = None
    """The local answer the server's replaced, and why (see ``Prediction.escalated``)."""

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def created_at(self) -> datetime:
        """Local time with its UTC offset."""
        return datetime.fromtimestamp(self.created).astimezone()

    def outcome(self) -> Prediction | Failure:
        """The entry as the ``Prediction`` or ``Failure`` it was recorded from."""
        if self.error is not None:
            kind = self.error_kind or "TepiError"
            return Failure(self.input, self.row, self.error, kind, self.error_code, self.error_params or {})
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
            fallback=self.fallback,
            unsure=self.unsure,
            escalated=self.escalated,
        )

    def error_text(self, language: str = text.DEFAULT_LANGUAGE) -> str | None:
        """The error in ``language``: by its code, or read back from the sentence of an older row."""
        outcome = self.outcome()
        return outcome.render(language) if isinstance(outcome, Failure) else None


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
    """``all``, ``ok`` (predictions only), ``unsure`` (answers below the "not sure" threshold) or
    ``error`` (failures only)."""
    limit: int | None = 1000
    offset: int = 0


def row_values(
    outcome: Prediction | Failure, when: float, model_sha256: str | None, model: str | None
) -> tuple:
    """The values of ``INSERT`` for one outcome."""
    if isinstance(outcome, Prediction):
        top = json.dumps([[t.label, t.score] for t in outcome.top_k], ensure_ascii=False)
        answer = (outcome.label, outcome.score, top, outcome.backend, outcome.fallback_reason)
        fallback = json.dumps(list(outcome.fallback), ensure_ascii=False) if outcome.fallback else None
        escalated = json.dumps(dict(outcome.escalated), ensure_ascii=False) if outcome.escalated else None
        return (when, outcome.input, outcome.row, outcome.input_sha256, outcome.model, model_sha256,
                *answer, outcome.latency_ms, None, None, None, None, fallback, int(outcome.unsure),
                escalated)  # fmt: skip
    no_answer = (None, None, "[]", None, None, None)
    params = json.dumps(dict(outcome.params), ensure_ascii=False) if outcome.code is not None else None
    return (when, outcome.input, outcome.row, None, model or "", model_sha256,
            *no_answer, outcome.error, outcome.kind, outcome.code, params, None, 0, None)  # fmt: skip


def where(query: HistoryQuery) -> tuple[str, list[object]]:
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
    elif query.status == "unsure":
        clauses.append("error IS NULL AND unsure = 1")
    elif query.status == "error":
        clauses.append("error IS NOT NULL")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def entry_from_row(row: tuple) -> HistoryEntry:
    try:
        top = tuple(LabelScore(str(label), float(score)) for label, score in json.loads(row[9] or "[]"))
    except (ValueError, TypeError):
        top = ()
    params = _json(row[17], dict)
    fallback = tuple(r for r in _json(row[18], list) or () if isinstance(r, dict) and "code" in r)
    escalated = _json(row[20], dict)
    fields = (*row[:9], top, *row[10:15], bool(row[15]), row[16], params, fallback, bool(row[19]), escalated)
    return HistoryEntry(*fields)


def _json(value: str | None, kind: type) -> Any:
    """A JSON column, or None when it is empty or not what it should be (a damaged row stays readable)."""
    if not value:
        return None
    try:
        found = json.loads(value)
    except ValueError:
        return None
    return found if isinstance(found, kind) else None
