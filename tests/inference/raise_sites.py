"""Every place ``inference/`` builds an error or a nested sentence, read from its source, with its codes.

Nobody has to list the sentences: this walks the code. A *site* is a call that
names a code: a ``TepiError`` class (``raise CsvError("csv.empty", name=...)``),
``message("code", ...)`` and ``render("code", {...})`` for nested and status
sentences, the CSV cell reasons (``_BadCell``), and ``{"code": "..."}``
literals. The code argument is resolved to the literal text it can be: string
constants, ``a if b else c``, ``"prefix" + suffix``, names assigned in the same
function, parameters (through the module's calls of that function) and what
the module's own helpers return (``_unidentified_reason(data)``). Anything
else resolves to ``UNRESOLVED``, which no catalogue knows.
"""

from __future__ import annotations

import ast
import inspect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inference import errors, text

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "inference"
UNRESOLVED = "<not a literal code>"
SAMPLE = "7"
SKIPPED = ("errors.py", "text/", "__main__.py")
"""The error classes themselves and the catalogue: not raise sites."""
CLASSES = {name for name in errors.__all__ if name[0].isupper()}
CODE_ARG = {"ImageError": 1, "_BadCell": 1, "_object": 1}
"""Which positional argument holds the code (default: the first)."""
IMPLIED = {"ImageError": ("image.unreadable",), "ImageTooLarge": ("image.unreadable", "image.reason.pixels")}
"""Codes a class gives by itself, around or instead of the one it is passed."""
SENTENCE_FIELDS = {
    "InputError": {"row", "column"},
    "PayloadError": {"field"},
    "SignatureError": {"file"},
    "PackStoreError": {"name", "version"},
    "UpdateError": {"url"},
    "ExplainError": {"model"},
}
"""Keyword fields of an error class (and its subclasses) that are parameters of its sentence too."""
PROVIDED = {
    "image.unreadable": {"name", "reason"},
    "image.reason.pixels": {"megapixels", "limit"},
}
"""Parameters an error class fills in itself."""


@dataclass(frozen=True)
class Site:
    where: str
    """``inference/tables.py:92``."""
    function: str
    """The function it is in (``parse_csv``); ``<module>`` at the top level."""
    call: str
    """The class (``CsvError``), ``message``, ``render``, ``_BadCell`` or ``{code}``."""
    codes: tuple[str, ...]
    """Every code it can give (``UNRESOLVED`` where the source does not say)."""
    keywords: frozenset[str] | None
    """The parameters it passes; None when they cannot be read (``**params``)."""
    nested: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict, compare=False)
    """For parameters that are sentences of their own: the ``{"code", "params"}`` they can be."""

    @property
    def sentence(self) -> bool:
        """True when it makes a whole sentence (an error, a status line), not a part of one."""
        return self.call in CLASSES or self.call == "render"

    def samples(self, limit: int = 12) -> list[tuple[str, dict[str, Any]]]:
        """``(code, params)`` with ``SAMPLE`` for plain values and each nested sentence it can hold."""
        found: list[tuple[str, dict[str, Any]]] = []
        outer = IMPLIED[self.call][:1] if self.call in IMPLIED else self.codes
        for code in outer:
            names = sorted(text.fields(code))
            options = [self.nested.get(name) or (SAMPLE,) for name in names]
            for values in itertools.islice(itertools.product(*options), limit):
                found.append((code, dict(zip(names, values, strict=True))))
        return found


