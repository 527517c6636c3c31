"""Every field the plain ``predict --json`` writes has a column in the Ray engine's output.

Not slow and no cluster: this runs the real predictor on the bundled samples (an image
pack and a tabular one, answers and failures), so a field added to ``predict --json``
fails here, in the quick tests, before a Ray job stops on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from inference.cluster.rows import AS_JSON_TEXT, OUTPUT_FIELDS, output_table
from inference.session import open_predictor


def plain_answers(model: str, paths: list[Path]) -> list[dict]:
    with open_predictor(model, threads=1) as predictor:
        return [outcome.to_json() for outcome in predictor.predict_paths(paths)]


def test_the_plain_commands_fields_all_have_a_column(samples_dir, tmp_path, tepi_home) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes((samples_dir / "digit-3.png").read_bytes()[:40])
    bad_cell = tmp_path / "bad.csv"
    rows = (samples_dir / "iris.csv").read_text().splitlines()
    first = rows[1].replace(rows[1].split(",")[0], "n/a", 1)
    bad_cell.write_text("\n".join([rows[0], first, rows[2]]) + "\n")
    answers = plain_answers("digits", [samples_dir / "digit-3.png", broken])
    answers += plain_answers("iris", [samples_dir / "iris.csv", bad_cell])
    assert any("error" in a for a in answers) and any("label" in a for a in answers)
    fields = {key for answer in answers for key in answer}
    assert fields <= OUTPUT_FIELDS, f"no column in the Ray output for {sorted(fields - OUTPUT_FIELDS)}"

    table = output_table(answers, "node-1", "actor-1")
    assert isinstance(table, pa.Table) and table.num_rows == len(answers)
    for written, answer in zip(table.to_pylist(), answers, strict=True):
        assert {"worker": "node-1", "actor": "actor-1"}.items() <= written.items()
        for key, value in answer.items():
            stored = written[key]
            assert (json.loads(stored) if key in AS_JSON_TEXT else stored) == value, key
