"""The one place errors become sentences on screen, in the person's language.

The core raises ``TepiError``s whose text is one plain English sentence with
fixed wording. Here the known sentences are matched and rebuilt from
translated templates, keeping the file names and numbers; a sentence not
known here is shown as it is, which is still one plain sentence. Anything
that is not a ``TepiError`` is a bug: it is logged with its traceback and
the person reads that details are in the log.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

__all__ = ["describe_error", "network_reason", "translate_sentence"]

translate = QCoreApplication.translate
_Builder = Callable[[re.Match[str]], str]


def _image_reason(reason: str) -> str:
    fixed = {
        "the file is empty": translate("Messages", "the file is empty"),
        "its contents are not in an image format Tepi knows": translate(
            "Messages", "its contents are not in an image format Tepi knows"
        ),
        "it is too large to decode safely": translate("Messages", "it is too large to decode safely"),
        "the file is cut short": translate("Messages", "the file is cut short"),
        "the file is damaged": translate("Messages", "the file is damaged"),
        "the file does not exist": translate("Messages", "the file does not exist"),
        "it is a folder": translate("Messages", "it is a folder"),
        "Tepi is not allowed to read it": translate("Messages", "Tepi is not allowed to read it"),
    }
    if reason in fixed:
        return fixed[reason]
    if match := re.fullmatch(r"the file cannot be read \((.*)\)", reason):
        return translate("Messages", "the file cannot be read (%1)").replace("%1", match[1])
    if match := re.fullmatch(r"the file is ([\d,.]+) MB, larger than Tepi accepts", reason):
        return translate("Messages", "the file is %1 MB, larger than Tepi accepts").replace("%1", match[1])
    if match := re.fullmatch(r"it has ([\d,.]+) megapixels, more than the ([\d,.]+) megapixel limit", reason):
        text = translate("Messages", "it has %1 megapixels, more than the %2 megapixel limit")
        return text.replace("%1", match[1]).replace("%2", match[2])
    return reason


def _cell_reason(reason: str) -> str:
    if reason == "the cell is empty":
        return translate("Messages", "the cell is empty")
    if match := re.fullmatch(r"(.*) is not a finite number", reason):
        return translate("Messages", "%1 is not a finite number").replace("%1", match[1])
    if match := re.fullmatch(r"(.*) is not a number", reason):
        return translate("Messages", "%1 is not a number").replace("%1", match[1])
    return reason


def _fill(template: str, *values: str) -> str:
    for index, value in enumerate(values, start=1):
        template = template.replace(f"%{index}", value)
    return template


_PATTERNS: list[tuple[re.Pattern[str], _Builder]] = [
    (
        re.compile(r"(?P<name>.+) is not an image Tepi can read: (?P<reason>.+)\."),
        lambda m: _fill(
            translate("Messages", "%1 is not an image Tepi can read: %2."),
            m["name"],
            _image_reason(m["reason"]),
        ),
    ),
    (
        re.compile(r"(?P<name>.+) is an image, but (?P<model>.+) takes CSV rows\."),
        lambda m: _fill(
            translate("Messages", "%1 is an image, but %2 takes CSV rows."), m["name"], m["model"]
        ),
    ),
    (
        re.compile(r"(?P<model>.+) takes CSV rows, not images\."),
        lambda m: _fill(translate("Messages", "%1 takes CSV rows, not images."), m["model"]),
    ),
    (
        re.compile(r"(?P<name>.+) is a CSV file, but (?P<model>.+) takes images\."),
        lambda m: _fill(
            translate("Messages", "%1 is a CSV file, but %2 takes images."), m["name"], m["model"]
        ),
    ),
    (
        re.compile(r"(?P<name>.+) row (?P<row>\d+), column (?P<col>.+?): (?P<reason>.+)\."),
        lambda m: _fill(
            translate("Messages", "%1 row %2, column %3: %4."),
            m["name"],
            m["row"],
            m["col"],
            _cell_reason(m["reason"]),
        ),
    ),
    (
        re.compile(r"(?P<name>.+) is missing the columns? (?P<cols>.+) \(row 1 is the header\)\."),
        lambda m: _fill(
            translate("Messages", "%1 is missing the column(s) %2 (row 1 is the header)."),
            m["name"],
            m["cols"],
        ),
    ),
    (
        re.compile(r"(?P<name>.+) has a header but no data rows\."),
        lambda m: _fill(translate("Messages", "%1 has a header but no data rows."), m["name"]),
    ),
    (
        re.compile(r"(?P<name>.+) is not UTF-8 text, so Tepi cannot read it as CSV\."),
        lambda m: _fill(
            translate("Messages", "%1 is not UTF-8 text, so Tepi cannot read it as CSV."), m["name"]
        ),
    ),
    (
        re.compile(r"(?P<name>[^ ]+) is empty\."),
        lambda m: _fill(translate("Messages", "%1 is empty."), m["name"]),
    ),
    (
        re.compile(r"(?P<name>.+) is not a model file Tepi knows; .*"),
        lambda m: _fill(
            translate(
                "Messages",
                "%1 is not a model file Tepi knows; use .tflite, .keras, .h5, a SavedModel folder "
                "or a Teachable Machine export.",
            ),
            m["name"],
        ),
    ),
    (
        re.compile(r"(?P<ref>.+) does not exist and is not a bundled model \((?P<known>.*)\)\."),
        lambda m: _fill(
            translate("Messages", "%1 does not exist and is not a bundled model (%2)."), m["ref"], m["known"]
        ),
    ),
    (
        re.compile(r"(?P<name>.+) in model pack (?P<pack>.+) has been changed or damaged .*"),
        lambda m: _fill(
            translate(
                "Messages",
                "%1 in model pack %2 has been changed or damaged (its SHA-256 does not match the "
                "manifest), so Tepi will not load it.",
            ),
            m["name"],
            m["pack"],
        ),
    ),
]


def network_reason(reason: str) -> str:
    """A reason from ``inference.backends.remote._network_reason``, translated."""
    fixed = {
        "connection refused": translate("Messages", "connection refused"),
        "the connection broke off mid-answer": translate("Messages", "the connection broke off mid-answer"),
        "the host name is unknown": translate("Messages", "the host name is unknown"),
        "no answer after retries": translate("Messages", "no answer after retries"),
        "network error": translate("Messages", "network error"),
    }
    return fixed.get(reason, reason)


# The remote endpoint's sentences (``inference.backends.remote``, ``inference.predictor``).
_QUEUED = r"Waiting in the offline queue \(item (?P<id>\d+)\) until the endpoint answers: (?P<why>.+)"
_PATTERNS += [
    (
        re.compile(r"The remote endpoint (?P<host>\S+) cannot be reached \((?P<reason>[^)]*)\)\."),
        lambda m: _fill(
            translate("Messages", "The remote endpoint %1 cannot be reached (%2)."),
            m["host"],
            network_reason(m["reason"]),
        ),
    ),
    (
        re.compile(r"The remote endpoint (?P<host>\S+) could not be reached within (?P<s>[\d.]+) s\."),
        lambda m: _fill(
            translate("Messages", "The remote endpoint %1 could not be reached within %2 s."),
            m["host"],
            m["s"],
        ),
    ),
    (
        re.compile(r"The remote endpoint (?P<host>\S+) did not answer within (?P<s>[\d.]+) s\."),
        lambda m: _fill(
            translate("Messages", "The remote endpoint %1 did not answer within %2 s."), m["host"], m["s"]
        ),
    ),
    (
        re.compile(_QUEUED),
        lambda m: _fill(
            translate("Messages", "Waiting in the offline queue (item %1) until the endpoint answers: %2"),
            m["id"],
            translate_sentence(m["why"]),
        ),
    ),
]


def translate_sentence(sentence: str) -> str:
    """The core's English sentence in the current language, when it is a known one."""
    for pattern, build in _PATTERNS:
        match = pattern.fullmatch(sentence.strip())
        if match:
            return build(match)
    return sentence


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
