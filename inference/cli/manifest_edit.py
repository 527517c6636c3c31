"""Set values in a pack's ``[output]`` table without rewriting the rest of ``model.toml``.

Comments, order and formatting stay as the author wrote them: only the lines
for the given keys change (or are added under ``[output]``, or a new
``[output]`` table is appended). The result is parsed again before it is
written, so a manifest is never left broken.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import tomllib

from inference.errors import UsageError
from inference.modelpack import parse_manifest

__all__ = ["set_output_values"]

_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")


def set_output_values(manifest: Path, values: dict[str, float]) -> None:
    text = manifest.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _table(line) == "output"), None)
    if start is None:
        if "output" in tomllib.loads(text):
            raise UsageError("calibrate.inline_output", manifest=manifest, values=_assignments(values))
        lines += ["", "[output]", *_assignments(values).split("; ")]
    else:
        end = next((i for i in range(start + 1, len(lines)) if _table(lines[i]) is not None), len(lines))
        for key, value in values.items():
            pattern = re.compile(rf"^\s*{key}\s*=")
            at = next((i for i in range(start + 1, end) if pattern.match(lines[i])), None)
            if at is None:
                last = max([i for i in range(start, end) if lines[i].strip()], default=start)
                lines.insert(last + 1, f"{key} = {value!r}")
                end += 1
            else:
                lines[at] = f"{key} = {value!r}"
    new_text = "\n".join(lines) + "\n"
    parse_manifest(tomllib.loads(new_text), manifest.parent)  # refuse to write a manifest Tepi would refuse
    temporary = manifest.with_name(manifest.name + ".tmp")
    temporary.write_text(new_text, encoding="utf-8")
    os.replace(temporary, manifest)


def _table(line: str) -> str | None:
    match = _HEADER.match(line)
    return match.group(1) if match and not line.strip().startswith("[[") else None


def _assignments(values: dict[str, float]) -> str:
    return "; ".join(f"{key} = {value!r}" for key, value in values.items())
