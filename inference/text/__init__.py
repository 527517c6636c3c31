"""Every sentence Tepi shows a person, as a code with parameters, rendered in their language.

    render(code, params, language)   the sentence: English from the templates beside the codes
                                     (``inference/text/*.py``), Bahasa Indonesia from
                                     ``resources/i18n/messages_id.json``
    render_short(code, params, lang) the sentence without the input's name, for a table row that
                                     names it (``SHORT``; the full sentence for other codes)
    parse(sentence)                  (code, params) for an English sentence from outside: history rows
                                     written before errors had codes, another server's error body
    translate(sentence, language)    parse, then render; a sentence no template knows comes back as is

Errors carry ``code`` and ``params`` (plain JSON values); a parameter that is
itself ``{"code": ..., "params": ...}`` (why an image is unreadable, the error a
queued input met) is rendered in the same language, recursively. The desktop
and the web page both render from here, so a sentence is translated once.

Adding a sentence: give it a code and an English template in the module of its
area below, and its Indonesian in ``resources/i18n/messages_id.json``;
``tests/inference/test_error_codes.py`` fails until both agree.
"""

from __future__ import annotations

import json
import logging
import math
import re
import string
from collections.abc import Mapping
from functools import cache
from typing import Any

from inference.text import cluster, commands, inputs, models, packs, remote, server, stores, wire

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENGLISH",
    "LANGUAGES",
    "as_params",
    "fields",
    "file_row",
    "knows",
    "message",
    "parse",
    "render",
    "render_short",
    "short_templates",
    "templates",
    "translate",
]

logger = logging.getLogger(__name__)
LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"
ENGLISH: dict[str, str] = {
    **inputs.ENGLISH,
    **models.ENGLISH,
    **remote.ENGLISH,
    **wire.ENGLISH,
    **server.ENGLISH,
    **stores.ENGLISH,
    **commands.ENGLISH,
    **packs.ENGLISH,
    **cluster.ENGLISH,
}
"""Every code and its English template."""
SHORT: dict[str, str] = dict(inputs.SHORT)
"""Codes whose sentence starts with the input's name, and the same sentence without it (English)."""
SHORT_PREFIX = "short:"
"""A short template's key in a language's messages file: ``short:image.unreadable``."""
_FORMATTER = string.Formatter()
_CLOSERS = (".", ";", ",", ")", " (")
"""A nested sentence's final full stop is dropped before these, so no sentence reads "..": or ".;"."""


def file_row(row: int) -> int:
    """The row a person finds data row ``row`` at (``row`` 1 is the first row under the header).

    ``row`` fields (JSON, exports, the history, the queue) count data rows from 1;
    every sentence names the file's row, as a spreadsheet numbers it, with the
    header as row 1: data row 1 is "row 2" ("row 2 of the file, the first data
    row"). Blank lines, which Tepi skips, are not counted.
    """
    return row + 1


def knows(code: str) -> bool:
    """True when ``code`` has a template (a code from a newer Tepi, or none at all, does not)."""
    return code in ENGLISH


@cache
def templates(language: str) -> Mapping[str, str]:
    """The templates of ``language`` by code; English for any code the language lacks."""
    if language == "en":
        return ENGLISH
    from inference.resources import resource_path

    path = resource_path("i18n", f"messages_{language}.json")
    try:
        translated = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("no messages for language %r (%s): English is shown", language, exc)
        translated = {}
    return {**ENGLISH, **{code: text for code, text in translated.items() if code in ENGLISH}}


@cache
def short_templates(language: str) -> Mapping[str, str]:
    """The short templates of ``language`` by code (``SHORT``); English for any the language lacks."""
    if language == "en":
        return SHORT
    from inference.resources import resource_path

    path = resource_path("i18n", f"messages_{language}.json")
    try:
        translated = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        translated = {}  # templates() has said so already
    found = {key.removeprefix(SHORT_PREFIX): text for key, text in translated.items()}
    return {**SHORT, **{code: found[code] for code in SHORT if code in found}}


