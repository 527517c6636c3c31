"""The running page (``streamlit run web/app.py``) driven in a real Chromium, as a person would.

Uploads go through the page's own file inputs; answers are read from what the
browser shows (the table's cells from the grid's accessible table). Every test
takes its screenshot; with ``TEPI_UPDATE_SCREENSHOTS=1`` they replace the README's
in ``docs/`` (otherwise they stay in the test's folder, so a test run leaves the
tree clean).
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest

from tests.web.conftest import CHROMIUM_FLAGS, ROOT, SAMPLES, PageServer, chromium_path

DOCS = ROOT / "docs"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return DOCS if os.environ.get("TEPI_UPDATE_SCREENSHOTS") == "1" else tmp_path


def upload(tab, label: str, *files: Path | dict) -> None:
    """Choose ``files`` (paths, or ``{"name", "mimeType", "buffer"}`` made up here) in an uploader."""
    payloads = [f if isinstance(f, dict) else {"name": f.name, "mimeType": _mime(f), "buffer": f.read_bytes()}
                for f in files]  # fmt: skip
    box = tab.locator('[data-testid="stFileUploader"]').filter(has_text=label)
    box.locator("input[type=file]").set_input_files(payloads)


def _mime(path: Path) -> str:
    return {".png": "image/png", ".jpg": "image/jpeg", ".csv": "text/csv"}.get(
        path.suffix, "application/octet-stream"
    )


def table_cells(tab) -> list[str]:
    tab.wait_for_selector('[data-testid="stDataFrame"] td', state="attached")
    html = tab.locator('[data-testid="stDataFrame"]').inner_html()
    return [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", html)]


def settle(tab) -> None:
    """Wait until the script has finished running (no "Running..." status widget)."""
    tab.wait_for_timeout(300)
    tab.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=60_000)


def test_one_digit_image_shows_its_label(page_server: PageServer, tab, shots: Path) -> None:
    tab.goto(page_server.url)
    upload(tab, "Drop one or more images", SAMPLES / "digit-2-photo.jpg")
    tab.wait_for_selector('[data-testid="stMetricValue"]')
    settle(tab)
    assert tab.inner_text('[data-testid="stMetricValue"]').strip() == "2"
    assert "Answered by local LiteRT in" in tab.inner_text("body")
    tab.screenshot(path=shots / "screenshot-web.png", full_page=True)


def test_a_batch_with_a_corrupt_file_shows_the_labels_and_the_sentence(
    page_server: PageServer, tab, shots: Path
) -> None:
    tab.goto(page_server.url)
    corrupt = {"name": "scan.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0 truncated"}
    upload(tab, "Drop one or more images", SAMPLES / "digit-0.png", corrupt, SAMPLES / "digit-7.png")
    tab.wait_for_selector("text=2 answered, 1 failed")
    settle(tab)
    cells = table_cells(tab)
    assert cells[:2] == ["digit-0.png", "0"]
    assert "scan.jpg" in cells and "7" in cells
    assert any(c.startswith("scan.jpg is not an image Tepi can read") for c in cells)
    assert "Traceback" not in tab.inner_text("body")
    tab.screenshot(path=shots / "screenshot-web-batch.png", full_page=True)


def test_a_csv_gets_a_label_per_row_and_downloads(page_server: PageServer, tab, shots: Path) -> None:
    tab.goto(page_server.url)
    tab.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').nth(1).click()
    tab.get_by_role("option", name="iris").click()
    tab.wait_for_selector("text=iris takes CSV rows")
    upload(tab, "Drop a CSV file", SAMPLES / "iris.csv")
    tab.wait_for_selector("text=Download CSV")
    settle(tab)
    cells = table_cells(tab)
    assert cells[:3] == ["iris.csv", "2", "setosa"]  # the file's own row: the header is row 1
    with tab.expect_download() as caught:
        tab.get_by_role("button", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(caught.value.path()).read_text())))
    truth = list(csv.DictReader(io.StringIO((SAMPLES / "iris.csv").read_text())))
    assert [r["sample_id"] for r in rows] == [r["sample_id"] for r in truth]  # the user's own columns
    agreement = sum(r["label"] == t["species"] for r, t in zip(rows, truth, strict=True)) / len(rows)
    assert agreement >= 0.9
    tab.screenshot(path=shots / "screenshot-web-csv.png", full_page=True)


def test_indonesian_page_and_a_corrupt_file_alone(page_server: PageServer, tab, shots: Path) -> None:
    tab.goto(page_server.url + "/?lang=id")
    tab.wait_for_selector("text=Letakkan satu gambar atau lebih")
    empty = {"name": "foto.png", "mimeType": "image/png", "buffer": b""}
    upload(tab, "Letakkan satu gambar atau lebih", empty)
    alert = tab.wait_for_selector('[data-testid="stAlertContentError"]')
    settle(tab)
    assert alert.inner_text().strip() == "foto.png bukan gambar yang bisa dibaca Tepi: berkasnya kosong."
    tab.goto(page_server.url + "/?lang=id")  # a new visit: the uploader starts empty
    upload(tab, "Letakkan satu gambar atau lebih", SAMPLES / "digit-5.png")
    tab.wait_for_selector("text=Dijawab oleh local LiteRT")
    settle(tab)
    assert tab.inner_text('[data-testid="stMetricValue"]').strip() == "5"
    tab.screenshot(path=shots / "screenshot-web-id.png", full_page=True)


def test_two_tabs_predicting_at_once_each_get_their_answer(page_server: PageServer, browser) -> None:
    tabs = [browser.new_context(viewport={"width": 1280, "height": 900}).new_page() for _ in range(2)]
    try:
        for tab in tabs:
            tab.goto(page_server.url)
            tab.wait_for_selector("text=Drop one or more images")
        names = ["digit-3.png", "digit-8.png"]
        for tab, name in zip(tabs, names, strict=True):  # both uploads in flight before either answer
            upload(tab, "Drop one or more images", SAMPLES / name)
        for tab, name in zip(tabs, names, strict=True):
            tab.wait_for_selector('[data-testid="stMetricValue"]')
            settle(tab)
            assert tab.inner_text('[data-testid="stMetricValue"]').strip() == name[6]
    finally:
        for tab in tabs:
            tab.context.close()


def test_a_photo_from_the_camera_is_answered(page_server: PageServer, browser, tmp_path: Path) -> None:
    """Chromium's fake camera plays a video of a digit on white paper; the page takes the photo."""
    video = tmp_path / "digit.y4m"
    write_y4m(SAMPLES / "digit-5.png", video)
    flags = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
    camera = browser.browser_type.launch(
        executable_path=chromium_path(),
        args=[*CHROMIUM_FLAGS, *flags, f"--use-file-for-fake-video-capture={video}"],
    )
    try:
        tab = camera.new_context(viewport={"width": 1280, "height": 900}, permissions=["camera"]).new_page()
        tab.goto(page_server.url)
        tab.get_by_role("tab", name="Camera").click()
        tab.get_by_text("Use the camera").click()
        tab.get_by_role("button", name="Take Photo").click(timeout=60_000)
        tab.wait_for_selector('[data-testid="stMetricValue"]')
        settle(tab)
        assert tab.inner_text('[data-testid="stMetricValue"]').strip() == "5"
    finally:
        camera.close()


def write_y4m(picture: Path, out: Path, size: tuple[int, int] = (640, 480), frames: int = 30) -> None:
    """A still video (YUV 4:2:0) of ``picture`` on white, for Chromium's fake camera."""
    from PIL import Image

    canvas = Image.new("RGB", size, "white")
    image = Image.open(picture).convert("RGB")
    image.thumbnail((size[0] // 2, size[1] // 2))
    canvas.paste(image, ((size[0] - image.width) // 2, (size[1] - image.height) // 2))
    y, cb, cr = canvas.convert("YCbCr").split()
    half = (size[0] // 2, size[1] // 2)
    frame = y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    with out.open("wb") as handle:
        handle.write(f"YUV4MPEG2 W{size[0]} H{size[1]} F30:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            handle.write(b"FRAME\n" + frame)
