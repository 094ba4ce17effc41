"""Integrity of the twenty-sixth blind clinical anatomy set (tests/anatomy/data/clinical_set_26.jsonl):
a fortnight of South Asian private imaging chains, teaching hospitals and a cancer centre in India,
Pakistan, Bangladesh and Sri Lanka, writing English RIS names in the local habits with occasional
Hindi, Urdu, Bengali, Sinhala and Tamil transliterations.

The set is written by tests/anatomy/clinical26/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_26.jsonl"
BUILD = HERE / "clinical26" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The transliterated languages each site's front desk now and then types (English everywhere).
SITE_LANGS = {"in-del-chain": {"hi"}, "in-mum-chain": {"hi"}, "in-blr-teach": set(), "in-chn-chain": {"ta"},
              "in-kol-teach": {"bn"}, "in-bom-onco": set(), "pk-lhr-teach": {"ur"}, "pk-khi-chain": {"ur"},
              "bd-dhk-diag": {"bn"}, "lk-cmb-teach": {"si"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits; the
# South Asian 'B/L' is read as one word for both sides first).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "hi": {"R": {"DAYAN", "DAAYAN", "DAYEN"}, "L": {"BAYAN", "BAAYAN", "BAYEN"}},
    "ur": {"R": {"DAYAN", "DAAYAN", "DAYEN"}, "L": {"BAYAN", "BAYEN", "BAEN"}},
    "bn": {"R": {"DAN", "DAAN"}, "L": {"BAM", "BAAM"}},
    "si": {"R": {"DAKUNU"}, "L": {"WAM", "VAM"}},
    "ta": {"R": {"VALADHU", "VALATHU"}, "L": {"IDADHU", "IDATHU"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# The English RIS idiom of the region: exam words and abbreviations every site writes.
IDIOM = re.compile(r"(?i)(X-?RAY|X RAY|\bCXR\b|\bCR\b|\bDR\b|\bUSG\b|ULTRASO|SONO|\bTVS\b|\bNT\b|ANOMALY|TIFFA|GROWTH SCAN|DOPPLER|\bCDS\b|"
                   r"FETAL|\bHRCT\b|\bNCCT\b|\bCECT\b|\bCT\b|\bCTA\b|CTPA|\bMRI?\b|MRCP|\bPET\b|PET-CT|PET/CT|SCAN|MAMMO|\bOPG\b|CBCT|IOPA|"
                   r"CEPH|DEXA|\bBMD\b|\bIVP\b|\bIVU\b|\bHSG\b|\bMCU\b|\bRGU\b|BARIUM|\bBMFT\b|\bKUB\b|\bNSG\b|\bCAG\b|\bDSA\b|\bMPI\b|"
                   r"TACE|\bFAST\b|PORTABLE|BABYGRAM|INVERTOGRAM|NEUROSONO|ANGIO|HIDA|DTPA|DMSA|\bQA\b|\bRVG\b|ORTHOPANTOMO|"
                   r"CHOLANGIO|MICTURATING|HYSTEROSALPINGO|BONE DENSITO|PYELOGRA|UROGRA|BIOPHYSICAL|SCINTIGRA|\bBPP\b|\bMP-MRI\b|"
                   r"FOLLIC|\bTRUS\b|\bPHANTOM\b|CARDIAC|PANSCAN|\bWB\b|TRAUMA)")
# Transliterated words of each local language (limbs, sides, belly, head, chest, back, neck, pregnancy).
LOCAL = {
    "hi": r"\b(GHUTNA|KANDHA|KULHA|TAKHNA|PAIR|HAATH|KALAI|KOHNI|JANGH|DAYAN|DAAYAN|DAYEN|BAYAN|BAAYAN|BAYEN|DONO|DONON|PET KA|PET KI|SIR KA|"
          r"CHHATI|KAMAR|GARDAN|GARBH\w*)\b",
    "ur": r"\b(GHUTNA|KANDHA|KOOLHA|TAKHNA|PAON|HAATH|KALAI|KOHNI|RAAN|DAYAN|DAAYAN|DAYEN|BAYAN|BAYEN|BAEN|DONO|DONON|PAIT|SAR KA|SEENE|"
          r"CHHATI|KAMAR|GARDAN|HAMAL)\b",
    "bn": r"\b(HATU|KADH|GORALI|PAYER PATA|HAAT|KOBJI|KONUI|DAN|DAAN|BAM|BAAM|DUI|UBHOY|PETER|MATHAR|BUKER|KOMORER|GHARER|GORBHO\w*)\b",
    "si": r"\b(DANAHISA|URAHISA|ATHA|PAADAYA|WELAMITA|DAKUNU|WAM|VAM|DEPASA|DEKAMA|BADA|BADE|HISA|OLUWA|PAPUWA|KONDA|BELLA|GABBARA|GABSAWA)\b",
    "ta": r"\b(MUZHANGAL|THOL|KAI|PAADHAM|MANIKATTU|MUZHANGAI|VALADHU|VALATHU|IDADHU|IDATHU|IRANDU|VAYIRU|THALAI|NENJU|MUDHUGU|KAZHUTHU|"
          r"KARPPAM|KARPA)\b",
}
# Hindi and Urdu share their everyday words.
SHARED = {"hi": {"ur"}, "ur": {"hi"}}
BOTH = {"BILATERAL", "BIL", "BILAT", "BOTH", "DONO", "DONON", "DUI", "UBHOY", "DEPASA", "DEKAMA", "IRANDU", "KNEES", "HIPS", "HANDS",
        "FEET", "ANKLES", "SHOULDERS", "WRISTS", "ELBOWS", "DUALFEMUR", "RUNOFF"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def words(texts):
    """Upper-case words of the texts, 'B/L' read as one word for both sides."""
    return contract.words_of(re.sub(r"(?i)\bB\s*/\s*L\b", " BILATERAL ", t) for t in texts)


def sides_named(texts, langs):
    w = words(texts)
    found = set()
    for s in "RL":
        if w & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
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
    """A one-sided limb or breast row says its side (a tag, or a side word in English or the site's
    transliterated language in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb row is never a plain one-sided exam: its texts carry a word for both sides
    (B/L, BOTH, BILATERAL, a plural joint, a local word), or its image says B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert words(contract.row_texts(r, TEXT)) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    assert all(sum(c in r["labels"] for r in rows) >= 5 for c in CODES)


def test_the_mix_is_a_south_asian_fortnight(rows):
    """Ten sites, none dominating; pregnancy ultrasound is the largest single family; 35-50 % carry
    their study; about a third lack BodyPartExamined; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 70 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "obs", "abdo", "chest", "neuro", "headneck", "vasc", "cardio", "trauma", "onc", "nm", "breast", "dxa",
            "dental", "paeds", "giuro", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert strata["obs"] >= 0.09 * n
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator", "3-Plane Loc") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_idiom(rows):
    """Nearly every study description is in the region's English RIS idiom; every site with a local
    language has some transliterated orders, and no site types another region's transliteration."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        assert sum(bool(IDIOM.search(d)) for d in descs) / len(descs) >= 0.85, s
        langs = SITE_LANGS[s]
        for g in LOCAL:
            hits = sum(bool(re.search(LOCAL[g], d.upper())) for d in descs)
            if g in langs:
                assert hits >= 3, (s, g, hits)
            elif not SHARED.get(g, set()) & langs:
                assert hits == 0, (s, g, hits)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "RK"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["X-RAY KNEE AP/LAT RT"], set()) == {"R"}
    assert sides_named(["X-RAY B/L KNEE AP STANDING"], set()) == set()
    assert sides_named(["X-RAY BAYAN GHUTNA"], {"hi"}) == {"L"}
    assert sides_named(["DAN HATU X-RAY"], {"bn"}) == {"R"}
    assert sides_named(["WAM URAHISA X-RAY"], {"si"}) == {"L"}
    assert sides_named(["VALADHU MUZHANGAL X-RAY"], {"ta"}) == {"R"}
    # a Bengali word is not read as a side at a Sinhala site
    assert sides_named(["DAN HATU X-RAY"], {"si"}) == set()
