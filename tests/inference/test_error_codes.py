"""Errors are codes with parameters, rendered from one catalogue in English and Bahasa Indonesia.

The sites come from reading ``inference/``'s source (``raise_sites``), so a new
error with a plain sentence instead of a code, a code without a template, a
template without its Indonesian, or a site that forgets a parameter its
sentence names fails here, whoever adds it.
"""

from __future__ import annotations

import ast
import json
import pickle
import re
import string

import pytest

from inference import text
from inference.errors import (
    CsvError,
    ImageError,
    ImageTooLarge,
    PayloadError,
    RemoteAuthError,
    RemoteUnavailable,
    TepiError,
    UsageError,
)
from inference.results import Failure, Queued
from inference.text import cluster, commands, inputs, matching, models, packs, remote, server, stores, wire
from tests.inference.raise_sites import CORE, ROOT, SAMPLE, UNRESOLVED, missing_params, sites

INDONESIAN = ROOT / "resources" / "i18n" / "messages_id.json"
SAME_IN_EVERY_LANGUAGE = {"server.http_error", "route.backend_failed"}
"""Templates of fields only: nothing in them to translate."""
_FORMATTER = string.Formatter()


@pytest.fixture(scope="module")
def all_sites() -> list:
    found = list(sites())
    assert len(found) > 250, "the sites were not found: raise_sites is out of step with inference/"
    return found


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(template) if field}


def test_every_site_names_a_code_the_catalogue_knows(all_sites) -> None:
    problems = [
        f"{site.where} ({site.function}): {'a sentence or an expression' if code == UNRESOLVED else code!r}"
        for site in all_sites
        for code in site.codes
        if not text.knows(code)
    ]
    assert not problems, "give these a code with an English template in inference/text/:\n" + "\n".join(
        problems
    )


def test_every_site_passes_the_parameters_its_sentence_names(all_sites) -> None:
    problems = [
        f"{site.where} {code}: {sorted(missing)}"
        for site in all_sites
        for code in site.codes
        if text.knows(code) and (missing := missing_params(site, code))
    ]
    assert not problems, "\n".join(problems)


def test_every_code_has_a_complete_indonesian_template() -> None:
    indonesian = json.loads(INDONESIAN.read_text(encoding="utf-8"))
    short = {code for code in indonesian if code.startswith(text.SHORT_PREFIX)}
    assert set(indonesian) - short == set(text.ENGLISH), "messages_id.json and the English codes differ"
    assert short == {text.SHORT_PREFIX + code for code in text.SHORT}, "short templates differ"
    problems = []
    for code, english in text.ENGLISH.items():
        translated = indonesian[code]
        if _fields(translated) != _fields(english):
            problems.append(f"{code}: fields {sorted(_fields(translated))} != {sorted(_fields(english))}")
        if translated == english and code not in SAME_IN_EVERY_LANGUAGE:
            problems.append(f"{code}: not translated")
        shown = text.render(code, dict.fromkeys(_fields(english), SAMPLE), "id")
        if "{" in shown or "}" in shown:
            problems.append(f"{code}: renders with a placeholder left: {shown}")
    assert not problems, "\n".join(problems)


