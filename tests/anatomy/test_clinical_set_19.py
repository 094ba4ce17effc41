"""Integrity of the nineteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_19.jsonl):
a fortnight of North American hospitals, two US academic medical centres, three US community
hospitals, a US outpatient imaging chain, a US teleradiology company reading nights for rural
hospitals, and two Canadian hospitals (Quebec writing French, Ontario writing English).

The set is written by tests/anatomy/clinical19/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_19.jsonl"
BUILD = HERE / "clinical19" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in.
SITE_LANGS = {"us-acad1": {"en"}, "us-acad2": {"en"}, "us-comm1": {"en"}, "us-comm2": {"en"}, "us-comm3": {"en"},
              "us-opc": {"en"}, "us-tele": {"en"}, "ca-qc": {"fr", "en"}, "ca-on": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DT"}, "L": {"GAUCHE", "G", "GCHE"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
FRENCH = (r"(?i)\b(IRM|TDM|TACO|RX|RADIOGRAPHIE|[ÉE]CHOGRAPHIE|[ÉE]CHO-DOPPLER|MAMMOGRAPHIE|SCINTIGRAPHIE|TEP|TEP-TDM|"
          r"ANGIO-TDM|ANGIO-IRM|ANGIOSCAN|OST[ÉE]ODENSITOM[ÉE]TRIE|BIOPSIE|CHOLANGIO-IRM|URO-TDM|COROSCAN|LYMPHOSCINTIGRAPHIE|"
          r"VID[ÉE]OFLUOROSCOPIE|CYSTOGRAPHIE|TRANSIT|LAVEMENT|[ŒO]E?SOPHAGOGRAPHIE|REP[ÉE]RAGE|PARACENT[ÈE]SE|THORACENT[ÈE]SE|"
          r"CYTOPONCTION|N[ÉE]PHROSTOMIE|EMBOLISATION|ART[ÉE]RIOGRAPHIE|FISTULOGRAPHIE|VERT[ÉE]BROPLASTIE|INSTALLATION|CORONAROGRAPHIE|"
          r"VENTRICULOGRAPHIE|R[ÉE]NOGRAPHIE|VIDANGE|PROFIL BIOPHYSIQUE|ARTHRO-IRM|VEINO-IRM|INSTALLATION)\b")
ENGLISH = (r"(?i)^(CT|CTA|MRI|MR|MRA|MRV|XR|X-Ray|US|U/S|Ultrasound|NM|PET|MAMMO|MG|FL|IR|DXA|DEXA|ECHO|CARDIAC|CV|OBSP|"
           r"Mammogram|SCREENING|Research|RESEARCH|QA|MR QA|CT DAILY|PHANTOM)\b")


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
    contract.check_something_to_read(rows, TEXT)


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context (sequence-only
    series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_order_names_fit_the_catalogue_field(rows):
    """Order catalogue names are cut at 64 characters, as the sites' systems send them."""
    for r in rows:
        for t in [r["meta"].get("StudyDescription"), r["meta"].get("RequestedProcedureDescription"),
                  r.get("study", {}).get("StudyDescription")]:
            assert t is None or len(t) <= 64, r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts carry a word for both sides, or
    it is a film of the pelvis (both hips on it), or a breast MR."""
    both = {"BILATERAL", "BILAT", "BILATÉRAL", "BILATÉRALE", "BILATERALE", "BOTH", "KNEES", "FEET", "ANKLES", "HANDS",
            "GENOUX", "PIEDS", "CHEVILLES", "MAINS", "HANCHES", "RUNOFF", "SCANOGRAM", "LONG", "DUAL", "DUALFEMUR", "MEMBRES",
            "HIPS"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        if "PELVIS" in r["labels"]:
            continue
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & both or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_north_american_fortnight(rows):
    """Nine sites, none over 15 %; 35-50 % carry their study; about a third lack
    BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "stroke", "headneck", "chest", "cardio", "abdo", "ob", "onc", "ir", "trauma",
            "paeds", "nm", "dxa", "research", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # research protocols come from the academic centres only
    assert {site(r) for r in rows if r["group"].endswith(":research")} <= {"us-acad1", "us-acad2"}
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator", "3-Plane Loc") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """The Quebec hospital writes most of its orders in French; the others write English order
    catalogue names and never French ones."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        french = sum(bool(re.search(FRENCH, d)) for d in descs) / len(descs)
        if s == "ca-qc":
            assert french >= 0.6, (s, french)
        else:
            assert french == 0, s
            english = sum(bool(re.search(ENGLISH, d)) for d in descs) / len(descs)
            assert english >= 0.9, (s, english)


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
    assert sides_named(["XR KNEE 3 VIEWS LEFT"], {"en"}) == {"L"}
    assert sides_named(["MR RT SHOULDER W/O"], {"en"}) == {"R"}
    assert sides_named(["IRM GENOU DROIT"], {"fr", "en"}) == {"R"}
    assert sides_named(["RX POIGNET G"], {"fr", "en"}) == {"L"}
    # a French abbreviation is not read as a side at an English-writing site
    assert sides_named(["XR WRIST D"], {"en"}) == set()
