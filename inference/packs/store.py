"""Installed packs: ``packs/NAME/VERSION/`` in the user data folder, several versions, one active.

    packs/
      .lock                 held while the state of any pack changes
      .staging/ID/ + ID.lock  downloads and unpacked archives being checked
      NAME/state.json       the versions, which is active, the ones before it, the update source
      NAME/VERSION/         a complete, verified pack

``state.json`` is the single source of truth, replaced in one ``os.replace``.
A version folder appears by one ``rename`` from staging after the pack has been
verified there, and becomes known only when the state that lists it is written.
So a ``kill -9`` at any moment leaves the state as it was before (the previous
version active and whole) plus, at worst, a staging folder or an unlisted
version folder, which the next run removes (``clean``). An active version of
``None`` means the bundled pack of that name. The 3 newest installed versions are
kept, and always the active one and the one before it (so an update can be undone).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from inference.errors import PackStoreError
from inference.modelpack import MANIFEST
from inference.packs import locking
from inference.resources import data_dir, resource_path

__all__ = ["KEEP", "InstalledVersion", "PackState", "PackStore", "version_key"]

logger = logging.getLogger(__name__)
KEEP = 3
STATE = "state.json"
STAGING = ".staging"
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SAFE_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,31}$")
LOCK_WAIT_S = 30.0


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Order versions as people read them: ``1.10`` after ``1.9``, numbers before words."""
    parts = re.split(r"[.+_-]", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


@dataclass(frozen=True)
class InstalledVersion:
    version: str
    installed_at: str
    source: str | None = None
    """Where it came from: an update URL, or the folder or archive it was installed from."""
    sha256: str | None = None
    """SHA-256 of the archive it was installed from (what TUF checked)."""
    signed_by: str | None = None


@dataclass
class PackState:
    name: str
    versions: list[InstalledVersion] = field(default_factory=list)
    """Installed versions, oldest install first."""
    active: str | None = None
    """The version in use; None is the bundled pack."""
    previous: list[str | None] = field(default_factory=list)
    """Versions that were active before, the most recent last (``rollback`` pops it)."""
    source: str | None = None
    """The update source (URL) ``pack update NAME`` uses."""

    def installed(self, version: str) -> InstalledVersion | None:
        return next((v for v in self.versions if v.version == version), None)


class PackStore:
    """The installed packs of this user (or of ``root``)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_dir() / "packs"

    # -- reading (no lock: the state file is always whole) ----------------------------------
    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / STATE).is_file())

    def state(self, name: str) -> PackState:
        path = self.root / _safe_name(name) / STATE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return PackState(name)
        except (OSError, ValueError) as exc:
            raise PackStoreError("store.record", name=name, system_error=str(exc)) from exc
        versions = [InstalledVersion(**v) for v in data.get("versions", [])]
        return PackState(
            name, versions, data.get("active"), list(data.get("previous", [])), data.get("source")
        )

    def path(self, name: str, version: str | None = None) -> Path | None:
        """The folder of an installed version (default: the active one); None for bundled or unknown."""
        state = self.state(name)
        version = state.active if version is None else version
        if version is None or state.installed(version) is None:
            return None
        return self.root / name / _safe_version(version)

    @staticmethod
    def bundled_version(name: str) -> str | None:
        manifest = resource_path("models", name, MANIFEST)
        if not manifest.is_file():
            return None
        import tomllib

        return str(tomllib.loads(manifest.read_text(encoding="utf-8")).get("version", "0"))

    # -- changing (under the store lock) ------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        with locking.held(self.root / ".lock", LOCK_WAIT_S) as ok:
            if not ok:
                raise PackStoreError("store.busy")
            self._clean()
            yield

    def use(self, name: str, version: str) -> tuple[str | None, str | None]:
        """Make ``version`` (installed or bundled) active; returns (was, now)."""
        with self.locked():
            state = self.state(name)
            target = self._available(state, version)
            was = state.active
            if target != was:
                state.previous.append(was)
                state.active = target
                self._write(state)
            return was, target

    def rollback(self, name: str) -> tuple[str | None, str | None]:
        """Return to the version active before this one, at once and offline; returns (was, now)."""
        with self.locked():
            state = self.state(name)
            was = state.active
            while state.previous:
                candidate = state.previous.pop()
                if candidate != was and self._is_available(state, candidate):
                    state.active = candidate
                    self._write(state)
                    return was, candidate
            raise PackStoreError("store.no_earlier", name=name)

    def remove(self, name: str, version: str) -> None:
        with self.locked():
            state = self.state(name)
            if state.installed(version) is None:
                raise PackStoreError("store.not_installed", name=name, version=version)
            if state.active == version:
                raise PackStoreError("store.in_use", name=name, version=version)
            state.versions = [v for v in state.versions if v.version != version]
            self._write(state)
            shutil.rmtree(self.root / name / version, ignore_errors=True)

    def set_source(self, name: str, url: str) -> None:
        with self.locked():
            state = self.state(name)
            state.source = url
            self._write(state)

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """A fresh folder for one download or unpacking, owned (locked) by this process until the end."""
        folder = self.root / STAGING / uuid.uuid4().hex
        lock = folder.with_suffix(".lock")
        with self.locked():  # so no clean-up runs between creating the lock file and taking it
            lock.parent.mkdir(parents=True, exist_ok=True)
            handle = open(lock, "a+b")  # noqa: SIM115 (held until the finally below)
            locking.try_lock(handle)
            folder.mkdir()
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            locking.unlock(handle)
            handle.close()
            lock.unlink(missing_ok=True)

    def install(
        self, staged: Path, record: InstalledVersion, name: str, *, activate: bool = True
    ) -> str | None:
        """Move a verified pack folder from staging into place and make it active; returns the old active."""
        _safe_name(name)
        _safe_version(record.version)
        with self.locked():
            state = self.state(name)
            if state.installed(record.version) is not None:
                raise PackStoreError("store.already", name=name, version=record.version)
            target = self.root / name / record.version
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(
                target, ignore_errors=True
            )  # an unlisted leftover (clean runs first; belt and braces)
            os.replace(staged, target)  # one rename: the folder is whole or absent
            was = state.active
            state.versions.append(record)
            if activate and was != record.version:
                state.previous.append(was)
                state.active = record.version
            removed = self._prune(state)
            self._write(state)  # from here on, the new version is known
            for version in removed:
                shutil.rmtree(self.root / name / version, ignore_errors=True)
            return was

    # -- internals ---------------------------------------------------------------------------------
    def _available(self, state: PackState, version: str) -> str | None:
        if state.installed(version) is not None:
            return version
        if self.bundled_version(state.name) == version:
            return None
        installed = ", ".join(v.version for v in state.versions)
        if installed:
            raise PackStoreError(
                "store.not_installed_list", name=state.name, version=version, installed=installed
            )
        raise PackStoreError("store.not_installed", name=state.name, version=version)

    def _is_available(self, state: PackState, version: str | None) -> bool:
        if version is None:
            return self.bundled_version(state.name) is not None
        return state.installed(version) is not None

    def _prune(self, state: PackState) -> list[str]:
        """Forget all but the KEEP newest installs, the active one and the one Undo returns to."""
        keep = {v.version for v in state.versions[-KEEP:]} | {state.active, *state.previous[-1:]}
        removed = [v.version for v in state.versions if v.version not in keep]
        state.versions = [v for v in state.versions if v.version in keep]
        return removed

    def _write(self, state: PackState) -> None:
        folder = self.root / state.name
        folder.mkdir(parents=True, exist_ok=True)
        data = {
            "name": state.name,
            "active": state.active,
            "previous": state.previous[-20:],
            "source": state.source,
            "versions": [asdict(v) for v in state.versions],
        }
        temporary = folder / f".{STATE}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, folder / STATE)

    def _clean(self) -> None:
        """Remove what a crashed run left: staging folders nobody holds, unlisted versions, temp states."""
        staging = self.root / STAGING
        for lock in sorted(staging.glob("*.lock")) if staging.is_dir() else []:
            with open(lock, "a+b") as handle:
                if not locking.try_lock(handle):
                    continue  # another process is still working there
                shutil.rmtree(lock.with_suffix(""), ignore_errors=True)
                locking.unlock(handle)
            lock.unlink(missing_ok=True)
        for folder in staging.iterdir() if staging.is_dir() else []:
            if folder.is_dir() and not folder.with_suffix(".lock").exists():
                shutil.rmtree(folder, ignore_errors=True)
        folders = [p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        for folder in folders:
            listed = (
                {v.version for v in self.state(folder.name).versions}
                if SAFE_NAME.match(folder.name)
                else set()
            )
            for entry in folder.iterdir():
                if entry.is_dir() and entry.name not in listed:
                    logger.info("removing %s, left unfinished by an interrupted install", entry)
                    shutil.rmtree(entry, ignore_errors=True)
                elif entry.name.endswith(".tmp"):
                    entry.unlink(missing_ok=True)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _safe_name(name: str) -> str:
    if not SAFE_NAME.match(name):
        raise PackStoreError("store.bad_name", name=name)
    return name


def _safe_version(version: str) -> str:
    if not SAFE_VERSION.match(version):
        raise PackStoreError("store.bad_version", version=version)
    return version
