"""Error bodies, both directions: what a server's error answer says, and what Tepi's server answers.

    error_detail(text)       the human part of any server's error body (JSON keys, FastAPI lists, HTML)
    http_error(status, text) ("404 Not Found", detail): the detail is Tepi's code and params when
                             the body is Tepi's own and its sentence checks out, else the words
    error_body(error)        {"error": sentence, "tepi_error": {"code", "params"}} for a TepiError
"""

from __future__ import annotations

import html
import json
import re
from http import HTTPStatus
from typing import Any

from inference.errors import TepiError
from inference.text import knows, render

__all__ = ["error_body", "error_detail", "http_error", "http_error_sentence"]

_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_MAX_DETAIL = 240


def error_detail(text: str) -> str:
    """The human part of an error body: ``{"error": ..}``, ``{"detail": ..}``, ``{"message": ..}`` or text.

    FastAPI's validation lists (``[{"loc": [...], "msg": ...}]``) and Google's
    ``{"error": {"message": ...}}`` are flattened; HTML is reduced to its text.
    """
    try:
        body = json.loads(text)
        detail = _detail_from_json(body) if body is not None else None
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        detail = None
    if detail is None:
        detail = html.unescape(_TAGS.sub(" ", text))
    detail = _SPACE.sub(" ", detail).strip().rstrip(".")
    if len(detail) > _MAX_DETAIL:
        detail = detail[: _MAX_DETAIL - 1].rstrip() + "…"
    return detail


def _detail_from_json(body: Any) -> str | None:
    if isinstance(body, str):
        return body
    if isinstance(body, list):
        parts = [_detail_from_json(item) for item in body]
        return "; ".join(p for p in parts if p) or None
    if not isinstance(body, dict):
        return None
    if "msg" in body:  # one FastAPI validation entry
        where = ".".join(str(p) for p in body.get("loc", ()) if p != "body")
        return f"{where}: {body['msg']}" if where else str(body["msg"])
    for key in ("error", "detail", "message", "error_message"):
        if key in body:
            return _detail_from_json(body[key]) or json.dumps(body[key])
    return None


def http_error(status: int, text: str) -> tuple[str, str | dict[str, Any]]:
    """``("404 Not Found", detail)`` for an HTTP error answer; detail is "" when the body says nothing.

    The detail is the body's sentence (``error_detail``), or, when the body is
    Tepi's own and carries ``tepi_error`` whose rendering is exactly its
    ``error`` sentence, that code and its params (so it is translated by code).
    """
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    coded = _coded_error(text)
    return f"{status} {phrase}", coded if coded is not None else (error_detail(text) if text else "")


def _coded_error(text: str) -> dict[str, Any] | None:
    """Tepi's ``tepi_error``, trusted only when it renders to the body's own ``error`` sentence."""
    if '"tepi_error"' not in text:
        return None
    try:
        body = json.loads(text)
        coded = body["tepi_error"]
        code, params = coded["code"], coded["params"]
        if not isinstance(code, str) or not isinstance(params, dict) or not knows(code):
            return None
        if render(code, params) != body["error"]:  # another version, or not ours at all
            return None
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    return {"code": code, "params": params}


def error_body(error: TepiError) -> dict[str, Any]:
    """Both protocols' error body for a ``TepiError``: ``{"error": sentence, "tepi_error": {code, params}}``.

    ``error`` is what the protocols define; ``tepi_error`` lets Tepi's clients
    translate the sentence by its code.
    """
    return {"error": str(error), "tepi_error": error.to_json()}


def http_error_sentence(status: int, text: str, *, where: str) -> str:
    """One sentence for an HTTP error: ``<where> answered HTTP 404 Not Found: model x is unknown.``"""
    http_status, detail = http_error(status, text)
    if isinstance(detail, dict):
        detail = render(detail["code"], detail["params"]).rstrip(".")
    head = f"{where} answered HTTP {http_status}"
    return f"{head}: {detail}." if detail else f"{head}."
