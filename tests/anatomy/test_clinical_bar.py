"""Regression bar of the shipped model on clinical set 1 (tests/anatomy/data/clinical_set.jsonl).

The set was written blind, but its misses were studied to design feature version 6
(docs/anatomy.md): it is NOT blind for the current model, so this bar only guards
against regressions; the blind figures come from sets kept outside the project.  The
bars sit about one point under what the shipped model reaches (docs/anatomy.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radview.protocols.anatomy import evaluate as E
from radview.protocols.anatomy.model import default_model

SET = Path(__file__).resolve().parent / "data" / "clinical_set.jsonl"
BAR_EXACT = 0.985
BAR_EXACT_NO_BPE = 0.985
BAR_LATERALITY = 0.99


@pytest.fixture(scope="module")
def result():
    return E.evaluate(E.load_jsonl(SET), default_model())


def test_regression_bar_on_clinical_set_1(result):
    with_bpe, without = result["model_study"], result["model_study_no_bpe"]
    assert with_bpe["exact"] >= BAR_EXACT, with_bpe["exact"]
    assert without["exact"] >= BAR_EXACT_NO_BPE, without["exact"]
    assert with_bpe["laterality"]["accuracy"] >= BAR_LATERALITY, with_bpe["laterality"]
    assert without["laterality"]["accuracy"] >= BAR_LATERALITY, without["laterality"]
    # the model with its study context is worth more than the rule it is fed
    assert with_bpe["exact"] > result["rules"]["exact"]
    assert without["exact"] > result["rules_no_bpe"]["exact"]
    assert result["model"]["exact"] >= result["rules"]["exact"]
    assert with_bpe["exact"] > result["baseline_bodypart"]["exact"] + 0.5
