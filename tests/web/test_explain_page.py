"""The page's "Explain" toggle: the heatmap over the picture under one answer, in AppTest and in Chromium."""

from __future__ import annotations

import os
from pathlib import Path

from tests.web.conftest import ROOT, SAMPLES, PageServer, new_app, sample, uploader

DOCS = ROOT / "docs"


def images(app) -> list:
    return [element for element in app.main if element.type == "image"]


def test_explain_shows_the_heatmap_over_the_picture_once_per_answer() -> None:
    app = new_app()
    uploader(app, "images").set_value(("digit-3.png", sample("digit-3.png"), "image/png")).run()
    assert len(images(app)) == 1 and "explanation" not in app.session_state  # off until asked
    app.toggle(key="explain").set_value(True).run()
    assert not app.exception and not app.error
    overlay = images(app)[-1].proto.imgs[0]
    assert overlay.caption.startswith("Where 3 came from: occlusion, 50 passes, ")
    explained = app.session_state["explanation"][1]
    assert explained.method == "occlusion" and explained.prediction.label == "3"
    app.slider(key="opacity").set_value(30).run()  # a redraw, not a second explanation
    assert app.session_state["explanation"][1] is explained
    assert len(images(app)) == 2


def test_explain_in_bahasa_indonesia_and_not_for_csv_rows() -> None:
    app = new_app()
    app.sidebar.selectbox(key="lang").set_value("id").run()
    uploader(app, "images").set_value(("digit-5.png", sample("digit-5.png"), "image/png")).run()
    app.toggle(key="explain").set_value(True).run()
    assert images(app)[-1].proto.imgs[0].caption.startswith("Asal jawaban 5: oklusi, 50 lintasan, ")
    app = new_app()
    app.sidebar.selectbox(key="pack").set_value("iris").run()
    uploader(app, "csv").set_value(("iris.csv", sample("iris.csv"), "text/csv")).run()
    assert not [t for t in app.toggle if t.key == "explain"]


def test_the_running_page_draws_the_overlay(page_server: PageServer, tab, tmp_path: Path) -> None:
    shots = DOCS if os.environ.get("TEPI_UPDATE_SCREENSHOTS") == "1" else tmp_path
    from tests.web.test_browser import settle, upload

    tab.goto(page_server.url)
    upload(tab, "Drop one or more images", SAMPLES / "digit-2-photo.jpg")
    tab.wait_for_selector('[data-testid="stMetricValue"]')
    settle(tab)
    tab.get_by_text("Explain", exact=True).click()
    caption = tab.wait_for_selector("text=Where 2 came from: occlusion, 50 passes")
    settle(tab)
    assert caption.is_visible()
    pictures = tab.locator('[data-testid="stImage"] img')
    assert pictures.count() == 2
    pictures.nth(1).scroll_into_view_if_needed()
    box = pictures.nth(1).bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 100
    tab.screenshot(path=shots / "screenshot-web-explain.png")  # the page scrolls inside: the overlay
