"""The page's logic through Streamlit's ``AppTest``: the real script, real models, real files."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.web.conftest import ROOT, new_app, sample, uploader

DIGITS = ROOT / "resources" / "models" / "digits"


def texts(app, kind: str) -> list[str]:
    return [str(element.value) for element in getattr(app, kind)]


def test_one_image_shows_the_label_top_k_and_who_answered() -> None:
    app = new_app()
    uploader(app, "images").set_value(("digit-3.png", sample("digit-3.png"), "image/png")).run()
    assert not app.exception and not app.error
    assert texts(app, "metric") == ["3"]
    bars = [p.proto.text for p in app.get("progress")]
    assert len(bars) == 5 and bars[0].startswith("3 · ")
    assert any(c.startswith("Answered by local LiteRT in ") for c in texts(app, "caption"))


def test_a_batch_keeps_going_past_a_bad_file_and_offers_the_csv() -> None:
    app = new_app()
    files = [
        ("digit-0.png", sample("digit-0.png"), "image/png"),
        ("broken.png", b"\x89PNG\r\n\x1a\nnot really", "image/png"),
        ("digit-2-photo.jpg", sample("digit-2-photo.jpg"), "image/jpeg"),
        ("digit-7.png", sample("digit-7.png"), "image/png"),
    ]
    uploader(app, "images").set_value(files).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["Input"]) == ["digit-0.png", "broken.png", "digit-2-photo.jpg", "digit-7.png"]
    assert list(table["Label"]) == ["0", "", "2", "7"]
    problem = table["Problem"][1]
    assert problem.startswith("broken.png is not an image Tepi can read")
    assert "Traceback" not in problem
    assert any("3 answered, 1 failed" in c for c in texts(app, "caption"))
    assert app.get("download_button")


def test_a_folder_of_images_is_answered_file_by_file() -> None:
    app = new_app()
    folder = uploader(app, "folder")
    assert folder.accept_directory
    files = [("scans/digit-3.png", sample("digit-3.png"), "image/png")]
    files += [("scans/older/digit-8.png", sample("digit-8.png"), "image/png")]
    folder.set_value(files).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["Label"]) == ["3", "8"]


def test_a_csv_gets_one_answer_per_row_and_a_download_with_its_own_columns() -> None:
    from web.results import outcomes_csv

    app = new_app()
    app.sidebar.selectbox(key="pack").set_value("iris").run()
    data = sample("iris.csv")
    uploader(app, "csv").set_value(("iris.csv", data, "text/csv")).run()
    assert not app.exception and not app.error
    table = app.dataframe[0].value
    species = [row["species"] for row in csv.DictReader(io.StringIO(data.decode()))]
    assert list(table["Row"]) == list(range(2, len(species) + 2))  # the file's own rows (header: row 1)
    labels = [label.removesuffix(" (not sure)") for label in table["Label"]]
    assert labels == species  # every bundled sample is answered right
    # the download is the user's file with the prediction columns appended
    outcomes = app.session_state["answers"][1]
    rows = list(csv.reader(io.StringIO(outcomes_csv(outcomes, [_upload("iris.csv", data)]).decode())))
    header = next(csv.reader(io.StringIO(data.decode())))
    assert rows[0][: len(header)] == header and "label" in rows[0] and len(rows) == len(species) + 1


def test_indonesian_words_and_a_hostile_file_is_one_sentence() -> None:
    app = new_app()
    app.sidebar.selectbox(key="lang").set_value("id").run()
    assert "Gambar" in [t.label for t in app.tabs]
    uploader(app, "images").set_value(("kosong.png", b"", "image/png")).run()
    assert not app.exception
    assert texts(app, "error") == ["kosong.png bukan gambar yang bisa dibaca Tepi: berkasnya kosong."]


def test_a_decompression_bomb_meets_the_cores_pixel_limit(tmp_path: Path) -> None:
    from PIL import Image

    bomb = io.BytesIO()
    Image.new("1", (12_000, 9_000), 1).save(bomb, format="PNG")  # 108 megapixels in a few kB
    assert len(bomb.getvalue()) < 200_000
    app = new_app()
    uploader(app, "images").set_value(("huge.png", bomb.getvalue(), "image/png")).run()
    assert texts(app, "error") == [
        "huge.png is not an image Tepi can read: it has 108 megapixels, more than the 100 megapixel limit."
    ]


def test_an_uploaded_tflite_and_a_zipped_pack_are_checked_and_run(tmp_path: Path) -> None:
    app = new_app()
    uploader(app, "model_file").set_value(
        ("mine.tflite", (DIGITS / "digits.tflite").read_bytes(), "application/octet-stream")
    ).run()
    assert not app.error and not app.exception
    assert "**mine** " in "".join(m.value for m in app.sidebar.markdown)
    archive = tmp_path / "digits-pack.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in DIGITS.iterdir():
            zipped.write(path, f"digits/{path.name}")
    uploader(app, "model_file").set_value(("digits-pack.zip", archive.read_bytes(), "application/zip")).run()
    assert not app.error
    uploader(app, "images").set_value(("digit-8.png", sample("digit-8.png"), "image/png")).run()
    assert texts(app, "metric") == ["8"]


def test_an_answer_below_the_packs_threshold_says_not_sure(tmp_path: Path) -> None:
    archive = tmp_path / "strict-iris.zip"
    manifest = (ROOT / "resources" / "models" / "iris" / "model.toml").read_text(encoding="utf-8")
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("iris/model.toml", manifest.replace("min_confidence = 0.9", "min_confidence = 0.99"))
        for name in ("iris.tflite", "iris.keras"):
            zipped.write(ROOT / "resources" / "models" / "iris" / name, f"iris/{name}")
    app = new_app()
    uploader(app, "model_file").set_value(("strict-iris.zip", archive.read_bytes(), "application/zip")).run()
    rows = b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.0,2.7,5.1,1.6\n"
    uploader(app, "csv").set_value(("flowers.csv", rows, "text/csv")).run()
    assert not app.exception and not app.error
    labels = list(app.dataframe[0].value["Label"])
    assert labels[0] == "setosa" and labels[1].endswith(" (not sure)")


@pytest.mark.parametrize(
    ("entries", "sentence"),
    [
        ({"../../evil.txt": b"x", "labels.txt": b"0 a\n"}, "contains a file path that points outside it"),
        ({"notes.txt": b"hello"}, "is not a Teachable Machine export"),
    ],
)
def test_an_unsafe_or_wrong_zip_is_refused_in_one_sentence(tmp_path: Path, entries, sentence: str) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, data in entries.items():
            zipped.writestr(name, data)
    app = new_app()
    uploader(app, "model_file").set_value(("evil.zip", archive.getvalue(), "application/zip")).run()
    assert not app.exception
    [error] = [e.value for e in app.sidebar.error]
    assert error.startswith("evil.zip ") and sentence in error


def test_a_pack_whose_file_was_tampered_with_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "digits"
    shutil.copytree(DIGITS, pack)
    (pack / "digits.tflite").write_bytes((pack / "digits.tflite").read_bytes()[:-1] + b"\0")
    archive = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in pack.iterdir():
            zipped.write(path, path.name)
    app = new_app()
    uploader(app, "model_file").set_value(("tampered.zip", archive.read_bytes(), "application/zip")).run()
    [error] = [e.value for e in app.sidebar.error]
    assert "digits.tflite" in error and "SHA-256" in error


def test_the_remote_endpoint_comes_from_the_environment_and_its_token_stays_hidden(
    reference_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.remote.conftest import API_KEY

    monkeypatch.setenv("TEPI_REMOTE_URL", reference_server.url)
    monkeypatch.setenv("TEPI_REMOTE_TOKEN", API_KEY)
    monkeypatch.setenv("TEPI_REMOTE_HEADER", "X-API-Key")
    monkeypatch.setenv("TEPI_REMOTE_POLICY", "remote-only")
    app = new_app()
    uploader(app, "images").set_value(("digit-7.png", sample("digit-7.png"), "image/png")).run()
    assert not app.error and texts(app, "metric") == ["7"]
    host = reference_server.url.removeprefix("http://")
    assert any(c.startswith(f"Answered by remote v2 {host} in ") for c in texts(app, "caption"))
    assert f"Server: {host} (remote-only)" in [c.value for c in app.sidebar.caption]
    shown = [
        str(e.value)
        for kind in ("caption", "markdown", "error", "info", "metric")
        for e in getattr(app, kind)
    ]
    assert not any(API_KEY in text for text in shown)


def test_the_remote_endpoint_from_secrets_toml_and_a_wrong_setting_in_one_sentence(
    reference_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TEPI_REMOTE_URL", "TEPI_REMOTE_TOKEN", "TEPI_REMOTE_POLICY", "TEPI_REMOTE_HEADER"):
        monkeypatch.delenv(name, raising=False)
    from tests.remote.conftest import API_KEY

    remote = {"url": reference_server.url, "token": API_KEY, "policy": "remote-only"}
    app = new_app(secrets={"remote": remote})
    uploader(app, "images").set_value(("digit-0.png", sample("digit-0.png"), "image/png")).run()
    assert texts(app, "metric") == ["0"]
    app = new_app(secrets={"remote": {**remote, "policy": "cloud-first"}})
    [error] = [e.value for e in app.sidebar.error]
    assert error.startswith("The remote policy 'cloud-first' is not one of local-only, prefer-local")


def _upload(name: str, data: bytes):
    from web.engine import Upload

    return Upload(name, data)
