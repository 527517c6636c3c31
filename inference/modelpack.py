"""Model packs: a folder with a ``model.toml`` manifest, its model files and labels.

A pack says everything needed to turn a file into a prediction: which model
files to run (in order of preference), how to preprocess the input, how to
read the output, where the model should run, and the SHA-256 of every file so
a changed or corrupted file is refused instead of silently giving other
answers. ``inference.formats`` builds the same ``ModelPack`` for bare models.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Literal

import tomllib

from inference.errors import IntegrityError, ManifestError

__all__ = [
    "MANIFEST",
    "ImageSpec",
    "ModelPack",
    "RemoteSpec",
    "TabularSpec",
    "load_manifest",
    "parse_manifest",
    "sha256_file",
]

MANIFEST = "model.toml"
TASKS = ("image-classification", "tabular-classification")
PLACEMENTS = ("local", "remote", "auto")
FITS = ("crop", "pad", "stretch")
COLOR_MODES = ("rgb", "grayscale")
RESAMPLES = ("lanczos", "bilinear", "box")
OUTPUT_KINDS = ("probabilities", "logits")

Placement = Literal["local", "remote", "auto"]


@dataclass(frozen=True)
class ImageSpec:
    """How an image becomes the model's input tensor (height × width × channels)."""

    width: int
    height: int
    color_mode: str = "rgb"
    """``rgb`` or ``grayscale``."""
    fit: str = "crop"
    """``crop`` (centre-crop to the aspect, then resize), ``pad`` (letterbox) or ``stretch``."""
    invert: bool = False
    """Invert before fitting, so dark ink on light paper becomes bright strokes."""
    trim: bool = False
    """Crop to the ink's bounding box before fitting (digit and sketch models)."""
    autocontrast: bool = False
    """Stretch the darkest to 0 and the brightest to 255 (photographed paper is grey)."""
    margin: float = 0.0
    """With ``trim``: border added around the strokes, as a fraction of their size."""
    resample: str = "lanczos"
    """Resize filter: ``lanczos``, ``bilinear`` or ``box`` (area average)."""
    scale: float = 1.0 / 255.0
    offset: float = 0.0
    """Pixel values 0..255 become ``x * scale + offset`` (ignored when mean/std are set)."""
    mean: tuple[float, ...] | None = None
    std: tuple[float, ...] | None = None
    """Per-channel ``(x - mean) / std`` on 0..255 values, instead of scale/offset."""
    draft: bool = True
    """Let a large JPEG decode at a reduced size first (faster); off decodes every pixel, as
    reference code such as Teachable Machine's does (their answers then match to the digit)."""

    @property
    def channels(self) -> int:
        return 3 if self.color_mode == "rgb" else 1


@dataclass(frozen=True)
class TabularSpec:
    """The feature columns a tabular model takes, in the model's order."""

    features: tuple[str, ...]
    baseline: tuple[float, ...] | None = None
    """A neutral row, one value per feature (the training means): explanations replace one
    feature at a time with it."""


@dataclass(frozen=True)
class RemoteSpec:
    """The name and version under which a serving system knows this model."""

    model: str
    version: str | None = None
    temperature: float | None = None
    """The remote model's own temperature, when it differs from this pack's ``[output]``."""
    min_confidence: float | None = None
    """The remote model's own "not sure" threshold, when it differs from this pack's."""


@dataclass(frozen=True)
class ModelPack:
    """A model with everything needed to use it; built from a manifest or inferred."""

    name: str
    version: str
    task: str
    root: Path
    model_files: tuple[Path, ...]
    """Model files in order of preference for local inference (may be empty: remote only)."""
    labels: tuple[str, ...]
    input: ImageSpec | TabularSpec | None
    """``None`` only for a bare model before its backend is loaded (see ``formats``)."""
    output: str = "probabilities"
    temperature: float = 1.0
    """Temperature scaling of the outputs (``[output] temperature``; see ``inference.calibration``)."""
    min_confidence: float | None = None
    """Answers whose top score is below this are *unsure* (``[output] min_confidence``)."""
    placement: Placement = "auto"
    remote: RemoteSpec | None = None
    cascade: RemoteSpec | None = None
    """The heavier served model to ask when this one is unsure (``[cascade]``; policy ``cascade``)."""
    sha256: dict[str, str] = field(default_factory=dict, compare=False)
    """Expected SHA-256 per file name, relative to ``root``."""
    description: str = ""
    source: str = "pack"
    """``pack``, ``bare`` or ``teachable-machine``: how Tepi found this model."""
    signed_by: str | None = field(default=None, compare=False)
    """The trusted publisher whose key signed the pack, once its signature has been verified."""

    @property
    def ref(self) -> str:
        """``name@version``, as printed in results and history."""
        return f"{self.name}@{self.version}"

    @property
    def is_image(self) -> bool:
        return isinstance(self.input, ImageSpec)

    @property
    def size_bytes(self) -> int:
        return sum(_path_size(p) for p in self.model_files)


