"""The core's sentences about remote endpoints, wire formats, the queue, history and secrets.

The same kind of templates as ``desktop.text.sentences`` (read its docstring). A
server's error body (``{detail}``) is translated as a sentence of its own when
it is one of these: Tepi's reference server speaks them too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["CONTENT_TYPES", "NETWORK_REASONS", "OBJECTS", "REMOTE_MODELS", "SENTENCES", "VALUE_KINDS"]

SENTENCES = (
    # inference/backends/remote.py, endpoint.py, routing.py: reaching the endpoint
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} cannot be reached ({network_reason})."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} could not be reached within {seconds} s."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} did not answer within {seconds} s."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} failed: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} redirects too many times."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host}'s TLS certificate could not be verified; give its CA bundle or check "
        "the URL.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host}'s TLS certificate is not signed by a certificate authority Tepi "
        "trusts; give its CA bundle.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host}'s TLS certificate is for another host name, not {hostname}; "
        "check the URL.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host}'s TLS certificate has expired."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} answered HTTP {http_status}: {detail}."),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} answered HTTP {http_status}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host} answered HTTP {http_status}: {detail}; check the token or API key.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The remote endpoint {host} answered HTTP {http_status}; check the token or API key."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host} answered HTTP {http_status}: {detail} (still not ready after {seconds} "
        "s).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host} answered HTTP {http_status} (still not ready after {seconds} s).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The remote endpoint {host} answered with a body that is not JSON ({content_type})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The remote endpoint {host} sent an answer Tepi cannot read: {sentence}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host} sent model metadata Tepi cannot read: {sentence}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint {host} answered {count} inputs with output of shape {shape} ({dtype}), "
        "not one row of scores per input.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The remote endpoint {host} is waking up; waiting up to {seconds} s for it to be ready."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The remote model {remote_model} at {host} takes {count} inputs; Tepi sends one."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote model {remote_model} at {host} takes {datatype} input, but Tepi sends preprocessed "
        "FP32 values.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote model {remote_model} at {host} takes input of shape {shape}, but this model pack "
        "prepares {expected}.",
    ),
    QT_TRANSLATE_NOOP("Messages", "it echoed request id {received} instead of {sent}"),
    QT_TRANSLATE_NOOP("Messages", "Name the remote model (--remote-model) for this endpoint."),
    QT_TRANSLATE_NOOP("Messages", "The endpoint URL {url} is not a valid URL."),
    QT_TRANSLATE_NOOP(
        "Messages", "The endpoint URL {url} must start with http:// or https:// and name a host."
    ),
    QT_TRANSLATE_NOOP("Messages", "Unknown protocol {protocol}; use {choices}."),
    QT_TRANSLATE_NOOP("Messages", "The TF Serving format must be instances or inputs."),
    QT_TRANSLATE_NOOP("Messages", "Timeouts must be more than 0 seconds."),
    QT_TRANSLATE_NOOP("Messages", "Retries, backoff and the cold-start budget cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "The predict path {path} must start with '/'."),
    QT_TRANSLATE_NOOP("Messages", "Unknown policy {policy}; use one of {choices}."),
    QT_TRANSLATE_NOOP(
        "Messages", "The circuit breaker needs a threshold of 1 or more and a cooldown of 0 s or more."
    ),
    QT_TRANSLATE_NOOP("Messages", "No backend can run this model here."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The remote endpoint failed {count} times in a row; Tepi skips it for another {seconds} s.",
    ),
    # inference/predictor.py, queue.py, replay.py, history.py, secrets.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "Waiting in the offline queue (item {item}) until the endpoint answers: {sentence}",
    ),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot copy {name} into the offline queue: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot open its offline queue {path}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not update its offline queue {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not read its offline queue {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "The queued model {model} cannot be opened: {sentence}"),
    QT_TRANSLATE_NOOP("Messages", "Only completed queue items can be recorded."),
    QT_TRANSLATE_NOOP("Messages", "Another Tepi process is sending the queue."),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot open its history file {path}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot create its history in {path}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not write its history file {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not read its history file {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not write {name}: {system_error}."),
    # inference/watch/: a watched folder
    QT_TRANSLATE_NOOP("Messages", "It was removed from the offline queue before the endpoint answered."),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot create the watch state in {path}: {system_error}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Another Tepi watcher is already using {name}; stop it first, or give this one its own --state.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Tepi cannot open the watch state {path}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not update the watch state {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "Tepi could not read the watch state {name}: {system_error}."),
    QT_TRANSLATE_NOOP("Messages", "{name} is UTF-16 text; Tepi follows growing CSV files written as UTF-8."),
    QT_TRANSLATE_NOOP("Messages", "An empty token cannot be stored; delete it instead."),
    QT_TRANSLATE_NOOP("Messages", "The keyring package is not installed, so Tepi cannot store the token."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The system keyring refused to store the token for {endpoint} ({system_error}); pass it with "
        "--token or TEPI_REMOTE_TOKEN instead.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The system keyring refused to delete the token ({system_error})."),
    # inference/protocol/: bodies that do not follow the wire format
    QT_TRANSLATE_NOOP("Messages", "The {object} must be a JSON object."),
    QT_TRANSLATE_NOOP("Messages", "A BYTES tensor holds a {python_type}, not bytes."),
    QT_TRANSLATE_NOOP("Messages", "A BYTES tensor holds binary data that JSON cannot carry as text."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds {dtype} values, not numbers."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds true/false, but the datatype is {datatype}."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds fractions, but the datatype is {datatype}."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds {value_kind}, but the datatype is {datatype}."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds values outside the range of {datatype}."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds {value_kind} where numbers or text belong."),
    QT_TRANSLATE_NOOP("Messages", "{field} holds invalid base64."),
    QT_TRANSLATE_NOOP("Messages", "{field} is a ragged list (rows of different lengths)."),
    QT_TRANSLATE_NOOP("Messages", "{field} must hold true/false for BOOL."),
    QT_TRANSLATE_NOOP("Messages", "Unknown datatype {datatype}; expected one of {choices}."),
    QT_TRANSLATE_NOOP("Messages", "numpy dtype {dtype} has no wire datatype."),
    QT_TRANSLATE_NOOP("Messages", "TensorFlow dtype {dtype} is not supported."),
    QT_TRANSLATE_NOOP("Messages", "The predict response has neither 'predictions' nor 'outputs'."),
    QT_TRANSLATE_NOOP("Messages", "Row format needs every tensor to have the same first (batch) dimension."),
    QT_TRANSLATE_NOOP("Messages", "{key} must be a non-empty list."),
    QT_TRANSLATE_NOOP("Messages", "{key} must be a string."),
    QT_TRANSLATE_NOOP("Messages", "{key} mixes named and unnamed rows."),
    QT_TRANSLATE_NOOP("Messages", "{key} names no tensors."),
    QT_TRANSLATE_NOOP("Messages", "{key} names {name} twice."),
    QT_TRANSLATE_NOOP("Messages", "Every row of {key} must name the same inputs."),
    QT_TRANSLATE_NOOP("Messages", "The predict request needs exactly one of 'instances' or 'inputs'."),
    QT_TRANSLATE_NOOP("Messages", "The model metadata has no model_spec or signature_def."),
    QT_TRANSLATE_NOOP("Messages", "The model metadata's signature {name} is malformed."),
    QT_TRANSLATE_NOOP("Messages", "The model has no signature {name} (it has none)."),
    QT_TRANSLATE_NOOP("Messages", "The model has no signature {name} (it has {names})."),
    QT_TRANSLATE_NOOP("Messages", "The model status has no model_version_status list."),
    QT_TRANSLATE_NOOP("Messages", "Metadata {where} must be an object."),
    QT_TRANSLATE_NOOP("Messages", "Metadata {where} tensor {name} is malformed."),
    QT_TRANSLATE_NOOP("Messages", "Metadata {where} needs a name."),
    QT_TRANSLATE_NOOP("Messages", "Metadata {where} needs a shape list."),
    QT_TRANSLATE_NOOP("Messages", "{where} must be an object with name, shape, datatype and data."),
    QT_TRANSLATE_NOOP("Messages", "{where} needs a name."),
    QT_TRANSLATE_NOOP("Messages", "{where} needs a shape: a list of sizes of 0 or more."),
    QT_TRANSLATE_NOOP("Messages", "{where} has no data."),
    QT_TRANSLATE_NOOP("Messages", "{where} has {count} values, but shape {shape} needs {expected}."),
    QT_TRANSLATE_NOOP(
        "Messages", "{where} has a shape no tensor can have (over 64 dimensions, or too large for memory)."
    ),
    QT_TRANSLATE_NOOP("Messages", "The body needs a non-empty {key} list."),
    QT_TRANSLATE_NOOP("Messages", "'parameters' must be an object."),
    QT_TRANSLATE_NOOP("Messages", "'outputs' must be a list of objects with a name."),
    QT_TRANSLATE_NOOP("Messages", "The inference response has no model_name."),
    QT_TRANSLATE_NOOP("Messages", "The model metadata has no name."),
    QT_TRANSLATE_NOOP("Messages", "The model metadata's versions must be a list."),
    QT_TRANSLATE_NOOP("Messages", "The model metadata's {key} must be a list."),
    # inference/server/: what Tepi's reference server answers (it reaches the window as {detail})
    QT_TRANSLATE_NOOP("Messages", "The API key is wrong."),
    QT_TRANSLATE_NOOP(
        "Messages", "This server needs an API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'."
    ),
    QT_TRANSLATE_NOOP("Messages", "The request body is larger than this server's limit of {size}."),
    QT_TRANSLATE_NOOP("Messages", "The request body is not valid JSON ({system_error})."),
    QT_TRANSLATE_NOOP("Messages", "The request body nests JSON too deeply."),
    QT_TRANSLATE_NOOP("Messages", "The request did not arrive within {seconds} s."),
    QT_TRANSLATE_NOOP("Messages", "The request does not match this endpoint."),
    QT_TRANSLATE_NOOP("Messages", "The server hit an internal error; its log has the details."),
    QT_TRANSLATE_NOOP("Messages", "No such endpoint."),
    QT_TRANSLATE_NOOP("Messages", "No such TensorFlow Serving endpoint."),
    QT_TRANSLATE_NOOP("Messages", "{path} needs POST."),
    QT_TRANSLATE_NOOP("Messages", "This server answers :predict only, not {verb}."),
    QT_TRANSLATE_NOOP("Messages", "POST to /v1/models/MODEL:predict."),
    QT_TRANSLATE_NOOP("Messages", 'Serving signature name: "{name}" not found in signature def'),
    QT_TRANSLATE_NOOP("Messages", "Still loading: {models}."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} is loading; try again in a moment."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} is shutting down."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} could not be loaded: {sentence}"),
    QT_TRANSLATE_NOOP("Messages", "Model {model} is not served here (served: {served})."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} has no version {version} (served version: {served})."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} takes one input named {name}, not {given}."),
    QT_TRANSLATE_NOOP("Messages", "Model {model} has no output {given}; its output is {name}."),
    QT_TRANSLATE_NOOP("Messages", "Input {name} of model {model} is FP32, not {datatype}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{where} of model {model} has shape {shape}, but the model takes {expected} (N at least 1).",
    ),
    QT_TRANSLATE_NOOP("Messages", "{where} of model {model} holds NaN or infinite values."),
    QT_TRANSLATE_NOOP("Messages", "{path} is not a folder of model packs."),
    QT_TRANSLATE_NOOP("Messages", "{path} holds no model pack with model files (folders with model.toml)."),
)

NETWORK_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "connection refused"),
    QT_TRANSLATE_NOOP("Messages", "the connection broke off mid-answer"),
    QT_TRANSLATE_NOOP("Messages", "the host name is unknown"),
    QT_TRANSLATE_NOOP("Messages", "no answer after retries"),
    QT_TRANSLATE_NOOP("Messages", "network error"),
)
"""Why an endpoint cannot be reached (``inference.backends.remote._network_reason``)."""

REMOTE_MODELS = (QT_TRANSLATE_NOOP("Messages", "{model} version {version}"),)
"""A served model with its version; without one it is just its quoted name."""

CONTENT_TYPES = (QT_TRANSLATE_NOOP("Messages", "no content type"),)

OBJECTS = (
    QT_TRANSLATE_NOOP("Messages", "inference request"),
    QT_TRANSLATE_NOOP("Messages", "inference response"),
    QT_TRANSLATE_NOOP("Messages", "model metadata"),
    QT_TRANSLATE_NOOP("Messages", "predict request"),
    QT_TRANSLATE_NOOP("Messages", "predict response"),
)
"""Which body must be a JSON object ("The {object} must be a JSON object.")."""

VALUE_KINDS = (
    QT_TRANSLATE_NOOP("Messages", "text"),
    QT_TRANSLATE_NOOP("Messages", "a null"),
    QT_TRANSLATE_NOOP("Messages", "a {python_type}"),
)
"""What a tensor holds where numbers belong (``inference.protocol.common._describe``)."""
