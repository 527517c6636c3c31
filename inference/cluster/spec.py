"""What the driver sends every actor: how to open the pack, and the SHA-256 it must have.

On a cluster each node opens its own copy of the pack (the same path, or the
same bundled or installed name). A node whose copy differs would quietly give
other answers, so the driver fingerprints its pack once and every actor checks
its copy against that before it predicts anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from inference.errors import IntegrityError
from inference.modelpack import MANIFEST, ModelPack, sha256_file

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint

__all__ = [
    "JobSpec",
    "check_fingerprint",
    "fingerprint",
    "output_format",
]

FORMATS = {".parquet": "parquet", ".jsonl": "json", ".json": "json", ".ndjson": "json"}
"""What ``--out`` may end in: Ray Data's Parquet writer, or its JSON-lines writer."""


@dataclass(frozen=True)
class JobSpec:
    """Everything an actor needs to open the same model the driver opened."""

    model: str
    """A reference that opens the pack on any node: an absolute path, or a bundled/installed name."""
    fingerprint: dict[str, str]
    """SHA-256 per file (relative to the pack folder) of the pack the driver opened."""
    pack_name: str
    tepi_version: str
    """Every node must run the same Tepi (preprocessing is code, not only the pack)."""
    threads: int = 1
    """LiteRT (or ONNX Runtime, TensorFlow) threads: the CPUs each actor holds."""
    top_k: int = 3
    allow_unsafe: bool = False
    remote: Endpoint | None = None
    policy: str | None = None
    batch_size: int = 64
    tabular: bool = False
    """The model takes CSV rows (parsed by Ray tasks) rather than images."""
    features: tuple[str, ...] = field(default=())
    """A tabular model's feature columns, for the CSV parsing tasks (empty: every column)."""


def output_format(out: str) -> str | None:
    """``parquet`` or ``json`` (lines) from the output's suffix; None when Tepi writes neither.

    A URI's query (``s3://b/r.parquet?endpoint_override=minio:9000``: pyarrow's filesystem
    options) is not part of the name.
    """
    name = out.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return FORMATS.get(suffix)


def fingerprint(pack: ModelPack) -> dict[str, str]:
    """SHA-256 of what decides the answers: the model files, the manifest and the labels file.

    Files the manifest pins were checked against those pins when the pack was
    opened, so their pinned hash is used as it is; others are hashed here.
    """
    names = {p.relative_to(pack.root).as_posix() for p in pack.model_files if p.is_relative_to(pack.root)}
    names |= {name for name in (MANIFEST, "labels.txt") if (pack.root / name).is_file()}
    names |= set(pack.sha256)
    return {
        name: pack.sha256[name].lower() if name in pack.sha256 else sha256_file(pack.root / name)
        for name in sorted(names)
        if (pack.root / name).exists()
    }


def check_fingerprint(pack: ModelPack, expected: dict[str, str], host: str) -> None:
    """Refuse, in one sentence, a pack on this node that differs from the driver's."""
    actual = fingerprint(pack)
    differing = sorted(
        name for name in expected.keys() | actual.keys() if expected.get(name) != actual.get(name)
    )
    if differing:
        name = differing[0]
        code = (
            "cluster.pack_missing"
            if name not in actual
            else "cluster.pack_extra"
            if name not in expected
            else "cluster.pack_other"
        )
        raise IntegrityError(code, name=pack.name, host=host, file=name, path=pack.root / name)
