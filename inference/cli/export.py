"""``export``: a model as a TF Serving SavedModel (``<name>/<version>/``), optionally with KServe YAML."""

from __future__ import annotations

import argparse
from pathlib import Path

from inference.formats import open_model


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "model_ref", metavar="MODEL", help="a pack folder, bundled name, .keras/.h5 or SavedModel"
    )
    parser.add_argument(
        "--format",
        default="tf-serving",
        choices=["tf-serving", "kserve"],
        help="tf-serving: DIR/NAME/VERSION/ SavedModel; kserve: the same plus DIR/NAME.yaml",
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="DIR", help="the model base folder"
    )
    parser.add_argument(
        "--name", help="served model name (default: the manifest's remote model or pack name)"
    )
    parser.add_argument("--version", type=int, help="version folder number (default: the manifest's, else 1)")
    parser.add_argument("--storage-uri", help="kserve: where the cluster finds NAME/ (gs://, s3://, pvc://)")
    parser.add_argument(
        "--allow-unsafe-model",
        action="store_true",
        help="load Keras models with Lambda layers (runs code stored in the file)",
    )


def run(args: argparse.Namespace) -> int:
    from inference.export import export_model

    result = export_model(
        open_model(args.model_ref),
        args.output,
        format=args.format,
        name=args.name,
        version=args.version,
        storage_uri=args.storage_uri,
        allow_unsafe=args.allow_unsafe_model,
    )
    shape = ["N" if d < 0 else d for d in result.input_shape]
    print(
        f"wrote {result.version_dir}: signature serving_default, "
        f"input {result.input_name!r} float32 {shape}, output {result.output_name!r}"
    )
    print(f"checked against the original: max abs difference {result.max_abs_diff:.2e}")
    if result.yaml is not None:
        print(f"wrote {result.yaml}" + ("" if args.storage_uri else " (set storageUri before applying it)"))
    print(
        f"serve it: docker run -p 8501:8501 -v {result.version_dir.parent.resolve()}:/models/{result.name} "
        f"-e MODEL_NAME={result.name} tensorflow/serving"
    )
    return 0
