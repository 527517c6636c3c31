"""The watcher's parts on real files: reading growing CSV files, and recovering the output after a crash."""

from __future__ import annotations

from pathlib import Path

from inference.history import History
from inference.results import Failure, LabelScore, Prediction
from inference.watch import Delivery, Output, WatchState
from inference.watch.tail import read_new_rows

FEATURES = ("a", "b")


def _rows(path: Path, known, *, settled: bool = False):
    chunk = read_new_rows(path, known, FEATURES, settled=settled)
    assert chunk is not None
    return chunk, [] if chunk.table is None else [row[:2] for row in chunk.table.rows]


def test_only_whole_records_are_read_and_a_quoted_line_break_waits_for_its_record(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b'a,b,note\n1,2,"first\nline')
    chunk, rows = _rows(path, None)
    assert rows == [] and chunk.record.offset == len(b"a,b,note\n")
    with path.open("ab") as handle:
        handle.write(b' two"\n3,4,x\n5,')
    chunk, rows = _rows(path, chunk.record)
    assert rows == [["1", "2"], ["3", "4"]] and chunk.first_row == 1
    assert chunk.table is not None and chunk.table.rows[0][2] == "first\nline two"
    assert read_new_rows(path, chunk.record, FEATURES, settled=False) is None  # "5," is still being written
    last, rows = _rows(path, chunk.record, settled=True)  # the writer stopped: the open line is read
    assert rows == [["5", ""]] and last.record.open_line and last.first_row == 3
    with path.open("ab") as handle:
        handle.write(b"\n7,8\n")
    after, rows = _rows(path, last.record)
    assert rows == [["7", "8"]] and after.first_row == 4 and not after.record.open_line


def test_a_truncated_or_rewritten_file_is_read_again_from_its_top(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"a,b\n1,2\n3,4\n")
    first, _ = _rows(path, None)
    path.write_bytes(b"a,b\n9,9\n")  # shorter: truncated and written again
    again, rows = _rows(path, first.record)
    assert rows == [["9", "9"]] and again.restarted and again.first_row == 1
    with path.open("r+b") as handle:  # same length, another beginning: rewritten in place
        handle.write(b"a,b\n8,8\n")
    with path.open("ab") as handle:
        handle.write(b"5,5\n")
    rewritten, rows = _rows(path, again.record)
    assert rows == [["8", "8"], ["5", "5"]] and rewritten.restarted == "its beginning changed (rewritten)"


def test_a_header_without_the_models_columns_fails_each_row(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(b"x,y\n1,2\n3,4\n")
    chunk, _ = _rows(path, None)
    assert chunk.failure is not None and "missing the columns a, b" in str(chunk.failure)
    assert chunk.failed_rows == 2 and chunk.record.rows == 2


def _prediction(name: str) -> Prediction:
    return Prediction(name, None, "7", 0.9, (LabelScore("7", 0.9),), "local LiteRT", "digits@1.0", 1.5)


def test_recovery_cuts_a_torn_line_and_keeps_lines_that_reached_the_file(tmp_path: Path) -> None:
    out = Output(tmp_path / "results.csv")
    with WatchState(tmp_path / "state.sqlite3") as state, History(tmp_path / "history.sqlite3") as history:
        state.commit(
            [], [("a.png", None, _prediction("a.png"), None), ("b.png", None, _prediction("b.png"), None)]
        )
        entries = state.undelivered()
        whole = out.header + out.line(entries[0])
        out.append(whole + out.line(entries[1])[:10])  # the crash tore the second line
        delivery = Delivery(state, out, history, model="digits@1.0")
        delivery.recover()
        assert out.size() == len(whole)
        delivery.deliver()
        lines = out.path.read_text().splitlines()
        assert [line.split(",")[1] for line in lines] == ["input", "a.png", "b.png"]
        assert history.count() == 2
        delivery.deliver()
        assert history.count() == 2 and len(out.path.read_text().splitlines()) == 3


def test_foreign_bytes_in_the_output_are_kept_and_lines_follow_them(tmp_path: Path) -> None:
    out = Output(tmp_path / "results.jsonl")
    with WatchState(tmp_path / "state.sqlite3") as state:
        state.commit([], [("c.png", None, Failure("c.png", None, "c.png is broken.", "ImageError"), None)])
        out.append(b'{"note": "written by someone else"}')  # no line end
        delivery = Delivery(state, out, None, model="digits@1.0")
        delivery.recover()
        delivery.deliver()
        lines = out.path.read_text().splitlines()
        assert lines[0] == '{"note": "written by someone else"}' and '"error": "c.png is broken."' in lines[1]
