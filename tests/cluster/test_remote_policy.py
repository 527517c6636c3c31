"""``--engine ray`` with a remote endpoint: the actors call the server, as the plain command does.

The server is Tepi's reference server (``python -m inference serve``) as a real process on
127.0.0.1; the actors run on the test cluster and reach it over loopback.
"""

from __future__ import annotations

import json

import pytest

from tests.cluster.conftest import by_input, comparable, on_cluster, tepi
from tests.cluster.test_ray_engine import written_rows
from tests.remote.conftest import _stop, start_reference_server

pytestmark = pytest.mark.slow
PICTURES = 24


def test_a_remote_only_policy_runs_every_row_on_the_server(
    ray_cluster, held_out_digits, tmp_path, tepi_home
) -> None:
    (tmp_path / "server").mkdir()
    server = start_reference_server(tmp_path / "server")
    try:
        pictures = [str(p) for p in sorted(held_out_digits.glob("0*.png"))[:PICTURES]]
        remote = ["--remote", server.url, "--policy", "remote-only", "--no-queue"]
        plain = tepi("predict", *pictures, *remote, "--json", home=tepi_home)
        assert plain.returncode == 0, plain.stderr
        expected = by_input(json.loads(line) for line in plain.stdout.splitlines())
        out = tmp_path / "results.parquet"
        result = tepi(
            "predict",
            *pictures,
            *remote,
            *on_cluster(ray_cluster, actors=1),
            "--batch-size",
            "8",
            "--out",
            str(out),
            home=tepi_home,
        )
    finally:
        _stop(server.process)
    assert result.returncode == 0, result.stderr
    rows = written_rows(out)
    assert by_input(rows).keys() == expected.keys() and len(rows) == PICTURES
    for row in rows:
        assert row["backend"].startswith("remote") and row["error"] is None
        assert comparable(row) == comparable(expected[row["input"], row["row"]])
