"""A real local Ray cluster (2 CPUs, a 100 MB object store) for the session, and held-out digits.

The cluster runs in its own process (``ray_head.py``), started with ``ray.init`` on this
machine and stopped with ``ray.shutdown`` when the session ends; the command line joins
it with ``--address`` as it would join any cluster. Its processes get a ``TEPI_HOME`` of
their own: a node's installed packs are not the driver's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("ray.data", reason="the Ray tests need the ray extra (pip install -e '.[ray]')")

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT_IMAGES = 300


@dataclass(frozen=True)
class Cluster:
    address: str
    home: Path
    """The nodes' TEPI_HOME (their installed packs, their logs)."""
    process: subprocess.Popen[str]


def ray_env(home: Path) -> dict[str, str]:
    """The environment of a command that talks to the test cluster (loopback, no token file in ~)."""
    return {
        **os.environ,
        "TEPI_HOME": str(home),
        "RAY_AUTH_MODE": "disabled",
        "RAY_USAGE_STATS_ENABLED": "0",
        "RAY_DATA_NON_TTY_PROGRESS_LOG_INTERVAL": "1",
        # What a node's S3 client finds in its environment (test_s3's server takes any key).
        "AWS_ACCESS_KEY_ID": "tepi-test",
        "AWS_SECRET_ACCESS_KEY": "tepi-test",
        "AWS_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
    }


def on_cluster(cluster: Cluster, *, actors: int) -> list[str]:
    """``predict``'s flags for a Ray job on the test cluster with ``actors`` actors."""
    return ["--engine", "ray", "--address", cluster.address, "--actors", str(actors)]


def tepi(*args: str, home: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inference", *args],
        capture_output=True,
        text=True,
        env=ray_env(home),
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Cluster]:
    # Ray's socket paths must stay under 107 characters: a short folder of our own in /tmp.
    temp = Path(tempfile.mkdtemp(prefix="tepi-ray-", dir="/tmp"))
    home = temp / "home"
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("ray_head.py")), str(temp / "ray")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ray_env(home),
        cwd=ROOT,
    )
    started = time.monotonic()
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address, "the test cluster did not start"
        print(f"Ray test cluster {address} started in {time.monotonic() - started:.1f} s", file=sys.stderr)
        yield Cluster(address, home, process)
    finally:
        assert process.stdin is not None
        process.stdin.close()  # ray_head.py calls ray.shutdown()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="session")
def held_out_digits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 held-out digits drawn as dark ink on light paper (28 px), and one corrupt PNG."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_demo_models as training
    from sklearn.datasets import load_digits

    folder = tmp_path_factory.mktemp("digits")
    data = load_digits()
    _, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    for number, index in enumerate(test[:HELD_OUT_IMAGES]):
        picture = training.render_handwritten(data.images[index], 28)
        picture.save(folder / f"{number:04d}-{data.target[index]}.png")
    png = (folder / f"0000-{data.target[test[0]]}.png").read_bytes()
    (folder / "corrupt.png").write_bytes(png[: len(png) // 3])
    return folder


@pytest.fixture(scope="session")
def plain_digits(held_out_digits: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, dict]:
    """What the plain command answers for the same folder, by (input, row)."""
    result = tepi("predict", str(held_out_digits), "--json", home=tmp_path_factory.mktemp("home"))
    assert result.returncode == 1, result.stderr  # the corrupt picture
    return by_input(json.loads(line) for line in result.stdout.splitlines())


def by_input(answers) -> dict[tuple, dict]:
    return {(answer["input"], answer["row"]): answer for answer in answers}


def comparable(answer: dict) -> dict:
    """An answer without what differs run to run (latency) or only says where it ran; the
    JSON text of a written row's ``params`` and ``fallback`` read back into objects."""
    return {
        key: json.loads(value) if key in {"params", "fallback"} and isinstance(value, str) else value
        for key, value in answer.items()
        if value is not None and key not in {"latency_ms", "worker", "actor"}
    }
