"""Sentences about inputs: images, CSV files and which model takes what (English templates)."""

from __future__ import annotations

ENGLISH = {
    # any file Tepi reads or writes (a CSV, the history's export, a watcher's output)
    "file.unreadable": "{name} cannot be read ({system_error}).",
    "file.unwritable": "Tepi could not write {name}: {system_error}.",
    # names for an input without a file name
    "input.unnamed": "the input",
    "input.pasted": "the pasted image",
    # inference/images.py: {reason} is one of image.reason.*
    "image.unreadable": "{name} is not an image Tepi can read: {reason}.",
    "image.reason.empty": "the file is empty",
    "image.reason.too_big": "the file is {size:,.0f} MB, larger than Tepi accepts",
    "image.reason.missing": "the file does not exist",
    "image.reason.folder": "it is a folder",
    "image.reason.forbidden": "Tepi is not allowed to read it",
    "image.reason.os_error": "the file cannot be read ({system_error})",
    "image.reason.pixels": "it has {megapixels:,.0f} megapixels, more than the {limit:,.0f} megapixel limit",
    "image.reason.bomb": "it is too large to decode safely",
    "image.reason.truncated": "the file is cut short",
    "image.reason.damaged": "the file is damaged",
    "image.reason.unknown_format": "its contents are not in an image format Tepi knows",
    "image.reason.heic": "it is a HEIC or AVIF photo, which Tepi cannot read (save it as JPEG or PNG)",
    "image.reason.pdf": "it is a PDF document, not a picture",
    "image.reason.postscript": "it is a PostScript file, not a picture",
    "image.reason.svg": "it is an SVG drawing; save it as PNG to use it",
    "image.reason.html": "it is a web page (HTML), not a picture",
    "image.reason.text": "it is a text file, not a picture",
    # inference/tables.py: {reason} of csv.bad_cell is one of csv.cell.*
    "csv.too_large": "{name} is larger than Tepi reads (256 MB).",
    "file.missing": "{name} does not exist.",
    "csv.empty": "{name} is empty.",
    "csv.syntax": "{name} line {line} cannot be read as CSV: {reason}.",
    "csv.reason.cell_too_long": "a cell is longer than {count:,} characters",
    "csv.no_rows": "{name} has a header but no data rows.",
    "csv.missing_column": "{name} is missing the column {columns} (row 1 is the header).",
    "csv.missing_columns": "{name} is missing the columns {columns} (row 1 is the header).",
    "csv.bad_cell": "{name} row {row}, column {column}: {reason}.",
    "csv.cell.empty": "the cell is empty",
    "csv.cell.not_number": "{value!r} is not a number",
    "csv.cell.not_finite": "{value!r} is not a finite number",
    "csv.cell.too_large": "{value!r} is too large a number",
    "csv.encoding": "{name} is not {encoding} text, so Tepi cannot read it as CSV.",
    # inference/predictor.py, offline/: an input the model does not take
    "input.image_for_tabular": "{name} is an image, but {model} takes CSV rows.",
    "input.images_for_tabular": "{model} takes CSV rows, not images.",
    "input.csv_for_image": "{name} is a CSV file, but {model} takes images.",
    "input.csv_row_for_image": "{name} is a CSV row, but {model} takes images.",
    "input.no_row": "{name} has no row {row}.",
}

SHORT = {
    # The same sentences without the input's name, for a table row that names the input already
    # (the batch table's Status column). Indonesian: "short:<code>" in messages_id.json.
    "file.unreadable": "Cannot be read ({system_error}).",
    "image.unreadable": "Not an image Tepi can read: {reason}.",
    "csv.too_large": "Larger than Tepi reads (256 MB).",
    "file.missing": "The file does not exist.",
    "csv.empty": "The file is empty.",
    "csv.syntax": "Line {line} cannot be read as CSV: {reason}.",
    "csv.no_rows": "A header but no data rows.",
    "csv.missing_column": "Missing the column {columns} (row 1 is the header).",
    "csv.missing_columns": "Missing the columns {columns} (row 1 is the header).",
    "csv.bad_cell": "Column {column}: {reason}.",
    "csv.encoding": "Not {encoding} text, so Tepi cannot read it as CSV.",
    "input.image_for_tabular": "An image, but {model} takes CSV rows.",
    "input.csv_for_image": "A CSV file, but {model} takes images.",
    "input.csv_row_for_image": "A CSV row, but {model} takes images.",
    "input.no_row": "The file has no row {row}.",
}
