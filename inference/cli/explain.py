"""``explain``: why the model answered as it did, for pictures (heatmaps) and CSV rows (attributions).

For each picture it writes ``DIR/<stem>.heatmap.png`` (greyscale, the picture's
own size, brighter = more important) and ``DIR/<stem>.overlay.png`` (the
picture under a colour map). CSV rows print one signed attribution per
feature. Exit status as ``predict``: 0 all explained, 1 some failed, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from inference.cli.predict import add_model_arguments, predictor_from_args
from inference.cli.remote_args import add_remote_arguments
from inference.errors import UsageError
from inference.explain import METHODS, Explainer, ImageExplanation, RowExplanation
from inference.explain.render import draw_explanation
from inference.predictor import expand_inputs
from inference.results import Failure
from inference.text import file_row

BAR_WIDTH = 24


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="image files, folders or CSV files")
    add_model_arguments(parser)
    parser.add_argument(
        "--method",
        choices=METHODS,
        default="auto",
        help="gradcam (Keras models on TensorFlow), occlusion (any model), or auto: Grad-CAM where it runs",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("."), metavar="DIR", help="folder for the PNGs (default: here)"
    )
    parser.add_argument("--opacity", type=float, default=0.6, help="of the overlay's colours, 0-1 (0.6)")
    parser.add_argument("-k", "--top-k", type=int, default=3, help="labels to show per input (default 3)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    add_remote_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        raise UsageError("cli.top_k")
    if not 0.0 <= args.opacity <= 1.0:
        raise UsageError("cli.opacity")
    # Not wrapped in an OfflinePredictor: an explanation needs answers now, nothing waits for one.
    with predictor_from_args(args) as predictor:
        explainer = Explainer(
            predictor, method=args.method, threads=args.threads, allow_unsafe=args.allow_unsafe_model
        )
        try:
            return _explain(explainer, args)
        finally:
            explainer.close()


def _explain(explainer: Explainer, args: argparse.Namespace) -> int:
    explainer.resolve_method()  # a method this model cannot use is one sentence, before any work
    image_model = explainer.predictor.pack.is_image
    listing = expand_inputs(args.paths, tabular=not image_model)
    if listing.skipped:
        kind = "images" if image_model else "CSV files"
        print(f"note: skipped {len(listing.skipped)} files that are not {kind}.", file=sys.stderr)
    outputs = _Outputs(args.out, args.opacity)
    writer = _json_line if args.json else _TextWriter(sys.stdout).write
    failed = 0
    for outcome in explainer.explain_paths(listing.files, picture=True):
        files = outputs.write(outcome) if isinstance(outcome, ImageExplanation) else {}
        failed += isinstance(outcome, Failure)
        writer(outcome, files)
    return 1 if failed else 0


class _Outputs:
    """Writes each picture's heatmap and overlay; two pictures with one name get ``-2``, ``-3``..."""

    def __init__(self, folder: Path, opacity: float) -> None:
        self.folder = folder
        self.opacity = opacity
        self.used: set[str] = set()
        self.ready = False

    def write(self, explanation: ImageExplanation) -> dict[str, str]:
        self._prepare()
        stem = self._unique(Path(explanation.prediction.input).stem or "input")
        picture = explanation.picture
        assert picture is not None
        heat_image, overlay_image = draw_explanation(explanation, picture, self.opacity)
        heatmap, overlay = self.folder / f"{stem}.heatmap.png", self.folder / f"{stem}.overlay.png"
        # zlib's fastest level for big photos: a 48-megapixel overlay saves in seconds, not a minute.
        level = 1 if picture.width * picture.height > 4_000_000 else 6
        try:
            heat_image.save(heatmap, compress_level=level)
            overlay_image.save(overlay, compress_level=level)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UsageError("cli.cannot_write", folder=str(self.folder), system_error=reason) from exc
        return {"heatmap": str(heatmap), "overlay": str(overlay)}

    def _prepare(self) -> None:
        if not self.ready:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise UsageError("cli.cannot_write", folder=str(self.folder), system_error=reason) from exc
            self.ready = True

    def _unique(self, stem: str) -> str:
        name, n = stem, 1
        while name in self.used:
            n += 1
            name = f"{stem}-{n}"
        self.used.add(name)
        return name


def _json_line(outcome: ImageExplanation | RowExplanation | Failure, files: dict[str, str]) -> None:
    data = outcome.to_json() if isinstance(outcome, Failure) else outcome.to_json(files)
    print(json.dumps(data, ensure_ascii=False), flush=True)


class _TextWriter:
    """An aligned table for pictures; a signed bar per feature under each CSV row."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.header_done = False

    def write(self, outcome: ImageExplanation | RowExplanation | Failure, files: dict[str, str]) -> None:
        if not self.header_done:
            print(
                f"{'INPUT':<36} {'LABEL':<12} {'SCORE':>6}  {'METHOD':<9} {'PASSES':>6} {'MS':>8}  HEATMAP",
                file=self.stream,
            )
            self.header_done = True
        name = outcome.input if isinstance(outcome, Failure) else outcome.prediction.input
        row = outcome.row if isinstance(outcome, Failure) else outcome.prediction.row
        name = name if row is None else f"{name} row {file_row(row)}"
        name = name if len(name) <= 36 else "…" + name[-35:]
        if isinstance(outcome, Failure):
            print(f"{name:<36} error: {outcome.error}", file=self.stream, flush=True)
            return
        p = outcome.prediction
        print(
            f"{name:<36} {p.label[:12]:<12} {p.score:>6.1%}  {outcome.method:<9} {outcome.passes:>6} "
            f"{outcome.explain_ms:>8.1f}  {files.get('heatmap', '')}",
            file=self.stream,
            flush=True,
        )
        if isinstance(outcome, RowExplanation):
            self._bars(outcome)

    def _bars(self, explanation: RowExplanation) -> None:
        largest = max((abs(a.attribution) for a in explanation.attributions), default=0.0) or 1.0
        width = max(len(a.feature) for a in explanation.attributions)
        for a in explanation.attributions:
            bar = ("█" if a.attribution >= 0 else "░") * round(abs(a.attribution) / largest * BAR_WIDTH)
            values = f"{a.value:>9.4g} (baseline {a.baseline:.4g})"
            print(f"    {a.feature:<{width}} {values}  {a.attribution:+.3f} {bar}", file=self.stream)
