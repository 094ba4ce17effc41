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
from radview.protocols.hanging import load_library, plan_for_study
from radview.protocols.hanging.evaluation import history_metas, load_histories, score_plan, study_uid
from radview.protocols.hanging.sources import patient_display_sets

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
    library = load_library(None).protocols
    misses, compared = {}, 0
    for h in histories:
        folder = tmp_path / h["id"]
        folder.mkdir()
        for i, meta in enumerate(history_metas(h)):
            (folder / f"{i:03d}.dcm").write_bytes(header_bytes(meta))
        current = study_uid(h, h["current"])
        assert main(["hang", "--dir", str(folder), "--study", current, "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
        score = score_plan(h, plan)
        if score.wrong:
            misses[h["id"]] = score.wrong
        # the folder path decides what the in-memory path decides, prior by prior and cell by cell
        memory = plan_for_study(patient_display_sets(history_metas(h), current), current, library).to_json()
        assert _decisions(plan) == _decisions(memory), h["id"]
        compared += len(plan.get("priors") or [])
    assert misses == {k: v for k, v in figures["misses"].items() if k in {h["id"] for h in histories}}
    assert compared >= 20  # enough priors judged on both paths for the comparison to mean something


def _decisions(plan: dict) -> tuple:
    priors = tuple((p["study_uid"], bool(p.get("relevant"))) for p in plan.get("priors") or [])
    cells = tuple((v.get("study_uid"), bool(v.get("empty"))) for v in plan.get("viewports") or [])
    return priors, cells


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
