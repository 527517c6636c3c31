"""Grad-CAM for Keras models: where the last convolutional features pushed the predicted class.

    feature map A   the output of the last convolutional layer (and the batch norm and
                    activation right after it), found automatically, nested models included
    evidence        the class's log-odds, from the scores before softmax where the model
                    ends in one (a saturated probability has no gradient), as occlusion uses
    map             ReLU(sum_k d evidence/dA_k * A_k), on the feature map's own grid

The gradient weighs each feature element-wise (HiResCAM, Draelos and Carin,
2020) rather than by its channel's mean gradient as the original Grad-CAM
does. For models that pool globally before the classifier (MobileNet,
ResNet, Teachable Machine) the two are the same map; for models that
flatten (the bundled digits), channel means mix up positions and point at
the wrong places, while the element-wise map stays where the score came from.
Log-odds rather than the class's own score: what a model adds to every
class alike changes no answer, and must not show as heat.

Like every gradient map it shows evidence that is present: a class the model
recognises by the absence of every feature it knows leaves nothing to weigh
(occlusion still shows it).

One forward and one backward pass with ``tf.GradientTape``. TensorFlow is
imported by the backend that loaded the model; this module imports it only
when it runs. Written here rather than taken from tf-keras-vis 0.8.7, whose
softmax-to-linear modifier fails on Keras 3 ``Sequential`` models.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import numpy as np

from inference import text

__all__ = ["GradCamUnavailable", "gradcam_map", "last_conv_layer"]

CONV_CLASSES = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D", "Conv2DTranspose")
AFTER_CONV = ("BatchNormalization", "ReLU", "Activation", "LeakyReLU", "PReLU", "ELU")
"""Layers that keep a convolution's grid and belong with it (MobileNet's ``Conv_1_bn``, ``out_relu``)."""
Features = Callable[[Any], tuple[Any, Any]]
"""A batch to (feature map, class scores)."""
TINY = 1e-30


class GradCamUnavailable(Exception):
    """This model cannot be explained by Grad-CAM (no convolution, or a graph Tepi cannot split).

    ``reason``: why, as a nested sentence (an ``explain.reason.*`` code and its params).
    """

    def __init__(self, reason: dict[str, Any]) -> None:
        super().__init__(text.render(reason["code"], reason["params"]))
        self.reason = reason


def last_conv_layer(model: Any) -> tuple[list[Any], Any]:
    """The models leading to the last convolutional block (outermost first) and its last layer."""
    found: tuple[list[Any], Any] | None = None
    for path, layer, siblings, index in _walk(model, [model]):
        if type(layer).__name__ in CONV_CLASSES and len(layer.output.shape) == 4:
            while index + 1 < len(siblings) and type(siblings[index + 1]).__name__ in AFTER_CONV:
                index += 1
            found = (path, siblings[index])
    if found is None:
        raise GradCamUnavailable(text.message("explain.reason.no_conv"))
    return found


def _walk(model: Any, path: list[Any]) -> Any:
    siblings = list(model.layers)
    for index, layer in enumerate(siblings):
        if hasattr(layer, "layers") and layer.layers:
            yield from _walk(layer, [*path, layer])
        else:
            yield path, layer, siblings, index


def gradcam_map(model: Any, tensor: np.ndarray, target: int) -> np.ndarray:
    """Grad-CAM of class ``target`` for one input (H × W × C): the feature grid (h × w), ≥ 0."""
    import tensorflow as tf

    traced = _TRACED.get(model)
    if traced is None:
        traced = _trace(model)
        _TRACED[model] = traced
    cam = traced(tf.constant(tensor[None].astype(np.float32)), tf.constant(target, tf.int32))
    return np.asarray(cam.numpy(), dtype=np.float32)


_TRACED: weakref.WeakKeyDictionary[Any, Callable[[Any, Any], Any]] = weakref.WeakKeyDictionary()
"""One traced Grad-CAM function per model: found, split and traced once, then about one pass each."""


def _trace(model: Any) -> Callable[[Any, Any], Any]:
    import tensorflow as tf

    path, layer = last_conv_layer(model)
    features = _features(path, layer, top=True)
    logits = _linear_head(model.layers[-1]) is not None or not _ends_in_softmax(model)

    def cam_of(batch: Any, target: Any) -> Any:
        with tf.GradientTape() as tape:
            feature_map, scores = features(batch)
            evidence = _evidence(tf, scores, target, logits=logits)
        grads = tape.gradient(evidence, feature_map)
        if grads is None:
            raise GradCamUnavailable(text.message("explain.reason.no_path", layer=layer.name))
        return tf.nn.relu(tf.reduce_sum(grads * feature_map, axis=-1))[0]

    return tf.function(cam_of, reduce_retracing=True)  # traced on the first call, for every class


def _evidence(tf: Any, scores: Any, target: Any, *, logits: bool) -> Any:
    """The target class's log-odds against the others, from logits or from probabilities."""
    if scores.shape[-1] == 1:
        return scores[:, 0]
    mine = tf.one_hot(target, tf.shape(scores)[-1], on_value=True, off_value=False)
    own = tf.boolean_mask(scores, mine, axis=1)[:, 0]
    others = tf.boolean_mask(scores, tf.logical_not(mine), axis=1)
    if logits:
        return own - tf.reduce_logsumexp(others, axis=1)
    tiny = tf.constant(TINY, scores.dtype)
    return tf.math.log(own + tiny) - tf.math.log(tf.reduce_sum(others, axis=1) + tiny)


