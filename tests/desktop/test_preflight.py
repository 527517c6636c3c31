"""The check before Qt starts: a missing X11 library is named with its apt-get line, not a Qt abort.

The plugins here are real ELF files: PySide6's own ``libqxcb.so`` copied with
one library it links renamed to a version that no system has, next to a link
to PySide6's Qt libraries (the plugin finds them at ``$ORIGIN/../../lib``), so
the dynamic loader itself reports what is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import preflight
from desktop.preflight import XCB_PACKAGES, PlatformCheck, check_platform, install_line, wants_xcb

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")

ROOT = Path(__file__).resolve().parents[2]
GONE = "libxcb-cursor.so.9"
"""What the copied plugin links instead of ``libxcb-cursor.so.0`` (same length: the ELF stays valid)."""
X11 = {"DISPLAY": ":99", "PATH": os.environ["PATH"]}


def _pyside_qt() -> Path:
    plugin = preflight.xcb_plugin({})
    assert plugin is not None, "PySide6 ships libqxcb.so"
    return plugin.parents[2]


def _plugin_folder(tmp_path: Path, source: str = "libqxcb.so", rename: bool = True) -> Path:
    """A plugins/platforms folder holding a copy of PySide6's ``source`` as ``libqxcb.so``."""
    qt = _pyside_qt()
    folder = tmp_path / "Qt" / "plugins" / "platforms"
    folder.mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(qt / "lib")
    data = (qt / "plugins" / "platforms" / source).read_bytes()
    if rename:
        assert data.count(b"libxcb-cursor.so.0\0") >= 1
        data = data.replace(b"libxcb-cursor.so.0\0", GONE.encode() + b"\0")
    (folder / "libqxcb.so").write_bytes(data)
    return folder


def test_a_library_the_loader_cannot_find_is_named_with_its_package(tmp_path: Path) -> None:
    folder = _plugin_folder(tmp_path)
    packages = {**XCB_PACKAGES, GONE: "libxcb-cursor9"}
    message = check_platform({**X11, "QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)}, packages)
    assert message is not None
    assert GONE in message.splitlines()[0]
    command = next(line.strip() for line in message.splitlines() if "apt-get" in line)
    assert command.startswith("sudo apt-get install -y ")
    assert "libxcb-cursor9" in command.split()
    assert "libQt6" not in message, "Qt's own libraries come with PySide6 and are found"


def test_an_unknown_library_is_named_without_guessing_a_package(tmp_path: Path) -> None:
    folder = _plugin_folder(tmp_path)
    message = check_platform({**X11, "QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)})
    assert message is not None
    assert "libxcb-cursor9" not in message
    assert f"which packages ship {GONE}" in message


def test_a_plugin_whose_libraries_are_all_there_passes(tmp_path: Path) -> None:
    folder = _plugin_folder(tmp_path, source="libqoffscreen.so", rename=False)
    assert check_platform({**X11, "QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)}) is None


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":99", "QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"},
        {},
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
    ],
    ids=["offscreen chosen", "xcb chosen", "no display", "wayland display", "wayland session"],
)
def test_nothing_is_checked_where_qt_will_not_load_the_x11_plugin(tmp_path: Path, environ) -> None:
    folder = _plugin_folder(tmp_path)
    environ = {**environ, "QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)}
    assert not wants_xcb(environ)
    assert PlatformCheck(environ).message() is None
    assert wants_xcb({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"})


def test_python_m_desktop_prints_the_install_line_instead_of_aborting(tmp_path: Path) -> None:
    """Without the check Qt aborts with "could not load the Qt platform plugin" (and a core dump)."""
    folder = _plugin_folder(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_", "XDG_SESSION"))}
    env.update(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(folder), TEPI_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert "Tepi cannot open its window" in done.stderr
    assert GONE in done.stderr
    assert "could not load the Qt platform plugin" not in done.stderr.lower()
    assert "python -m inference predict PATH" in done.stderr


def test_without_ldd_each_library_the_plugin_links_is_tried(tmp_path: Path) -> None:
    """The fallback (no ``ldd``) finds the plugin's own missing links, which ``ldd`` also reports."""
    plugin = preflight.xcb_plugin({})
    with_ldd = preflight.missing_libraries(plugin)
    no_ldd = preflight.LibraryCheck(plugin)
    assert no_ldd._ldd is not None
    no_ldd._ldd.communicate()
    no_ldd._ldd = None
    assert no_ldd.missing() == [soname for soname in with_ldd if soname in preflight.PLUGIN_LINKS]


def test_every_x11_library_the_plugin_needs_has_its_package() -> None:
    """The table covers this PySide6's plugin: a new X11 library in a Qt update fails here first."""
    plugin = preflight.xcb_plugin({})
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    needed = set(re.findall(r"^\s*(lib(?:xcb|X11|xkbcommon)\S*\.so\.\d+)", output, re.MULTILINE))
    assert needed, output
    assert needed <= set(XCB_PACKAGES), sorted(needed - set(XCB_PACKAGES))
    assert set(preflight.PLUGIN_LINKS) <= set(XCB_PACKAGES)


def test_the_install_line_names_each_package_once() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0"]
    assert install_line(missing) == "sudo apt-get install -y libglib2.0-0 libxcb-cursor0 libxcb-icccm4"
    assert install_line(["libnothing.so.1"]) == ""


def test_the_readme_lists_the_packages_the_plugin_links() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(
        line for line in readme.splitlines() if "apt-get install" in line and "libxcb-cursor0" in line
    )
    listed = set(line.split())
    assert {XCB_PACKAGES[soname] for soname in preflight.PLUGIN_LINKS} <= listed
