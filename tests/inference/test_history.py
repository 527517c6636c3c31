"""The prediction history store: recording, searching, retention, export and crash safety."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from inference.errors import HistoryError, ImageError
from inference.history import DB_NAME, History, HistoryQuery, make_thumbnail
from inference.results import Failure, LabelScore, Prediction, Queued

ROOT = Path(__file__).resolve().parents[2]


def _prediction(name: str, label: str = "7", score: float = 0.9, model: str = "digits@1.0") -> Prediction:
    return Prediction(
        input=name,
        row=None,
        label=label,
        score=score,
        top_k=(LabelScore(label, score), LabelScore("1", 1 - score)),
        backend="local LiteRT",
        model=model,
        latency_ms=1.5,
        input_sha256="ab" * 32,
    )


@pytest.fixture
def history(tmp_path: Path):
    with History(tmp_path / DB_NAME) as store:
        yield store


def test_default_location_is_the_data_folder(tepi_home: Path) -> None:
    with History() as store:
        assert store.path == tepi_home / "data" / DB_NAME
        assert store.path.is_file()


def test_record_round_trips_every_field(history: History) -> None:
    png = make_thumbnail(Image.new("L", (300, 200), 128))
    assert png is not None and png.startswith(b"\x89PNG")
    prediction = _prediction("/photos/seven.png")
    entry_id = history.record(prediction, thumbnail=png, model_sha256="cd" * 32)
    entry = history.get(entry_id)
    assert entry is not None
    assert entry.outcome() == prediction
    assert entry.model_sha256 == "cd" * 32
    assert entry.has_thumbnail
    thumb = Image.open(io.BytesIO(history.thumbnail(entry_id) or b""))
    assert max(thumb.size) == 96
    assert history.integrity_check() == "ok"
    mode = sqlite3.connect(history.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_failures_are_recorded_with_their_sentence(history: History) -> None:
    failure = Failure("/photos/broken.jpg", None, "broken.jpg is not an image Tepi can read.", "ImageError")
    entry = history.get(history.record(failure, model="digits@1.0"))
    assert entry is not None and not entry.ok
    assert entry.outcome() == failure
    assert entry.model == "digits@1.0"
    assert history.count(HistoryQuery(status="error")) == 1
    assert history.count(HistoryQuery(status="ok")) == 0


def test_search_filters_by_text_label_model_and_date(history: History) -> None:
    now = time.time()
    history.record_many([_prediction("/a/cat_1.png", "3")], created=now - 10 * 86400)
    history.record_many([_prediction("/a/dog.png", "7"), _prediction("/b/100%_sure.png", "7")], created=now)
    history.record_many([_prediction("/b/x.png", "setosa", model="iris@1.0")], created=now + 1)
    # newest first; entries recorded together keep their order, last first
    assert [e.input for e in history.search()] == [
        "/b/x.png",
        "/b/100%_sure.png",
        "/a/dog.png",
        "/a/cat_1.png",
    ]
    assert {e.input for e in history.search(HistoryQuery(text="DOG"))} == {"/a/dog.png"}
    # LIKE wildcards in the search text are literal characters
    assert [e.input for e in history.search(HistoryQuery(text="%_"))] == ["/b/100%_sure.png"]
    assert [e.input for e in history.search(HistoryQuery(text="t_1"))] == ["/a/cat_1.png"]
    assert history.count(HistoryQuery(label="7")) == 2
    assert history.count(HistoryQuery(model="iris@1.0")) == 1
    assert history.count(HistoryQuery(since=now - 86400)) == 3
    assert history.count(HistoryQuery(until=now - 86400)) == 1
    assert history.labels() == ["3", "7", "setosa"]
    assert history.models() == ["digits@1.0", "iris@1.0"]
    page = history.search(HistoryQuery(limit=2, offset=1))
    assert [e.input for e in page] == ["/b/100%_sure.png", "/a/dog.png"]


def test_delete_clear_and_prune(history: History) -> None:
    now = time.time()
    old = history.record_many([_prediction(f"/old/{i}.png") for i in range(3)], created=now - 40 * 86400)
    new = history.record_many(
        [_prediction(f"/new/{i}.png") for i in range(5)], thumbnails=[b"png"] * 5, created=now
    )
    assert set(history.thumbnails([*new, 999_999])) == set(new)
    assert history.delete([new[0], 999_999]) == 1
    assert history.thumbnail(new[0]) is None
    assert history.prune(max_age_days=30) == 3
    assert all(history.get(i) is None for i in old)
    assert history.prune(max_entries=2) == 2
    assert [e.id for e in history.search()] == [new[4], new[3]]
    assert history.clear() == 2
    assert history.count() == 0
    assert history.integrity_check() == "ok"


def test_export_csv_writes_every_matching_entry(history: History, tmp_path: Path) -> None:
    history.record(_prediction("/p/=cmd.png", "7", 0.75))
    history.record(Failure("/p/bad.jpg", None, "bad.jpg is not an image Tepi can read.", "ImageError"))
    target = tmp_path / "out.csv"
    assert history.export_csv(target) == 2
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["input"] for r in rows] == ["/p/bad.jpg", "/p/=cmd.png"]
    good = rows[1]
    assert good["label"] == "7" and good["score"] == "0.750000"
    assert good["top_k"] == "7:0.750000;1:0.250000"
    assert good["model"] == "digits@1.0" and good["backend"] == "local LiteRT"
    assert rows[0]["error"].startswith("bad.jpg is not an image")
    assert not list(tmp_path.glob(".*partial"))


def test_export_protects_spreadsheets_from_formulas(history: History, tmp_path: Path) -> None:
    history.record(_prediction("=HYPERLINK(1)", "+danger"))
    history.export_csv(tmp_path / "out.csv")
    row = next(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert row["input"] == "'=HYPERLINK(1)"
    assert row["label"] == "'+danger"


def test_a_damaged_file_is_moved_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"this is not a database" * 100)
    with History(path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes().startswith(b"this is not a database")
        store.record(_prediction("/a.png"))
        assert store.count() == 1


def test_an_unwritable_folder_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(HistoryError, match="cannot"):
        History(blocker / "sub" / DB_NAME)


def test_thumbnail_of_a_damaged_file_is_none(tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    assert make_thumbnail(bad) is None
    assert make_thumbnail(tmp_path / "missing.png") is None


_WRITER = textwrap.dedent(
    """
    import sys
    from inference.history import History
    from inference.results import LabelScore, Prediction

    store = History(sys.argv[1])
    batch = 0
    while True:
        outcomes = [
            Prediction(f"/in/{batch}-{i}.png", None, "7", 0.9, (LabelScore("7", 0.9),), "local LiteRT",
                       "digits@1.0", 1.0)
            for i in range(16)
        ]
        store.record_many(outcomes, thumbnails=[b"x" * 3000] * 16)
        batch += 1
        print(batch * 16, flush=True)
    """
)


def test_kill_9_in_the_middle_of_a_batch_loses_nothing_recorded(tmp_path: Path) -> None:
    """A real writer process is killed with SIGKILL while it writes; every committed row survives."""
    path = tmp_path / DB_NAME
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert writer.stdout is not None
    confirmed = 0
    try:
        while confirmed < 800:
            line = writer.stdout.readline()
            assert line, "the writer process stopped early"
            confirmed = int(line)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait(10)
    assert writer.returncode == -signal.SIGKILL
    with History(path) as store:
        assert store.recovered_from is None
        assert store.integrity_check() == "ok"
        count = store.count()
        assert count >= confirmed
        assert count % 16 == 0, "a batch was recorded only in part"


def test_an_explanation_is_kept_with_its_entry_and_goes_with_it(history: History, tmp_path: Path) -> None:
    ids = history.record_many([_prediction(f"p{i}.png") for i in range(4)])
    for entry_id in ids:
        history.save_explanation(entry_id, "occlusion", b"\x89PNG first")
    history.save_explanation(ids[0], "gradcam", b"\x89PNG newer")  # a newer one replaces it
    assert history.explanation(ids[0]) == ("gradcam", b"\x89PNG newer")
    history.save_explanation(999_999, "occlusion", b"\x89PNG")  # no such entry: nothing kept
    assert history.explanation(999_999) is None
    history.delete([ids[0]])
    history.prune(max_entries=2)
    assert [history.explanation(i) is not None for i in ids] == [False, False, True, True]
    history.clear()
    assert all(history.explanation(i) is None for i in ids)
    with sqlite3.connect(tmp_path / DB_NAME) as conn:  # nothing left behind in the file either
        assert conn.execute("SELECT COUNT(*) FROM explanations").fetchone()[0] == 0


_VERSION_1 = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, input TEXT NOT NULL, row INTEGER,
    input_sha256 TEXT, model TEXT NOT NULL DEFAULT '', model_sha256 TEXT, label TEXT, score REAL,
    top_k TEXT NOT NULL DEFAULT '[]', backend TEXT, fallback_reason TEXT, latency_ms REAL, error TEXT,
    error_kind TEXT
);
CREATE TABLE thumbnails (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE, png BLOB NOT NULL
);
INSERT INTO entries (created, input, row, model, error, error_kind) VALUES
    (1700000000, '/p/b.csv', 3, 'iris@1.0', 'b.csv row 3, column width: ''x'' is not a number.', 'CsvError');
INSERT INTO entries (created, input, model, label, score, top_k, backend, fallback_reason, latency_ms) VALUES
    (1700000001, '/p/a.png', 'digits@1.0', '7', 0.9, '[["7", 0.9]]', 'local LiteRT',
     'The remote endpoint h:1 cannot be reached (connection refused).', 2.0);
PRAGMA user_version = 1;
"""


