"""Wire formats: codecs between numpy arrays and each serving protocol's JSON.

``v2`` speaks the Open Inference Protocol (KServe V2), ``tfserving`` the
TensorFlow Serving REST API (also Vertex AI and SageMaker bodies); ``common``
holds the one datatype table and the JSON functions they share, ``error_bodies``
the error answers in both directions. Backends and the server use these codecs
and never build protocol JSON themselves.
"""

from __future__ import annotations

from inference.protocol.common import (
    DATATYPES,
    ModelMetadata,
    TensorMeta,
    datatype_of,
    numpy_dtype,
    shape_fits,
)
from inference.protocol.error_bodies import error_body, error_detail, http_error, http_error_sentence

__all__ = [
    "DATATYPES",
    "PROTOCOLS",
    "ModelMetadata",
    "TensorMeta",
    "datatype_of",
    "error_body",
    "error_detail",
    "http_error",
    "http_error_sentence",
    "numpy_dtype",
    "shape_fits",
]

PROTOCOLS = ("v2", "tfserving")
