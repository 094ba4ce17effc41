"""Integrity of the thirty-second blind clinical anatomy set (tests/anatomy/data/clinical_set_32.jsonl):
a fortnight of screening programmes, mobile units, occupational and military medicine at eight
sites writing English, German, French and Spanish.

The set is written by tests/anatomy/clinical32/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_32.jsonl"
BUILD = HERE / "clinical32" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName",
                  "MilitaryRank", "BranchOfService", "Occupation"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"uk-tlhc": {"en"}, "uk-screen": {"en"}, "us-mtf": {"en"}, "us-occ": {"en"}, "au-sport": {"en"},
              "de-ms": {"de"}, "fr-hia": {"fr"}, "mx-panel": {"es", "en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DT"}, "L": {"GAUCHE", "G", "GCHE"}},
    "es": {"R": {"DERECHO", "DERECHA", "DER", "DCHO", "DCHA"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZDO", "IZDA"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "de": r"(?i)(MRT|Rö|Roe|Röntgen|Sono|CT|Thorax|Mamma|Mammographie|Screening|Knochendichte|Osteodensitometrie|DXA|Kolonographie|Aorta|"
          r"Vorsorge|Überdruck|Ueberdruck|Gelenke|Schilddrüse|Rundherd|Vakuumbiopsie|Abklärung|beidseits|bds|Hüfte|Becken|LWS|HWS|BWS)",
    "fr": r"(?i)(IRM|Rx|Radio|Radiographie|Echographie|TDM|Scanner|TEP|thorax|thoracique|cérébral|cerebral|crâne|rachis|genou|épaule|epaule|hanche|"
          r"cheville|pied|poignet|main|coude|bras|cuisse|jambe|bassin|Ostéodensitométrie|Osteodensitometrie|Absorptiométrie|Absorptiometrie|"
          r"Coloscanner|aptitude|plongée|plongee|BIT|Panoramique|ORTHOPANTOMOGRAMME|EOS|Bilan|ETT|Angio|corps entier|thyroïdienne|thyroidienne|"
          r"Scintigraphie|abdomino|Body-scanner|calcanéum|calcaneum|clavicule|scaphoïde|scaphoide|humérus|humerus|fémur|femur|tibia|doigt|pouce)",
    "es": r"(?i)(RX|Radiografía|Radiografia|TELE|TORAX|TÓRAX|MASTOGRAFIA|MASTOGRAFÍA|Mastograf|USG|TAC|Densitometría|Densitometria|COLUMNA|"
          r"RODILLA|HOMBRO|CADERA|TOBILLO|PIE|MANO|MANOS|MUÑECA|MUNECA|CODO|ANTEBRAZO|BRAZO|MUSLO|PIERNA|CLAVICULA|CLAVÍCULA|ESCAFOIDES|"
          r"HUMERO|HÚMERO|FEMUR|FÉMUR|CALCANEO|CALCÁNEO|ORTEJOS|DEDO|PULGAR|TIBIA|Proyecciones|mama|OIT)",
}
# Words that say a limb or breast order covers both sides (or a film holding both).
BOTH = {"BILATERAL", "BILAT", "BIL", "BOTH", "BEIDSEITS", "BEIDSEITIG", "BDS", "BILATÉRAL", "COMPARATIF", "COMPARATIVAS", "COMPARATIVA",
        "AMBAS", "AMBOS", "KNEES", "FEET", "ANKLES", "HANDS", "HIPS", "RODILLAS", "PIES", "TOBILLOS", "MANOS", "PIERNAS", "CADERAS",
        "GENOUX", "PIEDS", "CHEVILLES", "MAINS", "JAMBES", "HANCHES", "HÜFTEN", "HUEFTEN", "DUALHIP", "DUALFEMUR", "PELVIS", "BECKEN",
        "BASSIN", "TIBIAE", "LEGS", "FEET", "MAMMAE", "BREASTS"}


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
    """A series carries its study description itself or in its study context, except test
    images of phantoms, which belong to no patient's study."""
    for r in rows:
        if r["why"].startswith("phantom"):
            assert not r["labels"], r
            continue
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides or a plural part, or its tag says B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        assert contract.words_of(texts) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_screening_and_service_medicine_fortnight(rows):
    """Eight sites, none dominating; screening (lung, breast, AAA, colon, bone density) and
    fitness/occupational films are most of it; 35-50 % carry their study; about a third lack
    BodyPartExamined; pages without anatomy are empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.17 * n
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.28 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"lung", "cxr", "ilo", "breast", "dxa", "aaa", "ctc", "injury", "medical", "trauma", "workup", "no-anatomy"} == set(strata)
    assert all(k >= 15 for k in strata.values())
    screening = sum(strata[k] for k in ("lung", "cxr", "ilo", "breast", "dxa", "aaa", "ctc", "medical"))
    assert screening / n >= 0.5
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 60
    # siblings are plain metadata with scouts and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Topo") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each, or one series holding both that says so
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry a study description in one of that site's languages."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        if not langs:
            continue
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "DX", "MilitaryRank": "SGT"}}, "identifying"),
    ({"meta": {"Modality": "DX", "Occupation": "coal miner"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["Rö Knie li"], {"de"}) == {"L"}
    assert sides_named(["Rx cheville D face + profil"], {"fr"}) == {"R"}
    assert sides_named(["RX RODILLA IZQ AP Y LAT"], {"es"}) == {"L"}
    assert sides_named(["XR RT ANKLE 3V"], {"en"}) == {"R"}
    # and a Spanish abbreviation is not read as a side in a French site
    assert sides_named(["Rx genou der"], {"fr"}) == set()
