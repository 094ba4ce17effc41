"""The labelled histories (tests/hanging/data/histories.json) with regression bars, by both paths:
metadata in memory (as the bench) and metadata-only DICOM folders through `radview hang --dir --json`.

The labels were written by hand before the engine ran on them (docs/hanging.md, "Evaluation
histories"); the real anatomy model is used, as in the product.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radview.bench.hang import evaluate_histories, header_bytes
from radview.cli import main
from radview.errors import UsageError
from radview.protocols.hanging.evaluation import history_metas, load_histories, score_plan, study_uid

HISTORIES = Path(__file__).parent / "data" / "histories.json"


@pytest.fixture(scope="module")
def figures():
    return evaluate_histories(HISTORIES)


def test_history_set_is_large_and_varied():
    histories = load_histories(HISTORIES)
    assert len(histories) >= 60
    assert len({h["lang"] for h in histories}) >= 5
    modalities = {t.split("|")[0] for h in histories for s in h["studies"] for t in s["series"]}
    assert {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF"} <= modalities
    assert any(s.get("inst") == "outside" for h in histories for s in h["studies"])


def test_engine_meets_the_bars_and_beats_the_baseline(figures):
    e, b = figures["engine"], figures["baseline_same_modality"]
    assert e["relevance_accuracy"] >= 0.97, figures["misses"]
    assert e["first_prior_accuracy"] >= 0.95, figures["misses"]
    assert e["first_prior_shown_stage1"] >= 0.95, figures["misses"]
    assert e["empty_cells_stage1"] <= 15
    for key in ("relevance_accuracy", "first_prior_accuracy", "first_prior_shown_stage1"):
        assert e[key] > b[key] + 0.3, key


def test_hang_dir_json_gives_the_same_scores(tmp_path, capsys, figures):
    histories = [h for i, h in enumerate(load_histories(HISTORIES)) if i % 4 == 0 or h["id"] in figures["misses"]]
    misses = {}
    for h in histories:
        folder = tmp_path / h["id"]
        folder.mkdir()
        for i, meta in enumerate(history_metas(h)):
            (folder / f"{i:03d}.dcm").write_bytes(header_bytes(meta))
        assert main(["hang", "--dir", str(folder), "--study", study_uid(h, h["current"]), "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
        score = score_plan(h, plan)
        if score.wrong:
            misses[h["id"]] = score.wrong
    # the folder path reads what the in-memory path is given
    assert misses == {k: v for k, v in figures["misses"].items() if k in {h["id"] for h in histories}}
    assert misses  # the known misses (anatomy the model does not recognise) are among them


def test_bench_prints_engine_and_baseline(capsys):
    assert main(["bench", "hang", "--histories", str(HISTORIES)]) == 0
    out = capsys.readouterr().out
    assert "engine | baseline" in out and "most recent relevant prior first" in out
    assert main(["bench", "hang", "--histories", str(HISTORIES), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"file", "engine", "baseline_same_modality"}


@pytest.mark.parametrize("doc, message", [
    ({"format": "other", "histories": []}, "not a history file"),
    ({"format": "radview-hang-histories/1", "histories": [{"id": "x", "current": "c", "studies": []}]},
     "needs an id, studies and a current study"),
    ({"format": "radview-hang-histories/1", "histories": [
        {"id": "x", "current": "c", "relevant": ["p9"], "studies": [{"key": "c", "series": ["CT|a"]}]}]},
     "unknown studies ['p9']"),
    ({"format": "radview-hang-histories/1", "histories": [
        {"id": "x", "current": "c", "studies": [{"key": "c", "series": ["no modality"]}]}]}, "bad series"),
])
def test_bad_history_files_are_refused_with_the_place(tmp_path, doc, message):
    path = tmp_path / "h.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(UsageError, match="h.json") as exc:
        load_histories(path)
    assert message in str(exc.value)
    path.write_text("{oops")
    with pytest.raises(UsageError, match="line 1 column 2"):
        load_histories(path)
    assert main(["bench", "hang", "--histories", str(tmp_path / "missing.json")]) == 1