def test_every_code_is_used_somewhere(all_sites) -> None:
    constants = {code for site in all_sites for code in site.codes}  # "remote.http" + suffix
    for path in CORE.rglob("*.py"):
        if "text" in path.relative_to(CORE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
    unused = sorted(set(text.ENGLISH) - constants)
    assert not unused, f"codes nothing raises: {unused}"


def test_each_sentence_renders_in_both_languages_and_reads_back_to_its_code(all_sites) -> None:
    problems = []
    for site in all_sites:
        for code, params in site.samples():
            english = text.render(code, params)
            json.dumps(params)  # plain JSON values, nested sentences included
            found = text.parse(english)
            if matching.readable(text.ENGLISH[code]) and (found is None or found[0] != code):
                problems.append(f"{site.where} {code}: {english!r} reads back as {found and found[0]}")
            if text.render(code, params, "id") == english and code not in SAME_IN_EVERY_LANGUAGE:
                problems.append(f"{site.where} {code}: the same in Indonesian: {english!r}")
    assert not problems, "\n".join(problems)


def test_a_short_sentence_leaves_out_only_where_in_both_languages() -> None:
    """The table row names the input (and the CSV row): the short sentence leaves out just those."""
    problems = []
    for code, english in text.SHORT.items():
        full = text.ENGLISH.get(code, "")
        if not full.startswith("{name}"):
            problems.append(f"{code}: its sentence does not start with the name")
        kept, whole = _fields(english), _fields(full)
        if "name" in kept or not whole - {"name", "row"} <= kept <= whole:
            problems.append(f"{code}: short fields {sorted(_fields(english))}, full {sorted(_fields(full))}")
        indonesian = text.short_templates("id")[code]
        if indonesian == english or _fields(indonesian) != _fields(english):
            problems.append(f"{code}: Indonesian {indonesian!r}")
    assert not problems, "\n".join(problems)
    cut = Failure.of("scans/foto.jpg", None, ImageError("scans/foto.jpg", "image.reason.truncated"))
    assert cut.reason() == "Not an image Tepi can read: the file is cut short."
    assert cut.reason("id") == "Bukan gambar yang bisa dibaca Tepi: berkasnya terpotong."
    empty = text.message("csv.cell.empty")
    cell = CsvError("csv.bad_cell", name="a.csv", row=3, column="width", reason=empty)
    assert str(cell) == "a.csv row 4, column width: the cell is empty."  # data row 3 is the file's row 4
    assert Failure.of("a.csv", 3, cell).reason() == "Column width: the cell is empty."
    old = Failure("b.csv", None, "b.csv is missing the column width (row 1 is the header).", "CsvError")
    assert old.reason("id") == "Tidak memiliki kolom width (baris 1 adalah judul kolom)."
    down = RemoteUnavailable("remote.unreachable", host="h:1", reason=text.message("remote.reason.refused"))
    assert Failure.of("a.png", None, down).reason() == str(down), "no name in it: the whole sentence"


# -- the renderer ---------------------------------------------------------------------------------------
def test_an_error_renders_its_nested_reason_in_the_same_language() -> None:
    error = ImageError("photos/cat.heic", "image.reason.heic")
    assert str(error) == (
        "cat.heic is not an image Tepi can read: it is a HEIC or AVIF photo, which Tepi cannot read "
        "(save it as JPEG or PNG)."
    )
    assert error.code == "image.unreadable" and error.params["reason"]["code"] == "image.reason.heic"
    assert error.render("id") == (
        "cat.heic bukan gambar yang bisa dibaca Tepi: itu foto HEIC atau AVIF, yang tidak bisa dibaca Tepi "
        "(simpan sebagai JPEG atau PNG)."
    )


def test_numbers_keep_their_format_and_an_unknown_code_shows_as_itself() -> None:
    bomb = ImageTooLarge("big.png", 900_000_000, 100_000_000)
    assert (
        str(bomb)
        == "big.png is not an image Tepi can read: it has 900 megapixels, more than the 100 megapixel limit."
    )
    assert text.render("no.such.code", {"x": 1}) == "no.such.code"
    assert text.render("csv.bad_cell", {"name": "a.csv"}) == "a.csv row {row}, column {column}: {reason}."
    assert TepiError("A sentence from before codes.").message == "A sentence from before codes."


def test_a_nested_sentence_loses_its_full_stop_where_the_outer_one_goes_on() -> None:
    inner = {"code": "server.loading", "params": {"model": "digits"}}
    params = {"host": "h:1", "http_status": "503 Service Unavailable", "detail": inner, "seconds": 30}
    assert text.render("remote.http_waited_detail", params) == (
        "The remote endpoint h:1 answered HTTP 503 Service Unavailable: Model digits is loading; try again "
        "in a moment (still not ready after 30 s)."
    )
    auth = RemoteAuthError(
        "remote.http_auth_detail", host="h:1", http_status="401 Unauthorized", detail={
            "code": "server.key_wrong", "params": {}
        },
    )  # fmt: skip
    assert str(auth) == (
        "The remote endpoint h:1 answered HTTP 401 Unauthorized: The API key is wrong; "
        "check the token or API key."
    )


def test_errors_cross_processes_and_json_with_their_code_and_fields() -> None:
    error = CsvError(
        "csv.missing_columns", name="x.csv", columns=["a", "b"], path="/d/x.csv", row=0, column="a"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.params, copy.path, copy.row, str(copy)) == (
        CsvError,
        error.code,
        error.params,
        "/d/x.csv",
        0,
        "x.csv is missing the columns a, b (row 1 is the header).",
    )
    assert json.loads(json.dumps(error.to_json())) == error.to_json()
    wrapped = UsageError("queue.model", model="m", cause=error)
    assert wrapped.params["cause"] == error.to_json()


def test_a_failure_and_a_queued_input_render_by_code_and_an_old_sentence_by_reading_it() -> None:
    error = RemoteUnavailable("remote.unreachable", host="h:1", reason=text.message("remote.reason.refused"))
    failure = Failure.of("a.png", None, error)
    assert failure.to_json() == {
        "input": "a.png", "row": None, "error": str(error),
        "code": "remote.unreachable", "params": error.params,
    }  # fmt: skip
    assert failure.render("id") == "Endpoint jarak jauh h:1 tidak dapat dijangkau (sambungan ditolak)."
    old = Failure("b.csv", 3, "b.csv row 3, column width: 'x' is not a number.", "CsvError")
    assert old.code is None and old.render("id") == "b.csv baris 3, kolom width: 'x' bukan angka."
    waiting = Queued("a.png", None, 4, error.to_json())
    assert waiting.error == f"Waiting in the offline queue (item 4) until the endpoint answers: {error}"
    assert waiting.render("id").startswith("Menunggu di antrean luring (butir 4) sampai endpoint menjawab: ")


def test_sentences_from_outside_are_read_back_with_their_nested_parts() -> None:
    found = text.parse("The remote endpoint 10.0.0.2:8500 cannot be reached (connection refused).")
    assert found == (
        "remote.unreachable",
        {"host": "10.0.0.2:8500", "reason": {"code": "remote.reason.refused", "params": {}}},
    )
    assert text.parse("Something no template says.") is None
    assert text.translate("Something no template says.", "id") == "Something no template says."
    several = (
        "local: This model needs TensorFlow, which this Tepi build does not include; convert it to "
        ".tflite or run it on a remote endpoint.; The remote endpoint h:1 failed: ConnectionError."
    )
    shown = text.translate(several, "id")
    assert shown == (
        "local: Model ini memerlukan TensorFlow, yang tidak disertakan dalam versi Tepi ini; ubah ke "
        ".tflite atau jalankan di endpoint jarak jauh.; Endpoint jarak jauh h:1 gagal: ConnectionError."
    )


def test_no_template_of_fields_alone_is_matched() -> None:
    """``{detail}`` and ``{backend}: {cause}`` would read any sentence: the matcher leaves them out."""
    assert matching.match("anything: at all", {"route.backend_failed": "{backend}: {cause}"}) is None
    assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", "route.backend_failed")


def test_codes_are_unique_across_areas_and_hostile_params_still_render() -> None:
    areas = [inputs, models, packs, remote, server, stores, wire, commands, cluster]
    assert sum(len(area.ENGLISH) for area in areas) == len(text.ENGLISH), "a code is defined twice"
    deep: dict = {"code": "queue.model", "params": {"model": "m", "cause": "x"}}
    for _ in range(5000):
        deep = {"code": "queue.model", "params": {"model": "m", "cause": deep}}
    assert text.render("queue.model", deep["params"]).count("The queued model m") == 7
    names = ["a", {"code": "input.unnamed"}, 3]
    assert text.render("csv.empty", {"name": names}) == "a, the input, 3 is empty."
    assert text.render("csv.empty", "not a mapping") == "csv.empty"  # type: ignore[arg-type]
    odd = {"count": "x", "seconds": None}
    assert text.render("route.circuit_open", odd).startswith("The remote endpoint")


def test_params_are_json_any_reader_takes_even_from_a_hostile_body() -> None:
    from inference.protocol.common import dumps
    from inference.protocol.error_bodies import error_body

    error = PayloadError("wire.unknown_datatype", datatype=10**30, choices=["FP32"], field="datatype")
    assert error.params["datatype"] == str(10**30) and str(error).startswith(f"Unknown datatype '{10**30}'")
    assert json.loads(dumps(error_body(error)))["tepi_error"]["code"] == "wire.unknown_datatype"
    odd = UsageError("export.mismatch", difference=float("nan"))
    assert json.loads(json.dumps(odd.to_json(), allow_nan=False))["params"]["difference"] == "nan"
