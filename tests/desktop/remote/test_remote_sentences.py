"""What real servers make the core say reaches the window in Bahasa Indonesia.

Tepi's reference server (with an API key) and the misbehaving fault server run
as processes on loopback; each case drives the real remote backend into one
failure and checks the sentence the person would read (see
``tests/desktop/text/translation_checks.py`` for what "translated" means). The
sentences built from an HTTP status (``_status_error``) are only made here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.text.errors import describe_error, outcome_text
from inference import open_predictor
from inference.backends.endpoint import Endpoint
from inference.errors import (
    RemoteAuthError,
    RemoteModelNotFound,
    RemoteProtocolError,
    RemoteTimeout,
    RemoteUnavailable,
    TepiError,
)
from inference.offline import OfflinePredictor, OfflineQueue
from inference.results import Queued
from tests.desktop.conftest import SAMPLES
from tests.desktop.remote.conftest import API_KEY, free_port
from tests.desktop.text.translation_checks import check_translated

SEVEN = SAMPLES / "digit-7.png"


@pytest.fixture
def fault(fault_server) -> Iterator:
    fault_server.set("ok")
    yield fault_server
    fault_server.set("ok")


def failure_of(model: str, endpoint: Endpoint) -> TepiError:
    """The error the real core raises for one image sent to ``endpoint`` (remote only, no queue)."""
    try:
        with open_predictor(model, remote=endpoint, policy="remote-only") as predictor:
            predictor.predict_image(SEVEN)
    except TepiError as exc:
        return exc
    raise AssertionError(f"{endpoint.url} answered")


def assert_shown_in_indonesian(exc: TepiError, kind: type[TepiError], *words: str) -> str:
    english = str(exc)
    assert isinstance(exc, kind), english
    assert all(word in english for word in words), english
    shown = describe_error(exc)
    assert not check_translated(english, shown, exc.params), check_translated(english, shown, exc.params)
    return shown


def quick(url: str, **settings: object) -> Endpoint:
    return Endpoint(url, **{"retries": 0, "cold_start_s": 0.0, **settings})  # type: ignore[arg-type]


def test_the_reference_server_refusing_the_key(indonesian, reference_server) -> None:
    wrong = failure_of("digits", quick(reference_server.url, token="not-the-key"))
    shown = assert_shown_in_indonesian(wrong, RemoteAuthError, "HTTP 401", "The API key is wrong")
    assert shown.endswith("HTTP 401 Unauthorized: Kunci API-nya salah; periksa token atau kunci API-nya.")
    missing = failure_of("digits", quick(reference_server.url))
    shown = assert_shown_in_indonesian(missing, RemoteAuthError, "needs an API key")
    assert "Server ini memerlukan kunci API: kirim 'Authorization: Bearer KEY'" in shown


def test_the_reference_server_without_the_model(indonesian, reference_server) -> None:
    unknown = failure_of("digits", quick(reference_server.url, token=API_KEY, model="nope"))
    shown = assert_shown_in_indonesian(unknown, RemoteModelNotFound, "HTTP 404", "'nope' is not served here")
    assert "Model 'nope' tidak dilayani di sini (yang dilayani: digits" in shown


def test_a_served_model_that_does_not_fit_the_pack(indonesian, reference_server) -> None:
    other = failure_of("digits", quick(reference_server.url, token=API_KEY, model="iris"))
    assert_shown_in_indonesian(other, RemoteProtocolError, "takes input of shape")


@pytest.mark.parametrize(
    ("mode", "options", "settings", "kind", "words"),
    [
        ("error500", {"body": "error"}, {}, RemoteUnavailable, ("HTTP 500", "the model crashed")),
        ("error500", {"body": "html"}, {}, RemoteUnavailable, ("HTTP 500", "boom")),
        ("cold", {"seconds": 60}, {"cold_start_s": 0.4}, RemoteUnavailable, ("still not ready after 0.4 s",)),
        ("auth", {"token": "s3cret"}, {}, RemoteAuthError, ("HTTP 401", "Not authenticated")),
        ("malformed", {}, {}, RemoteProtocolError, ("not JSON",)),
        ("wrong_shape", {}, {}, RemoteProtocolError, ("takes input of shape",)),
        ("wrong_rows", {}, {}, RemoteProtocolError, ("not one row of scores per input",)),
        ("reset", {}, {}, RemoteUnavailable, ("the connection broke off mid-answer",)),
        ("slow", {"delay": 3}, {"read_timeout": 0.3}, RemoteTimeout, ("did not answer within 0.3 s",)),
    ],
    ids=["500-json", "500-html", "503-beyond-budget", "401", "malformed", "shape", "rows", "reset", "slow"],
)
def test_a_misbehaving_server(indonesian, fault, mode, options, settings, kind, words) -> None:
    fault.set(mode, **options)
    exc = failure_of("digits", quick(fault.url, **settings))
    assert_shown_in_indonesian(exc, kind, *words)


def test_an_unreachable_endpoint_and_the_queue(indonesian) -> None:
    endpoint = quick(f"http://127.0.0.1:{free_port()}")
    refused = failure_of("digits", endpoint)
    assert_shown_in_indonesian(refused, RemoteUnavailable, "connection refused")
    with (
        OfflineQueue() as queue,
        open_predictor("digits", remote=endpoint, policy="remote-only") as predictor,
    ):
        [waiting] = list(OfflinePredictor(predictor, queue).predict_paths([SEVEN]))
    assert isinstance(waiting, Queued)
    shown = outcome_text(waiting)
    assert not check_translated(waiting.error, shown, waiting.params)
    assert shown.startswith("Menunggu di antrean luring (butir ")
    assert shown.endswith("tidak dapat dijangkau (sambungan ditolak).")
