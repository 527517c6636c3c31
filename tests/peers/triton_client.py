"""Run NVIDIA's own client library (tritonclient[http]) against a V2 server; print what it got as JSON.

    .peers/mlserver/bin/python tests/peers/triton_client.py HOST:PORT MODEL INPUT.npy

MLServer's venv carries tritonclient[http], so the client runs there, apart from Tepi's.
"""

from __future__ import annotations

import json
import sys

import numpy as np
import tritonclient.http as httpclient


def main(url: str, model: str, data_path: str) -> None:
    data = np.load(data_path)
    client = httpclient.InferenceServerClient(url=url)
    assert client.is_server_live() and client.is_server_ready() and client.is_model_ready(model)
    meta = client.get_model_metadata(model)
    output_name = meta["outputs"][0]["name"]
    answers = {}
    for binary in (True, False):
        tensor = httpclient.InferInput(meta["inputs"][0]["name"], list(data.shape), "FP32")
        tensor.set_data_from_numpy(data, binary_data=binary)
        wanted = httpclient.InferRequestedOutput(output_name, binary_data=binary)
        result = client.infer(model, [tensor], outputs=[wanted], request_id="triton-1")
        answers["binary" if binary else "json"] = result.as_numpy(output_name).tolist()
    print(json.dumps({"metadata": meta, **answers}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
