"""``calibrate``: fit a pack's temperature from labelled examples and write it to its manifest.

    python -m inference calibrate PACK --samples FOLDER_OR_CSV

Samples are a folder with one subfolder per label (``3/``, ``cat/``...) of
images, or a CSV file with the pack's feature columns and a label column. The
model runs locally on every sample; the temperature that makes its confidence
honest on them (``inference.calibration``) goes into ``[output] temperature``
of the pack's ``model.toml``, and the expected calibration error is printed
before and after. ``--min-confidence auto`` also writes the "not sure"
threshold at which the answers kept are right at least ``--precision`` of
the time.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

from inference.calibration import Calibration, calibrate
from inference.cli.labelled import LabelledSamples, read_labelled
from inference.cli.manifest_edit import set_output_values
from inference.cli.predict import add_model_arguments
from inference.errors import UsageError
from inference.formats import bundled_models, open_model
from inference.modelpack import MANIFEST, ModelPack
from inference.session import open_predictor

MIN_SAMPLES = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model_ref", metavar="PACK", help="the model pack folder to calibrate")
    add_model_arguments(parser)
    parser.add_argument(
        "--samples",
        required=True,
        type=Path,
        metavar="FOLDER_OR_CSV",
        help="a folder with one subfolder of images per label, or a CSV file with a label column",
    )
    parser.add_argument("--label-column", help="the CSV column holding the labels (default: found)")
    parser.add_argument(
        "--min-confidence",
        metavar="auto|VALUE",
        help="also write [output] min_confidence: 'auto' from the samples, or a value such as 0.7",
    )
    parser.add_argument(
        "--precision",
        type=float,
        default=0.99,
        help="share of kept answers that must be right for --min-confidence auto (default 0.99)",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")


def run(args: argparse.Namespace) -> int:
    if not 0.5 <= args.precision < 1:
        raise UsageError("calibrate.precision")
    chosen = _min_confidence_value(args.min_confidence)
    pack = open_model(args.model_ref)
    _check_writable(pack, str(args.model_ref))
    samples = read_labelled(args.samples, pack, label_column=args.label_column)
    _check_samples(samples, pack)
    with open_predictor(
        pack, threads=args.threads, allow_unsafe=args.allow_unsafe_model, policy="local-only"
    ) as predictor:
        outputs = np.concatenate(
            [predictor.router.run(samples.inputs[i : i + 256]).outputs for i in range(0, len(samples), 256)]
        )
    found = calibrate(
        outputs, samples.labels, pack.output, current=pack.temperature, precision=args.precision
    )
    print(_report(pack, samples, found))
    values: dict[str, float] = {"temperature": round(found.temperature, 4)}
    if chosen == "auto":
        values["min_confidence"] = round(found.threshold, 4)
    elif isinstance(chosen, float):
        values["min_confidence"] = chosen
    if args.dry_run:
        print("Nothing written (--dry-run).")
        return 0
    set_output_values(pack.root / MANIFEST, values)
    written = ", ".join(f"{key} = {value:g}" for key, value in values.items())
    print(f"Wrote {written} to [output] in {pack.root / MANIFEST}.")
    return 0


def _min_confidence_value(raw: str | None) -> float | str | None:
    if raw is None or raw == "auto":
        return raw
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 <= value <= 1:
        raise UsageError("calibrate.min_confidence")
    return value


def _check_writable(pack: ModelPack, ref: str) -> None:
    if pack.source != "pack":
        raise UsageError("calibrate.not_a_pack", ref=ref)
    if ref in bundled_models() and not Path(ref).exists():
        raise UsageError("calibrate.bundled", ref=ref, folder=pack.root)


def _check_samples(samples: LabelledSamples, pack: ModelPack) -> None:
    present = sorted(set(samples.labels.tolist()))
    if len(present) < 2:
        only = pack.labels[present[0]] if present else "none"
        raise UsageError("calibrate.one_label", source=samples.source, label=only)
    if len(samples) < MIN_SAMPLES:
        raise UsageError("calibrate.too_few", source=samples.source, count=len(samples), least=MIN_SAMPLES)


def _report(pack: ModelPack, samples: LabelledSamples, found: Calibration) -> str:
    kept = f"{found.threshold:.0%}" if found.threshold < 1 else "none reaches it"
    lines = [
        f"{pack.ref}: {len(samples)} labelled examples from {samples.source} "
        f"({len(set(samples.labels.tolist()))} labels), accuracy {found.accuracy:.1%}",
        f"  temperature   {pack.temperature:g} -> {found.temperature:.4g}",
        f"  ECE (15 bins) {found.ece_before:.4f} -> {found.ece_after:.4f}",
        f"  answers right ≥ {found.precision:.0%} of the time from confidence {kept}",
    ]
    if samples.skipped:
        lines.append(f"  skipped {samples.skipped} files that could not be read (see the log)")
    return "\n".join(lines)