def _path_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, or of a folder's files in sorted order (SavedModel)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if path.is_dir():
            digest.update(file.relative_to(path).as_posix().encode())
        with file.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def load_manifest(root: Path, *, verify: bool = True) -> ModelPack:
    """Read ``root/model.toml``; with ``verify`` refuse files whose hash differs."""
    manifest = root / MANIFEST
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError("pack.no_manifest", name=root.name, path=root) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        where = f"{root.name}/{MANIFEST}"
        raise ManifestError("pack.toml", where=where, toml_error=str(exc), path=manifest) from exc
    except RecursionError as exc:  # tomllib recurses once per nested array or table
        where = f"{root.name}/{MANIFEST}"
        raise ManifestError("pack.toml_too_deep", where=where, path=manifest) from exc
    pack = parse_manifest(data, root)
    if verify:
        verify_hashes(pack)
    return pack


def verify_hashes(pack: ModelPack) -> None:
    """Raise ``IntegrityError`` when a file's SHA-256 differs from the manifest."""
    for name, expected in pack.sha256.items():
        path = pack.root / name
        if not path.exists():
            raise IntegrityError("pack.file_missing", pack=pack.name, name=name, path=path)
        actual = sha256_file(path)
        if actual != expected.lower():
            raise IntegrityError("pack.hash_mismatch", name=name, pack=pack.name, path=path)


def parse_manifest(data: dict[str, Any], root: Path) -> ModelPack:
    """Build a ``ModelPack`` from a parsed manifest; every mistake is a ``ManifestError``."""
    where = f"{root.name}/{MANIFEST}"
    name = _get(data, "name", str, where)
    task = _choice(data.get("task", "image-classification"), TASKS, "task", where)
    model = data.get("model", {})
    if not isinstance(model, dict):
        raise ManifestError("pack.model_table", where=where, path=root)
    files = model.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ManifestError("pack.files_list", where=where, path=root)
    for file in files:
        if _escapes(file):
            raise ManifestError("pack.file_escapes", where=where, file=file, path=root)
    hashes = model.get("sha256", {})
    if not isinstance(hashes, dict) or set(hashes) - set(files):
        raise ManifestError("pack.hash_table", where=where, path=root)
    missing = [f for f in files if f not in hashes]
    if missing:
        raise ManifestError("pack.hash_missing", where=where, files=missing, path=root)
    remote = data.get("remote")
    placement = _choice(data.get("placement", "auto"), PLACEMENTS, "placement", where)
    if not files and remote is None:
        raise ManifestError("pack.no_files", where=where, path=root)
    input_table = data.get("input", {})
    if not isinstance(input_table, dict):
        raise ManifestError("pack.input_table", where=where, path=root)
    output = data.get("output", {})
    if not isinstance(output, dict):
        raise ManifestError("pack.output_table", where=where, path=root)
    spec = (
        _image_spec(input_table, where)
        if task == "image-classification"
        else _tabular_spec(input_table, where)
    )
    return ModelPack(
        name=name,
        version=str(data.get("version", "0")),
        task=task,
        root=root,
        model_files=tuple(root / f for f in files),
        labels=_labels(data, root, where),
        input=spec,
        output=_choice(
            output.get("kind", "probabilities"), OUTPUT_KINDS, "output.kind", where
        ),
        temperature=_temperature(output.get("temperature", 1.0), "output.temperature", where),
        min_confidence=_fraction(output.get("min_confidence"), "output.min_confidence", where),
        placement=placement,  # type: ignore[arg-type]
        remote=_remote_spec(remote, where) if remote is not None else None,
        cascade=_remote_spec(data["cascade"], where, "cascade") if "cascade" in data else None,
        sha256=dict(hashes),
        description=str(data.get("description", "")),
    )


def _escapes(name: str) -> bool:
    """True for a file name that would leave the pack folder here or on Windows (``..``, ``C:``, ``/``)."""
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    return posix.is_absolute() or bool(windows.anchor) or ".." in posix.parts or ".." in windows.parts


