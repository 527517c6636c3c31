"""Export a model for standard serving systems: TF Serving's layout, and KServe on top.

    DIR/<name>/<version>/saved_model.pb, variables/   (TF Serving, KServe, Vertex AI, SageMaker TF)
    DIR/<name>.yaml                                   (--format kserve: an InferenceService)

The SavedModel has one ``serving_default`` signature taking the pack's
preprocessed float32 batch (``[None, ...]``) and returning one named output,
so Tepi's remote backends send exactly what a local backend would get. The
result is loaded back and compared with the original before the version
folder appears (it is written under a temporary name and renamed), so a
serving system watching DIR never sees a half-written or wrong version.
TensorFlow is imported here only, on use.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from inference.backends.tensorflow import TensorFlowBackend, import_tensorflow, load_keras_model
from inference.errors import ModelError, UsageError
from inference.modelpack import ModelPack

__all__ = ["FORMATS", "Export", "export_model", "kserve_yaml"]

logger = logging.getLogger(__name__)
FORMATS = ("tf-serving", "kserve")
SIGNATURE = "serving_default"
MAX_DIFF = 1e-4
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


@dataclass(frozen=True)
class Export:
    name: str
    version: int
    version_dir: Path
    input_name: str
    input_shape: tuple[int, ...]
    output_name: str
    max_abs_diff: float
    yaml: Path | None = None


def export_model(
    pack: ModelPack,
    output_dir: Path,
    *,
    format: str = "tf-serving",
    name: str | None = None,
    version: int | None = None,
    storage_uri: str | None = None,
    allow_unsafe: bool = False,
) -> Export:
    """Write ``output_dir/<name>/<version>/`` (and the KServe YAML); refuse to overwrite a version."""
    if format not in FORMATS:
        raise UsageError("export.format", choices=list(FORMATS))
    name = name or (pack.remote.model if pack.remote else pack.name)
    if not NAME.match(name):
        raise UsageError("export.name", name=name)
    version = version if version is not None else _default_version(pack)
    if version < 1:
        raise UsageError("export.version")
    source = next((p for p in pack.model_files if p.suffix.lower() != ".tflite"), None)
    if source is None:
        raise ModelError(
            "export.tflite_only",
            name=pack.name,
            path=pack.root,
        )
    target = output_dir / name / str(version)
    if target.exists():
        raise UsageError("export.exists", target=str(target), next=version + 1)
    tf = import_tensorflow()
    loaded = _load(tf, source, allow_unsafe)
    output_name = pack.output
    staging = output_dir / name / f".{version}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    try:
        _save(tf, loaded, output_name, staging)
        diff = _verify(loaded, staging, pack)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    yaml = None
    if format == "kserve":
        yaml = output_dir / f"{name}.yaml"
        yaml.write_text(kserve_yaml(name, storage_uri or f"gs://YOUR-BUCKET/models/{name}"), encoding="utf-8")
    logger.info("exported %s version %d to %s", name, version, target)
    return Export(name, version, target, loaded.input_name, loaded.input_shape, output_name, diff, yaml)


def _default_version(pack: ModelPack) -> int:
    version = pack.remote.version if pack.remote and pack.remote.version else None
    return int(version) if version and version.isdigit() else 1


@dataclass(frozen=True)
class _Source:
    call: Callable[[Any], Any]
    """A float32 batch in, the model's output tensor out."""
    keep: Any
    """What owns the variables (tracked by the exported module)."""
    input_shape: tuple[int, ...]
    input_name: str


def _load(tf: Any, source: Path, allow_unsafe: bool) -> _Source:
    if source.is_dir():
        return _load_saved_model(tf, source)
    model = load_keras_model(source, allow_unsafe=allow_unsafe)
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise ModelError("export.tensors", name=source.name, path=source)
    shape = tuple(-1 if d is None else int(d) for d in model.inputs[0].shape)

    def call(batch: Any) -> Any:
        return model(batch, training=False)

    return _Source(call, model, shape, _clean(getattr(model.inputs[0], "name", "")))


