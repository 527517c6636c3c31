"""``export``: a model for TF Serving (SavedModel ``<name>/<version>/``), KServe (plus YAML), or packs as a
Hugging Face Space folder (``--format hf-space --flavor page|api``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inference.errors import UsageError
from inference.formats import open_model


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "model_refs",
        nargs="+",
        metavar="MODEL",
        help="a pack folder, bundled name, .keras/.h5 or SavedModel (hf-space: one or more packs)",
    )
    parser.add_argument(
        "--format",
        default="tf-serving",
        choices=["tf-serving", "kserve", "hf-space"],
        help="tf-serving: DIR/NAME/VERSION/ SavedModel; kserve: the same plus DIR/NAME.yaml; "
        "hf-space: a Docker Space folder to push as it is",
    )
    parser.add_argument(
        "--flavor",
        default="page",
        choices=["page", "api"],
        help="hf-space: the web page (default) or the reference server with the image endpoint",
    )
    parser.add_argument("--title", help="hf-space: the Space's title (default: Tepi: PACK, ...)")
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
    if args.format == "hf-space":
        return _space(args)
    if len(args.model_refs) != 1:
        raise UsageError("cli.export_one", format=args.format)
    from inference.export import export_model

    result = export_model(
        open_model(args.model_refs[0]),
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


def _space(args: argparse.Namespace) -> int:
    from inference.space import export_space

    packs = [open_model(ref) for ref in args.model_refs]
    result = export_space(packs, args.output, flavor=args.flavor, title=args.title)
    names = {"tensorflow": "TensorFlow", "onnx": "ONNX Runtime"}
    runtime = " and ".join(["LiteRT", *(names[r] for r in result.runtimes)])
    print(f"wrote {result.folder}: a Docker Space serving the {result.flavor} for {', '.join(result.packs)}")
    print(f"runtime: {runtime}; {len(result.files)} files, among them:")
    for name in ("README.md", "Dockerfile", "requirements.txt"):
        print(f"  {name}")
    print(
        "push it: git clone https://huggingface.co/spaces/USER/SPACE && copy this folder's files in, "
        "then git add . && git commit && git push"
    )
    return 0
