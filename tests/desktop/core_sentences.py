"""Every sentence the core can raise for a person, in English, with sample values.

The desktop translates the core's English sentences (``desktop/sentences.py``);
this module finds what it must cover without trusting anyone to list it. The
core's sites and their codes come from reading ``inference/``'s source
(``tests.inference.raise_sites``); each is rendered in English from its
code's template, with ``7`` for every value that is not a nested sentence.
``7`` fits any field the desktop's catalogue knows, numbers included, so each
rendered sentence must translate.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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
    samples: tuple[str, ...]


def core_sites() -> Iterator[Site]:
    """Every whole sentence the parts of ``inference`` whose sentences can reach the window make."""
    for site in raise_sites.sites():
        relative = site.where.split(":")[0].removeprefix("inference/")
        if not site.sentence or relative.startswith(NOT_FOR_THE_DESKTOP):
            continue
        shown = [(c, p) for c, p in site.samples() if matching.readable(text.ENGLISH[c])]  # not "{detail}"
        samples = tuple(dict.fromkeys(text.render(code, params) for code, params in shown))
        yield Site(site.where, site.function, site.call, samples)
