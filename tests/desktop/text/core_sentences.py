"""Every sentence the core can raise for a person that can reach the window, by code, with sample values.

The window renders the core's errors by code (``desktop.text.errors``); this
module finds what it must cover without trusting anyone to list it. The core's
sites and their codes come from reading ``inference/``'s source
(``tests.inference.raise_sites``), with ``7`` for every value that is not a
nested sentence and each nested sentence a site can hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from inference import text
from inference.text import matching
from tests.inference import raise_sites

SAMPLE = raise_sites.SAMPLE
NOT_FOR_THE_DESKTOP = (
    "cli/",  # command-line flags; the desktop has none
    "bench/",
    "convert.py",  # `tepi convert` and `tepi export` are command-line tools
    "export.py",
    "space.py",  # `tepi export --format hf-space`
    "space_text.py",
    "server/config.py",  # starting a server: the command line's business
    "server/runner.py",
    "server/v2_binary.py",  # the desktop sends JSON; a binary request's errors never come back to it
    "server/tepi_routes.py",  # files from curl and phones; the desktop sends tensors, never files
    "packs/publish.py",  # `tepi pack publish`: a publisher's command-line tool
)


@dataclass(frozen=True)
class Site:
    """One raise site and the sentences it can produce, rendered with sample values."""

    where: str
    """``inference/tables.py:92``."""
    function: str
    """The function it is in (``parse_csv``); ``<module>`` at the top level."""
    error: str
    """The class raised (``CsvError``), or ``render`` for a status sentence."""
    samples: tuple[tuple[str, dict[str, Any], str], ...]
    """``(code, params, English)`` for each sentence it can make."""


def core_sites() -> Iterator[Site]:
    """Every whole sentence the parts of ``inference`` whose sentences can reach the window make."""
    for site in raise_sites.sites():
        relative = site.where.split(":")[0].removeprefix("inference/")
        if not site.sentence or relative.startswith(NOT_FOR_THE_DESKTOP):
            continue
        # a template of fields alone ("{backend}: {cause}") has no words of its own to translate
        shown = [(c, p) for c, p in site.samples() if matching.readable(text.ENGLISH[c])]
        english: dict[str, tuple[str, dict[str, Any]]] = {}
        for code, params in shown:
            english.setdefault(text.render(code, params), (code, params))
        samples = tuple((code, params, sentence) for sentence, (code, params) in english.items())
        yield Site(site.where, site.function, site.call, samples)
