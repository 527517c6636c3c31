"""``--engine ray``'s flags: one sentence and status 2 for each mistake, before Ray starts."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cluster.conftest import ROOT, ray_env, tepi


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--out", "r.parquet"], "--out goes with --engine ray; without it, results print here (--json)."),
        (["--actors", "2"], "--actors goes with --engine ray; without it, results print here (--json)."),
        (
            ["--engine", "ray"],
            "--engine ray writes its results to files: add --out results.parquet (or .jsonl).",
        ),
        (["--engine", "ray", "--out", "r.csv"], "--out r.csv must end in .parquet or .jsonl."),
        (
            ["--engine", "ray", "--out", "r.jsonl", "--json"],
            "--json prints results here; with --engine ray they go to --out.",
        ),
        (["--engine", "ray", "--out", "r.jsonl", "--batch-size", "0"], "--batch-size must be 1 or more."),
        (["--engine", "ray", "--out", "r.jsonl", "--actor-cpus", "0"], "--actor-cpus must be more than 0."),
    ],
)
def test_flag_mistakes(args, sentence, samples_dir, tepi_home) -> None:
    result = tepi("predict", str(samples_dir / "digit-3.png"), *args, home=tepi_home)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {sentence}"


def test_an_existing_output_is_kept(samples_dir, tmp_path, tepi_home) -> None:
    out = tmp_path / "results.parquet"
    out.mkdir()
    result = tepi("predict", str(samples_dir), "--engine", "ray", "--out", str(out), home=tepi_home)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {out} exists already; pass --overwrite to replace it, or choose another --out."
    )


def test_a_local_output_is_refused_for_a_cluster_elsewhere(samples_dir, tepi_home) -> None:
    """With ray:// the writers run on the cluster: a path on this computer is not theirs to write.

    (On a cluster of several nodes, joined with --address auto, the same sentence comes once Ray
    has said how many nodes there are.)
    """
    args = ["--engine", "ray", "--address", "ray://127.0.0.1:1", "--out", "results.parquet"]
    result = tepi("predict", str(samples_dir / "digit-3.png"), *args, home=tepi_home)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: --out results.parquet is a path on this computer, where the cluster's nodes cannot all "
        "write; give a URI they all reach: s3://bucket/results.parquet, gs://..., or "
        "file:///shared/results.parquet for a folder every node mounts."
    )


def test_without_ray_installed_one_sentence_says_how_to_install_it(samples_dir, tmp_path, tepi_home) -> None:
    args = ["predict", str(samples_dir), "--engine", "ray", "--out", str(tmp_path / "r.jsonl")]
    code = (
        "import sys; sys.modules['ray'] = None; from inference.cli import main; "  # as if not installed
        f"sys.exit(main({args!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ray_env(tepi_home),
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: --engine ray needs Ray Data, which is not installed here: pip install 'tepi[ray]'."
    )
