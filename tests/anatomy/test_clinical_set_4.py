"""Integrity of the fourth blind clinical anatomy set (tests/anatomy/data/clinical_set_4.jsonl).

The set is written by tests/anatomy/clinical4/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow
the label rules of the shared anatomy spec (codes, laterality only with a limb or breast
label, the empty set for series without anatomy) and carry only header keywords that
real systems fill, with no identifiers.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_4.jsonl"
BUILD = HERE / "clinical4" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1300)


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = {r["meta"]["Modality"] for r in rows}
    assert {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF", "IO", "PX"} <= mods
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)


def test_the_mix_is_a_clinical_month(rows):
    """About half the rows carry their study; the issue's hard kinds are a modest share."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.4 <= with_study <= 0.65
    hard = sum(r["group"].startswith("hard:") for r in rows) / len(rows)
    assert 0.10 <= hard <= 0.22
    sites = Counter(r["group"].split(":")[0] for r in rows if not r["group"].startswith("hard:"))
    assert len(sites) == 6 and min(sites.values()) >= 80
    # phantoms and QA are the empty set; dose pages too
    assert all(not r["labels"] for r in rows if r["group"] == "hard:phantom-qa")


@pytest.mark.parametrize("bad, fragment", [
    ({"labels": ["CHEST"], "laterality": "L"}, "laterality without"),
    ({"labels": ["KNEE", "SKULL"]}, "codes outside"),
    ({"labels": ["KNEE", "KNEE"]}, "duplicate"),
    ({"labels": "KNEE"}, "labels must be a list"),
    ({"laterality": "left"}, "bad laterality"),
    ({"why": " "}, "empty why"),
    ({"group": ""}, "empty group"),
    ({"extra": 1}, "unknown keys"),
    ({"meta": {"SeriesDescription": "knee"}}, "Modality"),
    ({"meta": {"Modality": "CT", "PatientName": "X"}}, "identifying"),
    ({"meta": {"Modality": "CT", "SeriesInstanceUID": "1.2.3"}}, "identifying"),
    ({"meta": {"Modality": "CT", "PatientAge": "045Y"}}, "outside the allowed"),
    ({"study": {"series": []}}, "study needs"),
    ({"study": {"StudyDescription": "", "series": [{"labels": ["HEAD"]}]}}, "plain metadata"),
    ({"study": {"StudyDescription": "", "series": [{"Modality": "CT", "AccessionNumber": "A1"}]}}, "plain metadata"),
    ({"study": {"StudyDescription": "", "series": [{"Modality": "CT", "Foo": "x"}]}}, "outside the allowed"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    good = {"meta": {"Modality": "CR"}, "labels": ["KNEE"], "laterality": "R", "why": "x", "group": "g"}
    assert row_errors(good) == []
    errs = row_errors({**good, **bad})
    assert any(fragment in e for e in errs), errs


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt a real row from the set the way a slip in the generator could; the check sees it."""
    row = json.loads(json.dumps(next(r for r in rows if r["laterality"] in ("L", "R"))))
    assert row_errors(row) == []
    row["labels"] = ["CHEST"]
    assert any("laterality without" in e for e in row_errors(row))
