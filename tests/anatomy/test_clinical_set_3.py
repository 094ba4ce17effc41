"""Integrity of the third blind clinical anatomy set (tests/anatomy/data/clinical_set_3.jsonl).

The set is written by tests/anatomy/clinical3/build.py; the committed file must be
exactly what the generator writes, and every row must follow the label rules of the
shared anatomy spec (codes, laterality only with a limb or breast label).
"""

import importlib.util
import json
from pathlib import Path

import pytest

from tests.anatomy.set_contract import CODES, row_errors

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_3.jsonl"
BUILD = HERE / "clinical3" / "build.py"

def load_build():
    spec = importlib.util.spec_from_file_location("clinical3_build", BUILD)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_committed_file_is_what_the_generator_writes():
    assert DATA.read_text(encoding="utf-8") == load_build().render()


def test_every_row_follows_the_spec(rows):
    assert len(rows) >= 800
    bad = [(i, e) for i, r in enumerate(rows) if (e := row_errors(r))]
    assert bad == []


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = {r["meta"]["Modality"] for r in rows}
    assert {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF", "IO", "PX"} <= mods
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)


@pytest.mark.parametrize("bad, fragment", [
    ({"labels": ["CHEST"], "laterality": "L"}, "laterality without"),
    ({"labels": ["KNEE", "SKULL"]}, "codes outside"),
    ({"laterality": "left"}, "bad laterality"),
    ({"why": " "}, "empty why"),
    ({"group": ""}, "empty group"),
    ({"meta": {"Modality": "CT", "PatientName": "X"}}, "identifying"),
    ({"study": {"series": []}}, "study needs"),
    ({"study": {"StudyDescription": "", "series": [{"labels": ["HEAD"]}]}}, "plain metadata"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    good = {"meta": {"Modality": "CR"}, "labels": ["KNEE"], "laterality": "R", "why": "x", "group": "g"}
    assert row_errors(good) == []
    errs = row_errors({**good, **bad})
    assert any(fragment in e for e in errs), errs
