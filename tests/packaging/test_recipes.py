"""Fast checks of the installer recipes in build/ and the workflow that runs them."""

from __future__ import annotations

import ast
import configparser
import mimetypes
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from inference.images import IMAGE_SUFFIXES
from tests.packaging.bundles import ROOT, pyproject_version

BUILD = ROOT / "build"
SHELL_SCRIPTS = [
    BUILD / "linux" / "build_arm64.sh",
    BUILD / "linux" / "make_deb.sh",
    BUILD / "linux" / "make_tarball.sh",
    BUILD / "macos" / "make_dmg.sh",
]


def _mime(suffix: str) -> str:
    mimetypes.add_type("image/webp", ".webp")
    kind = mimetypes.guess_type(f"x{suffix}")[0]
    assert kind, suffix
    return kind


def _spec_list(name: str) -> list[str]:
    """A list literal assigned in build/tepi.spec (the spec itself runs only inside PyInstaller)."""
    tree = ast.parse((BUILD / "tepi.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} is not assigned in build/tepi.spec")


def test_lite_requirements_are_pyproject_without_tensorflow() -> None:
    sys.path.insert(0, str(BUILD))
    try:
        from lite_requirements import _name, lite_requirements
    finally:
        sys.path.remove(str(BUILD))
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lite = {_name(req) for req in lite_requirements()}
    runtime = {_name(req) for req in project["dependencies"]}
    assert "tensorflow" not in lite and "h5py" not in lite
    assert {"ai-edge-litert", "pyside6-essentials", "numpy", "pillow", "pyinstaller"} <= lite
    assert runtime - {"tensorflow", "h5py"} <= lite, "a runtime dependency is missing from the lite build"


def test_excluded_qt_modules_are_not_used_by_the_desktop() -> None:
    excluded = set(_spec_list("UNUSED_QT"))
    used: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", text):
            used.update(name.strip() for name in names.split(",") if name.strip().startswith("Qt"))
    assert {"QtCore", "QtGui", "QtWidgets"} & used or not used
    assert not used & excluded, f"the spec excludes Qt modules the desktop imports: {sorted(used & excluded)}"


def test_lite_flavor_excludes_tensorflow_in_the_spec() -> None:
    text = (BUILD / "tepi.spec").read_text(encoding="utf-8")
    lite_block = text.split('if flavor == "lite":', 1)[1].split("\n\n", 1)[0]
    for module in ("tensorflow", "keras", "tf_keras", "h5py"):
        assert f'"{module}"' in lite_block


def test_desktop_entry_opens_every_image_tepi_reads_and_csv() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(BUILD / "linux" / "tepi.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "tepi %F"  # /usr/bin/tepi, several files at once
    assert section["Icon"] == "tepi"
    assert section["Categories"].endswith(";") and section["MimeType"].endswith(";")
    mime = set(filter(None, section["MimeType"].split(";")))
    assert {_mime(suffix) for suffix in IMAGE_SUFFIXES} | {"text/csv"} <= mime
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(BUILD / "linux" / "tepi.desktop")], capture_output=True, text=True
        )
        assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_icons_exist_for_every_installer() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "tepi.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 512):
        with Image.open(icons / f"tepi-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(icons / "tepi.png") as image:
        assert image.size == (256, 256)
    with Image.open(icons / "tepi.ico") as image:
        assert image.format == "ICO" and (256, 256) in image.info["sizes"]


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse_and_refuse_wrong_usage(script: Path) -> None:
    assert script.stat().st_mode & 0o111, f"{script.name} is not executable"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_nsis_script_compiles_against_a_placeholder_tree(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (apt-get install nsis)")
    bundle = tmp_path / "tepi"
    (bundle / "_internal" / "resources" / "models").mkdir(parents=True)
    (bundle / "tepi.exe").write_bytes(b"MZ placeholder")
    (bundle / "_internal" / "resources" / "models" / "model.toml").write_text("name = 'x'\n")
    out = tmp_path / f"tepi-{pyproject_version()}-windows-x64-setup.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            f"-DVERSION={pyproject_version()}",
            f"-DSRCDIR={bundle}",
            f"-DOUTFILE={out}",
            str(BUILD / "windows" / "tepi.nsi"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 50_000


def test_nsis_script_registers_every_type_the_desktop_entry_does() -> None:
    script = (BUILD / "windows" / "tepi.nsi").read_text(encoding="utf-8")
    installed = set(re.findall(r'!insertmacro SupportedType "(\.\w+)"', script))
    removed = set(re.findall(r'!insertmacro UnSupportedType "(\.\w+)"', script))
    assert installed == removed == set(IMAGE_SUFFIXES - {".jpe"}) | {".csv"}
    assert 'CreateShortcut "$SMPROGRAMS' in script and "WriteUninstaller" in script


def test_workflow_builds_the_three_installers_on_their_own_runners() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "linux-arm64", "windows", "macos"}
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["linux"].startswith("ubuntu") and runners["windows"].startswith("windows")
    assert runners["linux-arm64"].startswith("ubuntu") and runners["linux-arm64"].endswith("-arm")
    assert runners["macos"].startswith("macos")
    for name, job in jobs.items():
        steps = job["steps"]
        assert steps[0]["uses"].startswith("actions/checkout@"), name
        uploads = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@")]
        assert uploads and uploads[0]["with"]["if-no-files-found"] == "error", name
        commands = "\n".join(step.get("run", "") for step in steps)
        assert "--selftest" in commands, f"{name} never runs the bundle's self-test"
        for path in re.findall(r"build[/\\][\w/\\.-]+\.(?:spec|nsi|sh|py)", commands):
            assert (ROOT / path.replace("\\", "/")).is_file(), f"{name} uses a missing recipe {path}"


def _unit_commands(unit: str) -> list[list[str]]:
    """Every ExecStart= of the unit, the commented alternatives too, split as systemd splits them."""
    import shlex

    lines = [line.lstrip("#") for line in unit.splitlines()]
    return [shlex.split(line.split("=", 1)[1]) for line in lines if line.startswith("ExecStart=")]


def test_systemd_watch_unit_runs_real_watch_commands_and_verifies(tmp_path: Path) -> None:
    from inference.cli import build_parser

    unit = (BUILD / "linux" / "tepi-watch.service").read_text(encoding="utf-8")
    commands = _unit_commands(unit)
    assert len(commands) == 3
    for command in commands:
        assert command[:2] == ["/usr/bin/tepi", "watch"]
        args = build_parser().parse_args(command[1:])  # exits (fails the test) on an unknown flag
        assert args.command == "watch" and args.folders and args.out
    assert "KillSignal=SIGTERM" in unit and "Restart=on-failure" in unit
    assert "tepi-watch.service" in (BUILD / "linux" / "make_deb.sh").read_text(encoding="utf-8")
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    copy = tmp_path / "tepi-watch.service"
    copy.write_text(unit.replace("/usr/bin/tepi", shutil.which("true") or "/bin/true"), encoding="utf-8")
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def _aarch64_platforms(glibc_minor: int) -> list[str]:
    """pip matches --platform tags exactly: every manylinux tag a glibc 2.<minor> system accepts."""
    tags = ["manylinux2014_aarch64"] + [f"manylinux_2_{m}_aarch64" for m in range(17, glibc_minor + 1)]
    return [arg for tag in tags for arg in ("--platform", tag)]


def test_arm64_recipe_targets_exist_and_its_dependencies_resolve(tmp_path: Path) -> None:
    """`make dist-arm64` and `make test-arm64` exist and call the recipe; the bundle's dependencies (lite and
    server) resolve to wheels for manylinux aarch64 and the arm64 root's CPython 3.13, without TensorFlow."""
    import json

    dry = subprocess.run(["make", "-n", "dist-arm64", "test-arm64"], cwd=ROOT, capture_output=True, text=True)
    assert dry.returncode == 0, dry.stderr
    assert "build/linux/build_arm64.sh .pyinstaller/arm64-root dist" in dry.stdout
    assert "tests/packaging/test_arm64_bundle.py" in dry.stdout
    recipe = (BUILD / "linux" / "build_arm64.sh").read_text(encoding="utf-8")
    python = re.search(r"TEPI_ARM64_PYTHON:-([\d.]+)", recipe)
    glibc = re.search(r"TEPI_ARM64_GLIBC_MINOR:-(\d+)", recipe)
    assert python and glibc and "debootstrap --arch arm64" in recipe and "--flavor lite --server" in recipe
    lite = subprocess.run(
        [sys.executable, str(BUILD / "lite_requirements.py")], capture_output=True, text=True
    )
    server = subprocess.run(
        [sys.executable, str(BUILD / "lite_requirements.py"), "--server"], capture_output=True, text=True
    )
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(lite.stdout + server.stdout, encoding="utf-8")
    report = tmp_path / "report.json"
    resolve = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
               "--only-binary=:all:", *_aarch64_platforms(int(glibc[1])), "--python-version", python[1],
               "--implementation", "cp", "--target", str(tmp_path / "target"), "-r", str(requirements),
               "--report", str(report)]  # fmt: skip
    done = subprocess.run(resolve, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    installs = json.loads(report.read_text())["install"]
    wheels = {i["metadata"]["name"].lower().replace("_", "-"): i["download_info"]["url"].rsplit("/", 1)[-1]
              for i in installs}  # fmt: skip
    for name in (
        "ai-edge-litert",
        "numpy",
        "pillow",
        "pyside6-essentials",
        "watchdog",
        "fastapi",
        "pyinstaller",
    ):
        assert name in wheels, f"{name} did not resolve for aarch64"
    native = [w for w in wheels.values() if not w.endswith("-none-any.whl")]
    assert all("aarch64" in w for w in native), [w for w in native if "aarch64" not in w]
    assert "tensorflow" not in wheels
