"""The one place errors become sentences on screen, in the person's language.

The core raises ``TepiError``s whose text is one plain English sentence, and the
same sentences travel as plain text: in batch failures, history entries, the
offline queue's last errors and a server's error body. So the translation
works from the sentence itself. ``desktop.text.sentences`` and
``desktop.text.sentences_remote`` list every sentence the core can show as a
template worded like the core's f-string (``"{name} has no row {row}."``);
each template becomes a pattern here, and a matching sentence is rebuilt from
the translated template with its values (file names, numbers) kept. A field
named in ``_NESTED`` is itself translated from a list of its own (an image's
reason, a nested sentence...). A sentence no template knows is shown as it
is, which is still one plain sentence. Anything that is not a ``TepiError``
is a bug: the person reads that the details are in the log.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.text import sentences, sentences_remote

__all__ = [
    "describe_error",
    "internal_error",
    "network_reason",
    "sentence_fields",
    "translate_fallback",
    "translate_sentence",
]

translate = QCoreApplication.translate
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ALL_SENTENCES = sentences.SENTENCES + sentences_remote.SENTENCES
_NESTED: dict[str, Sequence[str]] = {
    "name": sentences.INPUT_NAMES,
    "image_reason": sentences.IMAGE_REASONS,
    "cell_reason": sentences.CELL_REASONS,
    "csv_reason": sentences.CSV_REASONS,
    "network_reason": sentences_remote.NETWORK_REASONS,
    "remote_model": sentences_remote.REMOTE_MODELS,
    "content_type": sentences_remote.CONTENT_TYPES,
    "object": sentences_remote.OBJECTS,
    "value_kind": sentences_remote.VALUE_KINDS,
    "sentence": _ALL_SENTENCES,
    "detail": _ALL_SENTENCES,
}
"""Fields whose value is translated in turn, and the templates it is one of."""
_FIELD_PATTERNS = {
    "host": r"\S+",
    "row": r"\d+",
    "line": r"\d+",
    "item": r"\d+",
    "http_status": r"\d+(?: [^:;()]+?)?",
}
"""What a field may hold where "any text" would split a sentence in the wrong place."""


@dataclass(frozen=True)
class _Template:
    source: str
    pattern: re.Pattern[str]
    anchor: str
    """The longest fixed text: a sentence without it cannot match (a cheap test first)."""


def _compile(source: str) -> _Template:
    parts: list[str] = []
    fixed: list[str] = []
    position = 0
    for field in _PLACEHOLDER.finditer(source):
        fixed.append(source[position : field.start()])
        parts += [re.escape(fixed[-1]), f"(?P<{field[1]}>{_FIELD_PATTERNS.get(field[1], '.+?')})"]
        position = field.end()
    fixed.append(source[position:])
    parts.append(re.escape(fixed[-1]))
    return _Template(source, re.compile("".join(parts), re.DOTALL), max(fixed, key=len))


_COMPILED: dict[int, tuple[_Template, ...]] = {}


def _templates(catalogue: Sequence[str]) -> tuple[_Template, ...]:
    """The catalogue's patterns (compiled on first use), most fixed text first: the most specific wins."""
    compiled = _COMPILED.get(id(catalogue))
    if compiled is None:
        ordered = sorted(catalogue, key=lambda source: -len(_PLACEHOLDER.sub("", source)))
        compiled = _COMPILED[id(catalogue)] = tuple(_compile(source) for source in ordered)
    return compiled


def _match(text: str, catalogue: Sequence[str]) -> tuple[_Template, dict[str, str]] | None:
    for template in _templates(catalogue):
        if template.anchor in text and (found := template.pattern.fullmatch(text)):
            return template, found.groupdict()
    return None


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def _translate(text: str, catalogue: Sequence[str]) -> str | None:
    """``text`` rebuilt in the current language, or None when no template of ``catalogue`` fits it."""
    matched = _match(text, catalogue)
    if matched is None:
        return None
    template, values = matched
    shown = {name: _field(name, value) for name, value in values.items()}
    return _fill(translate("Messages", template.source), shown)


def _field(name: str, value: str) -> str:
    catalogue = _NESTED.get(name)
    if catalogue is None:
        return value
    if name == "detail":  # a server's error body, its final full stop taken off
        found = _translate(value + ".", catalogue)
        return found.rstrip(".") if found is not None else value
    return _translate(value, catalogue) or value


def translate_sentence(sentence: str) -> str:
    """The core's English sentence in the current language, when it is a known one."""
    text = sentence.strip()
    return _translate(text, _ALL_SENTENCES) or sentence


def sentence_fields(sentence: str) -> dict[str, str] | None:
    """The values a known sentence carries, those of nested templates included; None when unknown.

    The keys name the path (``image_reason.size``); tests use this to tell values from wording.
    """
    return _fields(sentence.strip(), _ALL_SENTENCES)


def _fields(text: str, catalogue: Sequence[str]) -> dict[str, str] | None:
    matched = _match(text, catalogue)
    if matched is None:
        return None
    values: dict[str, str] = {}
    for name, value in matched[1].items():
        inner = _NESTED.get(name)
        found = _fields(value + "." if name == "detail" else value, inner) if inner else None
        if found is None:
            values[name] = value
        else:
            values.update({f"{name}.{key}": v for key, v in found.items()})
    return values


def network_reason(reason: str) -> str:
    """A reason from ``inference.backends.remote._network_reason``, translated."""
    return _translate(reason, sentences_remote.NETWORK_REASONS) or reason


def translate_fallback(reason: str) -> str:
    """A ``Prediction.fallback_reason`` ("local: <sentence>; <sentence>"), each sentence translated."""
    parts = []
    for part in re.split(r"(?<=\.); ", reason):
        shown = translate_sentence(part)
        if shown == part and ": " in part:  # "<backend>: <sentence>"
            backend, rest = part.split(": ", 1)
            shown = f"{backend}: {translate_sentence(rest)}"
        parts.append(shown)
    return "; ".join(parts)


def describe_error(exc: BaseException) -> str:
    """One sentence for any exception that reached the UI."""
    from inference.errors import TepiError

    if isinstance(exc, TepiError):
        return translate_sentence(str(exc))
    if isinstance(exc, MemoryError):
        return translate("Messages", "Tepi ran out of memory. Try fewer or smaller files at a time.")
    return internal_error()


def internal_error() -> str:
    return translate(
        "Messages",
        "Something went wrong inside Tepi. What you were doing was not finished; details are in the "
        "log file (Help ▸ Open Log Folder).",
    )