class _Module:
    def __init__(self, path: Path) -> None:
        self.relative = path.relative_to(ROOT).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, ast.FunctionDef):
                self.functions.setdefault(node.name, []).append(node)

    def scope(self, node: ast.AST) -> ast.AST:
        while node in self.parents and not isinstance(node, ast.FunctionDef):
            node = self.parents[node]
        return node

    # -- what an expression can be ------------------------------------------------------------------
    def strings(self, node: ast.expr | None, scope: ast.AST, depth: int = 0) -> list[str]:
        """Every literal text ``node`` can evaluate to; ``UNRESOLVED`` where the source does not say."""
        if node is None or depth > 8:
            return [UNRESOLVED]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return self.strings(node.body, scope, depth + 1) + self.strings(node.orelse, scope, depth + 1)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = (
                self.strings(node.left, scope, depth + 1),
                self.strings(node.right, scope, depth + 1),
            )
            return [a + b for a, b in itertools.product(left, right)]
        if isinstance(node, ast.Name):
            return self._name(node.id, scope, depth) or [UNRESOLVED]
        if isinstance(node, ast.Call):
            return self._returns(node, depth) or [UNRESOLVED]
        return [UNRESOLVED]

    def _name(self, name: str, scope: ast.AST, depth: int) -> list[str]:
        found: list[str] = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                    found += self.strings(node.value, scope, depth + 1)
            elif isinstance(node, ast.For) and isinstance(node.iter, ast.Name):
                found += self._loop(node, name)
        if not found and isinstance(scope, ast.FunctionDef):
            found = self._parameter(scope, name, depth)
        return list(dict.fromkeys(found))

    def _loop(self, loop: ast.For, name: str) -> list[str]:
        """``for magic, reason in _NOT_PICTURES``: the strings at ``reason``'s place in each row."""
        rows = next(
            (n.value for n in self.tree.body if isinstance(n, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == loop.iter.id for t in n.targets)),  # type: ignore[attr-defined]
            None,
        )  # fmt: skip
        target = loop.target
        if not isinstance(rows, ast.Tuple) or not isinstance(target, ast.Tuple):
            return []
        places = [i for i, t in enumerate(target.elts) if isinstance(t, ast.Name) and t.id == name]
        return [
            row.elts[i].value
            for row in rows.elts
            if isinstance(row, ast.Tuple)
            for i in places
            if isinstance(row.elts[i], ast.Constant) and isinstance(row.elts[i].value, str)
        ]

    def _parameter(self, function: ast.FunctionDef, name: str, depth: int) -> list[str]:
        """A parameter's values, from this module's calls of the function (``_object(body, "wire...")``)."""
        names = [a.arg for a in function.args.args]
        if name not in names:
            return []
        index = names.index(name)
        is_init = function.name == "__init__"
        if is_init:  # a class's constructor: calls name the class
            owner = self.parents.get(function)
            callee = owner.name if isinstance(owner, ast.ClassDef) else ""
            index -= 1
        else:
            callee = function.name
            index -= 1 if names and names[0] == "self" else 0
        found: list[str] = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _callee(node) == callee:
                argument = node.args[index] if len(node.args) > index else _keyword(node, name)
                if argument is not None:
                    found += self.strings(argument, self.scope(node), depth + 1)
        return found

    def _returns(self, call: ast.Call, depth: int) -> list[str]:
        found: list[str] = []
        for function in self.functions.get(_callee(call) or "", []):
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    found += self.strings(node.value, function, depth + 1)
        return list(dict.fromkeys(found))

    def nested(self, node: ast.expr, scope: ast.AST, depth: int = 0) -> tuple[dict[str, Any], ...]:
        """The nested sentences ``node`` can be: ``message("code", ...)``, directly or through a name."""
        if depth > 6:
            return ()
        if isinstance(node, ast.Call) and _callee(node) == "message" and node.args:
            codes = self.strings(node.args[0], scope, depth + 1)
            return tuple(_sample(code) for code in codes if text.knows(code))
        if isinstance(node, ast.IfExp | ast.BoolOp):
            parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
            return tuple(n for part in parts for n in self.nested(part, scope, depth + 1))
        if isinstance(node, ast.Name):
            found: list[dict[str, Any]] = []
            for child in ast.walk(scope):
                if isinstance(child, ast.Assign | ast.AnnAssign):
                    targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                    if any(isinstance(t, ast.Name) and t.id == node.id for t in targets) and child.value:
                        found += self.nested(child.value, scope, depth + 1)
            return tuple(found)
        if isinstance(node, ast.Call):
            return tuple(
                n
                for function in self.functions.get(_callee(node) or "", [])
                for ret in ast.walk(function)
                if isinstance(ret, ast.Return) and ret.value is not None
                for n in self.nested(ret.value, function, depth + 1)
            )
        return ()


