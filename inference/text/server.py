"""What Tepi's reference server answers and says when it starts (``inference/server/``; English templates).

A client sees these as a remote endpoint's ``{detail}``: Tepi's clients by code
(the body's ``tepi_error``), others by the ``error`` sentence.
"""

from __future__ import annotations

ENGLISH = {
    # middleware.py, deadline.py: before a request reaches a route
    "server.key_missing": (
        "This server needs an API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'."
    ),
    "server.key_wrong": "The API key is wrong.",
    "server.body_too_large": "The request body is larger than this server's limit of {size}.",
    "server.rate_limited": (
        "Too many requests: this server answers each client {rate:g} requests a second; try again shortly."
    ),
    "server.request_timeout": "The request did not arrive within {seconds:g} s.",
    # http.py, app.py: bodies and endpoints
    "server.bad_json": "The request body is not valid JSON ({system_error}).",
    "server.deep_json": "The request body nests JSON too deeply.",
    "server.no_endpoint": "No such endpoint.",
    "server.http_error": "{detail}",
    "server.request_mismatch": "The request does not match this endpoint.",
    "server.internal": "The server hit an internal error; its log has the details.",
    # tfserving_routes.py: TensorFlow Serving paths
    "server.tfs_no_endpoint": "No such TensorFlow Serving endpoint.",
    "server.needs_post": "{path} needs POST.",
    "server.predict_only": "This server answers :predict only, not {verb}.",
    "server.post_predict": "POST to /v1/models/MODEL:predict.",
    "server.no_signature": 'Serving signature name: "{name}" not found in signature def',
    # tepi_routes.py: a file in, the pack's preprocessing on the server
    "server.tepi_path": "POST a file to /tepi/v1/models/MODEL:predict.",
    "server.no_body": "The request has no body: send an image or CSV file.",
    "server.bad_form": "The multipart form cannot be read ({system_error}).",
    "server.no_file_field": "The form has no file field named 'file' (curl -F file=@photo.jpg).",
    "server.top_k": "top_k must be a whole number of 1 or more, not {value!r}.",
    # served.py, registry.py: the models
    "server.still_loading": "Still loading: {models}.",
    "server.loading": "Model {model} is loading; try again in a moment.",
    "server.shutting_down": "Model {model} is shutting down.",
    "server.load_failed": "Model {model} could not be loaded: {cause}",
    "server.load_crashed": "{system_error} while loading",
    "server.not_served": "Model {model!r} is not served here (served: {served}).",
    "server.no_version": "Model {model} has no version {version!r} (served version: {served}).",
    "server.input_name": "Model {model} takes one input named {name!r}, not {given}.",
    "server.no_output": "Model {model} has no output {given}; its output is {name!r}.",
    "server.input_fp32": "Input {name!r} of model {model} is FP32, not {datatype}.",
    "server.input_shape": (
        "{where} of model {model} has shape {shape}, but the model takes {expected} (N at least 1)."
    ),
    "server.input_nan": "{where} of model {model} holds NaN or infinite values.",
    "server.not_folder": "{path} is not a folder of model packs.",
    "server.no_packs": "{path} holds no model pack with model files (folders with model.toml).",
    # config.py, runner.py: starting it
    "server.port": "Port {port} is not a TCP port (0-65535).",
    "server.batch_size": "--max-batch-size must be at least 1.",
    "server.delay": "--max-delay-ms cannot be negative.",
    "server.body_limit": "--max-body-mb must allow at least 1 KiB.",
    "server.threads": "--threads must be at least 1.",
    "server.workers": "--workers must be at least 1.",
    "server.rate_limit": "--rate-limit takes requests a second, such as 100/s or 600/min, not {value!r}.",
    "server.timeout": "--request-timeout must be more than 0 seconds.",
    "server.empty_key": "The API key is empty.",
    "server.tls_pair": "--tls-cert and --tls-key go together.",
    "server.tls_missing": "The TLS file {file} does not exist.",
    "server.tls_unusable": (
        "The TLS certificate and key cannot be used together: they must be PEM files, the key unencrypted "
        "and matching the certificate."
    ),
    "server.bad_host": "{host} is not an address this machine can listen on.",
    "server.cannot_listen": "Cannot listen on {host}:{port}: {reason}.",
    "server.port_in_use": "it is already in use",
}
