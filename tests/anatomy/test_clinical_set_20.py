"""Integrity of the twentieth blind clinical anatomy set (tests/anatomy/data/clinical_set_20.jsonl):
a fortnight of UK and Irish public hospitals (NHS England teaching and district general hospitals,
NHS Scotland, NHS Wales, Northern Ireland, two HSE hospitals) and an independent-sector
diagnostic centre, ten sites writing NICIP-style English exam names, with Welsh in Wales.

The set is written by tests/anatomy/clinical20/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_20.jsonl"
BUILD = HERE / "clinical20" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in.
SITE_LANGS = {"eng-teach1": {"en"}, "eng-teach2": {"en"}, "eng-dgh1": {"en"}, "eng-dgh2": {"en"}, "sco": {"en"},
              "wal": {"en", "cy"}, "ni": {"en"}, "ie-hse1": {"en"}, "ie-hse2": {"en"}, "uk-indep": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "cy": {"R": {"DE", "DDE"}, "L": {"CHWITH"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# A UK/Irish RIS exam name starts with its modality (NICIP style), a programme or a service name.
RIS = (r"(?i)^([A-Z]{5,6} )?(XR|X-RAY|CT|MR|MRI|US|NM|MG|MAMMO|FL|FLUORO|IR|PET|DEXA|DXA|Theatre|Fluoroscopy|NHSBSP|SBSP|"
       r"NIBSP|BreastCheck|Breast Test Wales|Bron Brawf|Scottish Breast|Private Screening|Dental|CBCT|Echo|OB|EARLY|QA|Daily QA|"
       r"Physics QA|PHANTOM|QC|Pelydr-X|Sgan|Uwchsain|Mamogram)\b")
WELSH = r"(?i)\b(Pelydr-X|Sgan|Uwchsain|Mamogram|Chwith|Dde|De|Pen-glin|Ysgwydd|Clun|Ff[eê]r|Troed|Llaw|Arddwrn|Penelin|Elin|Braich|" \
        r"Morddwyd|Coes|Brest|Pelfis|Gwddf|Asgwrn|Bron|Bronnau|Dannedd|Beichiogrwydd|Arennau|Bron Brawf Cymru|Ddwy|Dwyochrog|Dwylo|esgyrn)\b"


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
            found.add(s)
    return found


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


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context (sequence-only
    series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in English or, in Wales,
    Welsh in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb row is never a plain one-sided exam: its texts carry a word for both
    sides or a plural, or it is a film of a both-sides order, or a breast MR."""
    both = {"BOTH", "BILAT", "BILATERAL", "HIPS", "HANDS", "KNEES", "FEET", "LONG", "LEG", "LIMBS", "RUN", "DWYOCHROG", "DDWY"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & both or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_public_hospital_fortnight(rows):
    """10 sites, none over 15 %; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 50 and max(sites.values()) <= 0.15 * n
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.28 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "obs", "onc", "trauma", "ir", "fluoro",
            "paeds", "nm", "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator") or d.startswith("Topogram") for d in sibs)
    # NICIP procedure codes travel with some rows
    assert sum("ProcedureCodeSequence" in r["meta"] for r in rows) >= 50
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_as_uk_and_irish_ris_do(rows):
    """Most study descriptions start as a UK/Irish RIS writes an exam (NICIP-style modality
    prefix, a screening programme or a service); a share of the Welsh site's names carry Welsh."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        ris = sum(bool(re.search(RIS, d)) for d in descs) / len(descs)
        assert ris >= 0.8, (s, ris)
        welsh = sum(bool(re.search(WELSH, d)) for d in descs) / len(descs)
        if "cy" in SITE_LANGS[s]:
            assert welsh >= 0.2, (s, welsh)
        else:
            assert welsh < 0.05, (s, welsh)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "JDB"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # side words of either side are seen, in English and in Welsh
    assert sides_named(["XR Knee Lt"], {"en"}) == {"L"}
    assert sides_named(["MRI Shoulder RIGHT"], {"en"}) == {"R"}
    assert sides_named(["Pelydr-X Llaw Dde"], {"cy", "en"}) == {"R"}
    assert sides_named(["Pelydr-X Pen-glin Chwith"], {"cy", "en"}) == {"L"}
    # and a Welsh side word is not read outside Wales
    assert sides_named(["XR Hand Dde"], {"en"}) == set()