def _sample(code: str) -> dict[str, Any]:
    return {"code": code, "params": dict.fromkeys(text.fields(code), SAMPLE)}


def _callee(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


def _attributes(name: str) -> frozenset[str]:
    """An error class's own keyword fields (``path``, ``url``, ``status_code``): not sentence parameters."""
    cls = getattr(errors, name, None)
    if not isinstance(cls, type):
        return frozenset()
    parameters = inspect.signature(cls.__init__).parameters.values()
    shared = {field for base in cls.__mro__ for field in SENTENCE_FIELDS.get(base.__name__, ())}
    return frozenset(p.name for p in parameters if p.kind is p.KEYWORD_ONLY) - shared - {"name"}


def _keywords(node: ast.Call, dropped: frozenset[str]) -> frozenset[str] | None:
    if any(k.arg is None for k in node.keywords):
        return None
    return frozenset(k.arg for k in node.keywords if k.arg is not None) - dropped


def sites() -> Iterator[Site]:
    """Every site in ``inference/`` (but the error classes and the catalogue themselves)."""
    for path in sorted(CORE.rglob("*.py")):
        module = _Module(path)
        if module.relative.removeprefix("inference/").startswith(SKIPPED):
            continue
        for node in ast.walk(module.tree):
            site = _site(module, node)
            if site is not None:
                yield site


def _site(module: _Module, node: ast.AST) -> Site | None:
    if isinstance(node, ast.Dict):
        return _dict_site(module, node)
    if not isinstance(node, ast.Call):
        return None
    name = _callee(node)
    if name not in CLASSES | {"message", "render", "_BadCell"}:
        return None
    scope = module.scope(node)
    where = f"{module.relative}:{node.lineno}"
    function = scope.name if isinstance(scope, ast.FunctionDef) else "<module>"
    index = CODE_ARG.get(name, 0)
    if name == "ImageTooLarge":
        return Site(where, function, name, IMPLIED[name], frozenset())
    if len(node.args) <= index:
        return None  # a class named without a code (``isinstance``, ``except``) is no site
    if name == "render" and not isinstance(node.args[0], ast.Constant):
        return None  # a helper that renders whatever it is given
    codes = tuple(dict.fromkeys(module.strings(node.args[index], scope)))
    keywords = _keywords(node, _attributes(name))
    if name == "render":
        params = node.args[1] if len(node.args) > 1 else None
        keywords = frozenset(str(k.value) for k in params.keys if isinstance(k, ast.Constant)) if isinstance(
            params, ast.Dict
        ) else None  # fmt: skip
    elif name == "_BadCell":
        keywords = frozenset({"value"} if len(node.args) > 2 else ())
    nested = {k.arg: found for k in node.keywords if k.arg and (found := module.nested(k.value, scope))}
    if name == "ImageError":
        nested["reason"] = tuple(_sample(code) for code in codes if text.knows(code))
        keywords = None if keywords is None else keywords - {"name"}
        codes = (*IMPLIED[name], *codes)
    return Site(where, function, name, codes, keywords, nested)


def _dict_site(module: _Module, node: ast.Dict) -> Site | None:
    """``{"code": "server.load_crashed", "params": {...}}`` written out."""
    pairs = {k.value: v for k, v in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)}
    code = pairs.get("code")
    if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
        return None
    params = pairs.get("params")
    keywords = (
        frozenset(str(k.value) for k in params.keys if isinstance(k, ast.Constant))
        if isinstance(params, ast.Dict)
        else None
    )
    scope = module.scope(node)
    function = scope.name if isinstance(scope, ast.FunctionDef) else "<module>"
    return Site(f"{module.relative}:{node.lineno}", function, "{code}", (code.value,), keywords)


def missing_params(site: Site, code: str) -> set[str]:
    """The parameters ``code``'s template needs that ``site`` does not pass."""
    if site.keywords is None:
        return set()
    given = set(site.keywords) | PROVIDED.get(code, set())
    return set(text.fields(code)) - given
