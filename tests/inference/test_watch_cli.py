"""``python -m inference watch`` as a real process: real writers, real files, real history.

Images arrive slowly (a writer that takes a second per file), CSV rows are
appended one by one, a log is rotated and truncated, a corrupt file arrives,
the folder disappears and comes back; each input must give exactly one line
in the output and one history entry.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from tests.inference.watch_helpers import (
    IRIS_HEADER,
    digit_png,
    history_keys,
    iris_row,
    output_keys,
    output_rows,
    start_watch,
    stop,
    wait_for_rows,
    wait_started,
    write_slowly,
)


def test_images_written_slowly_are_read_once_whole_and_a_corrupt_one_is_one_sentence(
    tmp_path: Path, tepi_home: Path
) -> None:
    inbox, out = tmp_path / "camera", tmp_path / "results.csv"
    inbox.mkdir()
    watcher = start_watch(tepi_home, str(inbox), "-o", str(out))
    wait_started(watcher)
    for index in range(3):
        write_slowly(inbox / f"shot-{index}.png", digit_png(index), seconds=1.0)
    (inbox / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (inbox / "notes.txt").write_text("not an image, not read")
    rows = wait_for_rows(out, 4)
    time.sleep(0.8)  # nothing more may come
    status, stderr = stop(watcher)
    rows = output_rows(out)
    assert status == 0, stderr
    assert sorted(Path(r["input"]).name for r in rows) == [
        "broken.jpg",
        "shot-0.png",
        "shot-1.png",
        "shot-2.png",
    ]
    good = [r for r in rows if r["error"] == ""]
    assert len(good) == 3 and all(r["label"] in "0123456789" and float(r["score"]) > 0 for r in good)
    (broken,) = [r for r in rows if r["error"]]
    assert broken["error"].startswith("broken.jpg is not an image Tepi can read")
    assert stderr.count("broken.jpg is not an image") == 1 and "Traceback" not in stderr
    assert history_keys(tepi_home) == output_keys(rows)


def test_csv_rows_appended_rotated_and_truncated_each_give_one_line(tmp_path: Path, tepi_home: Path) -> None:
    logs, out = tmp_path / "logger", tmp_path / "results.jsonl"
    logs.mkdir()
    watcher = start_watch(tepi_home, str(logs), "-m", "iris", "-o", str(out), "--settle", "0.3")
    wait_started(watcher)
    sensor = logs / "sensor.csv"
    with sensor.open("w") as handle:  # a logger appending row by row, the file open throughout
        handle.write(IRIS_HEADER)
        for index in range(5):
            handle.write(iris_row(index))
            handle.flush()
            time.sleep(0.15)
    assert len(wait_for_rows(out, 5)) == 5
    with sensor.open("a") as handle:  # two more rows, then the log is rotated at once
        handle.write(iris_row(5) + iris_row(6))
    sensor.rename(logs / "sensor.csv.1")
    sensor.write_text(IRIS_HEADER + iris_row(7))
    assert len(wait_for_rows(out, 8)) == 8
    time.sleep(0.5)
    with sensor.open("r+") as handle:  # copytruncate: the same file, emptied and written again
        handle.truncate(0)
    sensor.write_text(IRIS_HEADER + iris_row(8) + iris_row(9))
    rows = wait_for_rows(out, 10)
    time.sleep(0.8)
    status, stderr = stop(watcher)
    rows = output_rows(out)
    assert status == 0, stderr
    ids = sorted(r["columns"]["sample_id"] for r in rows)
    assert ids == sorted(f"id{i}" for i in range(10)), ids
    assert all(r["label"] in ("setosa", "versicolor", "virginica") for r in rows)
    assert "reading it from the top again" in stderr or "new file took its name" in stderr
    assert sum(history_keys(tepi_home).values()) == 10


def test_a_folder_that_disappears_is_waited_for_and_watched_again(tmp_path: Path, tepi_home: Path) -> None:
    card, out = tmp_path / "sdcard", tmp_path / "results.csv"
    watcher = start_watch(tepi_home, str(card), "-o", str(out))  # not there yet: waited for
    started = wait_started(watcher)
    card.mkdir()
    (card / "a.png").write_bytes(digit_png(1))
    assert len(wait_for_rows(out, 1)) == 1
    shutil.rmtree(card)  # unplugged
    time.sleep(1.5)
    assert watcher.poll() is None, "the watcher must keep waiting"
    card.mkdir()  # plugged in again, with a new picture and the old one
    (card / "b.png").write_bytes(digit_png(2))
    wait_for_rows(out, 2)
    status, stderr = stop(watcher)
    assert status == 0, stderr
    assert sorted(Path(r["input"]).name for r in output_rows(out)) == ["a.png", "b.png"]
    assert "waiting for it to appear" in started + stderr


def test_polling_finds_files_and_move_done_empties_the_folder(tmp_path: Path, tepi_home: Path) -> None:
    inbox, done, out = tmp_path / "share", tmp_path / "done", tmp_path / "results.csv"
    (inbox / "day1").mkdir(parents=True)
    (inbox / "day1" / "x.png").write_bytes(digit_png(3))
    watcher = start_watch(tepi_home, str(inbox), "-o", str(out), "--poll", "0.3", "--move-done", str(done))
    wait_started(watcher)
    (inbox / "y.png").write_bytes(digit_png(4))
    wait_for_rows(out, 2)
    deadline = time.monotonic() + 10
    while list(inbox.rglob("*.png")) and time.monotonic() < deadline:
        time.sleep(0.1)
    status, stderr = stop(watcher)
    assert status == 0, stderr
    assert len(output_rows(out)) == 2
    assert not list(inbox.rglob("*.png"))
    assert sorted(p.relative_to(done).as_posix() for p in done.rglob("*.png")) == ["day1/x.png", "y.png"]


def test_a_second_watcher_on_the_same_state_is_refused_in_one_sentence(
    tmp_path: Path, tepi_home: Path
) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    first = start_watch(tepi_home, str(inbox), "-o", str(tmp_path / "r.csv"))
    wait_started(first)
    second = start_watch(tepi_home, str(inbox), "-o", str(tmp_path / "r.csv"))
    _, err = second.communicate(timeout=30)
    assert second.returncode == 1
    assert "Another Tepi watcher is already using" in err and "Traceback" not in err
    assert stop(first)[0] == 0
