"""``convert``: a Keras model or SavedModel to ``.tflite``, verified before it is written."""

from __future__ import annotations

import argparse
from pathlib import Path

from inference.cli.predict import add_model_arguments
from inference.errors import UsageError
from inference.formats import open_model
from inference.predictor import expand_inputs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model_ref", metavar="MODEL", help="a .keras or .h5 file, SavedModel folder or pack")
    parser.add_argument("--to", default="tflite", choices=["tflite"], help="target format")
    parser.add_argument("--quantize", default="none", choices=["none", "float16", "dynamic"])
    parser.add_argument("-o", "--output", required=True, type=Path, help="the .tflite file to write")
    parser.add_argument("--samples", nargs="*", default=None, help="inputs to compare on (default: random)")
    add_model_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from inference.convert import convert_to_tflite

    if args.output.suffix.lower() != ".tflite":
        raise UsageError("The output file must end in .tflite.")
    samples = expand_inputs(args.samples).files if args.samples else None
    result = convert_to_tflite(
        open_model(args.model_ref),
        args.output,
        quantize=args.quantize,
        samples=samples,
        allow_unsafe=args.allow_unsafe_model,
    )
    print(
        f"compared on {result.samples} inputs: top-1 agreement {result.top1_agreement:.1%}, "
        f"max abs difference {result.max_abs_diff:.2e}"
    )
    print(f"size: {result.bytes_before:,} bytes -> {result.bytes_after:,} bytes")
    if not result.written:
        print("error: the converted model disagrees with the original, so it was not written.")
        return 1
    print(f"wrote {result.output}")
    return 0
