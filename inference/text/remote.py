"""Sentences about remote endpoints, routing and fallback (English templates).

``{host}`` is ``host:port``; ``{detail}`` is a server's own words, or, from Tepi's
reference server, a nested sentence with its code.
"""

from __future__ import annotations

ENGLISH = {
    # inference/backends/remote_http.py: reaching the endpoint
    "remote.unreachable": "The remote endpoint {host} cannot be reached ({reason}).",
    "remote.reason.refused": "connection refused",
    "remote.reason.broken": "the connection broke off mid-answer",
    "remote.reason.unknown_host": "the host name is unknown",
    "remote.reason.retries": "no answer after retries",
    "remote.reason.network": "network error",
    "remote.connect_timeout": "The remote endpoint {host} could not be reached within {seconds:g} s.",
    "remote.read_timeout": "The remote endpoint {host} did not answer within {seconds:g} s.",
    "remote.deadline": (
        "The remote endpoint {host} did not finish its answer within {seconds:g} s; Tepi stopped waiting."
    ),
    "remote.cancelled": "The request to the remote endpoint {host} was cancelled.",
    "remote.too_large": (
        "The remote endpoint {host} sent an answer larger than {mb:g} MB; Tepi stopped reading it."
    ),
    "remote.encoding": (
        "The remote endpoint {host} sent an answer in an encoding Tepi did not ask for or cannot "
        "decompress ({encoding})."
    ),
    "remote.headers_too_large": (
        "The remote endpoint {host} sent more or longer headers than Tepi accepts; Tepi stopped reading them."
    ),
    "remote.failed": "The remote endpoint {host} failed: {system_error}.",
    "remote.redirects": "The remote endpoint {host} redirects too many times.",
    "remote.tls": (
        "The remote endpoint {host}'s TLS certificate could not be verified; give its CA bundle or check "
        "the URL."
    ),
    "remote.tls_host": (
        "The remote endpoint {host}'s TLS certificate is for another host name, not {hostname}; "
        "check the URL."
    ),
    "remote.tls_expired": "The remote endpoint {host}'s TLS certificate has expired.",
    "remote.tls_untrusted": (
        "The remote endpoint {host}'s TLS certificate is not signed by a certificate authority Tepi trusts; "
        "give its CA bundle."
    ),
    "remote.bad_url": "The endpoint URL {url!r} is not a valid URL.",
    "remote.waking": (
        "The remote endpoint {host} is waking up; waiting up to {seconds:g} s for it to be ready."
    ),
    # HTTP error answers ({http_status} is "404 Not Found")
    "remote.http": "The remote endpoint {host} answered HTTP {http_status}.",
    "remote.http_detail": "The remote endpoint {host} answered HTTP {http_status}: {detail}.",
    "remote.http_auth": "The remote endpoint {host} answered HTTP {http_status}; check the token or API key.",
    "remote.http_auth_detail": (
        "The remote endpoint {host} answered HTTP {http_status}: {detail}; check the token or API key."
    ),
    "remote.http_waited": (
        "The remote endpoint {host} answered HTTP {http_status} (still not ready after {seconds:g} s)."
    ),
    "remote.http_waited_detail": (
        "The remote endpoint {host} answered HTTP {http_status}: {detail} (still not ready after "
        "{seconds:g} s)."
    ),
    # answers Tepi cannot use
    "remote.not_json": "The remote endpoint {host} answered with a body that is not JSON ({content_type}).",
    "remote.no_content_type": "no content type",
    "remote.answer_unreadable": "The remote endpoint {host} sent an answer Tepi cannot read: {cause}",
    "remote.metadata_unreadable": "The remote endpoint {host} sent model metadata Tepi cannot read: {cause}",
    "remote.wrong_id": "it echoed request id {received!r} instead of {sent!r}",
    "remote.output_shape": (
        "The remote endpoint {host} answered {count} inputs with output of shape {shape} ({dtype}), "
        "not one row of scores per input."
    ),
    # the remote model against the pack ({model} is 'name', or remote.model_version)
    "remote.model_version": "'{model}' version {version}",
    "remote.input_count": "The remote model {model} at {host} takes {count} inputs; Tepi sends one.",
    "remote.input_datatype": (
        "The remote model {model} at {host} takes {datatype} input, but Tepi sends preprocessed FP32 values."
    ),
    "remote.input_shape": (
        "The remote model {model} at {host} takes input of shape {shape}, but this model pack prepares "
        "{expected}."
    ),
    "remote.no_model_name": "Name the remote model (--remote-model) for this endpoint.",
    # inference/backends/endpoint.py: endpoint settings
    "endpoint.url": "The endpoint URL {url!r} must start with http:// or https:// and name a host.",
    "endpoint.protocol": "Unknown protocol {protocol!r}; use one of {choices}.",
    "endpoint.tfserving_format": "The TF Serving format must be instances or inputs.",
    "endpoint.timeouts": "Timeouts must be more than 0 seconds.",
    "endpoint.negative": "Retries, backoff and the cold-start budget cannot be negative.",
    "endpoint.limits": "The deadline and the largest answer size must be more than 0.",
    "endpoint.predict_path": "The predict path {path!r} must start with '/'.",
    # inference/routing.py: who answers
    "route.policy": "Unknown policy {policy!r}; use one of {choices}.",
    "route.breaker": "The circuit breaker needs a threshold of 1 or more and a cooldown of 0 s or more.",
    "route.no_backend": "No backend can run this model here.",
    "route.circuit_open": (
        "The remote endpoint failed {count} times in a row; Tepi skips it for another {seconds:.0f} s."
    ),
    "route.backend_failed": "{backend}: {cause}",
    "route.escalated": "local confidence {score:.0%} < {threshold:.0%}",
}
