"""Integrity of the twenty-fifth blind clinical anatomy set (tests/anatomy/data/clinical_set_25.jsonl):
a fortnight of German-speaking outpatient radiology (practices and MVZ in Germany, a mammography
screening unit, an Austrian and a Swiss imaging institute) and one German university hospital,
seven sites writing German in its German, Austrian and Swiss forms, on consoles that sometimes
write umlauts as ae/oe/ue, with English scanner and protocol names mixed in.

The set is written by tests/anatomy/clinical25/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_25.jsonl"
BUILD = HERE / "clinical25" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITES = {"de-mvz-hh", "de-praxis-muc", "de-mvz-nrw", "de-screening", "de-uniklinik", "at-institut", "ch-institut"}
# Side words, one upper-case word each (texts are split at anything but letters and digits):
# German full and short forms, the Latin forms of clinical notes, English.
SIDE_WORDS = {"R": {"RECHTS", "RE", "DEXT", "DEXTRA", "DEXTER", "RIGHT", "RT", "R"},
              "L": {"LINKS", "LI", "SIN", "SINISTRA", "SINISTER", "LEFT", "LT", "L"}}
BOTH_WORDS = {"BDS", "BEIDSEITS", "BEIDSEITIG", "BEIDE", "BILATERAL", "HÄNDE", "HAENDE", "FÜSSE", "FÜẞE", "FUESSE", "HÜFTEN",
              "HUEFTEN", "HÜFTGELENKE", "HUEFTGELENKE", "KNIEGELENKE", "GANZBEIN", "GANZBEINSTANDAUFNAHME", "GANZBEINAUFNAHME",
              "BEINE", "BEIN", "BEINACHSE", "RUN", "DUAL", "DUALFEMUR", "LONG"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
GERMAN = re.compile(r"(?i)(MRT|MRI|\bMR\b|\bCT|R[öÖ]|ROE|Roe|Röntgen|Sono|Ultraschall|Duplex|DVT|OPG|OPT|Mammo|Screening|Szinti|PET|DXA|"
                    r"Knochen|Osteodensitometrie|Zahnfilm|Orthopantomogramm|Panorama|Hüft|Huef|Knie|Thorax|Schulter|Becken|Wirbel|HWS|BWS|"
                    r"LWS|Schädel|Schaedel|Kopf|Hals|Abdomen|Mamma|Brust|Prostata|Arthro|PRT|Infiltration|Angio|TACE|Vakuumbiopsie|"
                    r"Skelettalter|Knochenalter|MCU|Zwerchfell|Zysturethro|Torsion|Ganzbein|Hände|Haende|Füße|Fuesse|Füsse|Säugling|Saeugling|"
                    r"Kardio|Cardio|Koronar|Calcium|Herz|Leber|MRCP|Sellink|Nieren|Harnblase|Unterbauch|Hoden|Rektum|Endometriose|Defäko|Analfistel|"
                    r"Staging|Ganzkörper|Ganzkoerper|GK-MRT|Whole-Body|Skelett|Myokard|Sentinel|Lungenperfusion|Schilddrüse|Schilddruese|SD-Szinti|"
                    r"Nasennebenhöhlen|NNH|Felsenbein|Mittelgesicht|Kiefer|Parotis|Nasenbein|Jochbogen|Rippen|Sternum|Low-Dose|HRCT|Carotiden|"
                    r"Beinvenen|Kompressionssonographie|Becken-Bein|Bein|DSA|Zerebral|Chemoembolisation|Oberbauch|Pankreas|Urolithiasis|Steißbein|"
                    r"Steissbein|Kreuzbein|ISG|Iliosakral|Skoliose|Zahn|Bissflügel|Einzelzahn|Cone-Beam|Hüftsono|Schädelsono|Refluxprüfung|Früh)")


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
    contract.check_something_to_read(rows, TEXT)


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context (sequence-only
    series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a German, Latin or English side
    word in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT)))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts carry a word for both sides or
    name a both-sides exam (both hands, hips, feet, long legs, run-off, dual femur), or it is a
    film tagged B, a pelvis that shows both hips, or a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        if "PELVIS" in r["labels"] or m.get("ImageLaterality") == "B":
            continue
        texts = contract.row_texts(r, TEXT)
        assert contract.words_of(texts) & BOTH_WORDS, r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    # the bilateral and multi-region limb exams of orthopaedic referrals and vascular work are there
    for union in ({"HIP", "THIGH", "KNEE", "LEG", "ANKLE"}, {"HIP", "KNEE", "ANKLE"}, {"PELVIS", "HIP"}, {"THIGH", "KNEE", "LEG"},
                  {"ABDOMEN", "PELVIS", "THIGH", "LEG", "FOOT"}, {"CSPINE", "TSPINE", "LSPINE"}, {"LSPINE", "PELVIS"}):
        assert any(union <= set(r["labels"]) for r in rows), union


def test_the_mix_is_an_outpatient_and_university_fortnight(rows):
    """Seven sites, none dominating; outpatient work (limbs, spine, breast) is most of it; 35-50 %
    carry their study; about a third lack BodyPartExamined; every clinical family is there; pages
    without anatomy are empty and only they are."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == SITES
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.22 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "pelvis", "onc", "vasc", "paeds", "nm", "dxa",
            "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert (strata["msk"] + strata["spine"] + strata["breast"]) / n >= 0.5
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 150
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any(d in ("Patient Protocol", "Dose Report", "Dose Info", "Dose Summary") for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_german(rows):
    """Most rows of every site carry a German study description; umlauts are written as such, as
    ae/oe/ue by ASCII consoles, and now and then garbled by a Western code page."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        assert sum(bool(GERMAN.search(d)) for d in descs) / len(descs) >= 0.8, s
    descs = [d for ds in by_site.values() for d in ds]
    assert any(re.search(r"[äöüÄÖÜ]", d) for d in descs)
    assert any(re.search(r"(?i)(Huefte|Roe|Fuesse|Schaedel|Haende|Schilddruese)", d) for d in descs)
    assert any("Ã" in d for d in descs)
    assert not any("ß" in d for d in by_site["ch-institut"])


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "MTRA"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["MRT Knie li."]) == {"L"}
    assert sides_named(["Rö OSG re. 2E"]) == {"R"}
    assert sides_named(["MR Genu dext."]) == {"R"}
    assert sides_named(["Schulter sin."]) == {"L"}
    # a German word that merely starts like a side word is not one
    assert sides_named(["Sono Leber", "Rippen", "Sinus"]) == set()
