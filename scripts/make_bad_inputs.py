"""Write Tepi's hostile-input corpus: images, CSV files and models it must survive.

    python scripts/make_bad_inputs.py OUT [--large] [--readme tests/data/hostile/README.md]

OUT receives images/, csv/, models/ and manifest.json, which lists every
case with the outcome Tepi must give: a prediction (with the right label
where one is known) or the exact one-sentence error. Everything is made
here, from the bundled samples and by hand; nothing is downloaded. The
48-megapixel photo is written only with ``--large``, so it never lands in git:
tests generate the corpus into a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bad_inputs.common import Case
from bad_inputs.images import image_cases
from bad_inputs.models import model_cases
from bad_inputs.tables import csv_cases

README_HEAD = """# Hostile-input corpus

Generated, never committed: `python scripts/make_bad_inputs.py OUT --large` writes
these files into OUT with a `manifest.json` of expected outcomes, and
`tests/hostile/test_corpus_cli.py` runs the real CLI over all of them
(`python -m inference predict --json`). Images run with the bundled digits model,
CSV files with the iris model, models with `-m MODEL digit-7.png`.
A valid input must get a prediction (the label shown, where one is known); an
invalid one the exact sentence shown, exit status 1 and no traceback.
This table is written by the same script (`--readme`); a test keeps it current.

| file | what it is | Tepi must answer |
| --- | --- | --- |
"""


def all_cases(workdir: Path) -> list[Case]:
    return [*image_cases(), *csv_cases(), *model_cases(workdir)]


def readme(cases: list[Case]) -> str:
    lines = [README_HEAD.rstrip("\n")]
    for case in cases:
        answers = "; ".join(
            (f"row {e.row + 1}: " if e.row else "")  # the file's row, as sentences say it
            + (f"error “{e.error}”" if e.error else f"prediction {e.label or '(any label)'}")
            for e in case.expect
        )
        lines.append(f"| `{case.path}` | {case.what} | {answers.replace('|', '¦')} |")
    return "\n".join(lines) + "\n"


def generate(out: Path, *, large: bool) -> list[Case]:
    """Write every case under ``out`` and its manifest; returns the cases written."""
    work = out / ".work"
    work.mkdir(parents=True, exist_ok=True)
    written = []
    for case in all_cases(work):
        if case.large and not large:
            continue
        target = out / case.path
        target.parent.mkdir(parents=True, exist_ok=True)
        case.build(target)
        written.append(case)
    manifest = {"cases": [c.to_json() for c in written]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, nargs="?", help="folder to write the corpus into")
    parser.add_argument("--large", action="store_true", help="also write the 48-megapixel JPEG")
    parser.add_argument("--readme", type=Path, help="write the table of cases to this Markdown file")
    args = parser.parse_args(argv)
    if args.readme:
        args.readme.write_text(readme(all_cases(Path("."))), encoding="utf-8")
    if args.out:
        cases = generate(args.out, large=args.large)
        valid = sum(c.valid for c in cases)
        print(f"wrote {len(cases)} cases ({valid} valid, {len(cases) - valid} invalid) to {args.out}")
    elif not args.readme:
        parser.error("give OUT, --readme, or both")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
