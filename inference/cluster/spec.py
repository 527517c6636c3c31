"""What the driver sends every actor: how to open the pack, and the SHA-256 it must have.

On a cluster each node opens its own copy of the pack (the same path, or the
same bundled or installed name). A node whose copy differs would quietly give
other answers, so the driver fingerprints its pack once and every actor checks
its copy against that before it predicts anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from inference.errors import IntegrityError
from inference.modelpack import MANIFEST, ModelPack, sha256_file

if TYPE_CHECKING:
    from inference.backends.endpoint import Endpoint

__all__ = ["JobSpec", "check_fingerprint", "fingerprint", "portable_reference"]


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


def portable_reference(model: str | Path | None, pack: ModelPack) -> str:
    """A model reference that means the same on every node: a path made absolute, else the name as given."""
    if model is None or str(model) == "":
        return pack.root.name
    path = Path(model).expanduser()
    return str(path.resolve()) if path.exists() else str(model)


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
        what = (
            "is missing there"
            if name not in actual
            else "is there but not in the job's pack"
            if name not in expected
            else "has another SHA-256 there"
        )
        raise IntegrityError(
            f"The model pack {pack.name} on {host} differs from the one this job started with "
            f"({name} {what}), so that node will not predict; copy the same pack to every node.",
            path=pack.root / name,
        )
