"""The two row shapes of a Ray job, as Arrow schemas, so every block agrees on its types.

``INPUT_SCHEMA`` is what the actors take: a file to predict (``input``, with its
``bytes`` when Ray Data read them), a CSV row's ``features``, or an input that
already failed (``failure``: its ``predict --json`` object). ``OUTPUT_SCHEMA`` is
what they give back and what lands in the Parquet or JSON-lines files: the
``predict --json`` fields (``params`` and ``fallback``, objects of any shape, as
JSON text), plus which host and actor answered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

__all__ = ["INPUT_SCHEMA", "OUTPUT_SCHEMA", "failure_row", "file_rows", "output_table"]

INPUT_SCHEMA = pa.schema(
    [
        ("input", pa.string()),
        ("row", pa.int64()),
        ("bytes", pa.binary()),
        ("features", pa.list_(pa.float32())),
        ("failure", pa.string()),
    ]
)

_TOP_K = pa.list_(pa.struct([("label", pa.string()), ("score", pa.float64())]))
OUTPUT_SCHEMA = pa.schema(
    [
        ("input", pa.string()),
        ("row", pa.int64()),
        ("label", pa.string()),
        ("score", pa.float64()),
        ("top_k", _TOP_K),
        ("backend", pa.string()),
        ("model", pa.string()),
        ("latency_ms", pa.float64()),
        ("fallback_reason", pa.string()),
        ("fallback", pa.string()),
        ("unsure", pa.bool_()),
        ("escalated", pa.string()),
        ("error", pa.string()),
        ("code", pa.string()),
        ("params", pa.string()),
        ("worker", pa.string()),
        ("actor", pa.string()),
    ]
)
OUTPUT_FIELDS = frozenset(OUTPUT_SCHEMA.names)
AS_JSON_TEXT = frozenset({"fallback", "params", "escalated"})
"""Fields whose values are JSON objects of any shape (a sentence's parameters): stored as JSON text."""


def file_rows(names: Iterable[str], contents: Iterable[bytes | None] | None = None) -> pa.Table:
    """Input rows for whole files: their names, and their bytes where already read."""
    names = list(names)
    data = list(contents) if contents is not None else [None] * len(names)
    return pa.table(
        {
            "input": pa.array(names, pa.string()),
            "row": pa.nulls(len(names), pa.int64()),
            "bytes": pa.array(data, pa.binary()),
            "features": pa.nulls(len(names), INPUT_SCHEMA.field("features").type),
            "failure": pa.nulls(len(names), pa.string()),
        },
        schema=INPUT_SCHEMA,
    )


def failure_row(answer: Mapping[str, Any]) -> dict[str, Any]:
    """An input row for an input that failed before reaching an actor (a bad CSV cell)."""
    return {
        "input": answer["input"],
        "row": answer["row"],
        "bytes": None,
        "features": None,
        "failure": json.dumps(answer, ensure_ascii=False),
    }


def output_table(answers: list[dict[str, Any]], worker: str, actor: str) -> pa.Table:
    """``predict --json`` objects as output rows; a field the schema lacks is a programming error."""
    unknown = {key for answer in answers for key in answer} - OUTPUT_FIELDS
    if unknown:
        raise ValueError(f"output rows have no column for {sorted(unknown)}")
    rows = [
        {
            **{k: json.dumps(v, ensure_ascii=False) if k in AS_JSON_TEXT else v for k, v in answer.items()},
            "worker": worker,
            "actor": actor,
        }
        for answer in answers
    ]
    return pa.Table.from_pylist(rows, schema=OUTPUT_SCHEMA)