def test_a_history_from_before_codes_opens_and_reads_its_sentences_in_any_language(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as old:
        old.executescript(_VERSION_1)
    with History(path) as store:
        assert store.recovered_from is None
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
        failed, answered = sorted(store.search(), key=lambda e: e.created)
        assert failed.error_code is None and failed.outcome().code is None
        assert failed.error_text("id") == "b.csv baris 3, kolom width: 'x' bukan angka."
        assert answered.outcome().fallback_text("id") == (
            "Endpoint jarak jauh h:1 tidak dapat dijangkau (sambungan ditolak)."
        )
        new = Failure.of("/p/c.png", None, ImageError("/p/c.png", "image.reason.empty"))
        entry = store.get(store.record(new, model="digits@1.0"))
    assert entry is not None and entry.outcome() == new
    assert (entry.error_code, entry.error_params) == ("image.unreadable", new.params)
    assert entry.error_text("id") == "c.png bukan gambar yang bisa dibaca Tepi: berkasnya kosong."


def test_codes_of_errors_and_fallback_reasons_are_kept(history: History) -> None:
    reason = {"code": "backend.no_local_copy", "params": {}}
    answered = replace(_prediction("/p/a.png"), fallback_reason="x", fallback=(reason,))
    entry = history.get(history.record(answered))
    assert entry is not None and entry.fallback == (reason,)
    assert entry.outcome().fallback_text("id") == (
        "Model ini tidak punya salinan lokal; ia hanya berjalan di endpoint jarak jauh."
    )
    waiting = Queued("/p/q.png", None, 3, reason)
    assert history.record_many([waiting]) == [] and history.count() == 1  # queued: no answer yet
