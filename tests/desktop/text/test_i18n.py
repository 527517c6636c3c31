"""Translations: complete, compiled from the sources, used by the window; accelerators that do not clash."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from desktop.text.errors import describe_error, outside_text
from tests.desktop.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


@pytest.mark.parametrize(("catalogue", "extra"), [("tepi_id.ts", []), ("tepi_en.ts", ["-pluralonly"])])
def test_catalogues_cover_every_string_in_the_code(tmp_path: Path, catalogue: str, extra: list[str]) -> None:
    copy = tmp_path / catalogue
    shutil.copy(I18N / catalogue, copy)
    result = subprocess.run(
        [_tool("lupdate"), *SOURCES, "-ts", str(copy), "-no-obsolete", *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = re.search(r"\((\d+) new and (\d+) already existing\)", result.stdout + result.stderr)
    assert found is not None, result.stdout
    if not extra:  # the English catalogue holds the plural forms only
        assert found[1] == "0", f"strings missing from {catalogue}: run `make translations`"
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


@pytest.mark.parametrize("catalogue", ["tepi_id.ts", "tepi_en.ts", "qtbase_id.ts"])
def test_compiled_catalogues_are_current(tmp_path: Path, catalogue: str) -> None:
    compiled = tmp_path / catalogue.replace(".ts", ".qm")
    result = subprocess.run(
        [_tool("lrelease"), str(I18N / catalogue), "-qm", str(compiled)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert compiled.read_bytes() == (I18N / compiled.name).read_bytes(), "run `make translations`"


def test_the_window_in_bahasa_indonesia(tepi_factory) -> None:
    tepi = tepi_factory(language="id")
    menus = [a.text() for a in tepi.window.menuBar().actions()]
    assert menus == ["&Berkas", "&Sunting", "&Model", "&Tampilan", "Ba&ntuan"]
    assert tepi.window.drop_zone.title.text() == "Seret gambar atau folder berisi gambar ke sini"
    assert tepi.window.history_dock.windowTitle() == "Riwayat"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    buttons.deleteLater()


def test_english_plurals(tepi_factory) -> None:
    tepi = tepi_factory()
    source = "Skipped %n file(s) that are not images."
    assert tepi.results.tr(source, "", 1) == "Skipped 1 file that is not an image."
    assert tepi.results.tr(source, "", 3) == "Skipped 3 files that are not images."


@pytest.mark.parametrize("language", ["en", "id"])
def test_menu_accelerators_do_not_clash(tepi_factory, language: str) -> None:
    tepi = tepi_factory(language=language)

    def keys(menu_actions) -> list[str]:
        return [m[1].lower() for a in menu_actions if (m := re.search(r"&(\w)", a.text()))]

    top = keys(tepi.window.menuBar().actions())
    assert len(top) == len(set(top)), top
    for action in tepi.window.menuBar().actions():
        menu: QMenu = action.menu()
        inner = keys(menu.actions())
        assert len(inner) == len(set(inner)), (action.text(), inner)


def test_core_sentences_are_translated(tepi_factory, tmp_path: Path) -> None:
    from inference.errors import CsvError
    from inference.tables import parse_csv

    tepi_factory(language="id")
    with pytest.raises(CsvError) as missing:
        parse_csv(b"a,b\n1,2\n", ("sepal_length",), name="bunga.csv")
    assert describe_error(missing.value) == (
        "bunga.csv tidak memiliki kolom sepal_length (baris 1 adalah judul kolom)."
    )
    table = parse_csv(b"x\nabc\n", ("x",), name="t.csv")
    assert describe_error(table.row_errors[0]) == "t.csv baris 2, kolom x: 'abc' bukan angka."
    unknown = "Something the desktop does not know."
    assert outside_text(unknown) == unknown
