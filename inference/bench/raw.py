"""The by-hand LiteRT loop every benchmark compares Tepi's backends against."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from inference.backends.litert import quiet_native_stderr

__all__ = ["RAW_INVOKE", "raw_interpreter"]

RAW_INVOKE = "raw Interpreter.invoke()"


def raw_interpreter(path: Path, threads: int, batch: int = 1) -> Callable[[np.ndarray], np.ndarray]:
    """The by-hand LiteRT loop: set_tensor, invoke, get_tensor."""
    from ai_edge_litert.interpreter import Interpreter

    with quiet_native_stderr():
        interpreter = Interpreter(model_path=str(path), num_threads=threads)
    inp = interpreter.get_input_details()[0]
    if batch != inp["shape"][0]:
        interpreter.resize_tensor_input(inp["index"], [batch, *inp["shape"][1:]])
    interpreter.allocate_tensors()
    in_index, out_index = inp["index"], interpreter.get_output_details()[0]["index"]
    state = {"batch": batch}

    def run(x: np.ndarray) -> np.ndarray:
        if x.shape[0] != state["batch"]:  # a last, shorter batch: resize as a person would
            interpreter.resize_tensor_input(in_index, list(x.shape))
            interpreter.allocate_tensors()
            state["batch"] = x.shape[0]
        interpreter.set_tensor(in_index, x)
        interpreter.invoke()
        return interpreter.get_tensor(out_index)

    return run
