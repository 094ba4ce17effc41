"""Integrity of the forty-third blind clinical anatomy set (tests/anatomy/data/clinical_set_43.jsonl):
a fortnight of five South Asian hospitals (Lahore, Dhaka, Sri Lanka, Kathmandu, Chennai/Kochi)
writing English with Urdu, Bengali, Sinhala, Tamil, Nepali and Malayalam, in their own scripts
and romanised.

The set is written by tests/anatomy/clinical43/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_43.jsonl"
BUILD = HERE / "clinical43" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English everywhere).
SITE_LANGS = {"pk-lahore": {"en", "ur", "urr"}, "bd-dhaka": {"en", "bn", "bnr"}, "lk-gov": {"en", "si", "ta"},
              "np-ktm": {"en", "ne", "ner"}, "in-south": {"en", "ta", "ml"}}
# Side words. Latin-script words are whole upper-case words; words in Indic and Arabic scripts are
# looked for as they stand (their vowel signs and nasal marks are not word characters to a regex).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "urr": {"R": {"DAYAN", "DAYEN", "DAIN"}, "L": {"BAYAN", "BAYEN", "BAIN"}},
    "bnr": {"R": {"DAN", "DAAN"}, "L": {"BAM", "BAAM"}},
    "ner": {"R": {"DAHINE", "DAYAN"}, "L": {"DEBRE", "BAYAN"}},
}
SCRIPT_SIDES = {
    "ur": {"R": ("دایاں", "دائیں"), "L": ("بایاں", "بائیں")},
    "bn": {"R": ("ডান",), "L": ("বাম",)},
    "si": {"R": ("දකුණ",), "L": ("වම්",)},
    "ta": {"R": ("வலது",), "L": ("இடது",)},
    "ml": {"R": ("വലത",), "L": ("ഇടത",)},
    "ne": {"R": ("दायाँ", "दाहिने"), "L": ("बायाँ", "देब्रे")},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Each site's own languages, checked on their study descriptions: the script, or romanised words.
LOCAL = {
    "ur": r"[\u0600-\u06FF]",
    "urr": r"(?i)\b(ka|ki|ke|seenay|seene|seena|pait|sar|dimagh|kamar|gardan|hamal|gurday|masana|jigar|pitta|daanton|daant|ghutna|kandha|"
           r"koolha|koolhay|koolhon|takhna|paon|haath|kalai|kohni|bazu|raan|pindli|dayan|dayen|dain|bayan|bayen|bain|dono|poore|parchi|shak)\b",
    "bn": r"[\u0980-\u09FF]",
    "bnr": r"(?i)\b(er|buker|buk|peter|tolpeter|mathar|mathay|komorer|hatu|kadh|gorali|payer|haat|kobji|konui|bahu|uru|dan|daan|bam|baam|"
           r"ubhoy|dui|bidesh|dater|gorbhoboti|puro|pathor|sondeho)\b",
    "si": r"[\u0D80-\u0DFF]",
    "ta": r"[\u0B80-\u0BFF]",
    "ml": r"[\u0D00-\u0D7F]",
    "ne": r"[\u0900-\u097F]",
    "ner": r"(?i)\b(ko|chhati|pet|pura|tallo|tauko|kammar|ghunda|kaandh|goligantho|haat|naadi|kuhino|pakhura|tighra|dahine|debre|dayan|bayan|"
           r"duwai|video|garva|mirgaula|daat|dimaag|durghatana|parcha)\b",
}
# Abbreviations whose letters are not sides: rule out, both sides, lumbosacral, dorsolumbar, history of.
NOT_SIDES = [(r"(?i)\bR/O\b", " "), (r"(?i)\bB/L\b", " BILATERAL "), (r"(?i)\bL/S\b", " LS "), (r"(?i)\bD/L\b", " DL "),
             (r"(?i)\bH/O\b", " ")]


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    texts = list(texts)
    for pat, rep in NOT_SIDES:
        texts = [re.sub(pat, rep, t) for t in texts]
    words = contract.words_of(texts)
    joined = " ".join(texts)
    found = set()
    for s in "RL":
        latin = set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"} if g in SIDE_WORDS))
        script = [w for g in langs if g in SCRIPT_SIDES for w in SCRIPT_SIDES[g][s]]
        if words & latin or any(w in joined for w in script):
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
    """A bilateral row is a both-sides order: its texts carry a word for both sides or a plural
    part, or it is a film of both sides (ImageLaterality B), or a breast MR."""
    both = {"BILATERAL", "BOTH", "BILAT", "DONO", "UBHOY", "DUI", "DUWAI", "KNEES", "HANDS", "FEET", "ANKLES", "HIPS", "BREASTS", "RUN",
            "LIMBS"}
    script_both = ("دونوں", "উভয়", "দুই", "දෙපස", "இருபக்க", "ഇരുവശവും", "दुवै")
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        for pat, rep in NOT_SIDES:
            texts = [re.sub(pat, rep, t) for t in texts]
        said = contract.words_of(texts) & both or any(w in " ".join(texts) for w in script_both)
        assert said or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 10
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_south_asian_fortnight(rows):
    """Five sites of like size; plain films, ultrasound and CT lead; 35-50 % carry their study;
    about a third lack BodyPartExamined; pages without anatomy are empty and 3-8 %."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 150 and max(sites.values()) <= 0.25 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"chest", "msk", "obs", "abdo", "uro", "neuro", "spine", "contrast", "trauma", "headneck", "breast", "dental", "vasc", "onc",
            "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert (mods["CR"] + mods["DX"]) / n >= 0.25 and mods["US"] / n >= 0.12 and mods["CT"] / n >= 0.10
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    # siblings are plain metadata with scouts and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "SCOUT", "Scanogram", "Surview", "localizer", "Survey", "Locator", "3Plane Loc") or d.startswith("Topo") for d in sibs)
    # scouts and localizers are rows too, with the anatomy of their exam
    scouts = [r for r in rows if "LOCALIZER" in r["meta"].get("ImageType", "") or r["meta"].get("SeriesDescription") in ("localizer", "Survey", "Locator", "3Plane Loc")]
    assert len(scouts) >= 20 and all(r["labels"] for r in scouts)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """A good share of each site's study descriptions is in one of its own languages (own script or
    romanised), the rest in the English of its RIS."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.25, (s, local)
        for g in langs:
            assert any(re.search(LOCAL[g], d) for d in descs), (s, g)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "US", "OperatorsName": "SONO1"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word in a site's own language or script is seen
    assert sides_named(["xray bayan ghutna"], {"urr"}) == {"L"}
    assert sides_named(["ایکسرے دایاں گھٹنا"], {"ur"}) == {"R"}
    assert sides_named(["এক্স-রে বাম হাঁটু"], {"bn"}) == {"L"}
    assert sides_named(["දකුණු දණහිස X-RAY"], {"si"}) == {"R"}
    assert sides_named(["இடது முழங்கால் எக்ஸ்-ரே"], {"ta"}) == {"L"}
    assert sides_named(["വലതു കാൽമുട്ട് എക്സ്-റേ"], {"ml"}) == {"R"}
    assert sides_named(["देब्रे घुँडाको एक्स-रे"], {"ne"}) == {"L"}
    # abbreviations that only look like sides are not read as sides
    assert sides_named(["X-RAY RT WRIST R/O #", "X-RAY L/S SPINE"], {"en"}) == {"R"}
    assert sides_named(["X-RAY B/L KNEES"], {"en"}) == set()
    # and a Bengali side word is not read in a Nepali site
    assert sides_named(["dan hatu"], {"ne", "ner"}) == set()
