"""``predict --engine ray`` on a real local Ray cluster: the same rows as the plain command.

Each run starts actors that import Tepi and open the pack (a few seconds on a busy
2-core machine), so these tests are slow; `make test` runs them.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from tests.cluster.conftest import ROOT, by_input, comparable, on_cluster, ray_env, tepi

pytestmark = pytest.mark.slow


def written_rows(out: Path) -> list[dict]:
    if out.suffix == ".parquet":
        return pq.read_table(out).to_pylist()
    return [json.loads(line) for part in sorted(out.glob("*.json")) for line in part.read_text().splitlines()]


def summary_of(stderr: str) -> str:
    return next(line for line in stderr.splitlines() if line.startswith("summary: "))


def test_digits_give_the_plain_commands_rows_and_a_corrupt_picture_is_an_error_row(
    ray_cluster, held_out_digits, plain_digits, tmp_path, tepi_home
) -> None:
    out = tmp_path / "results.parquet"
    result = tepi(
        "predict",
        str(held_out_digits),
        *on_cluster(ray_cluster, actors=1),
        "--batch-size",
        "32",
        "--out",
        str(out),
        home=tepi_home,
    )
    assert result.returncode == 1, result.stderr  # one input failed, as with the plain command
    rows = written_rows(out)
    assert len(rows) == len(plain_digits) == 301
    assert by_input(rows).keys() == plain_digits.keys()  # every input exactly once
    for row in rows:
        assert comparable(row) == comparable(plain_digits[row["input"], row["row"]])
        assert row["worker"] and row["actor"]
    broken = next(row for row in rows if row["error"])
    assert broken["input"].endswith("corrupt.png") and broken["label"] is None
    assert broken["error"] == plain_digits[broken["input"], None]["error"]
    summary = summary_of(result.stderr)
    assert summary.startswith("summary: 301 rows, 1 error, ") and summary.endswith(f"; written to {out}")
    per_actor = result.stderr.split(summary, 1)[1].strip().splitlines()
    assert len(per_actor) == 1 and re.fullmatch(r"actor \w{8} on .+: 301 rows", per_actor[0])
    assert "Traceback" not in result.stderr


def test_iris_csv_from_a_uri_and_a_local_file_as_json_lines(ray_cluster, tmp_path, tepi_home) -> None:
    """A bad cell fails its row only; ``file://`` goes through Ray Data's own reader."""
    rows = (ROOT / "resources/samples/iris.csv").read_text().splitlines()
    rows[3] = rows[3].replace(rows[3].split(",")[2], "n/a", 1)
    field = tmp_path / "field.csv"
    field.write_text("\n".join(rows) + "\n")
    lab = tmp_path / "lab" / "lab.csv"
    lab.parent.mkdir()
    shutil.copy(ROOT / "resources/samples/iris.csv", lab)
    plain = tepi("predict", "-m", "iris", str(field), str(lab), "--json", home=tepi_home)
    expected = by_input(json.loads(line) for line in plain.stdout.splitlines())

    out = tmp_path / "results.jsonl"
    result = tepi(
        "predict",
        "-m",
        "iris",
        str(field),
        f"file://{lab.parent}",
        *on_cluster(ray_cluster, actors=1),
        "--batch-size",
        "4",
        "--out",
        str(out),
        home=tepi_home,
    )
    assert result.returncode == 1 == plain.returncode, result.stderr
    answers = written_rows(out)
    for answer in answers:
        answer["input"] = answer["input"].removeprefix("file://")
    assert by_input(answers).keys() == expected.keys() and len(answers) == len(expected)
    for answer in answers:
        assert comparable(answer) == comparable(expected[answer["input"], answer["row"]])
    bad = [a for a in answers if a["error"]]
    assert [(a["row"], a["error"]) for a in bad] == [
        (3, "field.csv row 4, column sepal_width: 'n/a' is not a number.")  # the file's own line number
    ]


def test_a_killed_actor_is_restarted_and_loses_no_row(
    ray_cluster, held_out_digits, plain_digits, tmp_path, tepi_home
) -> None:
    out = tmp_path / "results.parquet"
    command = [
        sys.executable,
        "-m",
        "inference",
        "predict",
        str(held_out_digits),
        *on_cluster(ray_cluster, actors=2),
        "--actor-cpus",
        "0.5",
        "--batch-size",
        "2",
        "--out",
        str(out),
    ]
    job = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ray_env(tepi_home), cwd=ROOT
    )
    lines: list[str] = []
    answered = threading.Event()
    reader = threading.Thread(target=_follow, args=(job, lines, answered), daemon=True)
    reader.start()
    try:
        assert answered.wait(timeout=240), "no actor answered a batch:\n" + "".join(lines[-30:])
        # The actor that has worked most (the other may still be starting: not the case tested here).
        victim = max(_actor_processes(ray_cluster.process.pid), key=lambda p: sum(p.cpu_times()[:2]))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        assert job.wait(timeout=300) == 1  # the corrupt picture
    finally:
        if job.poll() is None:
            job.kill()
    reader.join(timeout=10)
    output = "".join(lines)
    rows = written_rows(out)
    assert len(rows) == 301 and by_input(rows).keys() == plain_digits.keys(), output[-3000:]
    for row in rows:
        assert comparable(row) == comparable(plain_digits[row["input"], row["row"]])
    assert "summary: 301 rows, 1 error, " in output


