"""Checks that a sentence is shown in Bahasa Indonesia: for the desktop's translation tests."""

from __future__ import annotations

import re

from desktop.text import sentences, sentences_remote
from desktop.text.messages import sentence_fields

__all__ = ["ENGLISH", "PLACEHOLDER", "check_translated"]

_KEPT_WORDS = """
    tepi csv utf json toml http https url api tls ca sha tf fp gb mb n x v id def
    model models server endpoint backend token keyring host data metadata tensor signature
    serving status folder format log internal web per batch label labels zip
    keras tensorflow lite litert savedmodel teachable machine lambda python numpy onnx runtime
    heic avif jpeg png pdf svg html postscript bytes bool nan null true false post
    tuf pem
"""
KEPT = set(_KEPT_WORDS.split())
"""Names, formats and protocol words that Bahasa Indonesia uses as they are."""
PLACEHOLDER = re.compile(r"\{\w+\}")
_CODE = re.compile(r"'[^']*'|\"[^\"]*\"|[\w.\-/:\[\]=]*[._/\-\[\]=][\w.\-/:\[\]=]*|:\w+")
"""Quoted text and tokens that are code, keys or paths (``input.std``, ``--token``): never translated."""


def _english_words() -> set[str]:
    modules = (sentences, sentences_remote)
    catalogues = [getattr(module, name) for module in modules for name in module.__all__]
    words = {
        word.lower()
        for catalogue in catalogues
        for template in catalogue
        for word in re.findall(r"[A-Za-z]+", _CODE.sub(" ", PLACEHOLDER.sub(" ", template)))
    }
    return words - KEPT


ENGLISH = _english_words()


def check_translated(english: str, shown: str) -> list[str]:
    """What is wrong with ``shown`` as the Indonesian for ``english`` (nothing: an empty list)."""
    fields = sentence_fields(english)
    if fields is None:
        return [f"no template for {english!r}"]
    problems = []
    if shown == english:
        problems.append(f"shown in English: {english!r}")
    rest = shown
    for value in sorted(fields.values(), key=len, reverse=True):
        if value not in shown:
            problems.append(f"{value!r} is lost in {shown!r}")
        rest = rest.replace(value, " ")
    left = sorted({w for w in re.findall(r"[A-Za-z]+", _CODE.sub(" ", rest)) if w.lower() in ENGLISH})
    if left:
        problems.append(f"English words {left} in {shown!r}")
    return problems
