"""Keras 2 ``.h5`` files (tf.keras, ``tf_keras``, Teachable Machine) opened by Keras 3.

Keras 3 reads an ``.h5`` model's config with its legacy deserializer, but
refuses or misreads some of what Keras 2 wrote there. Rather than patching
classes (which nested models do not look up), the config is rewritten before
Keras sees it, at every nesting level: Teachable Machine's export is a
Sequential holding a Sequential (a Functional MobileNet and a pooling layer)
and a Sequential head.

    what Keras 2 wrote                              what the rewrite does, and why
    DepthwiseConv2D ``groups: 1``                   dropped: Keras 3 refuses the argument
    ``module: tf_keras.src.engine.functional``,     dropped: Keras 3 cannot import tf_keras's modules
      ``registered_name``                             and finds the classes by name without them
    Functional ``output_layers: [[name, 0, 0]]``    unwrapped to ``[name, 0, 0]``: Keras 2 returned the
                                                      single tensor, Keras 3 a list of one, which the
                                                      layer after a nested model cannot take
    a batch size in ``batch_input_shape``,          made ``None``: the size a model was trained with
      ``build_config`` (16, from training)            (Teachable Machine's 16) is not a limit
    shape arguments on layers after a Sequential's  dropped: the InputLayer says it once; Keras 3 warns
      InputLayer

The user's file is never written: it is read into memory and the rewritten
config is set on that copy.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

__all__ = ["load_h5_model", "rewrite_config"]

_MODULE_KEYS = ("module", "registered_name")
_SHAPE_ARGUMENTS = ("batch_input_shape", "input_shape", "input_dim", "batch_size")
_BATCHED_SHAPES = ("batch_input_shape", "batch_shape", "build_input_shape")


def rewrite_config(node: Any) -> Any:
    """Rewrite a Keras 2 model config in place (see the module docstring) and return it."""
    if isinstance(node, dict):
        if isinstance(node.get("class_name"), str) and isinstance(node.get("config"), dict):
            _rewrite_object(node)
        for value in node.values():
            rewrite_config(value)
    elif isinstance(node, list):
        for value in node:
            rewrite_config(value)
    return node


def _rewrite_object(node: dict[str, Any]) -> None:
    for key in _MODULE_KEYS:
        node.pop(key, None)
    config = node["config"]
    if node["class_name"] == "DepthwiseConv2D":
        config.pop("groups", None)
    for key in _BATCHED_SHAPES:
        _free_batch(config.get(key))
    build = node.get("build_config")
    if isinstance(build, dict):
        _free_batch(build.get("input_shape"))
    for key in ("input_layers", "output_layers"):
        tensors = config.get(key)
        if isinstance(tensors, list) and len(tensors) == 1 and _is_tensor_ref(tensors[0]):
            config[key] = tensors[0]
    if node["class_name"] == "Sequential":
        _drop_repeated_shapes(config.get("layers"))


def _drop_repeated_shapes(layers: Any) -> None:
    """Shape arguments on the layers after a Sequential's InputLayer, which already says it."""
    if not isinstance(layers, list) or not layers or not isinstance(layers[0], dict):
        return
    if layers[0].get("class_name") != "InputLayer":
        return
    for layer in layers[1:]:
        if isinstance(layer, dict) and isinstance(layer.get("config"), dict):
            for key in _SHAPE_ARGUMENTS:
                layer["config"].pop(key, None)


def _is_tensor_ref(value: Any) -> bool:
    """``[layer_name, node_index, tensor_index]`` as Functional configs name tensors."""
    return isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)


def _is_shape(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(d is None or isinstance(d, int) for d in value)


def _free_batch(shape: Any) -> None:
    """Set the batch dimension of a shape (or of each shape in a list of them) to None."""
    if _is_shape(shape):
        shape[0] = None
    elif isinstance(shape, list):
        for item in shape:
            if _is_shape(item):
                item[0] = None


def load_h5_model(path: Path, *, safe_mode: bool) -> Any:
    """Load an ``.h5`` model with its config rewritten, from a copy in memory."""
    import h5py

    # The loader ``keras.models.load_model`` uses for .h5 files; only it takes an open h5py file.
    from keras.src.legacy.saving import legacy_h5_format

    with h5py.File(io.BytesIO(path.read_bytes()), "r+") as handle:
        raw = handle.attrs.get("model_config")
        if raw is None:
            raise ValueError("the file holds weights only, not a model")
        config = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
        handle.attrs["model_config"] = json.dumps(rewrite_config(config))
        return legacy_h5_format.load_model_from_hdf5(handle, compile=False, safe_mode=safe_mode)
