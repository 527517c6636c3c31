"""The Keras 2 config rewrite, rule by rule, on a config shaped like Teachable Machine's export.

The end-to-end proof (files written by tf_keras itself, answers compared with
Teachable Machine's sample code) is ``tests/peers/test_keras2_files.py``.
"""

from __future__ import annotations

import copy

from inference.backends.keras_compat import rewrite_config


def _layer(class_name: str, module: str = "keras.layers", **config: object) -> dict:
    return {"module": module, "class_name": class_name, "config": config, "registered_name": None}


KERAS2_CONFIG = _layer(
    "Sequential",
    "keras",
    name="outer",
    layers=[
        _layer("InputLayer", batch_input_shape=[None, 224, 224, 3]),
        _layer(
            "Sequential",
            "keras",
            name="features",
            layers=[
                _layer(
                    "Functional",
                    "tf_keras.src.engine.functional",
                    name="mobilenet",
                    layers=[
                        _layer("Conv2D", name="conv", groups=1),
                        _layer("DepthwiseConv2D", name="depthwise", groups=1),
                    ],
                    input_layers=[["input_1", 0, 0]],
                    output_layers=[["out_relu", 0, 0]],
                ),
            ],
        ),
        {
            **_layer(
                "Sequential",
                "keras",
                name="head",
                layers=[
                    _layer("InputLayer", batch_input_shape=[16, 1280]),
                    _layer("Dense", name="dense", units=3, batch_input_shape=[16, 1280]),
                ],
            ),
            "build_config": {"input_shape": [16, 1280]},
        },
    ],
)


def test_every_nesting_level_is_rewritten() -> None:
    config = rewrite_config(copy.deepcopy(KERAS2_CONFIG))
    features = config["config"]["layers"][1]
    mobilenet = features["config"]["layers"][0]
    conv, depthwise = mobilenet["config"]["layers"]
    head = config["config"]["layers"][2]
    assert "groups" not in depthwise["config"] and conv["config"]["groups"] == 1  # Conv2D takes groups
    assert "module" not in mobilenet and "registered_name" not in conv
    assert mobilenet["config"]["output_layers"] == ["out_relu", 0, 0]
    assert mobilenet["config"]["input_layers"] == ["input_1", 0, 0]
    assert head["config"]["layers"][0]["config"]["batch_input_shape"] == [None, 1280]
    assert "batch_input_shape" not in head["config"]["layers"][1]["config"]
    assert head["build_config"]["input_shape"] == [None, 1280]


def test_the_rewrite_is_idempotent_and_leaves_two_output_models_alone() -> None:
    once = rewrite_config(copy.deepcopy(KERAS2_CONFIG))
    assert rewrite_config(copy.deepcopy(once)) == once
    two = _layer("Functional", output_layers=[["a", 0, 0], ["b", 0, 0]])
    assert rewrite_config(two)["config"]["output_layers"] == [["a", 0, 0], ["b", 0, 0]]
