"""Mutations of real .tflite flatbuffers that keep them parseable, so LiteRT's kernels meet them.

Flipping bytes of a .tflite almost never gets past LiteRT's flatbuffer verifier
(350 random byte and word edits of the digits model: no crash). Editing the
model's tables does: a tensor's shape or type, the buffer a tensor reads, an
operator's input, an operator's kind (200 edits: 3 SIGSEGVs and one model that
allocates gigabytes; ``tests/data/crash-litert.tflite`` is one). ``mutate``
draws such edits from the fuzzer's bytes, so libFuzzer's corpus steers them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import atheris
import flatbuffers
from tensorflow.lite.python import schema_py_generated as schema

__all__ = ["load_models", "mutate"]

SIZES = (0, 1, 2, 3, 7, 64, 1000, 1 << 20, -1, 1 << 30)
TYPES = (0, 1, 2, 3, 4, 9, 10)


def load_models(root: Path) -> list[Any]:
    """The demo packs' .tflite models as schema objects (``ModelT``)."""
    files = sorted((root / "resources" / "models").glob("*/*.tflite"))
    return [schema.ModelT.InitFromObj(schema.Model.GetRootAsModel(f.read_bytes(), 0)) for f in files]


def mutate(models: list[Any], data: bytes) -> bytes:
    """A model from ``models`` with one to four table edits chosen by ``data``, as .tflite bytes."""
    fdp = atheris.FuzzedDataProvider(data)
    model = copy.deepcopy(models[fdp.ConsumeIntInRange(0, len(models) - 1)])
    graph = model.subgraphs[0]
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        _edit(fdp, model, graph)
    builder = flatbuffers.Builder(1024)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def _pick(fdp: Any, items: Any) -> Any:
    return items[fdp.ConsumeIntInRange(0, len(items) - 1)]


def _edit(fdp: Any, model: Any, graph: Any) -> None:
    kind = fdp.ConsumeIntInRange(0, 4)
    tensor = _pick(fdp, graph.tensors)
    if kind == 0 and tensor.shape is not None and len(tensor.shape):
        tensor.shape[fdp.ConsumeIntInRange(0, len(tensor.shape) - 1)] = _pick(fdp, SIZES)
    elif kind == 1:
        tensor.buffer = fdp.ConsumeIntInRange(0, len(model.buffers) - 1)
    elif kind == 2:
        tensor.type = _pick(fdp, TYPES)
    elif kind == 3:
        operator = _pick(fdp, graph.operators)
        operator.inputs[fdp.ConsumeIntInRange(0, len(operator.inputs) - 1)] = fdp.ConsumeIntInRange(
            0, len(graph.tensors) - 1
        )
    else:
        _pick(fdp, graph.operators).opcodeIndex = fdp.ConsumeIntInRange(0, len(model.operatorCodes) - 1)
