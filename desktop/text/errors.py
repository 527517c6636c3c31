"""The core's errors and other sentences on screen, in the person's language, rendered by code.

A ``TepiError`` carries a ``code`` and its ``params``, and so do a ``Failure``,
a ``Queued`` input, a history entry, a queue item and a prediction's fallback
reasons. ``inference.text`` renders them in English or Bahasa Indonesia from
the one catalogue the web page shares (English templates in ``inference/text/``,
Indonesian in ``resources/i18n/messages_id.json``), in the language the window
runs in (``desktop.text.i18n.current_language``). Text that arrives without a
code, from a history row written before errors had codes or another server's
error body, is read back by ``inference.text.translate`` where a template
knows it and shown as it came otherwise. An exception that is not a
``TepiError`` is a bug: the person reads that the details are in the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.text.i18n import current_language

__all__ = [
    "code_of",
    "coded_text",
    "describe_error",
    "escalated_text",
    "fallback_text",
    "internal_error",
    "outcome_text",
    "outside_text",
    "value_text",
]

translate = QCoreApplication.translate


def describe_error(exc: BaseException) -> str:
    """One sentence for any exception that reached the window."""
    from inference.errors import TepiError

    if isinstance(exc, TepiError):
        return exc.render(current_language())
    if isinstance(exc, MemoryError):
        return translate("Messages", "Tepi ran out of memory. Try fewer or smaller files at a time.")
    return internal_error()


def internal_error() -> str:
    return translate(
        "Messages",
        "Something went wrong inside Tepi. What you were doing was not finished; details are in the "
        "log file (Help ▸ Open Log Folder).",
    )


def outcome_text(outcome: Any) -> str:
    """Why a ``Failure`` got no answer, or why a ``Queued`` input waits (by code, or its old sentence)."""
    return str(outcome.render(current_language()))


def coded_text(coded: Mapping[str, Any] | None, english: str) -> str:
    """``{"code", "params"}`` rendered; without one (or with a code this Tepi does not know), ``english``."""
    from inference import text

    if coded is not None and text.knows(str(coded.get("code"))):
        return text.render(str(coded["code"]), coded.get("params"), current_language())
    return outside_text(english)


def code_of(coded: Mapping[str, Any] | None, english: str) -> tuple[str | None, Mapping[str, Any]]:
    """The code and params of a sentence: ``coded``, else read back from ``english`` (None: unknown)."""
    from inference import text

    if coded is not None and isinstance(coded.get("code"), str):
        return coded["code"], coded.get("params") or {}
    found = text.parse(english) if english else None
    return found if found is not None else (None, {})


def value_text(value: Any) -> str:
    """A parameter as shown: a nested ``{"code", "params"}`` rendered, anything else as text."""
    if isinstance(value, Mapping) and isinstance(value.get("code"), str):
        return coded_text(value, str(value["code"]))
    return "" if value is None else str(value)


def outside_text(sentence: str) -> str:
    """An English sentence that came without a code, in the person's language where a template knows it."""
    from inference import text

    return text.translate(sentence, current_language())


def fallback_text(prediction: Any) -> str:
    """Why the first backend did not answer (empty when it did)."""
    return prediction.fallback_text(current_language()) or ""


def escalated_text(prediction: Any) -> str:
    """Why the server answered instead of this computer (empty when it did not): the local answer, and why."""
    if prediction.escalated is None:
        return ""
    shown = prediction.escalated_json(current_language())
    local = shown["local"]
    return f"{shown['reason']} ({local['label']} {local['score']:.0%}, {local['backend']})"
