"""Integrity of the fifteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_15.jsonl):
a month of a hospital group across the Middle East, North Africa, Turkey and South Asia, thirteen
sites writing English, Arabic, French, Turkish and Farsi.

The set is written by tests/anatomy/clinical15/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_15.jsonl"
BUILD = HERE / "clinical15" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes its procedure names in (English is read everywhere).
SITE_LANGS = {"ae-dxb": {"ar"}, "sa-riy": {"ar"}, "eg-univ": {"ar"}, "jo-onc": {"ar"}, "ma-chu": {"fr", "ar"},
              "tn-clin": {"fr"}, "dz-chu": {"fr", "ar"}, "lb-bey": {"fr", "ar"}, "tr-sehir": {"tr"}, "tr-ozel": {"tr"},
              "ir-univ": {"fa"}, "pk-lhr": set(), "in-corp": set()}
# Side words, one upper-case word each, as words_of splits them.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT", "RCC", "RMLO"}, "L": {"L", "LT", "LEFT", "LFT", "LCC", "LMLO"}},
    "fr": {"R": {"DROIT", "DROITE", "D"}, "L": {"GAUCHE", "G"}},
    "ar": {"R": {"الأيمن", "الايمن", "اليمنى", "يمين"}, "L": {"الأيسر", "الايسر", "اليسرى", "يسار"}},
    "tr": {"R": {"SAĞ"}, "L": {"SOL"}},
    "fa": {"R": {"راست"}, "L": {"چپ"}},
}
# Turkish 'right' without its diacritic is also the sagittal abbreviation of MR series names, so
# it counts as a side word only in study-level text (the RIS procedure name), never in a series name.
TR_ASCII_RIGHT = "SAG"
STUDY_TEXT = ("StudyDescription", "RequestedProcedureDescription", "PerformedProcedureStepDescription")
TEXT = STUDY_TEXT + ("SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription")
# What marks a procedure name as written in the site's language.
LOCAL = {
    "ar": r"[\u0600-\u06ff]",
    "fa": r"[\u0600-\u06ff]",
    "fr": r"(?i)\b(TDM|IRM|Radio\w*|Rx|[ÉE]cho\w*|Scintigraphie|Mammographie|Ost[ée]odensitom[ée]trie|Angio-?TDM|Angioscanner|Scanner|TEP"
          r"|Coronarographie|Art[ée]riographie|Transit|TOGD|Lavement|Hyst[ée]rosalpingographie|UIV|ASP|Uroscanner|Coroscanner|Coloscanner"
          r"|Cystographie|Ur[ée]trographie|Panoramique|Orthopantomogramme|Chimioembolisation|Embolisation|Pangonogramme|Goniom[ée]trie"
          r"|Documents?|Bon|ETF|ETT|UCRM|Bili-IRM|Age osseux|Telerachis|Cone beam|Doppler)\b",
    "tr": r"(?i)[çğışöüÇĞİŞÖÜ]|\b(BT|BTA|GRAFISI|GRAFI|USG|SINTIGRAFISI|MAMOGRAFI|DANSITOMETRISI|KONTRASTSIZ|KONTRASTLI|PASAJ|DSA"
          r"|ANJIYO\w*|HSG|VCUG|TACE|MR|MRCP|PET-BT|BABYGRAM|HRCT|EKO|TTE)\b",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(study_texts, series_texts, langs):
    """The sides (R, L) named in words in a row's texts, read in English and the site's languages.
    'B/L' (bilateral) is one word, not a side."""
    def words(texts):
        return contract.words_of(t.replace("B/L", "BILATERAL") for t in texts)
    found = set()
    sw, se = words(study_texts), words(series_texts)
    for s in "RL":
        vocab = set().union(*(SIDE_WORDS[lang][s] for lang in {"en"} | langs))
        if (sw | se) & vocab:
            found.add(s)
        if s == "R" and "tr" in langs and TR_ASCII_RIGHT in sw:
            found.add(s)
    return found


def texts_of(r):
    m = r["meta"]
    study = [m.get(k) or "" for k in STUDY_TEXT] + [r.get("study", {}).get("StudyDescription", "")]
    series = [m.get(k) or "" for k in TEXT if k not in STUDY_TEXT]
    return study, series


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
    """A one-sided limb or breast row says its side (a tag, or a side word in the site's languages
    or English in the series or study text); no tag and no word ever names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(*texts_of(r), SITE_LANGS[site(r)]))


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.15 * len(rows)
    # limbs whose side is written only in words (no laterality tag) are a good share of the sided rows
    sided = [r for r in rows if r["laterality"] in ("L", "R")]
    untagged = [r for r in sided if not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(untagged) >= 0.3 * len(sided)


def test_the_mix_is_a_hospital_group_month(rows):
    """13 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.12 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "msk", "breast", "womens", "paeds", "cardio", "entdental", "uro", "gi", "nm", "dxa",
            "general", "spine", "vascular", "no-anatomy"} == set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r
    # BodyPartExamined is sometimes coarse or wrong: whole-body PET/CT series that say one region
    assert any(r["meta"].get("BodyPartExamined") in ("CHEST", "ABDOMEN") and len(r["labels"]) == 5 for r in rows)
    # MR series that name only a sequence, labelled from their study
    assert sum(r["meta"]["Modality"] == "MR" and "StudyDescription" not in r["meta"] for r in rows) >= 10


def test_sites_write_in_their_own_languages(rows):
    """Rows of a site that writes Arabic, French, Turkish or Farsi carry that language in their
    procedure names: most rows at French, Turkish and Iranian sites, a share at the Gulf and
    Levant sites whose RIS is mostly English."""
    by_site = {}
    for r in rows:
        study, _ = texts_of(r)
        by_site.setdefault(site(r), []).append(" ".join(study))
    floor = {"ae-dxb": 0.1, "sa-riy": 0.05, "eg-univ": 0.05, "jo-onc": 0.05, "ma-chu": 0.8, "tn-clin": 0.8, "dz-chu": 0.8,
             "lb-bey": 0.3, "tr-sehir": 0.8, "tr-ozel": 0.8, "ir-univ": 0.25}
    for s, texts in by_site.items():
        langs = SITE_LANGS[s]
        if not langs:
            continue
        local = sum(any(re.search(LOCAL[lang], t) for lang in langs) for t in texts) / len(texts)
        assert local >= floor[s], (s, local)
    # Turkish is written both with its own letters and stripped to ASCII capitals by the modality
    tr = [t for s in ("tr-sehir", "tr-ozel") for t in by_site[s]]
    assert sum(bool(re.search("[ğşİı]", t)) for t in tr) >= 15
    ascii_tr = r"\b(GRAFISI|BEYIN|AKCIGER|KALCA|DIZ|TUM|KONTRASTSIZ|KONTRASTLI|BATIN|OMUZ|SINTIGRAFISI|MAMOGRAFI|DANSITOMETRISI|VERTEBRA|SOL|SAG)\b"
    assert sum(not re.search("[çğışöüÇĞİŞÖÜ]", t) and bool(re.search(ascii_tr, t)) for t in tr) >= 15


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "CR", "OperatorsName": "X"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in a site's language is seen
    assert sides_named(["Radiographie Genou gauche"], [], {"fr"}) == {"L"}
    assert sides_named(["أشعة سينية الركبة اليمنى"], [], {"ar"}) == {"R"}
    assert sides_named(["SAG DIZ GRAFISI"], [], {"tr"}) == {"R"}
    assert sides_named(["SOL DIZ MR"], ["pd_tse_fs_sag"], {"tr"}) == {"L"}
    assert sides_named(["گرافی زانو راست"], [], {"fa"}) == {"R"}
    assert sides_named(["X-RAY KNEE JOINT B/L"], [], set()) == set()
