"""One predictor shared by every session (``st.cache_resource``): concurrent use must be safe.

The answers given while many threads predict at once must be exactly the answers
given one at a time; two real page sessions predicting at the same moment must
each see their own answer.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from inference.backends.endpoint import Endpoint
from tests.remote.conftest import FaultServer
from tests.web.conftest import new_app, sample, uploader
from web.engine import SharedModel, Upload, Workspace, status_to

NAMES = ["digit-0.png", "digit-2-photo.jpg", "digit-3.png", "digit-5.png", "digit-7.png", "digit-8.png"]


def test_many_threads_get_exactly_the_answers_of_one_thread() -> None:
    model = SharedModel.open("digits")
    uploads = [Upload(name, sample(name)) for name in NAMES]
    alone = {u.name: model.predict_image(u)[0] for u in uploads}
    workspace = Workspace()
    start = threading.Barrier(6)

    def session(index: int) -> list[tuple[str, str, float]]:
        start.wait()
        seen = []
        for round_ in range(20):
            if (index + round_) % 3 == 0:  # a batch through the session's folder, as the page does
                outcomes = list(model.predict_files(workspace, uploads))
                seen += [(o.input, o.label, o.score) for o in outcomes]  # type: ignore[union-attr]
            else:
                upload = uploads[(index + round_) % len(uploads)]
                prediction, _ = model.predict_image(upload)
                seen.append((upload.name, prediction.label, prediction.score))
        return seen

    with ThreadPoolExecutor(6) as pool:
        results = [answer for part in pool.map(session, range(6)) for answer in part]
    assert not any((workspace.root / "inputs").iterdir())  # each batch's copies are gone
    workspace.close()
    model.close()
    assert len(results) > 200
    for name, label, score in results:
        assert label == alone[name].label, name
        np.testing.assert_allclose(score, alone[name].score, rtol=1e-5)


def test_two_page_sessions_predicting_at_once_each_see_their_own_answer() -> None:
    apps = [new_app(), new_app()]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(app, name: str) -> None:
        try:
            start.wait()
            for _ in range(3):
                uploader(app, "images").set_value((name, sample(name), "image/png")).run()
                assert [m.value for m in app.metric] == [name.split("-")[1][0]]
                uploader(app, "images").set_value(None).run()
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(app, name))
        for app, name in zip(apps, ["digit-3.png", "digit-8.png"], strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors, errors


def test_a_server_waking_up_is_said_to_the_session_that_waits(fault: FaultServer) -> None:
    endpoint = Endpoint(fault.url, cold_start_s=20, retries=1, backoff=0.05)
    model = SharedModel.open("digits", remote=endpoint, policy="remote-only")
    heard: list[str] = []
    other: list[str] = []
    fault.set("cold", seconds=1.5)
    with status_to(heard.append):
        prediction, _ = model.predict_image(Upload("digit-5.png", sample("digit-5.png")))
    with status_to(other.append):
        model.predict_image(Upload("digit-5.png", sample("digit-5.png")))
    model.close()
    assert prediction.label == "5" and prediction.backend.startswith("remote v2 127.0.0.1")
    assert heard == [
        f"The remote endpoint 127.0.0.1:{fault.port} is waking up; waiting up to 20 s for it to be ready."
    ]
    assert other == []
