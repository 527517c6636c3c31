"""``predict --engine ray`` reads ``s3://`` and writes its results there, through a real S3 API.

The S3 server is moto's standalone one (``.peers/moto``, ``make peers``) on 127.0.0.1;
the client is pyarrow's own S3 filesystem, which Ray Data uses on every node. The
endpoint goes in the URI's query, as it would for MinIO or any S3-compatible store;
the credentials come from the nodes' environment (``ray_env``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.fs as pafs
import pytest

from tests.cluster.conftest import ROOT, comparable, on_cluster, ray_env, tepi

pytestmark = pytest.mark.slow
MOTO = ROOT / ".peers" / "moto" / "bin" / "moto_server"
PHOTOS = 40


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``127.0.0.1:PORT`` of a moto S3 server that picked its own free port."""
    if not MOTO.is_file():
        message = ".peers/moto is missing: `make peers` builds it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    with log.open("wb") as sink:
        server = subprocess.Popen([str(MOTO), "-H", "127.0.0.1", "-p", "0"], stdout=sink, stderr=sink)
    try:
        deadline = time.monotonic() + 60
        while not (found := re.search(r"Running on http://(127\.0\.0\.1:\d+)", log.read_text())):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.1)
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_photos_in_s3_give_the_plain_rows_written_back_to_s3(
    ray_cluster, s3_endpoint, held_out_digits, plain_digits, tepi_home
) -> None:
    query = f"?endpoint_override={s3_endpoint}&scheme=http"
    env = ray_env(tepi_home)
    keys = {name: env[name] for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION")}
    s3 = pafs.S3FileSystem(
        access_key=keys["AWS_ACCESS_KEY_ID"],
        secret_key=keys["AWS_SECRET_ACCESS_KEY"],
        region=keys["AWS_REGION"],
        endpoint_override=s3_endpoint,
        scheme="http",
        allow_bucket_creation=True,
    )
    s3.create_dir("field")
    pictures = [*sorted(held_out_digits.glob("0*.png"))[:PHOTOS], held_out_digits / "corrupt.png"]
    for picture in pictures:
        with s3.open_output_stream(f"field/photos/{picture.name}") as stream:
            stream.write(picture.read_bytes())

    result = tepi(
        "predict",
        f"s3://field/photos{query}",
        *on_cluster(ray_cluster, actors=1),
        "--out",
        f"s3://field/results.jsonl{query}",
        home=tepi_home,
    )
    assert result.returncode == 1, result.stderr  # the corrupt picture, as with the plain command
    written = [
        json.loads(line)
        for info in s3.get_file_info(pafs.FileSelector("field/results.jsonl"))
        for line in s3.open_input_stream(info.path).read().decode().splitlines()
    ]
    assert sorted(row["input"] for row in written) == sorted(f"s3://field/photos/{p.name}" for p in pictures)
    for row in written:
        local = str(held_out_digits / Path(row["input"]).name)
        expected = comparable(plain_digits[local, None])
        assert comparable(row) == {**expected, "input": row["input"]}
    assert sum(1 for row in written if row["error"]) == 1
    assert f"summary: {len(pictures)} rows, 1 error, " in result.stderr
