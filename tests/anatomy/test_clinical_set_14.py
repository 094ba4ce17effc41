"""Integrity of the fourteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_14.jsonl):
a US community health system's month (two community hospitals with emergency departments, an
urgent-care chain, outpatient imaging centres, a cancer centre, a women's imaging centre and
studies imported from referring facilities).

The set is written by tests/anatomy/clinical14/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy) and carry only header keywords that real systems
fill, with no identifiers.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_14.jsonl"
BUILD = HERE / "clinical14" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITES = {"ch-north", "ch-south", "urgent", "oic", "cancer", "womens", "outside"}
# Side words as US systems (and the Spanish-language outside facilities) write them, one word each.
SIDE_WORDS = {"R": {"R", "RT", "RIGHT", "RGT", "RCC", "RMLO", "DERECHA", "DERECHO", "DER"},
              "L": {"L", "LT", "LEFT", "LFT", "LCC", "LMLO", "IZQUIERDA", "IZQUIERDO", "IZQ"}}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
WB = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts):
    words = contract.words_of(texts)
    return {s for s in "RL" if words & SIDE_WORDS[s]}


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in its own or its study's
    text); no tag and no word ever names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT)))


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == WB for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.15 * len(rows)
    # tomosynthesis, echo and densitometry are there
    assert any(r["meta"].get("SOPClassUID") == "1.2.840.10008.5.1.4.1.1.13.1.3" for r in rows)
    assert any(r["group"].endswith(":dxa") for r in rows)
    assert any("ECHO" in (r["meta"].get("StudyDescription") or "") for r in rows)


def test_the_mix_is_a_community_system_month(rows):
    """Seven sites, none dominating; 35-50 % carry their study; about a third lack
    BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == SITES
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.2 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "stroke", "trauma", "msk", "breast", "ob", "gyn", "peds", "cardio", "vascular", "uro", "gi",
            "chest", "nm", "dxa", "general", "no-anatomy"} <= set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # siblings are plain metadata with scouts and dose pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any(d in ("Dose Report", "Patient Protocol", "Dose Info") for d in sibs)
    assert any(d in ("Scout", "SCOUT", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR axial series are both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
    # BodyPartExamined is not the label: it is coarse or wrong in a share of the rows that have it
    disagree = sum(1 for r in rows if r["meta"].get("BodyPartExamined")
                   and (r["meta"]["BodyPartExamined"] not in CODES or [r["meta"]["BodyPartExamined"]] != r["labels"]))
    assert disagree >= 0.15 * sum(1 for r in rows if r["meta"].get("BodyPartExamined"))
    # descriptions as a RIS sends them: at most 64 characters, some Spanish
    assert all(len(r["meta"].get("StudyDescription") or "") <= 64 for r in rows)
    assert sum(bool(re.search(r"ESPANOL|SPANISH|INTERPRET|TAC |RM |RX |DERECHA|IZQUIERDA", r["meta"].get("StudyDescription")
                              or "")) for r in rows) >= 20


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "CR", "OperatorsName": "TECH^A"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # side words of either side are seen, in English and in Spanish
    assert sides_named(["XR ANKLE LT 3+ VIEWS"]) == {"L"}
    assert sides_named(["RX RODILLA DERECHA"]) == {"R"}
    assert sides_named(["MRI L-SPINE", "MRI KNEE RT"]) == {"L", "R"}
