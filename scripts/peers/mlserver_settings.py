"""Write the folder ``mlserver start`` serves: ``settings.json`` and one sub-folder per model.

    python scripts/peers/mlserver_settings.py FOLDER --http-port 8080 --grpc-port 8081 \
        --metrics-port 8082 --model digits=resources/models/digits/digits.tflite [--model ...]
    PYTHONPATH=scripts/peers .peers/mlserver/bin/mlserver start FOLDER

Each model is served by ``mlserver_runtime.LiteRTRuntime`` under its name, version 1.
Standard library only, so any Python (the tests', a benchmark's) can write the folder.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

RUNTIME = "mlserver_runtime.LiteRTRuntime"


def write_settings(
    folder: Path,
    models: dict[str, Path],
    *,
    http_port: int,
    grpc_port: int,
    metrics_port: int,
    parallel_workers: int = 0,
    declared: dict[str, dict[str, Any]] | None = None,
) -> Path:
    """Lay out ``folder`` for ``mlserver start``; returns it.

    ``declared`` maps a model name to the ``inputs``/``outputs`` its operator declares in
    ``model-settings.json`` (MLServer's metadata is empty without them).
    """
    folder.mkdir(parents=True, exist_ok=True)
    settings = {
        "host": "127.0.0.1",
        "http_port": http_port,
        "grpc_port": grpc_port,
        "metrics_port": metrics_port,
        "parallel_workers": parallel_workers,
        "load_models_at_startup": True,
    }
    (folder / "settings.json").write_text(json.dumps(settings, indent=2))
    for name, path in models.items():
        model_dir = folder / name
        model_dir.mkdir(exist_ok=True)
        model = {
            "name": name,
            "implementation": RUNTIME,
            "parameters": {"uri": str(Path(path).resolve()), "version": "1"},
            **(declared or {}).get(name, {}),
        }
        (model_dir / "model-settings.json").write_text(json.dumps(model, indent=2))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--http-port", type=int, default=8080)
    parser.add_argument("--grpc-port", type=int, default=8081)
    parser.add_argument("--metrics-port", type=int, default=8082)
    parser.add_argument("--parallel-workers", type=int, default=0)
    parser.add_argument("--model", action="append", required=True, metavar="NAME=FILE.tflite")
    args = parser.parse_args()
    models = dict(item.split("=", 1) for item in args.model)
    write_settings(
        args.folder,
        {name: Path(path) for name, path in models.items()},
        http_port=args.http_port,
        grpc_port=args.grpc_port,
        metrics_port=args.metrics_port,
        parallel_workers=args.parallel_workers,
    )


if __name__ == "__main__":
    main()