def _follow(job: subprocess.Popen[str], lines: list[str], answered: threading.Event) -> None:
    """Collect the job's output; ``answered`` once Ray's progress shows the actors gave rows."""
    assert job.stdout is not None
    for line in job.stdout:
        lines.append(line)
        if "MapBatches(PackWorker):" in line and not answered.is_set():
            done = line.split("MapBatches(PackWorker):", 1)[1].strip().split("/", 1)[0]
            if done.isdigit() and 0 < int(done) < 150:  # some answered, most still to come
                answered.set()


def _actor_processes(cluster_pid: int) -> list[psutil.Process]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers = [
            p
            for p in psutil.Process(cluster_pid).children(recursive=True)
            if "MapBatches(PackWorker)" in " ".join(_cmdline(p))
        ]
        if workers:
            return workers
        time.sleep(0.2)
    raise AssertionError("no PackWorker actor process in the test cluster")


def _cmdline(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:
        return []


def test_a_pack_that_differs_on_a_node_is_refused_in_one_sentence(ray_cluster, tmp_path, tepi_home) -> None:
    """The nodes have their own copy of the pack installed, one byte longer than the driver's."""
    from inference.packs.install import install_pack
    from inference.packs.store import PackStore

    here = _iris_pack(tmp_path / "here", extra=b"")
    there = _iris_pack(tmp_path / "there", extra=b"\0")
    install_pack(here, store=PackStore(tepi_home / "data" / "packs"))
    install_pack(there, store=PackStore(ray_cluster.home / "data" / "packs"))
    out = tmp_path / "results.parquet"
    result = tepi(
        "predict",
        "-m",
        "field-iris",
        str(ROOT / "resources/samples/iris.csv"),
        *on_cluster(ray_cluster, actors=1),
        "--out",
        str(out),
        home=tepi_home,
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: The model pack field-iris on ")
    assert last.endswith(
        "differs from the one this job started with (iris.tflite has another SHA-256 there), "
        "so that node will not predict; copy the same pack to every node."
    )


def _iris_pack(folder: Path, *, extra: bytes) -> Path:
    """The bundled iris pack renamed field-iris, its LiteRT file with ``extra`` bytes (and pinned so)."""
    import hashlib

    pack = folder / "field-iris"
    shutil.copytree(ROOT / "resources/models/iris", pack, ignore=shutil.ignore_patterns("model.sig"))
    model = pack / "iris.tflite"
    model.write_bytes(model.read_bytes() + extra)
    manifest = (pack / "model.toml").read_text()
    old = next(line for line in manifest.splitlines() if line.startswith('"iris.tflite"'))
    manifest = manifest.replace(old, f'"iris.tflite" = "{hashlib.sha256(model.read_bytes()).hexdigest()}"')
    (pack / "model.toml").write_text(manifest.replace('name = "iris"', 'name = "field-iris"'))
    return pack


def test_a_pool_that_would_hold_every_cpu_is_refused(
    ray_cluster, held_out_digits, tmp_path, tepi_home
) -> None:
    result = tepi(
        "predict",
        str(held_out_digits),
        *on_cluster(ray_cluster, actors=2),
        "--out",
        str(tmp_path / "r.parquet"),
        home=tepi_home,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "error: 2 actors of 1 CPU leave no CPU for reading and writing on this 2-CPU cluster; "
        "use --actors 1, or a smaller --actor-cpus."
    )


def test_each_actor_checks_the_pack_too(ray_cluster, held_out_digits, tmp_path, monkeypatch) -> None:
    """A node that joins after the job's check still refuses a pack that is not the driver's."""
    import ray

    from inference.cluster.inputs import plan_inputs
    from inference.cluster.job import run_job
    from inference.cluster.spec import JobSpec
    from inference.errors import TepiError

    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    spec = JobSpec("digits", {"digits.tflite": "0" * 64}, "digits", _version(), batch_size=32)
    ray.init(address=ray_cluster.address, logging_level="ERROR")
    try:
        with pytest.raises(TepiError) as refused:
            run_job(
                plan_inputs([str(held_out_digits)], tabular=False),
                spec,
                out=str(tmp_path / "r.parquet"),
                actors=1,
                actor_cpus=1,
            )
    finally:
        ray.shutdown()
    assert str(refused.value).startswith("The model pack digits on ")
    assert "(digits.keras is there but not in the job's pack)" in str(refused.value)


def _version() -> str:
    from inference import __version__

    return __version__
