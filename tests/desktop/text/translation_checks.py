"""Checks that a sentence is shown in Bahasa Indonesia: for the desktop's translation tests."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from inference import text

__all__ = ["ENGLISH", "check_translated", "values_of"]

_KEPT_WORDS = """
    tepi csv utf json toml http https url api tls ca sha tf fp gb mb n x v id def
    model models server endpoint backend token keyring host data metadata tensor signature
    serving status folder format log internal web per batch label labels zip
    keras tensorflow lite litert savedmodel teachable machine lambda python numpy onnx runtime
    heic avif jpeg png pdf svg html postscript bytes bool nan null true false post
    tuf pem root ray node uri
"""
KEPT = set(_KEPT_WORDS.split())
"""Names, formats and protocol words that Bahasa Indonesia uses as they are."""
_FIELD = re.compile(r"\{[^{}]*\}")
_CODE = re.compile(r"'[^']*'|\"[^\"]*\"|[\w.\-/:\[\]=]*[._/\-\[\]=][\w.\-/:\[\]=]*|:\w+")
"""Quoted text and tokens that are code, keys or paths (``input.std``, ``--token``): never translated."""


def _english_words() -> set[str]:
    """Every word of the core's English templates (the catalogue the window renders from)."""
    words = {
        word.lower()
        for template in text.ENGLISH.values()
        for word in re.findall(r"[A-Za-z]+", _CODE.sub(" ", _FIELD.sub(" ", template)))
    }
    return words - KEPT


ENGLISH = _english_words()


def values_of(params: Mapping[str, Any]) -> Iterator[str]:
    """The plain values a sentence carries (file names, numbers, a server's words), nested ones too."""
    for value in params.values():
        if isinstance(value, Mapping) and isinstance(value.get("code"), str):
            yield from values_of(value.get("params") or {})
        elif isinstance(value, list | tuple):
            yield from values_of(dict(enumerate(value)))
        elif value is not None and not isinstance(value, bool):
            yield str(value)


def check_translated(english: str, shown: str, params: Mapping[str, Any] | None = None) -> list[str]:
    """What is wrong with ``shown`` as the Indonesian for ``english`` (nothing: an empty list).

    ``params`` are the sentence's values; without them (a sentence that came without a code) they are
    read back from the English, which must then be a sentence the catalogue knows.
    """
    if params is None:
        found = text.parse(english)
        if found is None:
            return [f"no template for {english!r}"]
        params = found[1]
    problems = []
    if shown == english:
        problems.append(f"shown in English: {english!r}")
    rest = shown
    values = {value for value in values_of(params) if value and value in english}  # as the English shows it
    for value in sorted(values, key=len, reverse=True):
        if value not in shown:
            problems.append(f"{value!r} is lost in {shown!r}")
        rest = rest.replace(value, " ")
    left = sorted({w for w in re.findall(r"[A-Za-z]+", _CODE.sub(" ", rest)) if w.lower() in ENGLISH})
    if left:
        problems.append(f"English words {left} in {shown!r}")
    return problems
