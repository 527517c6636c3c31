"""Reading an English sentence back into its code and parameters.

Only for sentences that arrive without a code: history rows written before
errors carried one, and error bodies from servers that are not Tepi's. Each
template becomes a pattern (its fixed text literal, each field a group); a
field that holds a sentence of its own (``reason``, ``cause``, ``detail``...)
is read back recursively, so it is translated too.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["NESTED_FIELDS", "match", "readable"]

NESTED_FIELDS = frozenset({"reason", "cause", "detail", "name", "model", "kind"})
"""Fields whose value may itself be a sentence a template knows."""
_FIELD_PATTERNS = {
    "host": r"\S+",
    "row": r"\d+",
    "line": r"\d+",
    "item": r"\d+",
    "http_status": r"\d+(?: [^:;()]+?)?",
}
"""What a field may hold where "any text" would split a sentence in the wrong place."""
_QUOTED = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class _Pattern:
    code: str
    regex: re.Pattern[str]
    anchor: str
    """The longest fixed text: a sentence without it cannot match (a cheap test first)."""
    quoted: frozenset[str]
    """Fields written with ``!r``: their text is a Python literal."""
    fixed: int
    """How much fixed text the template has."""


def _compile(code: str, template: str) -> _Pattern | None:
    parts: list[str] = []
    fixed: list[str] = []
    seen: set[str] = set()
    quoted: set[str] = set()
    for literal, field, _, conversion in _FORMATTER.parse(template):
        fixed.append(literal)
        parts.append(re.escape(literal))
        if field is None:
            continue
        if field in seen:
            parts.append(f"(?P={field})")
            continue
        seen.add(field)
        if conversion == "r":
            quoted.add(field)
            parts.append(f"(?P<{field}>{_QUOTED})")
        else:
            parts.append(f"(?P<{field}>{_FIELD_PATTERNS.get(field, '.+?')})")
    anchor = max(fixed, key=len)
    if len(anchor.strip()) < 3:
        return None  # a template of fields only ("{backend}: {cause}") would match anything
    regex = re.compile("".join(parts), re.DOTALL)
    return _Pattern(code, regex, anchor, frozenset(quoted), sum(len(x) for x in fixed))


def readable(template: str) -> bool:
    """Whether a sentence of this template can be read back (not one of fields and a colon alone)."""
    return _compile("", template) is not None


@cache
def _patterns(items: tuple[tuple[str, str], ...]) -> tuple[_Pattern, ...]:
    """Patterns, most fixed text first: the most specific template wins."""
    compiled = [p for code, template in items if (p := _compile(code, template)) is not None]
    return tuple(sorted(compiled, key=lambda p: -p.fixed))


def match(text: str, catalogue: Mapping[str, str]) -> tuple[str, dict[str, Any]] | None:
    """The first template of ``catalogue`` that reads ``text`` whole, with the values it holds."""
    patterns = _patterns(tuple(catalogue.items()))
    return _match(text, patterns, depth=0)


def _match(text: str, patterns: tuple[_Pattern, ...], depth: int) -> tuple[str, dict[str, Any]] | None:
    for pattern in patterns:
        if pattern.anchor not in text or (found := pattern.regex.fullmatch(text)) is None:
            continue
        params: dict[str, Any] = {}
        for name, value in found.groupdict().items():
            params[name] = _value(name, value, pattern, patterns, depth)
        return pattern.code, params
    return None


def _value(name: str, value: str, pattern: _Pattern, patterns: tuple[_Pattern, ...], depth: int) -> Any:
    if name in pattern.quoted:
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
    if name in NESTED_FIELDS and depth < 4:
        # A nested sentence may have lost its full stop to the sentence around it.
        for candidate in (value, value + "."):
            inner = _match(candidate, patterns, depth + 1)
            if inner is not None:
                return {"code": inner[0], "params": inner[1]}
    return value
