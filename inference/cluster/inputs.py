"""The paths of a job as one Ray Data dataset of ``INPUT_SCHEMA`` rows.

Local paths are listed here, on the driver, exactly as the plain ``predict``
lists them (folders recursively and sorted, other files skipped with a note,
files named explicitly kept), and become a file-list dataset: the actors read
the files themselves, so the paths must be the same on every node (one
machine, or a shared folder). URIs (``s3://``, ``gs://``, ``file://``, any
filesystem ``pyarrow`` knows) go to ``ray.data.read_binary_files``, which lists
and reads them in parallel. CSV files are parsed into rows by Ray tasks with
Tepi's own CSV reader, so a big file spreads over every actor, and a bad cell
fails its row only, with the plain command's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from inference.cluster.rows import INPUT_SCHEMA, failure_row, file_rows
from inference.errors import CsvError
from inference.images import IMAGE_SUFFIXES
from inference.predictor import expand_inputs
from inference.results import Failure
from inference.tables import CSV_SUFFIXES, CsvTable, parse_csv, read_csv

if TYPE_CHECKING:
    from ray.data import Dataset

__all__ = ["InputPlan", "is_uri", "plan_inputs"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_uri(path: str) -> bool:
    """``s3://bucket/x``, ``file:///data``: read through Ray Data; anything else is a local path."""
    return bool(_SCHEME.match(path))


@dataclass
class InputPlan:
    """What the paths hold, before Ray runs anything."""

    local_files: list[str]
    uris: list[str]
    skipped: int
    """Local files in the folders that are not of the model's kind (noted, as ``predict`` does)."""

    def dataset(self, *, tabular: bool, features: tuple[str, ...], block_rows: int) -> Dataset:
        """One dataset over every input; CSV files already split into rows for a tabular model."""
        import ray.data

        parts: list[Dataset] = []
        if self.local_files:  # blocks are built here, on the driver: no task reads a file yet
            blocks = -(-len(self.local_files) // block_rows)
            parts.append(
                ray.data.from_items(
                    [{"input": name} for name in self.local_files], override_num_blocks=blocks
                )
            )
        for uri in self.uris:
            suffixes = CSV_SUFFIXES if tabular else IMAGE_SUFFIXES
            found = ray.data.read_binary_files(
                uri,
                include_paths=True,
                file_extensions=sorted(s.lstrip(".") for s in suffixes),
            )
            scheme = uri.split("://", 1)[0] + "://"
            parts.append(found.map_batches(partial(_named_files, scheme=scheme), batch_format="pyarrow"))
        dataset = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
        if tabular:
            parse = partial(csv_rows, features=features, block_rows=block_rows)
            dataset = dataset.map_batches(parse, batch_size=1, batch_format="pyarrow")
        # Blocks of one batch each, which also keeps the reading and parsing out of the actors
        # (Ray Data fuses a map into the next one, but not across a repartition): a big CSV
        # file spreads over every actor.
        return dataset.repartition(target_num_rows_per_block=block_rows)


def plan_inputs(paths: Sequence[str], *, tabular: bool) -> InputPlan:
    uris = [p for p in paths if is_uri(p)]
    listing = expand_inputs([p for p in paths if not is_uri(p)], tabular=tabular)
    return InputPlan([str(p) for p in listing.files], uris, len(listing.skipped))


def _named_files(batch: pa.Table, scheme: str) -> pa.Table:
    """``read_binary_files`` rows (``bytes``, ``path`` without its scheme) as input rows."""
    names = [path if is_uri(path) else scheme + path for path in batch.column("path").to_pylist()]
    return file_rows(names, batch.column("bytes").to_pylist())


def csv_rows(batch: pa.Table, features: tuple[str, ...], block_rows: int) -> Iterator[pa.Table]:
    """A Ray task: CSV files into one input row per data row, in blocks of ``block_rows``.

    Other files pass through (the actor answers them with the plain command's sentence).
    """
    for entry in batch.to_pylist():
        name = entry["input"]
        if Path(name).suffix.lower() not in CSV_SUFFIXES:
            yield pa.Table.from_pylist([entry], schema=INPUT_SCHEMA)
            continue
        try:
            table = (
                read_csv(name, features)
                if entry.get("bytes") is None
                else parse_csv(entry["bytes"], features, name=name)
            )
        except CsvError as exc:
            yield pa.Table.from_pylist([failure_row(_csv_failure(name, None, exc))], schema=INPUT_SCHEMA)
            continue
        for start in range(0, len(table.rows), block_rows):
            stop = min(start + block_rows, len(table.rows))
            yield pa.Table.from_pylist(list(_table_rows(table, start, stop)), schema=INPUT_SCHEMA)


def _table_rows(table: CsvTable, start: int, stop: int) -> Iterator[dict[str, object]]:
    for index in range(start, stop):
        row = index + 1  # rows count from 1 after the header, as predict prints them
        if index in table.row_errors:
            yield failure_row(_csv_failure(table.path, row, table.row_errors[index]))
        else:
            features = table.features[index].tolist()
            yield {"input": table.path, "row": row, "bytes": None, "features": features, "failure": None}


def _csv_failure(name: str, row: int | None, exc: CsvError) -> dict[str, object]:
    return Failure.of(name, row, exc).to_json()
