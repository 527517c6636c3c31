"""Sentences about opening and running models, model packs and converting them (English templates)."""

from __future__ import annotations

ENGLISH = {
    # inference/formats.py: finding a model
    "model.not_found": "{name} does not exist and is not a bundled model ({known}).",
    "model.unknown_file": (
        "{name} is not a model file Tepi knows; use .tflite, .keras, .h5, .onnx, a SavedModel folder "
        "or a Teachable Machine export."
    ),
    "model.empty_folder": (
        "The folder {name} holds no model: no model.toml, saved_model.pb or Teachable Machine files."
    ),
    "model.input_shape": (
        "{name} takes input of shape {shape}; Tepi runs image models (height × width × 1 or 3) "
        "and tabular models (features)."
    ),
    "model.image_mismatch": "{name}'s model.toml describes {described} input, but the model takes {actual}.",
    "model.features_mismatch": "{name}'s model.toml lists {count} features, but the model takes {actual}.",
    "model.unfeedable": "{name} takes input of shape {shape}, which Tepi cannot feed.",
    "model.zip_escapes": "{name} contains a file path that points outside it, so Tepi will not unpack it.",
    "model.zip_too_large": "{name} unpacks to more than 2 GB.",
    "model.zip_no_labels": "{name} is not a Teachable Machine export (it has no labels.txt).",
    "model.zip_unreadable": "{name} is not a readable zip file.",
    # inference/backends/: loading a model file
    "model.tflite_unreadable": "{name} is not a TensorFlow Lite model Tepi can open.",
    "model.probe_crashed": (
        "{name} crashed the runtime while loading; it may be damaged or made to attack Tepi."
    ),
    "model.probe_hung": (
        "{name} did not finish loading within {seconds:g} s; it may be damaged or made to attack Tepi."
    ),
    "model.probe_memory": (
        "{name} needed more than {mb:g} MB of memory to load; it may be damaged or made to attack Tepi."
    ),
    "model.tensors": (
        "{name} has {inputs} inputs and {outputs} outputs; Tepi runs classifiers with one of each."
    ),
    "model.keras_escapes": "{name} contains a file path that points outside it.",
    "model.config_too_large": (
        "{name} has a {size:,.0f} MB model configuration, more than the {limit} MB Tepi reads."
    ),
    "model.weights_only": "{name} holds weights only, not a model.",
    "model.not_keras": "{name} is not a Keras model file.",
    "model.lambda": (
        "{name} contains a Lambda layer, which runs Python code stored in the file; Tepi refuses it "
        "unless you trust its source and pass --allow-unsafe-model."
    ),
    "model.unsafe_deserialization": (
        "{name} needs unsafe deserialization to load; pass --allow-unsafe-model only if you trust its source."
    ),
    "model.keras_unreadable": "{name} could not be loaded as a Keras model ({system_error}).",
    "model.no_signature": "{name} has no serving_default signature.",
    "model.savedmodel_unreadable": "{name} is not a SavedModel Tepi can open ({system_error}).",
    "model.signature_tensors": "{name}'s serving signature needs one input and one output.",
    "model.served_tensors": "{name} must have one input and one output to be served.",
    "model.onnx_unreadable": "{name} is not an ONNX model Tepi can open.",
    "model.onnx_input_type": "{name} takes {kind} input; Tepi feeds models floating-point values.",
    # inference/backends/: running it
    "backend.no_litert": "Neither LiteRT nor TensorFlow is installed, so .tflite models cannot run here.",
    "backend.litert_op": "{name} uses an operation LiteRT cannot run here: {system_error}",
    "backend.cannot_run": "{name} cannot run here: {system_error}",
    "backend.not_loaded": "The model is not loaded.",
    "backend.input_mismatch": "The input does not fit {name}: {system_error}",
    "backend.no_tensorflow": (
        "This model needs TensorFlow, which this Tepi build does not include; convert it to .tflite "
        "or run it on a remote endpoint."
    ),
    "backend.out_of_memory": "{name} does not fit in this computer's memory.",
    "backend.run_failed": "{name} could not run on this input: {system_error}",
    "backend.no_local_copy": "This model has no local copy; it runs only on a remote endpoint.",
    "backend.no_onnxruntime": (
        "This model needs ONNX Runtime, which this Tepi build does not include; convert it to .tflite or "
        "run it on a remote endpoint."
    ),
    "backend.onnx_op": "{name} uses an operation ONNX Runtime cannot run here: {system_error}",
    "backend.not_loadable": "{name} could not be loaded.",
    # inference/modelpack.py: model packs and their model.toml ({where} is "pack/model.toml")
    "pack.no_manifest": "{name} has no model.toml.",
    "pack.toml": "{where} is not valid TOML: {toml_error}.",
    "pack.toml_too_deep": "{where} is not valid TOML: it nests too deeply.",
    "pack.file_missing": "Model pack {pack} is missing the file {name}.",
    "pack.hash_mismatch": (
        "{name} in model pack {pack} has been changed or damaged (its SHA-256 does not match the "
        "manifest), so Tepi will not load it."
    ),
    "pack.model_table": "{where}: [model] must be a table.",
    "pack.input_table": "{where}: [input] must be a table.",
    "pack.output_table": "{where}: [output] must be a table.",
    "pack.files_list": "{where}: model.files must be a list of file names.",
    "pack.file_escapes": "{where}: model file {file!r} must stay inside the pack.",
    "pack.hash_table": "{where}: model.sha256 must map listed model files to hashes.",
    "pack.hash_missing": "{where}: no SHA-256 for {files}.",
    "pack.no_files": "{where}: a pack needs model.files or a [remote] section.",
    "pack.key_type": "{where}: '{key}' is missing or not a {python_type}.",
    "pack.key_choice": "{where}: '{key}' is {value}; use one of {choices}.",
    "pack.labels_escape": "{where}: labels file {file!r} must stay inside the pack.",
    "pack.labels_unreadable": "{where}: cannot read labels file {file}.",
    "pack.labels_list": "{where}: 'labels' must be a list of strings.",
    "pack.numbers": "{where}: input.{key} must be a number or a list of numbers.",
    "pack.size": "{where}: input.size must be [width, height] in pixels.",
    "pack.mean_std": "{where}: input.mean and input.std go together.",
    "pack.std_zero": "{where}: input.std must not contain 0.",
    "pack.features": "{where}: input.features must list the feature column names.",
    "pack.features_twice": "{where}: input.features has a name twice.",
    "pack.baseline": "{where}: input.baseline needs one finite number per feature ({count}).",
    "pack.remote": '{where}: [{section}] needs model = "name".',
    "pack.temperature": "{where}: {key} must be a number from 0.01 to 100.",
    "pack.fraction": "{where}: {key} must be a number from 0 to 1 (0.7 means 70 %).",
    # inference/explain/: why a model cannot be explained this way
    "explain.method": "Unknown explanation method {method!r}; use one of {choices}.",
    "explain.rows_no_picture": (
        "{model} has no picture to explain: it takes CSV rows, which Tepi explains one feature at a time "
        "(--method=occlusion)."
    ),
    "explain.tiny_input": "{model} has no picture to explain: its input is {width}×{height} pixels.",
    "explain.gradcam_needs_keras": (
        "Grad-CAM needs a Keras model (.keras or .h5) run by TensorFlow, and {model} has none; the "
        "occlusion method explains any model."
    ),
    "explain.gradcam_failed": (
        "Grad-CAM cannot explain {model} ({reason}); the occlusion method explains any model."
    ),
    "explain.reason.no_conv": "it has no convolutional layer",
    "explain.reason.no_path": "its layer {layer} does not lead to its output",
    "explain.reason.branches": "it branches around its nested model {layer}",
    # inference/convert.py, export.py: `tepi convert` and `tepi export`
    "convert.quantize": "--quantize must be one of {choices}.",
    "convert.no_source": "{name} has no Keras or SavedModel file to convert.",
    "convert.failed": "{name} could not be converted to .tflite: {system_error}",
    "convert.int8_samples": (
        "--quantize int8 needs representative inputs: give --samples FOLDER or CSV (a hundred or more real "
        "inputs calibrate best), or put them in the pack's samples/ folder."
    ),
    "convert.no_labelled_images": "{source} has no images in sub-folders named after {name}'s labels.",
    "convert.no_label_column": "{name} needs a label column to measure accuracy on.",
    "convert.manifest_update": "{manifest} has no [model] files and [model.sha256] to add {name} to.",
    "export.format": "--format must be one of {choices}.",
    "export.name": "{name!r} cannot name a served model; use letters, digits, '.', '_' and '-'.",
    "export.version": "--version must be 1 or more (TF Serving versions are positive integers).",
    "export.tflite_only": (
        "{name} has only .tflite files; TF Serving needs a SavedModel, so export from the model's "
        ".keras, .h5 or SavedModel file."
    ),
    "export.exists": "{target} already exists; pass --version {next} or remove it.",
    "export.tensors": "{name} needs one input and one output to be served.",
    "export.no_signature": "{name} is not a SavedModel with a {signature} signature.",
    "export.save_failed": "The model could not be saved as a SavedModel: {system_error}",
    "export.mismatch": (
        "The exported SavedModel disagrees with the original (max difference {difference:.2e})."
    ),
    "bench.convert_failed": "MobileNetV2 could not be converted: {system_error}",
    # inference/space.py: `tepi export --format hf-space`
    "space.flavor": "--flavor must be one of {choices}.",
    "space.same_names": "Two packs are named alike ({names}); a Space serves each name once.",
    "space.output_exists": "{path} already exists and is not an empty folder; choose a new one.",
    "space.bare_model": "{name} is a bare model file; a Space serves model packs (a folder with model.toml).",
    "space.not_installed": "Export a Space from a Python install of Tepi (pip install -e .).",
    "space.requirement": "Tepi's metadata holds a requirement it cannot read: {spec!r}.",
    "space.no_page": "This Tepi install has no web page (web/app.py); export --flavor api instead.",
}
