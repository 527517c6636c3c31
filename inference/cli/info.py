"""``info``: everything Tepi knows about a model, as text or JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inference.backends import load_local_backend
from inference.cli.predict import add_model_arguments
from inference.cli.trust_args import trust_from_args
from inference.formats import complete_pack, open_model
from inference.modelpack import ModelPack, sha256_file
from inference.packs.trust import describe_signature


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model_ref", nargs="?", metavar="MODEL", help="model (default: digits)")
    add_model_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")


def describe(pack: ModelPack, *, threads: int | None = None, allow_unsafe: bool = False) -> dict[str, Any]:
    """A JSON-ready description of a model; loads its local backend when it has one."""
    files = [
        {"path": str(p), "format": _format(p), "bytes": _size(p), "sha256": sha256_file(p)}
        for p in pack.model_files
    ]
    signed_by, signature = describe_signature(pack)
    runtime: dict[str, Any] | None = None
    if pack.model_files:
        backend = load_local_backend(pack.model_files, threads=threads, allow_unsafe=allow_unsafe)
        try:
            info = backend.info()
            pack = complete_pack(pack, info)
            runtime = {
                "backend": backend.kind,
                "runtime": info.runtime,
                "file": str(getattr(backend, "path", "")),
                "inputs": [asdict(t) for t in info.inputs],
                "outputs": [asdict(t) for t in info.outputs],
                "parameters": info.parameters,
                "layout": info.details.get("layout"),
            }
        finally:
            backend.close()
    return {
        "name": pack.name,
        "version": pack.version,
        "model": pack.ref,
        "task": pack.task,
        "source": pack.source,
        "signed_by": signed_by,
        "signature": signature,
        "description": pack.description,
        "placement": pack.placement,
        "remote": asdict(pack.remote) if pack.remote else None,
        "files": files,
        "labels": list(pack.labels),
        "preprocessing": asdict(pack.input) if pack.input is not None else None,
        "output": pack.output,
        "temperature": pack.temperature,
        "min_confidence": pack.min_confidence,
        "runtime": runtime,
    }


def _format(path: Path) -> str:
    if path.is_dir():
        return "SavedModel"
    formats = {".tflite": "TensorFlow Lite", ".keras": "Keras", ".h5": "Keras HDF5", ".hdf5": "Keras HDF5"}
    return {**formats, ".onnx": "ONNX"}.get(path.suffix.lower(), path.suffix)


def _size(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )


def run(args: argparse.Namespace) -> int:
    pack = open_model(args.model_ref or args.model, trust=trust_from_args(args))
    data = describe(pack, threads=args.threads, allow_unsafe=args.allow_unsafe_model)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_text(data))
    return 0


def format_text(data: dict[str, Any]) -> str:
    """The description as aligned ``key: value`` lines for people."""
    lines = [f"{data['model']}  ({data['task']}, from {data['source']})"]
    if data["description"]:
        lines.append(f"  {data['description']}")
    lines.append(f"signature:     {data['signature']}")
    for file in data["files"]:
        lines.append(f"file:          {file['path']}")
        lines.append(f"  format:      {file['format']}, {file['bytes']:,} bytes")
        lines.append(f"  sha256:      {file['sha256']}")
    runtime = data["runtime"]
    if runtime:
        lines.append(f"runs on:       {runtime['backend']} ({runtime['runtime']})")
        for role in ("inputs", "outputs"):
            for tensor in runtime[role]:
                quant = f", quantized {tensor['quantization']}" if tensor["quantization"] else ""
                lines.append(
                    f"{role[:-1] + ':':<14} {tensor['name']} {tensor['shape']} {tensor['dtype']}{quant}"
                )
        if runtime.get("layout") == "NCHW":
            lines.append("layout:        NCHW (channels first; Tepi transposes its NHWC input)")
        if runtime["parameters"]:
            lines.append(f"parameters:    {runtime['parameters']:,}")
    lines.append(f"placement:     {data['placement']}")
    if data["remote"]:
        lines.append(
            f"remote model:  {data['remote']['model']} version {data['remote']['version'] or 'latest'}"
        )
    labels = data["labels"]
    shown = ", ".join(labels[:20]) + (f", … ({len(labels)} in all)" if len(labels) > 20 else "")
    lines.append(f"labels:        {shown or '(none: class numbers are shown)'}")
    prep = data["preprocessing"] or {}
    steps = [f"{k}={v}" for k, v in prep.items() if v not in (None, False) and k != "draft"]
    if prep.get("draft") is False:  # the default (True) goes unsaid
        steps.append("draft=False")
    lines.append("preprocessing: " + ", ".join(steps))
    calibration = f", temperature {data['temperature']:g}" if data["temperature"] != 1.0 else ""
    if data["min_confidence"] is not None:
        calibration += f", not sure below {data['min_confidence']:.0%}"
    lines.append(f"output:        {data['output']}{calibration}")
    return "\n".join(lines)
