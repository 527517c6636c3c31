"""CSV cases for the bundled iris model (sepal_length, sepal_width, petal_length, petal_width)."""

from __future__ import annotations

import random

from bad_inputs.common import Case, Expect, fails, ok

HEADER = "sepal_length,sepal_width,petal_length,petal_width"
SETOSA = "5.1,3.5,1.4,0.2"
VIRGINICA = "6.9,3.1,5.4,2.1"


def _text(text: str, encoding: str = "utf-8"):
    return lambda path: path.write_bytes(text.encode(encoding))


def _raw(data: bytes):
    return lambda path: path.write_bytes(data)


def _rows(name: str, *labels: str | None) -> tuple[Expect, ...]:
    return tuple(ok(label, row=i + 1) for i, label in enumerate(labels))


def _file_error(sentence: str) -> tuple[Expect, ...]:
    return (fails(sentence),)


def csv_cases() -> list[Case]:
    rng = random.Random(11)
    good = f"{HEADER}\n{SETOSA}\n{VIRGINICA}\n"
    semicolons = "sepal_length;sepal_width;petal_length;petal_width\n5,1;3,5;1,4;0,2\n6,9;3,1;5,4;2,1\n"
    mixed = (
        f"id,{HEADER},note\n"
        f"a,{SETOSA},fine\n"
        "b,abc,3.5,1.4,0.2,text\n"
        "c,5.1,,1.4,0.2,empty cell\n"
        "d,nan,3.5,1.4,0.2,not a number\n"
        "e,1e999,3.5,1.4,0.2,overflows to infinity\n"
        "f,5.1,3.5\n"
        f"g,{VIRGINICA},fine\n"
    )
    name = "non-numeric.csv"
    cases = [
        Case(
            "csv/bom.csv",
            "csv",
            "UTF-8 with a byte-order mark (Excel)",
            _text("\ufeff" + good),
            _rows("bom.csv", "setosa", "virginica"),
        ),
        Case(
            "csv/semicolons.csv",
            "csv",
            "semicolons and decimal commas (European Excel)",
            _text(semicolons),
            _rows("semicolons.csv", "setosa", "virginica"),
        ),
        Case(
            "csv/utf16.csv",
            "csv",
            "UTF-16 with BOM, tab-separated (Excel 'Unicode text')",
            _text(good.replace(",", "\t"), "utf-16"),
            _rows("utf16.csv", "setosa", "virginica"),
        ),
        Case(
            "csv/crlf-quoted.csv",
            "csv",
            "CRLF line ends, quoted cells, columns reordered, extras",
            _text(
                '"petal_width","id","sepal_length","sepal_width","petal_length"\r\n'
                '"0.2","x","5.1","3.5","1.4"\r\n"2.1","y, z","6.9","3.1","5.4"\r\n'
            ),
            _rows("crlf-quoted.csv", "setosa", "virginica"),
        ),
        Case(
            "csv/blank-lines.csv",
            "csv",
            "blank lines and spaces around cells",
            _text(f"\n{HEADER}\n\n 5.1 , 3.5 ,1.4, 0.2\n\n\n{VIRGINICA}\n\n"),
            _rows("blank-lines.csv", "setosa", "virginica"),
        ),
        Case("csv/empty.csv", "csv", "zero bytes", _raw(b""), _file_error("empty.csv is empty.")),
        Case(
            "csv/whitespace.csv",
            "csv",
            "only blank lines",
            _text("\n \n\t\n"),
            _file_error("whitespace.csv is empty."),
        ),
        Case(
            "csv/header-only.csv",
            "csv",
            "a header and no rows",
            _text(HEADER + "\n"),
            _file_error("header-only.csv has a header but no data rows."),
        ),
        Case(
            "csv/missing-column.csv",
            "csv",
            "petal_width column missing",
            _text("sepal_length,sepal_width,petal_length\n5.1,3.5,1.4\n"),
            _file_error("missing-column.csv is missing the column petal_width (row 1 is the header)."),
        ),
        Case(
            "csv/latin1.csv",
            "csv",
            "Latin-1 text (not UTF-8)",
            _text(f"{HEADER},Ã¼ber\n{SETOSA},caf\xe9\n".replace("Ã¼", "\xfc"), "latin-1"),
            _file_error("latin1.csv is not UTF-8 text, so Tepi cannot read it as CSV."),
        ),
        Case(
            "csv/random.csv",
            "csv",
            "random bytes named .csv",
            _raw(bytes([0xFF]) + rng.randbytes(2047)),
            _file_error("random.csv is not UTF-8 text, so Tepi cannot read it as CSV."),
        ),
        Case(
            "csv/html.csv",
            "csv",
            "an HTML page saved as .csv",
            _text("<!DOCTYPE html>\n<html><body>Sign in to download</body></html>\n"),
            _file_error(
                "html.csv is missing the columns sepal_length, sepal_width, petal_length, "
                "petal_width (row 1 is the header)."
            ),
        ),
        Case(
            "csv/long-cell.csv",
            "csv",
            "a 200,000-character cell",
            _text(f"{HEADER}\n{SETOSA}\n5.1,3.5,1.4,{'9' * 200_000}\n"),
            _file_error(
                "long-cell.csv line 3 cannot be read as CSV: a cell is longer than 131,072 characters."
            ),
        ),
        Case(
            f"csv/{name}",
            "csv",
            "text, empty, nan, infinite and short rows among good ones",
            _text(mixed),
            (
                ok("setosa", row=1),
                fails(f"{name} row 3, column sepal_length: 'abc' is not a number.", row=2),
                fails(f"{name} row 4, column sepal_width: the cell is empty.", row=3),
                fails(f"{name} row 5, column sepal_length: 'nan' is not a finite number.", row=4),
                fails(f"{name} row 6, column sepal_length: '1e999' is not a finite number.", row=5),
                fails(f"{name} row 7, column petal_length: the cell is empty.", row=6),
                ok("virginica", row=7),
            ),
        ),
    ]
    return cases


__all__ = ["csv_cases"]
