"""A small MLServer runtime that serves a ``.tflite`` file through LiteRT, as an operator would write one.

MLServer loads it by its import path (``mlserver_runtime.LiteRTRuntime``) from the
venv built by ``make peer-mlserver``; ``mlserver_settings.py`` writes the folder
that ``mlserver start`` reads. Like MLServer's own runtimes it declares no inputs or
outputs in its metadata (unless ``model-settings.json`` does) and names its one
output ``output_0``: that is what Tepi's V2 client has to cope with.
"""

from __future__ import annotations

import os

import numpy as np
from ai_edge_litert.interpreter import Interpreter
from mlserver import MLModel
from mlserver.codecs import NumpyCodec
from mlserver.types import InferenceRequest, InferenceResponse
from mlserver.utils import get_model_uri


class LiteRTRuntime(MLModel):
    async def load(self) -> bool:
        path = await get_model_uri(self._settings)
        threads = int(os.environ.get("LITERT_THREADS", "1"))
        self._interpreter = Interpreter(model_path=path, num_threads=threads)
        self._interpreter.allocate_tensors()
        self._input = self._interpreter.get_input_details()[0]
        self._output = self._interpreter.get_output_details()[0]
        self.ready = True
        return self.ready

    def _run(self, batch: np.ndarray) -> np.ndarray:
        index = self._input["index"]
        if batch.shape[0] != self._input["shape"][0]:
            self._interpreter.resize_tensor_input(index, list(batch.shape))
            self._interpreter.allocate_tensors()
            self._input = self._interpreter.get_input_details()[0]
        self._interpreter.set_tensor(index, batch.astype(self._input["dtype"]))
        self._interpreter.invoke()
        return np.array(self._interpreter.get_tensor(self._output["index"]))

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        batch = NumpyCodec.decode_input(payload.inputs[0])
        scores = self._run(np.asarray(batch, dtype=np.float32))
        return InferenceResponse(
            model_name=self.name,
            model_version=self.version,
            id=payload.id,
            outputs=[NumpyCodec.encode_output("output_0", scores)],
        )
