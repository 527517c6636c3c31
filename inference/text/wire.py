"""Sentences about bodies that do not follow a wire protocol (``inference/protocol/``; English templates).

``{field}`` and ``{where}`` name the place in the body (``inputs[0] 'x' data``); ``{key}`` a key.
"""

from __future__ import annotations

ENGLISH = {
    # inference/protocol/common.py: datatypes and JSON arrays
    "wire.unknown_datatype": "Unknown datatype {datatype!r}; expected one of {choices}.",
    "wire.numpy_dtype": "numpy dtype {dtype} has no wire datatype.",
    "wire.tf_dtype": "TensorFlow dtype {dtype!r} is not supported.",
    "wire.bytes_type": "A BYTES tensor holds a {python_type}, not bytes.",
    "wire.bytes_binary": "A BYTES tensor holds binary data that JSON cannot carry as text.",
    "wire.ragged": "{field} is a ragged list (rows of different lengths).",
    "wire.not_numbers": "{field} holds {dtype} values, not numbers.",
    "wire.bool_needed": "{field} must hold true/false for BOOL.",
    "wire.bool_given": "{field} holds true/false, but the datatype is {datatype}.",
    "wire.fractions": "{field} holds fractions, but the datatype is {datatype}.",
    "wire.range": "{field} holds values outside the range of {datatype}.",
    "wire.wrong_kind": "{field} holds {kind}, but the datatype is {datatype}.",
    "wire.odd_value": "{field} holds {kind} where numbers or text belong.",
    "wire.base64": "{field} holds invalid base64.",
    "wire.kind.text": "text",
    "wire.kind.null": "a null",
    "wire.kind.type": "a {python_type}",
    # inference/protocol/v2.py: Open Inference Protocol bodies
    "wire.not_object": "The {what} must be a JSON object.",
    "wire.object.infer_request": "inference request",
    "wire.object.infer_response": "inference response",
    "wire.object.metadata": "model metadata",
    "wire.object.predict_request": "predict request",
    "wire.object.predict_response": "predict response",
    "wire.tensor_object": "{where} must be an object with name, shape, datatype and data.",
    "wire.tensor_name": "{where} needs a name.",
    "wire.tensor_shape": "{where} needs a shape: a list of sizes of 0 or more.",
    "wire.tensor_data": "{where} has no data.",
    "wire.tensor_size": "{where} has {count} values, but shape {shape} needs {expected}.",
    "wire.impossible_shape": (
        "{where} has a shape no tensor can have (over 64 dimensions, or too large for memory)."
    ),
    "wire.empty_list": "The body needs a non-empty '{key}' list.",
    "wire.name_twice": "{key} names {name!r} twice.",
    "wire.not_string": "'{key}' must be a string.",
    "wire.parameters": "'parameters' must be an object.",
    "wire.outputs": "'outputs' must be a list of objects with a name.",
    "wire.no_model_name": "The inference response has no model_name.",
    "wire.metadata_list": "The model metadata's '{key}' must be a list.",
    "wire.metadata_name": "Metadata {where} needs a name.",
    "wire.metadata_shape": "Metadata {where} needs a shape list.",
    "wire.metadata_no_name": "The model metadata has no name.",
    "wire.metadata_versions": "The model metadata's versions must be a list.",
    # inference/protocol/tfserving.py: TensorFlow Serving REST bodies
    "wire.row_batch": "Row format needs every tensor to have the same first (batch) dimension.",
    "wire.rows_empty": "'{key}' must be a non-empty list.",
    "wire.rows_mixed": "'{key}' mixes named and unnamed rows.",
    "wire.rows_names": "Every row of '{key}' must name the same inputs.",
    "wire.columns_empty": "'{key}' names no tensors.",
    "wire.rows_or_columns": "The predict request needs exactly one of 'instances' or 'inputs'.",
    "wire.no_predictions": "The predict response has neither 'predictions' nor 'outputs'.",
    "wire.metadata_object": "Metadata {where} must be an object.",
    "wire.metadata_tensor": "Metadata {where} tensor {name!r} is malformed.",
    "wire.no_signature_def": "The model metadata has no model_spec or signature_def.",
    "wire.no_signature": "The model has no signature {name!r} (it has {names}).",
    "wire.no_signatures": "The model has no signature {name!r} (it has none).",
    "wire.bad_signature": "The model metadata's signature {name!r} is malformed.",
    "wire.no_status": "The model status has no model_version_status list.",
    # inference/protocol/v2_binary.py, server/v2_binary.py: the binary tensor extension
    "wire.binary_header": "{header} must be a byte count within the body, not {value!r}.",
    "wire.binary_size": "{where} binary_data_size must be a byte count.",
    "wire.binary_bytes": "{where}: binary BYTES tensors are not supported here.",
    "wire.binary_declared": "{where} declares {size} bytes, but {datatype} {shape} takes {expected}.",
    "wire.binary_past_end": "{where} needs {size} bytes past the end of the body.",
    "wire.binary_total": "The binary part has {size} bytes, but the inputs declare {declared}.",
    "wire.binary_total_outputs": "The binary part has {size} bytes, but the outputs declare {declared}.",
    "wire.binary_json": "The JSON header before the binary tensors is not valid JSON ({system_error}).",
}
