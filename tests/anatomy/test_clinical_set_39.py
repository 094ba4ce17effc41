"""Integrity of the thirty-ninth blind clinical anatomy set (tests/anatomy/data/clinical_set_39.jsonl):
oncology, radiotherapy planning, nuclear medicine and interventional oncology at five cancer
centres writing English and Quebec French (Canada), Dutch, Spanish with some Catalan, Korean
mixed with English, and Indian English.

The set is written by tests/anatomy/clinical39/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_39.jsonl"
BUILD = HERE / "clinical39" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English side words are read everywhere).
SITE_LANGS = {"ca-cancer": {"en", "fr"}, "nl-cancer": {"nl"}, "es-onc": {"es", "cat"}, "kr-cancer": {"ko"}, "in-cancer": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DR"}, "L": {"GAUCHE", "G", "GCHE"}},
    "nl": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "DER"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZDO", "IZDA", "IZQ"}},
    "cat": {"R": {"DRET", "DRETA", "DTA"}, "L": {"ESQUERRE", "ESQUERRA", "ESQ"}},
    "ko": {"R": {"우측", "오른쪽"}, "L": {"좌측", "왼쪽"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions, with the share each
# site must reach (the Canadian centre writes mostly English, the Korean one mixes in English).
LOCAL = {
    "ca-cancer": (r"(?i)(TDM|IRM|TEP|Échographie|Echographie|Scintigraphie|SCINTI|Lymphoscintigraphie|Ventriculographie|Mammographie|"
                  r"Biopsie|Simulation TDM|Installation|Radiographie|RX POUMONS|RX pulmonaire|Repérage|Reperage|Chimioembolisation|"
                  r"Vertébroplastie|Vertebroplastie|Drainage|Ablation par|Cryoablation|CBCT ORL|CBCT pelvis \(|RX fémur|RX femur|RX humérus|"
                  r"RX humerus|RX épaule|RX epaule|sein|cuisse|genou|avant-bras|épaule|main|jambe)", 0.2),
    "nl-cancer": (r"(?i)(thorax|abdomen|hals|lever|hersenen|cerebrum|prostaat|rectum|bekken|wervelkolom|hoofd|mondholte|nasopharynx|"
                  r"total body|PET|scintigrafie|Botscan|Schildwachtklier|Sentinel|Renografie|MAA|Plan-CT|4DCT|Brachy|MR-linac|MRL|CBCT|XVI|"
                  r"geleide|Echo|SIRT|punctie|Oesofagusstent|pleuradrain|Port-a-cath|PAC|PICC|X-|Mammografie|mammae|mamma|oksel|"
                  r"Preparaatfoto|kind|bovenbeen|onderbeen|bovenarm|hand|voet|knie|elleboog|schouder|pols)", 0.6),
    "es-onc": (r"(?i)(TC|TAC|RM|RX|PET|Radiograf|ECOGRAF|GAMMAGRAF|Rastreo|LINFOGAMMAGRAF|BSGC|RENOGRAMA|SIMULACI|planificaci|"
               r"braquiterapia|CBCT|IMAGEN|BAG|BAV|BIOPSIA|PAAF|ABLACI|QUIMIOEMBOLIZACI|EMBOLIZACI|NEFROSTOM|RESERVORIO|port-a-cath|PICC|"
               r"HICKMAN|MAMOGRAF|TOMOS|MARCAJE|PIEZA|COLANGIO|Gammagrafia|Ecografia|simulaci|tòrax)", 0.6),
    "kr-cancer": (r"[\uac00-\ud7a3]", 0.3),
    "in-cancer": (r"(CECT|NCCT|HRCT|CEMRI|USG|FNAC|Ca |k/c/o|NACT|B/L|MMG|Sono-mammography|Trucut|ICBT|MRM|PTBD|Chemoport|Chemo port|"
                  r"X-RAY|CXR|PET|Ga68|Tc99m|I-131|Lu177|MUGA|MRI|CT Sim|RT Planning|4DCT|CBCT|Portal|PICC|Ba swallow|Barium|TAP|"
                  r"Mammography|Screening|Specimen|Wire|Lymphoscintigraphy|Bone scan|WB|paed|SOL|GBM|Ca Cx|Rt IJV|LS spine|WS|TACE)", 0.9),
}


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
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A both-sides row is a bilateral order (a word for both breasts or both sides), a spot view
    of both knees in a bone scan, or a bilateral breast MR."""
    both = {"BILATERAL", "BILAT", "BOTH", "BILATÉRALE", "BDZ", "BEIDERZIJDS", "MAMMAE", "MAMAS", "양측", "B", "KNEES",
            "SCREENING", "DÉPISTAGE", "DEPISTAGE", "CRIBADO", "OBSP", "CEM", "MAMMOGRAPHY", "MAMOGRAFÍA", "MAMMOGRAFIE", "BREASTS"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & both, r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "PT", "NM", "US", "MG", "DX", "RF", "XA", "SR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 30
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    # radiotherapy objects and treatment-room images are there
    assert {"RTSTRUCT", "RTPLAN", "RTDOSE"} & set(mods)
    assert any(r["meta"]["Modality"] == "CT" and r["meta"].get("Manufacturer") in ("Varian Medical Systems", "ELEKTA", "Accuray")
               for r in rows)


def test_the_mix_is_a_cancer_centre_mix(rows):
    """Five sites, none dominating; 35-50 % carry their study; about a third lack
    BodyPartExamined; every oncology family is there; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 150 and max(sites.values()) <= 0.25 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"staging", "mr", "pet", "nm", "rt", "ir", "access", "breast", "paeds", "sarcoma", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Topo") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] in ("RTSTRUCT", "RTPLAN", "RTDOSE", "RTRECORD", "REG", "KO", "PR", "DOC"):
            assert r["labels"] == [], r


def test_sites_write_in_their_own_languages(rows):
    """A share of each site's rows carry a study description in the site's own language."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        pattern, share = LOCAL[s]
        local = sum(bool(re.search(pattern, d)) for d in descs) / len(descs)
        assert local >= share, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CT", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CT", "PatientAge": "054Y"}}, "identifying"),
    ({"meta": {"Modality": "RTPLAN", "OperatorsName": "RTT"}}, "identifying"),
    ({"meta": {"Modality": "RTIMAGE", "RTImageLabel": "MV1"}}, "outside the allowed"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["IRM cuisse G"], {"en", "fr"}) == {"L"}
    assert sides_named(["MRI bovenbeen re"], {"nl"}) == {"R"}
    assert sides_named(["ECOGRAFÍA MAMA IZQUIERDA"], {"es", "cat"}) == {"L"}
    assert sides_named(["Ecografia mama dreta"], {"es", "cat"}) == {"R"}
    assert sides_named(["모의치료 CT 좌측 유방"], {"ko"}) == {"L"}
    assert sides_named(["USG Rt Breast"], {"en"}) == {"R"}
    # a Dutch abbreviation is not read as a side in the Spanish site
    assert sides_named(["RM muslo re"], {"es", "cat"}) == set()
