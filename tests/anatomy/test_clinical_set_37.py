"""Integrity of the thirty-seventh blind clinical anatomy set (tests/anatomy/data/clinical_set_37.jsonl):
heart and vascular imaging from five practices, a US academic cardiovascular imaging department,
a UK/Australian vascular surgery and interventional radiology unit, a French cardiology and
vascular centre, an Italian cardiovascular radiology department and a Japanese heart centre,
writing English, French, Italian and Japanese (kanji/katakana and romaji).

The set is written by tests/anatomy/clinical37/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_37.jsonl"
BUILD = HERE / "clinical37" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITE_LANGS = {"us-acad": {"en"}, "uk-vasc": {"en"}, "fr-cardio": {"fr", "en"}, "it-cvrad": {"it", "en"}, "jp-heart": {"ja", "en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DT", "DTE"}, "L": {"GAUCHE", "G", "GCHE"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SN"}},
    "ja": {"R": {"MIGI"}, "L": {"HIDARI"}},
}
# Japanese writes its sides as characters inside longer words.
JA_SIDE_CHARS = {"R": "右", "L": "左"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
LOCAL = {
    "fr": r"(?i)(IRM|Rx|Radio|[EÉ]cho|Doppler|Scanner|TDM|TEP|Scintigraphie|Angioscintigraphie|Coroscanner|Coronarographie|Art[ée]riographie|"
          r"Angioplastie|ATL|Fistulographie|Phl[ée]bographie|Cartographie|Mammographie|Ost[ée]odensitom[ée]trie|thorax|ETT|ETO|EDTSA|ASP|"
          r"Endoproth[èe]se|Implantation|Pose|Score calcique|c(o|œ)ur|cardiaque|bilan|TAVI|EVAR|Angio)",
    "it": r"(?i)(RM|RX|TC|Angio|Ecocolordoppler|ECD|Ecografia|Ecocardiogramma|ETE|Coronarografia|PTCA|PTA|Angioplastica|Scintigrafia|"
          r"SPECT|PET|Mammografia|MOC|torace|addome|Fistolografia|Flebografia|Arteriografia|Angiografia|Ventricolografia|Impianto|"
          r"EVAR|TEVAR|TAVI|Stenting|Cardio|cuore|Doppler|Posizionamento)",
    "ja": r"([\u3040-\u30ff\u4e00-\u9fff]|KANDOUMYAKU|SHINZOU|SHINKIN|SCINTI|ECHO|KEIDOUMYAKU|KASHI|JOUSHI|DAIDOUMYAKU|KYOUBU|TOUBU|"
          r"FUKUBU|ZOUEI|XP|MMG|CAG|PCI|EVT|VAIVT|TAVI|EVAR|TEVAR|CAS|CACS|TCD|TEE|TTE|MRA|CTA|PET|MRI|CT)",
}
# Words that say an order covers both sides (or both limbs by its plural or its kind).
BOTH = {"BILAT", "BILATERAL", "BIL", "BOTH", "BILATERALE", "BILATÉRAL", "BILATÉRALE", "RYOUSOKU", "RYOU", "RUN", "RUNOFF", "BOLUS",
        "STEPPING", "MEMBRES", "MI", "ARTI", "INFERIORI", "LEGS", "HANDS", "STATION"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
            found.add(s)
        if "ja" in langs and any(JA_SIDE_CHARS[s] in t for t in texts):
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
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts say both sides (a word, a plural,
    a run-off or multi-station exam, 両), or its image says B."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        texts = contract.row_texts(r, TEXT)
        assert (contract.words_of(texts) & BOTH or any("両" in t for t in texts)
                or r["meta"].get("ImageLaterality") == "B"), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "US", "XA", "NM", "PT", "DX", "CR", "MG", "SR", "OT", "KO", "BMD"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_heart_and_vascular_work(rows):
    """Five sites of about 180-220 rows; 35-50 % carry their study; about a third lack
    BodyPartExamined; every stratum is there; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert all(175 <= k <= 225 for k in sites.values()), sites
    assert 0.25 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"cardiac-ct", "cardiac-mr", "nuclear", "vasc-us", "angio", "cta-mra", "chest-film", "other", "no-anatomy"} == set(strata)
    assert all(k >= 30 for k in strata.values()), strata
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # cardiac and vascular work is most of it
    assert (n - strata["other"] - strata["no-anatomy"]) / n >= 0.75
    # limbs with a side given only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d.startswith(("Topogram", "Scout", "Scanogram", "Surview", "localizer", "Survey")) for d in sibs)
    # heart imaging is CHEST; mammograms are one breast each
    for r in rows:
        if r["meta"]["Modality"] == "MG":
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["group"].split(":")[1] == "cardiac-mr" and r["labels"]:
            assert "CHEST" in r["labels"], r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of the French, Italian and Japanese sites carry a study description in that
    site's language; the French site's ASCII consoles drop accents; the Japanese site writes kanji
    and romaji."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        for g in SITE_LANGS[s] - {"en"}:
            local = sum(bool(re.search(LOCAL[g], d)) for d in descs) / len(descs)
            assert local >= 0.6, (s, local)
    fr = by_site["fr-cardio"]
    assert sum(d.isascii() and d.isupper() for d in fr) >= 0.3 * len(fr)
    ja = by_site["jp-heart"]
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", d)) for d in ja) >= 0.4 * len(ja)
    assert sum(d.isascii() for d in ja) >= 0.15 * len(ja)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "US", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "XA", "PatientAge": "067Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "KT"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["ECHO DOPPLER VEINEUX MI G"], {"fr"}) == {"L"}
    assert sides_named(["Ecocolordoppler venoso arto inferiore dx"], {"it"}) == {"R"}
    assert sides_named(["左下肢静脈エコー"], {"ja"}) == {"L"}
    assert sides_named(["KASHI JOUMYAKU ECHO MIGI"], {"ja"}) == {"R"}
    assert sides_named(["US VENOUS DOPPLER LOWER EXT LT"], {"en"}) == {"L"}
    # an Italian side abbreviation is not read as a side at the Japanese site
    assert sides_named(["EVT SFA sx"], {"ja"}) == set()