def message(code: str, **params: Any) -> dict[str, Any]:
    """A nested sentence as a parameter value: ``{"code": ..., "params": ...}``."""
    return {"code": code, "params": as_params(params)}


def as_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` as plain JSON values: paths become text, tuples lists (``TepiError`` turns itself into
    ``{"code", "params"}`` before it gets here)."""
    return {name: _plain(value) for name, value in params.items()}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):  # a hostile body's 10**30 would not survive orjson or other readers
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return str(value)  # Path, numpy scalars, anything else: its text


def render(code: str, params: Mapping[str, Any] | None = None, language: str = DEFAULT_LANGUAGE) -> str:
    """The sentence for ``code`` in ``language``; an unknown code renders as itself (never raises)."""
    return _render(code, params, language, depth=0)


def render_short(
    code: str, params: Mapping[str, Any] | None = None, language: str = DEFAULT_LANGUAGE
) -> str:
    """The sentence without the input's name where ``code`` starts with it (``SHORT``), else ``render``."""
    template = short_templates(language).get(code)
    if template is None:
        return render(code, params, language)
    return _fill(template, params, language, depth=0)


_MAX_DEPTH = 6
"""Sentences nest a few levels at most (a queued input's error's reason); deeper is not Tepi's."""


def _render(code: str, params: Mapping[str, Any] | None, language: str, depth: int) -> str:
    template = templates(language).get(code)
    if template is None or not isinstance(params, Mapping | None):
        return str(code)
    return _fill(template, params, language, depth)


def _fill(template: str, params: Mapping[str, Any] | None, language: str, depth: int) -> str:
    if not isinstance(params, Mapping | None):
        return template
    values = dict(params or {})
    parts: list[str] = []
    nested = False
    for literal, field, spec, conversion in _parsed(template):
        if nested and literal.startswith(_CLOSERS) and parts[-1].endswith("."):
            parts[-1] = parts[-1][:-1]  # "...: Model x is loading; try again" goes on after it
        parts.append(literal)
        if field is None:
            continue
        if field not in values:
            parts.append("{" + field + "}")
            nested = False
            continue
        value = values[field]
        nested = _is_sentence(value)
        parts.append(_show(value, spec or "", conversion, language, depth))
    return "".join(parts)


def _is_sentence(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("code"), str)


@cache
def _parsed(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    return tuple(_FORMATTER.parse(template))


def _show(value: Any, spec: str, conversion: str | None, language: str, depth: int) -> str:
    if _is_sentence(value):
        if depth >= _MAX_DEPTH:
            return str(value["code"])
        value = _render(value["code"], value.get("params"), language, depth + 1)
    elif isinstance(value, list):
        value = ", ".join(_show(v, "", None, language, depth + 1) for v in value)
    if conversion == "r":
        value = repr(value)
    try:
        return format(value, spec)
    except (TypeError, ValueError):  # a number that arrived as text (a parsed sentence)
        return str(value)


def fields(code: str, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The parameter names the template of ``code`` uses."""
    template = templates(language).get(code, "")
    return frozenset(field for _, field, _, _ in _parsed(template) if field)


def parse(sentence: str) -> tuple[str, dict[str, Any]] | None:
    """The code and parameters of an English sentence a template knows; None otherwise."""
    from inference.text.matching import match

    return match(sentence.strip(), ENGLISH)


def translate(sentence: str, language: str) -> str:
    """An English sentence from outside in ``language`` when a template knows it, else as it is.

    Reasons joined with ``; `` (an old ``fallback_reason``) are translated one by one, and
    a reason led by who gave it (``local LiteRT: <sentence>``) keeps its lead.
    """
    if language == "en":
        return sentence
    found = parse(sentence)
    if found is not None:
        return render(found[0], found[1], language)
    parts = re.split(r"(?<=\.); ", sentence)
    if len(parts) > 1:
        return "; ".join(translate(part, language) for part in parts)
    lead, colon, rest = sentence.partition(": ")
    if colon and (shown := translate(rest, language)) != rest:
        return f"{lead}: {shown}"
    return sentence
