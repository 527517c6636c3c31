"""ONNX copies of Keras models, written by ``tf2onnx`` (a dev dependency), for the tests and the benchmark.

Tepi itself only reads ONNX; this is the writer users of TensorFlow reach for.
The model is traced with a dynamic batch and frozen, then converted with
``tf2onnx.convert.from_graph_def``; ``nchw=True`` asks tf2onnx for a channels-first input, the layout PyTorch
exports have. Run as a program so the conversion happens in a process of its
own: ``python -m inference.bench.onnx_export MODEL.keras OUT.onnx [--nchw] [--also MODEL OUT]...``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
from importlib import metadata
from pathlib import Path

__all__ = ["export_onnx", "writer_version"]

OPSET = 17


def writer_version() -> str | None:
    """tf2onnx's version, or None where it is not installed."""
    try:
        return metadata.version("tf2onnx")
    except metadata.PackageNotFoundError:
        return None


def export_onnx(keras_file: Path, out: Path, *, nchw: bool = False) -> Path:
    """Convert ``keras_file`` to ONNX at ``out`` (written beside it first, then moved in place)."""
    from inference.backends.tensorflow import import_tensorflow, load_keras_model

    tf = import_tensorflow()
    from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2

    with contextlib.redirect_stdout(io.StringIO()):  # tf2onnx prints its progress
        import tf2onnx

        model = load_keras_model(keras_file)
        spec = tf.TensorSpec([None, *model.inputs[0].shape[1:]], tf.float32, name="input")
        function = tf.function(lambda batch: model(batch, training=False)).get_concrete_function(spec)
        # Frozen first: a Normalization layer's statistics would otherwise become extra inputs.
        frozen = convert_variables_to_constants_v2(function)
        inputs = [t.name for t in frozen.inputs]
        partial = out.with_name(out.name + f".partial-{os.getpid()}")
        tf2onnx.convert.from_graph_def(
            frozen.graph.as_graph_def(),
            input_names=inputs,
            output_names=[t.name for t in frozen.outputs],
            opset=OPSET,
            output_path=str(partial),
            inputs_as_nchw=inputs if nchw else None,
        )
    partial.replace(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--nchw", action="store_true", help="a channels-first input, as PyTorch exports")
    parser.add_argument(
        "--also", nargs=2, action="append", default=[], metavar=("MODEL", "OUT"),
        help="convert another model in the same process (OUT ending in _nchw.onnx: channels first)",
    )  # fmt: skip
    args = parser.parse_args()
    export_onnx(args.model, args.out, nchw=args.nchw)
    for model, out in args.also:
        export_onnx(Path(model), Path(out), nchw=out.endswith("_nchw.onnx"))


if __name__ == "__main__":
    main()
