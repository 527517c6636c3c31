"""Tepi's own endpoint: a file in, the pack's preprocessing on the server, ``predict --json`` out.

    POST /tepi/v1/models/{m}[/versions/{v}]:predict[?top_k=K]

The body is an image or a CSV file, either raw (any ``Content-Type``) or as
the ``file`` field of a ``multipart/form-data`` form (``curl -F file=@x.jpg``).
The server decodes and preprocesses it exactly as ``predict`` does on a
laptop (the pack's ``[input]``), runs it through the model's micro-batcher
like any other request, and answers with the objects ``predict --json``
prints: one object for an image, a list of objects (one per row, a bad row
with its ``error``) for a CSV file. Clients that are not Tepi (curl, a phone,
a camera box) need no knowledge of the preprocessing.

Refusals follow the other routes: 400 for an input that cannot be used (the
core's sentence), 404 for an unknown model or version, 413 and 401 from the
gate, 503 while the model loads.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

import anyio
import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import Response

from inference.calibration import scaled_probabilities
from inference.errors import InputError, RequestError
from inference.formats import complete_pack
from inference.images import load_image
from inference.modelpack import ImageSpec, ModelPack, TabularSpec
from inference.results import Failure, Prediction, top_k
from inference.server.http import json_response, ready_model
from inference.server.served import ServedModel
from inference.tables import CSV_SUFFIXES, parse_csv

__all__ = ["router"]

router = APIRouter()
PATH = re.compile(r"^(?P<name>[^/:]+)(?:/versions/(?P<version>[0-9]+))?:predict$")
DEFAULT_TOP_K = 3
CSV_TYPES = frozenset({"text/csv", "application/csv", "text/comma-separated-values"})


@router.post("/tepi/v1/models/{rest:path}")
async def predict_file(request: Request, rest: str) -> Response:
    match = PATH.match(rest)
    if match is None:
        raise RequestError("server.tepi_path", status_code=404)
    model = ready_model(request, match["name"], match["version"])
    started = time.perf_counter()
    k = _top_k(request.query_params.get("top_k"))
    name, raw, content_type = await _upload(request)
    pack = _served_pack(model)
    if _is_csv(name, content_type):
        return json_response(await _predict_csv(model, pack, raw, name, k, started))
    spec = pack.input
    if not isinstance(spec, ImageSpec):
        raise InputError("input.image_for_tabular", name=name, model=pack.name, path=name)
    image = await anyio.to_thread.run_sync(lambda: load_image(raw, spec, name=name))
    scores = await model.infer(image.tensor[None])
    return json_response(_predictions(model, pack, scores, [name], [None], k, started)[0].to_json())


async def _predict_csv(
    model: ServedModel, pack: ModelPack, raw: bytes, name: str, k: int, started: float
) -> list[dict[str, Any]]:
    if not isinstance(pack.input, TabularSpec):
        raise InputError("input.csv_for_image", name=name, model=pack.name, path=name)
    features = pack.input.features
    table = await anyio.to_thread.run_sync(lambda: parse_csv(raw, features, name=name))
    good = [i for i in range(len(table.rows)) if i not in table.row_errors]
    answers: dict[int, dict[str, Any]] = {
        i: Failure.of(name, i + 1, error).to_json() for i, error in table.row_errors.items()
    }
    if good:
        scores = await model.infer(np.ascontiguousarray(table.features[good], dtype=np.float32))
        rows = [i + 1 for i in good]
        predicted = _predictions(model, pack, scores, [name] * len(good), rows, k, started)
        answers.update((i, p.to_json()) for i, p in zip(good, predicted, strict=True))
    return [answers[i] for i in range(len(table.rows))]


def _predictions(
    model: ServedModel,
    pack: ModelPack,
    outputs: np.ndarray,
    inputs: list[str],
    rows: Sequence[int | None],
    k: int,
    started: float,
) -> list[Prediction]:
    """The same postprocessing as ``Predictor``: softmax for logits, the pack's temperature, top-k."""
    scores = scaled_probabilities(outputs.reshape(len(outputs), -1), pack.output, pack.temperature)
    latency = (time.perf_counter() - started) * 1000.0 / max(1, len(inputs))
    runtime = model.info.runtime if model.info is not None else "model"
    results = []
    for i, name in enumerate(inputs):
        best = top_k(scores[i], pack.labels, k)
        results.append(
            Prediction(
                input=name,
                row=rows[i],
                label=best[0].label,
                score=best[0].score,
                top_k=best,
                backend=f"server {runtime}",
                model=pack.ref,
                latency_ms=latency,
                unsure=pack.min_confidence is not None and best[0].score < pack.min_confidence,
            )
        )
    return results


def _served_pack(model: ServedModel) -> ModelPack:
    """The pack with its input spec completed from the loaded model (bare packs name none)."""
    assert model.info is not None
    return complete_pack(model.pack, model.info)


async def _upload(request: Request) -> tuple[str, bytes, str]:
    """``(file name, bytes, content type)`` from a multipart ``file`` field or the raw body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "multipart/form-data":
        raw = await request.body()
        if not raw:
            raise RequestError("server.no_body")
        return _file_name(request.headers.get("content-disposition")) or "upload", raw, content_type
    try:
        form = await request.form(max_files=1, max_fields=16)
    except Exception as exc:  # the multipart parser's own error types
        raise RequestError("server.bad_form", system_error=type(exc).__name__) from exc
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise RequestError("server.no_file_field")
    try:
        raw = await upload.read()
    finally:
        await form.close()
    name = (upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1] or "upload"
    return name, raw, (upload.content_type or "").lower()


def _file_name(disposition: str | None) -> str | None:
    match = re.search(r'filename="?([^";]+)"?', disposition or "")
    return match[1].rsplit("/", 1)[-1] if match else None


def _is_csv(name: str, content_type: str) -> bool:
    return content_type in CSV_TYPES or name.lower().endswith(tuple(CSV_SUFFIXES))


def _top_k(value: str | None) -> int:
    if value is None:
        return DEFAULT_TOP_K
    if not value.isdigit() or int(value) < 1:
        raise RequestError("server.top_k", value=value)
    return int(value)
