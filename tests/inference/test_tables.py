"""CSV input: header matching, encodings, delimiters, and errors naming file, row and column."""

from __future__ import annotations

import numpy as np
import pytest

from inference.errors import CsvError
from inference.tables import parse_csv, read_csv

FEATURES = ("a", "b")


def test_columns_in_any_order_with_extras_carried() -> None:
    table = parse_csv(b"id,b,a\nx1,2,1\nx2,4,3\n", FEATURES)
    np.testing.assert_array_equal(table.features, [[1, 2], [3, 4]])
    assert table.extras(1, FEATURES) == {"id": "x2"}


def test_bom_and_semicolons_and_decimal_commas() -> None:
    table = parse_csv("\ufeffa;b\n1,5;2\n-0,25;3\n".encode(), FEATURES)
    assert table.delimiter == ";"
    np.testing.assert_allclose(table.features, [[1.5, 2], [-0.25, 3]])


def test_tab_separated() -> None:
    table = parse_csv(b"a\tb\n1\t2\n", FEATURES)
    np.testing.assert_array_equal(table.features, [[1, 2]])


def test_missing_column_names_file_and_column() -> None:
    with pytest.raises(
        CsvError, match=r"^iris\.csv is missing the column b \(row 1 is the header\)\.$"
    ) as info:
        parse_csv(b"a,c\n1,2\n", FEATURES, name="/data/iris.csv")
    assert info.value.column == "b"


def test_non_numeric_cell_spoils_only_its_row() -> None:
    table = parse_csv(b"a,b\n1,2\n3,abc\n5,\n", FEATURES, name="s.csv")
    assert set(table.row_errors) == {1, 2}
    # sentences name the file's rows, as a spreadsheet numbers them: the header is row 1
    assert str(table.row_errors[1]) == "s.csv row 3, column b: 'abc' is not a number."
    assert str(table.row_errors[2]) == "s.csv row 4, column b: the cell is empty."
    assert table.row_errors[1].row == 2 and table.row_errors[1].column == "b"


def test_empty_and_header_only_files(tmp_path) -> None:
    with pytest.raises(CsvError, match=r"^empty\.csv is empty\.$"):
        parse_csv(b"", FEATURES, name="empty.csv")
    with pytest.raises(CsvError, match=r"^h\.csv has a header but no data rows\.$"):
        parse_csv(b"a,b\n", FEATURES, name="h.csv")
    with pytest.raises(CsvError, match="does not exist"):
        read_csv(tmp_path / "nope.csv", FEATURES)


def test_not_utf8() -> None:
    with pytest.raises(CsvError, match="is not UTF-8 text"):
        parse_csv(b"a,b\n\xff\xfe\x00,1\n", FEATURES, name="x.csv")


def test_infinite_values_are_refused() -> None:
    table = parse_csv(b"a,b\ninf,1\n", FEATURES)
    assert "not a finite number" in str(table.row_errors[0])


def test_no_feature_names_uses_all_columns_in_order() -> None:
    table = parse_csv(b"x,y,z\n1,2,3\n", ())
    np.testing.assert_array_equal(table.features, [[1, 2, 3]])
