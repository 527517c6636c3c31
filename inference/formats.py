"""Open anything a person may hand Tepi as a model and get a ``ModelPack``.

Accepted: a pack folder (``model.toml``), a bundled pack name, a bare
``.tflite``/``.keras``/``.h5``/``.onnx`` file, a SavedModel folder, and Teachable
Machine exports (folder or downloaded ``.zip``), and a pack folder zipped. A bare model's input spec is
left ``None`` and completed from the loaded backend (``complete_pack``).
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from inference.backends.base import BackendInfo
from inference.errors import ModelError, ModelFormatError
from inference.modelpack import (
    MANIFEST,
    ImageSpec,
    ModelPack,
    TabularSpec,
    load_manifest,
    parse_labels,
    sha256_file,
)
from inference.resources import cache_dir, resource_path

if TYPE_CHECKING:
    from inference.packs.trust import TrustPolicy

__all__ = [
    "MODEL_SUFFIXES",
    "bundled_models",
    "complete_pack",
    "is_model_path",
    "open_model",
]

MODEL_SUFFIXES = frozenset({".tflite", ".keras", ".h5", ".hdf5", ".onnx"})
TM_MODEL_FILES = ("model_unquant.tflite", "model.tflite", "keras_model.h5")
# Teachable Machine's own preprocessing: RGB, every pixel decoded, ImageOps.fit with LANCZOS, x / 127.5 - 1.
TM_SPEC = ImageSpec(
    width=224, height=224, color_mode="rgb", fit="crop", scale=1 / 127.5, offset=-1.0, draft=False
)
DEFAULT_MODEL = "digits"
MAX_ZIP_BYTES = 2 * 1024**3


def bundled_models() -> list[str]:
    """Names of the model packs that ship with Tepi."""
    root = resource_path("models")
    return sorted(p.name for p in root.iterdir() if (p / MANIFEST).is_file()) if root.is_dir() else []


def is_model_path(path: Path) -> bool:
    """True for anything ``open_model`` would try: used to tell models from inputs on drop."""
    if path.is_dir():
        return (
            (path / MANIFEST).is_file()
            or (path / "saved_model.pb").is_file()
            or _teachable_machine_file(path) is not None
        )
    return path.suffix.lower() in MODEL_SUFFIXES | {".zip"} or path.name == MANIFEST


def open_model(
    ref: str | Path | None = None,
    *,
    verify: bool = True,
    unpack_to: Path | None = None,
    trust: TrustPolicy | None = None,
) -> ModelPack:
    """Resolve a model reference (path or bundled name; None is the default model).

    A ``.zip`` (a zipped pack or a Teachable Machine export) is unpacked under
    ``unpack_to``, default the user cache; the web page passes a folder of its
    session so an uploaded model lives only as long as the session. ``trust``
    (default: the trusted publishers in settings and ``TEPI_TRUSTED_KEYS``) decides
    whether an unsigned model may open; see ``inference.packs.trust``.
    """
    from inference.packs.trust import check_pack

    return check_pack(_resolve(ref, verify, unpack_to), trust)


def _resolve(ref: str | Path | None, verify: bool, unpack_to: Path | None) -> ModelPack:
    ref = DEFAULT_MODEL if ref is None or str(ref) == "" else ref
    path = Path(ref).expanduser()
    if not path.exists():
        name, _, version = str(ref).partition("@")
        named = isinstance(ref, str) and "/" not in ref and "\\" not in ref
        installed = _installed_pack(name, version or None) if named else None
        if installed is not None:
            return load_manifest(installed, verify=verify)
        bundled = resource_path("models", name)
        if named and (bundled / MANIFEST).is_file() and version in ("", _bundled_version(bundled)):
            return load_manifest(bundled, verify=verify)
        known = ", ".join(bundled_models()) or "none"
        raise ModelError("model.not_found", name=str(ref), known=known, path=path)
    if path.is_file() and path.name == MANIFEST:
        path = path.parent
    if path.is_dir():
        return _open_folder(path, verify)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _open_folder(_unpack_zip(path, unpack_to), verify, source_name=path.stem)
    if suffix in MODEL_SUFFIXES:
        return _pack_holding(path, verify) or _bare_pack(path, path.stem, _labels_near(path))
    raise ModelFormatError("model.unknown_file", name=path.name, path=path)


def _installed_pack(name: str, version: str | None) -> Path | None:
    """The folder of an installed pack (``pack update``, ``pack install``): its active or a given version."""
    from inference.errors import PackStoreError
    from inference.packs.store import PackStore

    try:
        return PackStore().path(name, version)
    except PackStoreError:
        return None


def _bundled_version(folder: Path) -> str:
    return load_manifest(folder, verify=False).version


def _open_folder(path: Path, verify: bool, source_name: str | None = None) -> ModelPack:
    if (path / MANIFEST).is_file():
        return load_manifest(path, verify=verify)
    tm_file = _teachable_machine_file(path)
    if tm_file is not None:
        labels = parse_labels((tm_file.parent / "labels.txt").read_text(encoding="utf-8-sig"))
        pack = _bare_pack(tm_file, source_name or path.name, labels)
        return replace(pack, source="teachable-machine")
    if (path / "saved_model.pb").is_file():
        return _bare_pack(path, path.name, _labels_near(path / "saved_model.pb"))
    raise ModelFormatError("model.empty_folder", name=path.name, path=path)


def _pack_holding(model: Path, verify: bool) -> ModelPack | None:
    """The pack a model file belongs to, preferring that file: its manifest knows more."""
    if not (model.parent / MANIFEST).is_file():
        return None
    pack = load_manifest(model.parent, verify=verify)
    chosen = model.resolve()
    if chosen not in [p.resolve() for p in pack.model_files]:
        return None
    rest = tuple(p for p in pack.model_files if p.resolve() != chosen)
    return replace(pack, model_files=(model, *rest))


def _teachable_machine_file(folder: Path) -> Path | None:
    """The best model file of a Teachable Machine export, at the top or one level down."""
    for candidate in (folder, *sorted(p for p in folder.iterdir() if p.is_dir())):
        if not (candidate / "labels.txt").is_file():
            continue
        for name in TM_MODEL_FILES:
            if (candidate / name).is_file():
                return candidate / name
    return None


def _labels_near(model: Path) -> tuple[str, ...]:
    labels = model.parent / "labels.txt"
    return parse_labels(labels.read_text(encoding="utf-8-sig")) if labels.is_file() else ()


def _bare_pack(model: Path, name: str, labels: tuple[str, ...]) -> ModelPack:
    digest = sha256_file(model)
    return ModelPack(
        name=name,
        version=digest[:8],
        task="image-classification",
        root=model.parent,
        model_files=(model,),
        labels=labels,
        input=None,  # completed from the loaded backend by complete_pack
        placement="local",
        sha256={},
        source="bare",
    )


def complete_pack(pack: ModelPack, info: BackendInfo) -> ModelPack:
    """Fill a bare model's input spec from the loaded model; check a pack's spec against it."""
    if pack.input is not None:
        check_input(pack, info)
        return pack
    tensor = info.inputs[0]
    shape = tensor.shape
    if pack.source == "teachable-machine" and len(shape) == 4 and shape[1] > 0 and shape[2] > 0:
        return replace(pack, input=replace(TM_SPEC, width=shape[2], height=shape[1]))
    if len(shape) == 2:
        return replace(pack, task="tabular-classification", input=TabularSpec(features=()))
    if len(shape) == 4 and shape[3] in (1, 3) and shape[1] > 0 and shape[2] > 0:
        scale, offset = 1 / 255, 0.0
        if tensor.quantization is not None:
            # Feed raw pixels: the float domain the quantization describes, inverted.
            q_scale, zero = tensor.quantization
            scale, offset = q_scale, -zero * q_scale
        spec = ImageSpec(
            width=shape[2],
            height=shape[1],
            color_mode="rgb" if shape[3] == 3 else "grayscale",
            scale=scale,
            offset=offset,
        )
        return replace(pack, input=spec)
    raise ModelFormatError(
        "model.input_shape", name=pack.model_files[0].name, shape=str(list(shape)), path=pack.model_files[0]
    )


def check_input(pack: ModelPack, info: BackendInfo) -> None:
    """Refuse a manifest whose input spec does not fit the model's input tensor."""
    shape = info.inputs[0].shape
    spec = pack.input
    if isinstance(spec, ImageSpec) and len(shape) == 4:
        expected = (spec.height, spec.width, spec.channels)
        if any(want > 0 and want != got for want, got in zip(shape[1:], expected, strict=True)):
            raise ModelFormatError(
                "model.image_mismatch",
                name=pack.name,
                described=f"{spec.width}×{spec.height}×{spec.channels}",
                actual=f"{shape[2]}×{shape[1]}×{shape[3]}",
                path=pack.root,
            )
    elif isinstance(spec, TabularSpec) and spec.features and len(shape) == 2:
        if shape[1] > 0 and shape[1] != len(spec.features):
            raise ModelFormatError(
                "model.features_mismatch",
                name=pack.name,
                count=len(spec.features),
                actual=shape[1],
                path=pack.root,
            )
    elif len(shape) not in (2, 4):
        raise ModelFormatError("model.unfeedable", name=pack.name, shape=str(list(shape)))


