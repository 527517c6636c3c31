"""The KServe Python SDK's own model server, serving ``.tflite`` files through LiteRT, without Kubernetes.

    .peers/kserve/bin/python scripts/peers/kserve_server.py --http-port 8080 \
        --model digits=resources/models/digits/digits.tflite

It answers both of KServe's protocols as the SDK implements them: V1
(``POST /v1/models/NAME:predict``, ``instances`` -> ``predictions``, no metadata
route) and V2 (metadata with empty inputs and outputs, the output named
``output-0``). KServe parses ``sys.argv`` when it is imported, so this script reads
its own arguments first and hands KServe a bare command line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--model", action="append", required=True, metavar="NAME=FILE.tflite")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    sys.argv = sys.argv[:1]
    import kserve
    import numpy as np
    from ai_edge_litert.interpreter import Interpreter
    from kserve import InferOutput, InferRequest, InferResponse

    class LiteRTModel(kserve.Model):
        def __init__(self, name: str, path: str) -> None:
            super().__init__(name)
            self.path = path
            self.load()

        def load(self) -> bool:
            threads = int(os.environ.get("LITERT_THREADS", "1"))
            self.interpreter = Interpreter(model_path=self.path, num_threads=threads)
            self.interpreter.allocate_tensors()
            self.ready = True
            return self.ready

        def run(self, batch: np.ndarray) -> np.ndarray:
            detail = self.interpreter.get_input_details()[0]
            if list(batch.shape) != list(detail["shape"]):
                self.interpreter.resize_tensor_input(detail["index"], list(batch.shape))
                self.interpreter.allocate_tensors()
            self.interpreter.set_tensor(detail["index"], batch.astype(np.float32))
            self.interpreter.invoke()
            return np.array(self.interpreter.get_tensor(self.interpreter.get_output_details()[0]["index"]))

        async def predict(self, payload, headers=None, response_headers=None):  # type: ignore[no-untyped-def]
            if isinstance(payload, InferRequest):
                scores = self.run(payload.inputs[0].as_numpy())
                output = InferOutput(name="output-0", shape=list(scores.shape), datatype="FP32")
                output.set_data_from_numpy(scores, binary_data=False)
                return InferResponse(model_name=self.name, infer_outputs=[output], response_id=payload.id)
            if isinstance(payload, bytes):
                payload = json.loads(payload)
            scores = self.run(np.asarray(payload["instances"], dtype=np.float32))
            return {"predictions": scores.tolist()}

    models = [LiteRTModel(*item.split("=", 1)) for item in args.model]
    kserve.ModelServer(http_port=args.http_port, enable_grpc=False, workers=1).start(models)


if __name__ == "__main__":
    main()
