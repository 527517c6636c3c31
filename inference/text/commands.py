"""Sentences about command-line flags and the benchmark (``inference/cli/``, ``bench/``; English)."""

from __future__ import annotations

ENGLISH = {
    "cli.top_k": "--top-k must be 1 or more.",
    "cli.threads": "--threads must be 1 or more.",
    "cli.header": "--header takes 'Name: value', e.g. 'X-API-Key: abc123'.",
    "cli.remote_only": "--policy remote-only needs --remote URL (or TEPI_REMOTE_URL).",
    "cli.tflite_output": "The output file must end in .tflite.",
    "cli.float_io": "--float-io goes with --quantize int8.",
    "cli.export_one": "--format {format} exports one model at a time.",
    "cli.watch_out": "--out must end in .csv or .jsonl.",
    "cli.watch_timing": "--settle must be 0 or more and --poll more than 0 seconds.",
    "cli.watch_file": "{folder} is a file; watch takes folders.",
    "cli.passphrase_needed": "{name} is encrypted: set {variable} or run this in a terminal.",
    "cli.passphrase_terminal": "--passphrase needs a terminal to ask it, or {variable}.",
    "cli.passphrase_mismatch": "The passphrases were empty or did not match.",
    "cli.trust_key_needed": "Give a public key file, or --release for Tepi's release key.",
    "cli.no_source": "{name} has no update source yet: give one with --from URL.",
    "cli.no_sources": "No installed pack has an update source: give one with --from URL.",
    "cli.pack_ref": "Give a pack and a version as NAME@VERSION, e.g. digits@1.0 (not {ref!r}).",
    "cli.no_pack": "No pack called {name} is installed or bundled.",
    "cli.opacity": "--opacity must be between 0 and 1.",
    "cli.cannot_write": "Cannot write to {folder}: {system_error}.",
    "cli.no_server": "The server needs FastAPI, uvicorn and prometheus-client: pip install 'tepi[server]'.",
    "cli.max_body": "--max-body-mb must be more than 0.",
    "cli.bench_section": "Unknown section {section!r}; use some of {choices}.",
    "cli.bench_numbers": "{value!r} is not a list of whole numbers of 1 or more, e.g. 1,8,32.",
    "cli.bench_seconds": "--seconds must be more than 0 and --blocks 1 or more.",
    "cli.bench_model": "--peers compares these models only: {choices} (not {model!r}).",
    "cli.no_matplotlib": (
        "--plot needs matplotlib, which is not installed (pip install matplotlib, or install Tepi's dev "
        "extra); run without --plot for the table and JSON."
    ),
    "cli.engine_flag": "{flag} goes with --engine ray; without it, results print here (--json).",
    "cli.ray_out_needed": "--engine ray writes its results to files: add --out results.parquet (or .jsonl).",
    "cli.ray_out_kind": "--out {out} must end in .parquet or .jsonl.",
    "cli.ray_json": "--json prints results here; with --engine ray they go to --out.",
    "cli.ray_count": "{flag} must be 1 or more.",
    "cli.actor_cpus": "--actor-cpus must be more than 0.",
    "cli.no_ray": "--engine ray needs Ray Data, which is not installed here: pip install 'tepi[ray]'.",
    "cli.out_exists": "{out} exists already; pass --overwrite to replace it, or choose another --out.",
    "cli.ray_out_shared": (
        "--out {out} is a path on this computer, where the cluster's nodes cannot all write; give a URI "
        "they all reach: s3://bucket/results.parquet, gs://..., or file:///shared/results.parquet for a "
        "folder every node mounts."
    ),
    "cli.ray_no_room": (
        "{actors} actors of {cpus} CPU leave no CPU for reading and writing on this {total}-CPU cluster; "
        "use --actors {fits}, or a smaller --actor-cpus."
    ),
    # inference/cli/calibrate.py, labelled.py, manifest_edit.py: calibrating a pack
    "calibrate.precision": "--precision must be at least 0.5 and below 1 (0.99 means 99 %).",
    "calibrate.min_confidence": "--min-confidence takes 'auto' or a number from 0 to 1 (0.7 means 70 %).",
    "calibrate.not_a_pack": (
        "{ref} is not a model pack; calibrate writes into a pack's model.toml. Put the "
        "model in a folder with a model.toml (see the README's Model packs) first."
    ),
    "calibrate.bundled": (
        "{ref} is a pack bundled with Tepi; copy its folder ({folder}) and calibrate the "
        "copy."
    ),
    "calibrate.one_label": (
        "{source} holds examples of one label only ({label}); calibration needs examples "
        "of at least two."
    ),
    "calibrate.too_few": "{source} holds {count} examples; calibration needs at least {least}.",
    "calibrate.images_folder": (
        "{model} takes images: give --samples a folder with one subfolder of images per "
        "label."
    ),
    "calibrate.csv_file": "{model} takes CSV rows: give --samples a CSV file with a label column.",
    "calibrate.unknown_labels": (
        "{source} has labels that {model} does not know ({unknown}); its labels are "
        "{labels}."
    ),
    "calibrate.no_subfolders": (
        "{folder} has no subfolders; put the images of each label in a folder named "
        "after it."
    ),
    "calibrate.no_images": "{folder} holds no images Tepi can read in its label folders.",
    "calibrate.no_column": "{name} has no column {column!r}.",
    "calibrate.no_rows": "{name} has no rows with both features and a label.",
    "calibrate.no_label_column": (
        "No column of {name} holds {model}'s labels ({labels}); name it with "
        "--label-column."
    ),
    "calibrate.inline_output": "{manifest} writes output inline; add {values} to it by hand.",
}
