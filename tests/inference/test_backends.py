"""Local backends: LiteRT float and quantized, TensorFlow, batching and the router."""

from __future__ import annotations

import numpy as np
import pytest

from inference.backends import load_local_backend
from inference.backends.litert import LiteRTBackend
from inference.backends.tensorflow import TensorFlowBackend
from inference.errors import BackendUnavailable, ModelFormatError
from inference.routing import Router

BATCH = np.random.default_rng(5).uniform(0, 1, (5, 16, 16, 3)).astype(np.float32)


def test_litert_runs_any_batch_size(model_files) -> None:
    with LiteRTBackend(model_files["tflite"], threads=1) as backend:
        whole = backend.predict(BATCH)
        one_by_one = np.concatenate([backend.predict(BATCH[i : i + 1]) for i in range(len(BATCH))])
        info = backend.info()
    assert whole.shape == (5, 3) and whole.dtype == np.float32
    np.testing.assert_allclose(whole, one_by_one, atol=1e-6)
    assert info.inputs[0].shape == (-1, 16, 16, 3) and info.runtime.startswith("LiteRT")
    assert info.parameters and info.parameters > 100


def test_quantized_model_uses_its_scale_and_zero_point(model_files, quantized_tflite) -> None:
    with LiteRTBackend(quantized_tflite) as quantized, LiteRTBackend(model_files["tflite"]) as reference:
        info = quantized.info()
        assert info.inputs[0].dtype == "uint8" and info.inputs[0].quantization is not None
        got, want = quantized.predict(BATCH), reference.predict(BATCH)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=0.05)  # dequantized probabilities
    np.testing.assert_allclose(got, want, atol=0.08)


def test_tensorflow_backend_matches_litert(model_files) -> None:
    with TensorFlowBackend(model_files["keras"]) as tf_backend, LiteRTBackend(model_files["tflite"]) as lite:
        np.testing.assert_allclose(tf_backend.predict(BATCH), lite.predict(BATCH), atol=1e-5)
        assert tf_backend.info().parameters == 112 + 40 + 15  # conv, depthwise, dense


def test_fallback_file_is_used_when_the_first_cannot_run(tmp_path, model_files) -> None:
    broken = tmp_path / "broken.tflite"
    broken.write_bytes(b"not a model")
    backend = load_local_backend((broken, model_files["keras"]))
    assert backend.kind == "local TensorFlow"
    with pytest.raises(ModelFormatError):
        load_local_backend((broken,))


class _Unavailable(LiteRTBackend):
    kind = "flaky"

    def predict(self, batch: np.ndarray) -> np.ndarray:
        raise BackendUnavailable("this machine ran out of memory")


def test_router_falls_back_only_on_expected_failures(model_files) -> None:
    flaky = _Unavailable(model_files["tflite"])
    good = LiteRTBackend(model_files["tflite"])
    good.load()
    answer = Router(flaky, good, policy="prefer-local").run(BATCH)
    assert answer.backend == "local LiteRT"
    assert answer.fallback_reason == "flaky: this machine ran out of memory"
    with pytest.raises(BackendUnavailable):
        Router(flaky, good, policy="local-only").run(BATCH)
