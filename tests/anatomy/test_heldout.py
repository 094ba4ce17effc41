"""The held-out evaluation set and the regression bar of the shipped model on it.

The set (tests/anatomy/data/heldout_idc.jsonl) holds series of the reserved IDC
collections only, labelled by tests/anatomy/heldout/labeller.py (a reading of the
label spec that never imports radview) plus a reader's recorded decisions.  The
bars sit just under what the shipped model reaches (docs/anatomy.md): a model
that regresses fails here.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from radview.protocols.anatomy import evaluate as E
from radview.protocols.anatomy.labels import LABELS
from radview.protocols.anatomy.model import default_model

HERE = Path(__file__).resolve().parent
SET = HERE / "data" / "heldout_idc.jsonl"

# Bars on the exact label set (model + study context): measured minus about one point.
BAR_EXACT = 0.975
BAR_EXACT_NO_BPE = 0.89
BAR_LATERALITY = 0.98


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def result():
    return E.evaluate(E.load_jsonl(SET), default_model())


def test_set_is_large_held_out_and_stratified(rows):
    assert len(rows) >= 800
    for r in rows:  # the binding split: evaluation collections only
        assert hashlib.sha256(r["collection"].encode()).hexdigest()[0] in "cdef", r["collection"]
        assert set(r["labels"]) <= set(LABELS) and r["laterality"] in (None, "L", "R", "B")
        assert r["reasons"], r["id"]  # every label says why
    strata = Counter(r["stratum"] for r in rows)
    assert len({r["collection"] for r in rows}) >= 15 and len(strata) >= 40
    assert len({r["meta"]["Modality"] for r in rows}) >= 8
    assert max(strata.values()) <= 0.06 * len(rows)  # no collection/modality dominates
    # every row the labeller doubted was decided by the reader, and says so
    assert all(r["read"] for r in rows if r["doubts"])
    assert len({r["id"] for r in rows}) == len(rows)


def test_labeller_is_independent_of_the_package():
    source = (HERE / "heldout" / "labeller.py").read_text()
    assert not re.search(r"^\s*(from|import)\s+radview", source, re.M)


def test_regression_bar_on_the_held_out_set(result):
    with_bpe, without = result["model_study"], result["model_study_no_bpe"]
    assert with_bpe["exact"] >= BAR_EXACT, with_bpe["exact"]
    assert without["exact"] >= BAR_EXACT_NO_BPE, without["exact"]
    assert with_bpe["laterality"]["accuracy"] >= BAR_LATERALITY, with_bpe["laterality"]
    # the gain over BodyPartExamined alone, and the study context's own gain
    assert with_bpe["exact"] > result["baseline_bodypart"]["exact"] + 0.2
    assert with_bpe["exact"] > result["model"]["exact"]
    # the model is worth more than the lexicon rule it is fed, with and without BodyPartExamined
    assert with_bpe["exact"] > result["rules"]["exact"] + 0.02
    assert without["exact"] > result["rules_no_bpe"]["exact"] + 0.02
    assert result["model"]["exact"] >= result["rules"]["exact"]
    lo, hi = with_bpe["exact_ci95"]
    assert lo <= with_bpe["exact"] <= hi and hi - lo < 0.05


def test_wilson_interval():
    assert E.wilson(0, 0) == (0.0, 0.0)
    lo, hi = E.wilson(95, 100)
    assert lo == pytest.approx(0.8882, abs=1e-3) and hi == pytest.approx(0.9785, abs=1e-3)


def test_evaluate_cli_on_the_held_out_set():
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "evaluate"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for name in ("model + study context, all fields", "rule-only labeller", "baseline: BodyPartExamined",
                 "95% CI", "per-label F1"):
        assert name in proc.stdout