def _load_saved_model(tf: Any, source: Path) -> _Source:
    try:
        loaded = tf.saved_model.load(str(source))
        signature = loaded.signatures[SIGNATURE]
    except Exception as exc:  # KeyError, OSError and TensorFlow's own errors
        raise ModelError("export.no_signature", name=source.name, signature=SIGNATURE, path=source) from exc
    _, kwargs = signature.structured_input_signature
    if len(kwargs) != 1 or len(signature.structured_outputs) != 1:
        raise ModelError("model.signature_tensors", name=source.name, path=source)
    ((in_key, in_spec),) = kwargs.items()
    (out_key,) = signature.structured_outputs

    def call(batch: Any) -> Any:
        return signature(**{in_key: tf.cast(batch, in_spec.dtype)})[out_key]

    shape = tuple(-1 if d is None else int(d) for d in in_spec.shape)
    return _Source(call, loaded, shape, _clean(in_key))


def _clean(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", str(name).split(":")[0])
    return name if name and name[0].isalpha() else "input"


def _save(tf: Any, source: _Source, out_name: str, path: Path) -> None:
    dims = [d if d > 0 else None for d in source.input_shape[1:]]
    spec = tf.TensorSpec([None, *dims], tf.float32, name=source.input_name)
    module = tf.Module()
    module.source = source.keep

    def serve(batch: Any) -> dict[str, Any]:
        return {out_name: tf.cast(source.call(batch), tf.float32)}

    module.serve = tf.function(serve, input_signature=[spec])
    try:
        tf.saved_model.save(module, str(path), signatures={SIGNATURE: module.serve})
    except Exception as exc:  # TensorFlow raises many types when tracing fails
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError("export.save_failed", system_error=first) from exc


def _verify(source: _Source, saved: Path, pack: ModelPack) -> float:
    """Run the original and the SavedModel on the same seeded inputs; refuse a mismatch."""
    rng = np.random.default_rng(0)
    dims = [d if d > 0 else 8 for d in source.input_shape[1:]]
    batch = (rng.random((8, *dims)) if pack.is_image else rng.normal(0, 1, (8, *dims))).astype(np.float32)
    expected = np.asarray(source.call(batch), dtype=np.float32).reshape(len(batch), -1)
    exported = TensorFlowBackend(saved)
    exported.load()
    try:
        actual = exported.predict(batch)
    finally:
        exported.close()
    diff = float(np.max(np.abs(expected - actual)))
    if not np.isfinite(diff) or diff > MAX_DIFF:
        raise ModelError("export.mismatch", difference=diff)
    return diff


def kserve_yaml(name: str, storage_uri: str) -> str:
    """A KServe InferenceService on the TF Serving runtime, scaling to zero when idle."""
    service = re.sub(r"[^a-z0-9-]", "-", name.lower()).strip("-")[:63] or "model"
    return f"""# KServe InferenceService for {name}, written by `python -m inference export --format kserve`.
# 1. Copy the folder {name}/ (it holds the numbered versions) to storage the cluster can read,
#    for example: gsutil cp -r {name} {storage_uri.rsplit("/", 1)[0]}/
# 2. Check storageUri below, then: kubectl apply -f {name}.yaml
# 3. KServe serves it as model "{service}" on TF Serving's REST API (protocol v1):
#    python -m inference predict IMAGE --model PACK --remote http://{service}.NAMESPACE.example.com \\
#        --protocol tfserving --remote-model {service}
# minReplicas 0 scales to zero when idle; Tepi waits out the cold start (503 while it wakes).
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: {service}
spec:
  predictor:
    minReplicas: 0
    maxReplicas: 3
    model:
      modelFormat:
        name: tensorflow
      protocolVersion: v1
      storageUri: {storage_uri}
      resources:
        requests:
          cpu: "1"
          memory: 1Gi
        limits:
          cpu: "2"
          memory: 2Gi
"""
