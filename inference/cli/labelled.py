"""Labelled examples for ``calibrate``: a folder per label of images, or a CSV with a label column."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inference.errors import TepiError, UsageError
from inference.images import IMAGE_SUFFIXES, load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.tables import CSV_SUFFIXES, read_csv

__all__ = ["LabelledSamples", "read_labelled"]

logger = logging.getLogger(__name__)
LIKELY_LABEL_COLUMNS = ("label", "class", "species", "target", "y")


@dataclass(frozen=True)
class LabelledSamples:
    inputs: np.ndarray
    """The model's input tensors, one per example."""
    labels: np.ndarray
    """Index into the pack's labels, one per example."""
    source: str
    skipped: int = 0
    """Examples that could not be read (unreadable image, bad CSV row)."""

    def __len__(self) -> int:
        return len(self.labels)


def read_labelled(path: Path, pack: ModelPack, *, label_column: str | None = None) -> LabelledSamples:
    """Read labelled examples for ``pack``; every mistake is one ``UsageError`` sentence."""
    if not path.exists():
        raise UsageError("file.missing", name=str(path))
    if isinstance(pack.input, ImageSpec):
        if not path.is_dir():
            raise UsageError("calibrate.images_folder", model=pack.name)
        return _image_folders(path, pack, pack.input)
    if not isinstance(pack.input, TabularSpec) or path.suffix.lower() not in CSV_SUFFIXES:
        raise UsageError("calibrate.csv_file", model=pack.name)
    return _csv_rows(path, pack, pack.input, label_column)


def _label_indexes(names: list[str], pack: ModelPack, source: str) -> list[int]:
    unknown = sorted(set(names) - set(pack.labels))
    if unknown:
        shown = ", ".join(unknown[:5]) + (", …" if len(unknown) > 5 else "")
        raise UsageError(
            "calibrate.unknown_labels",
            source=source,
            model=pack.name,
            unknown=shown,
            labels=", ".join(pack.labels),
        )
    return [pack.labels.index(name) for name in names]


def _image_folders(root: Path, pack: ModelPack, spec: ImageSpec) -> LabelledSamples:
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    if not folders:
        raise UsageError("calibrate.no_subfolders", folder=root)
    _label_indexes([f.name for f in folders], pack, str(root))
    tensors: list[np.ndarray] = []
    labels: list[int] = []
    skipped = 0
    for folder in folders:
        for file in sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES):
            try:
                tensors.append(load_image(file, spec).tensor)
            except TepiError as exc:
                logger.info("calibrate: skipped %s: %s", file, exc)
                skipped += 1
                continue
            labels.append(pack.labels.index(folder.name))
    if not tensors:
        raise UsageError("calibrate.no_images", folder=root)
    return LabelledSamples(np.stack(tensors), np.asarray(labels), str(root), skipped)


def _csv_rows(path: Path, pack: ModelPack, spec: TabularSpec, column: str | None) -> LabelledSamples:
    table = read_csv(path, spec.features)
    column = column or _find_label_column(path.name, table.header, table.rows, spec.features, pack)
    if column not in table.header:
        raise UsageError("calibrate.no_column", name=path.name, column=column)
    at = table.header.index(column)
    good = [
        i
        for i, row in enumerate(table.rows)
        if i not in table.row_errors and at < len(row) and row[at].strip()
    ]
    if not good:
        raise UsageError("calibrate.no_rows", name=path.name)
    indexes = _label_indexes([table.rows[i][at].strip() for i in good], pack, path.name)
    return LabelledSamples(table.features[good], np.asarray(indexes), path.name, len(table.rows) - len(good))


def _find_label_column(
    name: str, header: list[str], rows: list[list[str]], features: tuple[str, ...], pack: ModelPack
) -> str:
    """The column, other than the features, whose values are the pack's labels."""
    known = set(pack.labels)
    candidates = [
        column
        for at, column in enumerate(header)
        if column not in features
        and any(at < len(row) and row[at].strip() for row in rows)
        and all(row[at].strip() in known for row in rows if at < len(row) and row[at].strip())
    ]
    if not candidates:
        likely = [column for column in header if column.lower() in LIKELY_LABEL_COLUMNS]
        if likely:
            return likely[0]  # its values are checked against the labels, with a sentence naming them
        raise UsageError(
            "calibrate.no_label_column", name=name, model=pack.name, labels=", ".join(pack.labels)
        )
    return sorted(candidates, key=lambda n: n.lower() not in LIKELY_LABEL_COLUMNS)[0]
