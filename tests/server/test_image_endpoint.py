"""``POST /tepi/v1/models/M:predict``: a file in, the same JSON objects as ``predict --json`` out.

Each answer is compared with the real CLI's ``--json`` output for the same file, so the server's
preprocessing and postprocessing cannot drift from the laptop's. curl itself sends the multipart form
where it is installed (it is what the README shows).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.conftest import API_KEY, ROOT, Server
from tests.server.test_errors import assert_error

SAMPLES = ROOT / "resources" / "samples"
COMPARED = ("label", "row", "model")


def cli_json(*args: str) -> list[dict[str, object]]:
    """What ``python -m inference predict --json`` prints, one object per line."""
    result = subprocess.run(
        [sys.executable, "-m", "inference", "predict", "--json", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_same_answer(server_obj: dict[str, object], cli_obj: dict[str, object]) -> None:
    assert set(server_obj) == set(cli_obj), (server_obj, cli_obj)
    for key in COMPARED:
        assert server_obj[key] == cli_obj[key]
    assert server_obj["score"] == pytest.approx(cli_obj["score"], abs=1e-5)
    assert [t["label"] for t in server_obj["top_k"]] == [t["label"] for t in cli_obj["top_k"]]  # type: ignore[union-attr]
    assert str(server_obj["backend"]).startswith("server ")
    assert float(server_obj["latency_ms"]) > 0  # type: ignore[arg-type]


def test_images_multipart_and_raw_answer_like_predict_json(served: Server) -> None:
    names = ["digit-0.png", "digit-3.png", "digit-7.png", "digit-2-photo.jpg"]
    expected = {Path(str(o["input"])).name: o for o in cli_json(*(str(SAMPLES / n) for n in names))}
    for name in names:
        data = (SAMPLES / name).read_bytes()
        form = served.post("/tepi/v1/models/digits:predict", files={"file": (name, data, "image/png")})
        assert form.status_code == 200, form.text
        body = form.json()
        assert body["input"] == name
        assert_same_answer(body, {**expected[name], "input": name})
        raw = served.post(
            "/tepi/v1/models/digits/versions/1:predict?top_k=5",
            data=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        assert raw.status_code == 200, raw.text
        assert raw.json()["label"] == expected[name]["label"]
        assert len(raw.json()["top_k"]) == 5
        assert raw.json()["input"] == "upload"


def test_csv_answers_one_object_per_row_with_bad_rows_in_place(served: Server, tmp_path: Path) -> None:
    csv = tmp_path / "flowers.csv"
    lines = (SAMPLES / "iris.csv").read_text().splitlines()
    csv.write_text("\n".join([*lines[:4], "bad,5.1,oops,1.4,0.2,setosa", *lines[4:]]) + "\n")
    expected = cli_json("-m", "iris", str(csv))
    answer = served.post("/tepi/v1/models/iris:predict", files={"file": ("flowers.csv", csv.read_bytes())})
    assert answer.status_code == 200, answer.text
    rows = answer.json()
    assert len(rows) == len(expected) == len(lines)  # every data row, the bad one included
    for got, want in zip(rows, expected, strict=True):
        if "error" in want:
            assert got == {**want, "input": "flowers.csv"}
            assert "row 5" in got["error"] and "oops" in got["error"]  # data row 4 is the file's row 5
        else:
            assert_same_answer(got, {**want, "input": "flowers.csv"})


def test_refusals_follow_the_other_routes(served: Server) -> None:
    png = (SAMPLES / "digit-3.png").read_bytes()
    assert_error(
        served.post("/tepi/v1/models/digits:predict", files={"file": ("broken.jpg", png[:40])}),
        400,
        "broken.jpg is not an image Tepi can read",
    )
    assert_error(
        served.post("/tepi/v1/models/nosuch:predict", files={"file": ("x.png", png)}), 404, "not served"
    )
    assert_error(served.post("/tepi/v1/models/digits/versions/9:predict", data=png), 404, "no version")
    assert_error(served.post("/tepi/v1/models/digits:classify", data=png), 404)
    assert_error(served.post("/tepi/v1/models/digits:predict", data=b""), 400, "no body")
    assert_error(
        served.post("/tepi/v1/models/digits:predict", files={"image": ("x.png", png)}), 400, "'file'"
    )
    assert_error(served.post("/tepi/v1/models/digits:predict?top_k=0", data=png), 400, "top_k")
    assert_error(
        served.post("/tepi/v1/models/iris:predict", files={"file": ("d.png", png)}),
        400,
        "d.png is an image, but iris takes CSV rows.",
    )
    assert_error(
        served.post("/tepi/v1/models/digits:predict", files={"file": ("r.csv", b"a,b\n1,2\n")}),
        400,
        "r.csv is a CSV file, but digits takes images.",
    )


def test_key_body_limit_and_metrics(secured: Server, tmp_path: Path) -> None:
    png = (SAMPLES / "digit-7.png").read_bytes()
    url = "/tepi/v1/models/digits:predict"
    before = secured.metric("tepi_server_requests_total", protocol="tepi", endpoint="predict", code="200")
    assert_error(secured.post(url, files={"file": ("d.png", png)}, headers={}), 401, "API key")
    big = tmp_path / "big.png"
    big.write_bytes(png + b"\0" * (80 * 1024))
    assert_error(secured.post(url, files={"file": ("big.png", big.read_bytes())}), 413, "64 KiB")
    assert secured.post(url, files={"file": ("d.png", png)}).json()["label"] == "7"
    if shutil.which("curl"):  # the README's own example, sent by curl
        out = subprocess.run(
            [
                "curl",
                "-sS",
                "-H",
                f"X-API-Key: {API_KEY}",
                "-F",
                f"file=@{SAMPLES / 'digit-7.png'}",
                secured.url + url,
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        assert json.loads(out.stdout)["label"] == "7"
    after = secured.metric("tepi_server_requests_total", protocol="tepi", endpoint="predict", code="200")
    assert after - before >= 1
    assert secured.metric("tepi_server_requests_total", protocol="tepi", endpoint="predict", code="401") >= 1
    assert secured.metric("tepi_server_requests_total", protocol="tepi", endpoint="predict", code="413") >= 1