def _unpack_zip(path: Path, unpack_to: Path | None = None) -> Path:
    """Extract a zipped pack or a Teachable Machine zip, refusing unsafe archives.

    Files go to ``unpack_to`` (default: the cache) under a folder named by the
    zip's hash; a zipped pack is then opened like any pack folder (hashes checked).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            _check_members(path, members)
            wanted = _pack_members(members)
            kind = "packs" if wanted else "teachable-machine"
            wanted = wanted or _teachable_machine_members(path, members)
            target = (unpack_to or cache_dir() / kind) / _file_digest(path)[:16]
            for member, name in wanted:
                destination = target / name
                if not destination.exists():
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    partial = destination.with_name(destination.name + ".part")
                    partial.write_bytes(archive.read(member))
                    partial.replace(destination)  # never leave a half-written model behind
            return target
    except ModelFormatError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ModelFormatError("model.zip_unreadable", name=path.name, path=path) from exc


def _check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    for member in members:
        parts = Path(member.filename).parts
        if member.filename.startswith(("/", "\\")) or ".." in parts or ":" in member.filename:
            raise ModelFormatError("model.zip_escapes", name=path.name, path=path)
    if sum(m.file_size for m in members) > MAX_ZIP_BYTES:
        raise ModelFormatError("model.zip_too_large", name=path.name, path=path)


def _pack_members(members: list[zipfile.ZipInfo]) -> list[tuple[zipfile.ZipInfo, str]]:
    """A zipped pack: every file under the shallowest ``model.toml``, by its path below it."""
    manifests = [m for m in members if PurePosixPath(m.filename).name == MANIFEST]
    if not manifests:
        return []
    root = min((PurePosixPath(m.filename).parent for m in manifests), key=lambda p: len(p.parts))
    inside = [(m, PurePosixPath(m.filename)) for m in members]
    return [(m, str(p.relative_to(root))) for m, p in inside if p.is_relative_to(root)]


def _teachable_machine_members(
    path: Path, members: list[zipfile.ZipInfo]
) -> list[tuple[zipfile.ZipInfo, str]]:
    names = (*TM_MODEL_FILES, "labels.txt")
    wanted = [(m, Path(m.filename).name) for m in members if Path(m.filename).name in names]
    if not any(name == "labels.txt" for _, name in wanted):
        raise ModelFormatError("model.zip_no_labels", name=path.name, path=path)
    return wanted


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
