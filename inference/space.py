"""Export packs as a Hugging Face Space (Docker SDK): a folder to push to the Space as it is.

    DIR/README.md           Space front matter (sdk: docker, app_port, ...) and a model card per pack
    DIR/Dockerfile          python:3.11-slim, user 1000 (as Spaces run it), the page or the API on $PORT
    DIR/requirements.txt    the lite runtime (ONNX Runtime or TensorFlow only for a pack without a
                            .tflite), pinned to the versions installed where the export ran (what was tested)
    DIR/pyproject.toml      Tepi's (its version)
    DIR/inference/          Tepi's core, as source
    DIR/web/, DIR/.streamlit/config.toml      the page (flavour ``page``)
    DIR/packs/NAME/         each pack's manifest and files, hashes checked before copying

Flavour ``page`` serves the Streamlit page (``web/``); ``api`` serves the reference
server, whose ``/tepi/v1/models/M:predict`` takes a file and whose V2 and TF Serving
routes take Tepi's ``--remote`` client. Both read ``$PORT`` (the front matter's
``app_port``) and ``$TEPI_HOST``, so the Dockerfile's own command also runs outside
a container (the tests start it on 127.0.0.1).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from inference.errors import UsageError
from inference.modelpack import MANIFEST, ModelPack, verify_hashes
from inference.space_text import dockerfile, raw_manifest, readme

__all__ = ["FLAVORS", "SpaceExport", "export_space", "requirements"]

FLAVORS = ("page", "api")
APP_PORT = 7860
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LEFT_OUT = frozenset({"pyside6-essentials", "keyring", "watchdog"})
"""Core dependencies a Space never needs: the window, the OS keyring, watched folders."""
RUNTIMES = {"tensorflow": ("tensorflow", "h5py"), "onnx": ("onnxruntime",)}
"""Runtimes installed only for a pack whose preferred model file needs them (LiteRT always is)."""
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "bench")


@dataclass(frozen=True)
class SpaceExport:
    folder: Path
    flavor: str
    packs: tuple[str, ...]
    files: tuple[str, ...]
    """Every file written, relative to ``folder``, sorted."""
    runtimes: tuple[str, ...]
    """Runtimes installed beside LiteRT: ``tensorflow``, ``onnx`` (none when every pack has a .tflite)."""


def export_space(
    packs: list[ModelPack], output: Path, *, flavor: str, title: str | None = None
) -> SpaceExport:
    """Write the Space folder; refuses a folder that already holds files."""
    if flavor not in FLAVORS:
        raise UsageError("space.flavor", choices=list(FLAVORS))
    names = [pack.name for pack in packs]
    if len(set(names)) != len(names):
        raise UsageError("space.same_names", names=names)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise UsageError("space.output_exists", path=str(output))
    for pack in packs:
        if not (pack.root / MANIFEST).is_file():
            raise UsageError("space.bare_model", name=pack.name)
        verify_hashes(pack)
    code = Path(__file__).resolve().parent
    output.mkdir(parents=True, exist_ok=True)
    shutil.copytree(code, output / "inference", ignore=_SKIP)
    if flavor == "page":
        _copy_page(code.parent, output)
    _copy_pyproject(code.parent, output)
    for pack in packs:
        _copy_pack(pack, output / "packs" / pack.name)
    runtimes = tuple(sorted({runtime for pack in packs if (runtime := runtime_for(pack)) != "litert"}))
    (output / "requirements.txt").write_text("\n".join(requirements(flavor, runtimes=runtimes)) + "\n")
    (output / "Dockerfile").write_text(dockerfile(flavor, APP_PORT))
    (output / "README.md").write_text(readme(packs, flavor, APP_PORT, title=title), encoding="utf-8")
    files = sorted(str(p.relative_to(output)) for p in output.rglob("*") if p.is_file())
    return SpaceExport(output, flavor, tuple(names), tuple(files), runtimes)


def requirements(flavor: str, *, runtimes: tuple[str, ...] = ()) -> list[str]:
    """What the container installs: Tepi's runtime dependencies and the flavour's extra, pinned here."""
    try:
        declared = metadata.requires("tepi") or []
    except metadata.PackageNotFoundError as exc:
        raise UsageError("space.not_installed") from exc
    extra = "web" if flavor == "page" else "server"
    chosen: dict[str, str] = {}
    for requirement in declared:
        spec, _, marker = requirement.partition(";")
        name = _normalise(spec)
        wanted_extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if wanted_extra is not None:
            if wanted_extra[1] != extra:
                continue
            marker = ""
        elif name in _LEFT_OUT or (_optional(name) and not any(name in RUNTIMES[r] for r in runtimes)):
            continue
        chosen.setdefault(name, _pinned(name, spec, marker.strip()))
    return [chosen[name] for name in sorted(chosen)]


def _pinned(name: str, spec: str, marker: str) -> str:
    try:
        line = f"{name}=={metadata.version(name)}"
    except metadata.PackageNotFoundError:  # not installed here (another platform's wheel): as declared
        line = spec.strip()
    return f"{line}; {marker}" if marker else line


def _normalise(spec: str) -> str:
    match = _NAME.match(spec)
    if match is None:
        raise UsageError("space.requirement", spec=spec)
    return re.sub(r"[-_.]+", "-", match[1]).lower()


def runtime_for(pack: ModelPack) -> str:
    """``litert``, ``onnx`` or ``tensorflow``: what the pack's preferred loadable file needs."""
    suffixes = [path.suffix.lower() for path in pack.model_files]
    if ".tflite" in suffixes:
        return "litert"
    return "onnx" if suffixes and suffixes[0] == ".onnx" else "tensorflow"


def _optional(name: str) -> bool:
    return any(name in names for names in RUNTIMES.values())


def _copy_page(repo: Path, output: Path) -> None:
    page = repo / "web"
    if not (page / "app.py").is_file():
        raise UsageError("space.no_page")
    shutil.copytree(page, output / "web", ignore=_SKIP)
    config = repo / ".streamlit" / "config.toml"
    if config.is_file():
        (output / ".streamlit").mkdir()
        shutil.copy2(config, output / ".streamlit" / "config.toml")


def _copy_pyproject(repo: Path, output: Path) -> None:
    pyproject = repo / "pyproject.toml"
    if pyproject.is_file():
        shutil.copy2(pyproject, output / "pyproject.toml")


def _copy_pack(pack: ModelPack, target: Path) -> None:
    """The manifest and the files it names (its labels file too), nothing else from the folder."""
    labels_file = raw_manifest(pack).get("labels_file")
    names = {MANIFEST, *(p.relative_to(pack.root).as_posix() for p in pack.model_files)}
    if isinstance(labels_file, str):
        names.add(labels_file)
    for name in sorted(names):
        source = pack.root / name
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():  # a SavedModel folder
            shutil.copytree(source, destination)
        else:
            shutil.copy2(source, destination)
