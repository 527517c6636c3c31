"""Before Qt starts: can the window open on this Linux desktop? If not, say which packages to install.

Qt aborts the whole process ("could not load the Qt platform plugin xcb", a
core dump and no window) when the X11 plugin's system libraries are missing,
as they are on a fresh Debian or Ubuntu without ``libxcb-cursor0`` and its
friends. ``check_platform`` looks first, without importing Qt, and only where
Qt would load that plugin: on Linux, with an X display, when
``QT_QPA_PLATFORM`` does not choose a platform (a chosen one is the person's
business) and the session is not Wayland (Qt tries its Wayland plugin first
there, and the X11 one is only a fallback). The dynamic loader is asked
(``ldd`` on the plugin, which follows its dependencies to the end); without
``ldd``, each library the plugin links is tried with ``ctypes``. What is
missing becomes the exact ``sudo apt-get install -y ...`` line.

``PlatformCheck`` starts ``ldd`` at once and reads its answer later, so the
check runs while Python imports Qt and adds nothing to the start-up time.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "XCB_PACKAGES",
    "PlatformCheck",
    "check_platform",
    "explain",
    "install_line",
    "missing_libraries",
    "wants_xcb",
    "xcb_plugin",
]

_LINKED = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
"""What ``libqxcb.so`` and ``libQt6XcbQpa.so.6`` link (``readelf -d``), and the package of each."""
_LOADED_BY_QT = {
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libdbus-1.so.3": "libdbus-1-3",
}
"""Libraries the Qt libraries under the plugin load (``ldd`` names them when they are missing)."""
XCB_PACKAGES: dict[str, str] = {**_LINKED, **_LOADED_BY_QT}
"""Sonames the Qt 6 xcb plugin needs, and the Debian/Ubuntu package that ships each."""
PLUGIN_LINKS = tuple(_LINKED)
"""Tried one by one with ``ctypes`` when there is no ``ldd``."""


def xcb_plugin(environ: Mapping[str, str] | None = None) -> Path | None:
    """The ``libqxcb.so`` Qt would load, found without importing Qt.

    ``QT_QPA_PLATFORM_PLUGIN_PATH`` first (Qt looks there first too), then PySide6's own, in a
    checkout or a PyInstaller bundle.
    """
    env = os.environ if environ is None else environ
    folders = [Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    spec = importlib.util.find_spec("PySide6")
    roots = list(spec.submodule_search_locations or []) if spec else []
    if getattr(sys, "_MEIPASS", None):
        roots.append(str(Path(sys._MEIPASS) / "PySide6"))
    folders += [Path(root) / "Qt" / "plugins" / "platforms" for root in roots]
    for folder in folders:
        if (folder / "libqxcb.so").is_file():
            return folder / "libqxcb.so"
    return None


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _not_found(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as "not found", each once, in its order."""
    return list(dict.fromkeys(re.findall(r"^\s*(\S+) => not found", ldd_output, re.MULTILINE)))


class LibraryCheck:
    """``ldd`` on the plugin, started at once and read when needed, so it runs while Python imports Qt."""

    def __init__(self, plugin: Path | None) -> None:
        self._ldd: subprocess.Popen[str] | None = None
        if plugin is not None:
            try:
                self._ldd = subprocess.Popen(
                    ["ldd", str(plugin)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
                )
            except OSError:  # no ldd (not glibc or musl): try each library the plugin links
                self._ldd = None

    def missing(self) -> list[str]:
        """The sonames the plugin needs that the loader cannot find (empty: the plugin will load)."""
        if self._ldd is not None:
            try:
                output, _ = self._ldd.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                self._ldd.kill()
                self._ldd.communicate()
            else:
                if "=>" in output:  # else not a library ldd can read (another architecture, no loader)
                    return _not_found(output)
        return [soname for soname in PLUGIN_LINKS if not _loadable(soname)]


def missing_libraries(plugin: Path | None) -> list[str]:
    """The sonames the plugin needs that the loader cannot find (empty: the plugin will load)."""
    return LibraryCheck(plugin).missing()


def install_line(missing: Iterable[str], packages: Mapping[str, str] = XCB_PACKAGES) -> str:
    """``sudo apt-get install -y ...`` for the packages that ship ``missing`` (empty when none is known)."""
    names = sorted({packages[soname] for soname in missing if soname in packages})
    return "sudo apt-get install -y " + " ".join(names) if names else ""


def wants_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt would load the X11 (xcb) platform plugin in this environment."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


class PlatformCheck:
    """``check_platform`` in two steps: ``start`` before importing Qt, ``message`` before ``QApplication``."""

    def __init__(self, environ: Mapping[str, str] | None = None, packages: Mapping[str, str] = XCB_PACKAGES):
        env = os.environ if environ is None else environ
        self.packages = packages
        self._libraries = LibraryCheck(xcb_plugin(env)) if wants_xcb(env) else None

    def message(self) -> str | None:
        """None when the window can open (or Qt will not use X11 here); else what to tell the person."""
        missing = self._libraries.missing() if self._libraries is not None else []
        return explain(missing, self.packages) if missing else None


def check_platform(
    environ: Mapping[str, str] | None = None, packages: Mapping[str, str] = XCB_PACKAGES
) -> str | None:
    """None when the window can open (or Qt will not use X11 here); else what to tell the person."""
    return PlatformCheck(environ, packages).message()


def explain(missing: list[str], packages: Mapping[str, str] = XCB_PACKAGES) -> str:
    """What to tell the person when ``missing`` keeps the window from opening."""
    lines = [
        "Tepi cannot open its window: Qt's X11 platform plugin (xcb) needs system libraries that are "
        f"missing here: {', '.join(missing)}.",
    ]
    command = install_line(missing, packages)
    if command:
        lines += ["Install them with:", f"    {command}"]
    unknown = [soname for soname in missing if soname not in packages]
    if unknown:
        lines.append(
            f"Your package manager can tell which packages ship {', '.join(unknown)} "
            "(on Debian and Ubuntu: apt-file search NAME)."
        )
    command_line = (
        "tepi predict PATH" if getattr(sys, "frozen", False) else "python -m inference predict PATH"
    )
    lines.append(f"The command line works without them: {command_line}.")
    return "\n".join(lines)