def _get(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or value == "":
        raise ManifestError("pack.key_type", where=where, key=key, python_type=kind.__name__)
    return value


def _choice(value: Any, allowed: tuple[str, ...], key: str, where: str) -> str:
    if value not in allowed:
        raise ManifestError("pack.key_choice", where=where, key=key, value=repr(value), choices=list(allowed))
    return str(value)


def _labels(data: dict[str, Any], root: Path, where: str) -> tuple[str, ...]:
    if "labels_file" in data:
        name = str(data["labels_file"])
        if _escapes(name):
            raise ManifestError("pack.labels_escape", where=where, file=name, path=root)
        path = root / name
        try:
            return parse_labels(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ManifestError("pack.labels_unreadable", where=where, file=path.name, path=path) from exc
    labels = data.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise ManifestError("pack.labels_list", where=where)
    return tuple(labels)


def parse_labels(text: str) -> tuple[str, ...]:
    """One label a line; Teachable Machine's ``0 Class name`` lines lose their index."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    numbered = all((parts := line.split(" ", 1))[0].isdigit() and len(parts) == 2 for line in lines)
    if lines and numbered:
        return tuple(line.split(" ", 1)[1].strip() for line in lines)
    return tuple(lines)


def _numbers(value: Any, key: str, where: str) -> tuple[float, ...]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        raise ManifestError("pack.numbers", where=where, key=key)
    return tuple(float(v) for v in values)


def _image_spec(table: dict[str, Any], where: str) -> ImageSpec:
    size = table.get("size")
    if (
        not isinstance(size, list)
        or len(size) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 8192 for v in size)
    ):
        raise ManifestError("pack.size", where=where)
    mean = _numbers(table["mean"], "mean", where) if "mean" in table else None
    std = _numbers(table["std"], "std", where) if "std" in table else None
    if (mean is None) != (std is None):
        raise ManifestError("pack.mean_std", where=where)
    if std is not None and any(s == 0 for s in std):
        raise ManifestError("pack.std_zero", where=where)
    return ImageSpec(
        width=size[0],
        height=size[1],
        color_mode=_choice(table.get("color_mode", "rgb"), COLOR_MODES, "input.color_mode", where),
        fit=_choice(table.get("fit", "crop"), FITS, "input.fit", where),
        invert=bool(table.get("invert", False)),
        trim=bool(table.get("trim", False)),
        autocontrast=bool(table.get("autocontrast", False)),
        margin=_numbers(table.get("margin", 0.0), "margin", where)[0],
        resample=_choice(table.get("resample", "lanczos"), RESAMPLES, "input.resample", where),
        scale=_numbers(table.get("scale", 1 / 255), "scale", where)[0],
        offset=_numbers(table.get("offset", 0.0), "offset", where)[0],
        mean=mean,
        std=std,
        draft=bool(table.get("draft", True)),
    )


def _tabular_spec(table: dict[str, Any], where: str) -> TabularSpec:
    features = table.get("features")
    if not isinstance(features, list) or not all(isinstance(f, str) and f for f in features):
        raise ManifestError("pack.features", where=where)
    if len(set(features)) != len(features):
        raise ManifestError("pack.features_twice", where=where)
    baseline = _numbers(table["baseline"], "baseline", where) if "baseline" in table else None
    if baseline is not None and (len(baseline) != len(features) or not all(map(math.isfinite, baseline))):
        raise ManifestError("pack.baseline", where=where, count=len(features))
    return TabularSpec(features=tuple(features), baseline=baseline)


def _remote_spec(table: Any, where: str, section: str = "remote") -> RemoteSpec:
    if not isinstance(table, dict) or not isinstance(table.get("model"), str):
        raise ManifestError("pack.remote", where=where, section=section)
    version = table.get("version")
    temperature = table.get("temperature")
    key = f"{section}.temperature"
    return RemoteSpec(
        model=table["model"],
        version=None if version is None else str(version),
        temperature=None if temperature is None else _temperature(temperature, key, where),
        min_confidence=_fraction(table.get("min_confidence"), f"{section}.min_confidence", where),
    )


def _temperature(value: Any, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.01 <= value <= 100:
        raise ManifestError("pack.temperature", where=where, key=key)
    return float(value)


def _fraction(value: Any, key: str, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ManifestError("pack.fraction", where=where, key=key)
    return float(value)
