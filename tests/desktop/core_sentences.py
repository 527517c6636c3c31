"""Every sentence the core can raise for a person, read from its source, with sample values.

The desktop translates the core's English sentences (``desktop/sentences.py``);
this module finds what it must cover without trusting anyone to list it. It
walks the raise sites in ``inference/`` (``raise SomeTepiError(...)``,
``Failure(...)`` and the CSV cell reasons), resolves each message to its
literal text (f-strings, names assigned in the same function, helpers in the
same module that return text, module constants), and renders it with ``7``
for every value that is not fixed text. ``7`` fits any field the catalogue
knows, numbers included, so each rendered sentence must translate.
"""

from __future__ import annotations

import ast
import importlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from inference import errors
from inference.images import MAX_PIXELS

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "inference"
SAMPLE = "7"
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
    "errors.py",  # the classes themselves
    "packs/publish.py",  # `tepi pack publish`: a publisher's command-line tool
    "__main__.py",
)
MESSAGE_ARG = {"Failure": 2, "_BadCell": 1, "ImageError": 1}
"""Which positional argument holds the text (default: the first)."""
_ERRORS = set(errors.__all__) | {"Failure", "_BadCell"}


@dataclass(frozen=True)
class Site:
    """One raise site and the sentences it can produce, rendered with sample values."""

    where: str
    """``inference/tables.py:92``."""
    function: str
    """The function it is in (``parse_csv``); ``<module>`` at the top level."""
    error: str
    """The class raised (``CsvError``), ``Failure`` or ``_BadCell`` (a cell reason)."""
    samples: tuple[str, ...]
    """Rendered texts; a message that is not literal text at all renders as plain ``7``."""


class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        self.module = importlib.import_module(dotted)
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, ast.FunctionDef):
                self.functions.setdefault(node.name, []).append(node)

    def function(self, node: ast.AST) -> str:
        scope = self.scope(node)
        return scope.name if isinstance(scope, ast.FunctionDef) else "<module>"

    def scope(self, node: ast.AST) -> ast.AST:
        while node in self.parents and not isinstance(node, ast.FunctionDef):
            node = self.parents[node]
        return node

    # -- resolving an expression to the texts it can be ---------------------------------------------
    def texts(self, node: ast.expr, scope: ast.AST, depth: int = 0) -> list[str]:
        """Every text ``node`` can evaluate to, with ``SAMPLE`` for whatever is a value, not text."""
        if depth > 8:
            return [SAMPLE]
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else [SAMPLE]
        if isinstance(node, ast.JoinedStr):
            parts = [self._part(v, scope, depth) for v in node.values]
            return ["".join(p) for p in itertools.product(*parts)]
        if isinstance(node, ast.IfExp):
            return self.texts(node.body, scope, depth + 1) + self.texts(node.orelse, scope, depth + 1)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.texts(node.left, scope, depth + 1), self.texts(node.right, scope, depth + 1)
            return [a + b for a, b in itertools.product(left, right)]
        if isinstance(node, ast.Name):
            return self._name(node.id, scope, depth)
        if isinstance(node, ast.Call):
            return self._returns(node, depth)
        return [SAMPLE]

    def _part(self, value: ast.expr, scope: ast.AST, depth: int) -> list[str]:
        if isinstance(value, ast.Constant):
            return [str(value.value)]
        assert isinstance(value, ast.FormattedValue)
        found = self.texts(value.value, scope, depth + 1)
        return [repr(t) for t in found] if value.conversion == ord("r") else found

    def _name(self, name: str, scope: ast.AST, depth: int) -> list[str]:
        constant = getattr(self.module, name, None)
        if isinstance(constant, str):
            return [constant]
        found: list[str] = []
        for node in ast.walk(scope):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert isinstance(node, ast.Assign)
                found += self.texts(node.value, scope, depth + 1)
            elif isinstance(node, ast.For) and isinstance(node.iter, ast.Name):
                found += self._loop_texts(node, name)
        return list(dict.fromkeys(found)) or [SAMPLE]

    def _loop_texts(self, loop: ast.For, name: str) -> list[str]:
        """``for magic, reason in _NOT_PICTURES``: the strings at ``reason``'s place in each tuple."""
        rows = getattr(self.module, loop.iter.id, None)  # type: ignore[attr-defined]
        target = loop.target
        if not isinstance(rows, tuple) or not isinstance(target, ast.Tuple):
            return []
        places = [i for i, t in enumerate(target.elts) if isinstance(t, ast.Name) and t.id == name]
        return [row[i] for row in rows for i in places if isinstance(row[i], str)]

    def _returns(self, call: ast.Call, depth: int) -> list[str]:
        """What a helper of this module returns (``self._where()``, ``_unidentified_reason(data)``)."""
        func = call.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        found: list[str] = []
        for function in self.functions.get(name, []):
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    found += self.texts(node.value, function, depth + 1)
        return list(dict.fromkeys(found)) or [SAMPLE]


def _raised(node: ast.Call) -> str | None:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name if name in _ERRORS else None


def core_sites() -> Iterator[Site]:
    """Every raise site in the parts of ``inference`` whose sentences can reach the window."""
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        if relative.startswith(NOT_FOR_THE_DESKTOP):
            continue
        module = _Module(path)
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call) or (error := _raised(node)) is None:
                continue
            where, function = f"inference/{relative}:{node.lineno}", module.function(node)
            if error == "ImageTooLarge":
                bomb = errors.ImageTooLarge("x.png", 900_000_000, MAX_PIXELS)
                yield Site(where, function, error, (str(bomb),))
                continue
            index = MESSAGE_ARG.get(error, 0)
            if len(node.args) <= index:
                continue  # e.g. a bare class reference, or keyword-only use
            texts = module.texts(node.args[index], module.scope(node))
            if error == "Failure" and texts == [SAMPLE]:
                continue  # a failure that carries a caught error's sentence, raised elsewhere
            samples = tuple(dict.fromkeys(_render(error, t) for t in texts))
            yield Site(where, function, error, samples)


def _render(error: str, text: str) -> str:
    """The sentence a person reads: image and cell reasons inside the sentences that carry them."""
    if error == "ImageError":
        return str(errors.ImageError("x.png", text))
    if error == "_BadCell":
        return f"x.csv row 7, column sepal_length: {text}."
    return text
