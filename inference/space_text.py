"""The Space export's two texts: the ``Dockerfile`` and the ``README.md`` (front matter and model card).

Front matter keys are Hugging Face's Space configuration (``sdk: docker``,
``app_port``, ``title``, ``emoji``, ``colorFrom``, ``colorTo``,
``short_description``, ``suggested_hardware``). The container runs as user 1000,
as Spaces run it; everything it writes goes to ``TEPI_HOME`` under /tmp.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import tomllib

from inference.modelpack import MANIFEST, ImageSpec, ModelPack, TabularSpec

__all__ = ["COMMANDS", "WORKDIR", "describe_input", "dockerfile", "raw_manifest", "readme"]

WORKDIR = "/home/user/app"
COMMANDS = {
    "page": 'exec python -m streamlit run web/app.py --server.port "$PORT" --server.address "$TEPI_HOST" '
    "--server.headless true",
    "api": 'exec python -m inference serve --models "$TEPI_MODELS" --host "$TEPI_HOST" --port "$PORT"',
}
"""What the container runs: ``sh -c`` so ``$PORT`` and ``$TEPI_HOST`` come from the environment."""
SHORT_DESCRIPTION_MAX = 60


def dockerfile(flavor: str, port: int) -> str:
    what = (
        "the web page (Streamlit)" if flavor == "page" else "the reference server (V2, TF Serving, /tepi/v1)"
    )
    command = json.dumps(["sh", "-c", COMMANDS[flavor]])
    return f"""\
# A Hugging Face Space (Docker SDK) serving {what}.
# Made by `python -m inference export ... --format hf-space --flavor {flavor}`; push this folder as it is.
# Spaces run the container as user 1000 and send visitors to app_port ({port}, README.md), which is $PORT.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --create-home --uid 1000 user
WORKDIR {WORKDIR}
COPY --chown=user requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=user . ./

USER 1000
# TEPI_HOME: logs and caches in a writable place (the app folder belongs to user, /tmp to everyone).
ENV HOME=/home/user \\
    PATH=/home/user/.local/bin:$PATH \\
    PYTHONPATH={WORKDIR} \\
    TEPI_HOME=/tmp/tepi \\
    TEPI_MODELS={WORKDIR}/packs \\
    TEPI_HOST=0.0.0.0 \\
    PORT={port}
EXPOSE {port}
CMD {command}
"""


def readme(packs: Sequence[ModelPack], flavor: str, port: int, *, title: str | None = None) -> str:
    names = ", ".join(pack.name for pack in packs)
    title = title or f"Tepi: {names}"
    kind = "page" if flavor == "page" else "API"
    short = _fit(f"{names} with Tepi ({kind})", SHORT_DESCRIPTION_MAX)
    front = "\n".join(
        [
            "---",
            f"title: {json.dumps(title, ensure_ascii=False)}",
            "emoji: 🔎",
            "colorFrom: green",
            "colorTo: blue",
            "sdk: docker",
            f"app_port: {port}",
            f"short_description: {json.dumps(short, ensure_ascii=False)}",
            "suggested_hardware: cpu-basic",
            "pinned: false",
            "---",
        ]
    )
    cards = "\n\n".join(_card(pack) for pack in packs)
    return f"{front}\n\n# {title}\n\n{_usage(packs, flavor)}\n\n{cards}\n"


def _usage(packs: Sequence[ModelPack], flavor: str) -> str:
    first = packs[0]
    if flavor == "page":
        return (
            "Open the Space, choose a model in the sidebar and drop images, a folder or a CSV file; "
            "the answers are the ones the Tepi app gives on a laptop, with the same preprocessing."
        )
    served = first.remote.model if first.remote else first.name
    sample = "photo.jpg" if first.is_image else "rows.csv"
    return (
        "A file in, the pack's own preprocessing on the server, `predict --json`'s answer out:\n\n"
        "```sh\n"
        f"curl -F file=@{sample} https://USER-SPACE.hf.space/tepi/v1/models/{served}:predict\n"
        '# a private Space also takes -H "Authorization: Bearer $HF_TOKEN"\n'
        f"python -m inference predict {sample} -m {first.name} --remote https://USER-SPACE.hf.space "
        "--policy remote-only\n"
        "```\n\n"
        "The Open Inference Protocol (`/v2/models/...`) and TensorFlow Serving REST (`/v1/models/...`) "
        "routes take preprocessed tensors, as Tepi's `--remote` client sends them."
    )


def _card(pack: ModelPack) -> str:
    manifest = raw_manifest(pack)
    lines = [f"## {pack.name} {pack.version}", ""]
    if pack.description:
        lines += [pack.description, ""]
    lines.append(f"- Task: {pack.task.replace('-', ' ')}")
    lines.append(f"- Input: {describe_input(pack)}")
    shown = ", ".join(pack.labels[:20]) + (
        f", … ({len(pack.labels)} in all)" if len(pack.labels) > 20 else ""
    )
    lines.append(f"- Labels ({len(pack.labels)}): {shown}")
    accuracy = manifest.get("accuracy", manifest.get("metrics", {}).get("accuracy"))
    if isinstance(accuracy, int | float):
        lines.append(f"- Accuracy: {accuracy:.1%} (as the manifest states it)")
    files = ", ".join(f"`{p.name}`" for p in pack.model_files)
    lines.append(f"- Model files: {files} (SHA-256 checked before the model loads)")
    return "\n".join(lines)


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def raw_manifest(pack: ModelPack) -> dict[str, Any]:
    """The manifest as written (keys Tepi does not model, such as ``accuracy``, included)."""
    return tomllib.loads((pack.root / MANIFEST).read_text(encoding="utf-8"))


def describe_input(pack: ModelPack) -> str:
    """One line about what the pack takes, for the model card."""
    spec = pack.input
    if isinstance(spec, ImageSpec):
        steps = [
            step
            for step, on in (
                ("inverted", spec.invert),
                ("auto-contrast", spec.autocontrast),
                ("trimmed", spec.trim),
            )
            if on
        ]
        extra = f" ({', '.join(steps)})" if steps else ""
        return f"an image, {spec.width}×{spec.height} {spec.color_mode}, fit by {spec.fit}{extra}"
    if isinstance(spec, TabularSpec):
        return f"CSV rows with the columns {', '.join(spec.features)}" if spec.features else "CSV rows"
    return "as the model file declares"
