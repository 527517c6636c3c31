"""``convert``: a Keras model or SavedModel to ``.tflite``, verified before it is written."""

from __future__ import annotations

import argparse
from pathlib import Path

from inference.cli.predict import add_model_arguments
from inference.cli.trust_args import trust_from_args
from inference.errors import UsageError
from inference.formats import open_model
from inference.predictor import expand_inputs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model_ref", metavar="MODEL", help="a .keras or .h5 file, SavedModel folder or pack")
    parser.add_argument("--to", default="tflite", choices=["tflite"], help="target format")
    parser.add_argument(
        "--quantize", default="none", choices=["none", "float16", "dynamic", "int8"],
        help="int8: full-integer (int8 weights, activations, input and output), calibrated on --samples",
    )  # fmt: skip
    parser.add_argument("-o", "--output", required=True, type=Path, help="the .tflite file to write")
    parser.add_argument(
        "--samples", nargs="*", default=None, metavar="FOLDER|CSV",
        help="inputs to compare on and to calibrate int8 on (default: the pack's samples/, else random)",
    )  # fmt: skip
    parser.add_argument("--float-io", action="store_true", help="int8: keep float32 input and output tensors")
    parser.add_argument(
        "--held-out", type=Path, metavar="FOLDER|CSV",
        help="labelled inputs (sub-folders named after labels, or a CSV label column): report accuracy",
    )  # fmt: skip
    parser.add_argument(
        "--min-agreement", type=float, metavar="F",
        help="refuse a model whose top-1 agreement with the original is under F (default 0.99)",
    )  # fmt: skip
    add_model_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from inference.convert import accuracy, convert_to_tflite, labelled_inputs, register_in_pack

    if args.output.suffix.lower() != ".tflite":
        raise UsageError("cli.tflite_output")
    if args.float_io and args.quantize != "int8":
        raise UsageError("cli.float_io")
    pack = open_model(args.model_ref, trust=trust_from_args(args))
    samples = _samples(args.samples, pack.root, tabular=not pack.is_image if pack.input else False)
    result = convert_to_tflite(
        pack,
        args.output,
        quantize=args.quantize,
        samples=samples,
        allow_unsafe=args.allow_unsafe_model,
        float_io=args.float_io,
        min_agreement=args.min_agreement,
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
    if args.held_out is not None:
        inputs, labels = labelled_inputs(result.pack, args.held_out)
        before, after = accuracy(result.source, inputs, labels), accuracy(result.output, inputs, labels)
        print(f"held-out accuracy on {len(labels)} inputs: original {before:.1%}, converted {after:.1%} "
              f"({(after - before) * 100:+.1f} points)")  # fmt: skip
    if register_in_pack(pack, args.output, args.quantize):
        print(f"added {args.output.name} to {pack.root / 'model.toml'}, first in preference")
    return 0


def _samples(given: list[str] | None, root: Path, *, tabular: bool) -> list[Path] | None:
    """``--samples`` expanded, else the pack's own ``samples/`` folder when it has one."""
    if given:
        return expand_inputs(given, tabular=tabular).files
    own = root / "samples"
    if own.is_dir():
        return expand_inputs([own], tabular=tabular).files or None
    return None