def _ends_in_softmax(model: Any) -> bool:
    last = model.layers[-1]
    if hasattr(last, "layers") and last.layers:
        return _ends_in_softmax(last)
    activation = getattr(getattr(last, "activation", None), "__name__", "")
    return type(last).__name__ == "Softmax" or activation == "softmax"


def _features(path: list[Any], layer: Any, *, top: bool) -> Features:
    """A function giving the feature map and the model's output (before softmax when ``top``).

    A model whose layers run one after another is run layer by layer, so the
    feature map is taken wherever it sits, nested models included; a
    branching graph (ResNet, MobileNetV2) gets a second output at the layer.
    """
    model = path[0]
    last = model.layers[-1]
    head = _linear_head(last) if top else None
    chain = _chain(model)
    if chain is None:
        if len(path) > 1:
            raise GradCamUnavailable(text.message("explain.reason.branches", layer=path[1].name))
        return _graph_features(model, layer, head)
    inner_model = path[1] if len(path) > 1 else None
    inner = _features(path[1:], layer, top=False) if inner_model is not None else None

    def through_chain(batch: Any) -> tuple[Any, Any]:
        feature_map, x = None, batch
        for step in chain:
            if step is inner_model and inner is not None:
                feature_map, x = inner(x)
            elif step is last and head is not None:
                x = head(x)
            else:
                x = step(x, training=False)
            if step is layer:
                feature_map = x
        return feature_map, x

    return through_chain


def _graph_features(model: Any, layer: Any, head: Callable[[Any], Any] | None) -> Features:
    import keras

    output = model.layers[-1].input if head is not None else model.outputs[0]
    graph = keras.Model(model.inputs, [layer.output, output])

    def direct(batch: Any) -> tuple[Any, Any]:
        feature_map, out = graph(batch, training=False)
        return feature_map, head(out) if head is not None else out

    return direct


def _chain(model: Any) -> list[Any] | None:
    """The layers of a model that runs them one after another; None for a branching graph."""
    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    if type(model).__name__ == "Sequential":
        return layers
    try:
        previous = model.inputs[0]
        for layer in layers:
            if layer.input is not previous:
                return None
            previous = layer.output
    except (AttributeError, ValueError):  # a layer used twice has no single input
        return None
    return layers


def _linear_head(last: Any) -> Callable[[Any], Any] | None:
    """How to get the class scores before softmax from the last layer's input, when it ends in one."""
    name = type(last).__name__
    activation = getattr(getattr(last, "activation", None), "__name__", "")
    if name == "Softmax" or (name == "Activation" and activation == "softmax"):
        return lambda x: x
    if name == "Dense" and activation == "softmax":
        import keras

        def logits(x: Any) -> Any:
            out = keras.ops.matmul(x, last.kernel)
            return out + last.bias if last.use_bias else out

        return logits
    return None
