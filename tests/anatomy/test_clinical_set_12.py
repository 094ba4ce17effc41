"""Integrity of the twelfth blind clinical anatomy set (tests/anatomy/data/clinical_set_12.jsonl):
a musculoskeletal, sports-medicine and paediatric imaging network's month, twelve sites in
Scandinavia, Central/Eastern Europe, Turkey, the Gulf, Canada and the UK.

The set is written by tests/anatomy/clinical12/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_12.jsonl"
BUILD = HERE / "clinical12" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The language each site writes in (English is mixed in everywhere; the Gulf and Quebec sites
# write much of their RIS in English).
SITE_LANG = {"se-ortho": "sv", "no-sport": "no", "dk-child": "da", "fi-opc": "fi", "pl-trauma": "pl", "cz-child": "cs",
             "hu-sport": "hu", "ro-opc": "ro", "tr-ortho": "tr", "ae-sport": "ar", "ca-child": "fr", "uk-opc": "en"}
# Side words, one upper-case word each, as the sites abbreviate or spell them.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "sv": {"R": {"HÖ", "HÖGER", "DX"}, "L": {"VÄ", "VÄNSTER", "SIN"}},
    "no": {"R": {"HØ", "HØYRE", "DX"}, "L": {"VE", "VENSTRE", "SIN"}},
    "da": {"R": {"HØ", "HØJRE", "DXT"}, "L": {"VE", "VENSTRE", "SIN"}},
    "fi": {"R": {"OIK", "OIKEA", "OIKEAN", "DX"}, "L": {"VAS", "VASEN", "VASEMMAN", "SIN"}},
    "pl": {"R": {"P", "PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ"}},
    "cs": {"R": {"VPRAVO", "DX", "PRAVÝ", "PRAVÉ"}, "L": {"VLEVO", "SIN", "LEVÝ", "LEVÉ"}},
    "hu": {"R": {"JOBB"}, "L": {"BAL"}},
    "ro": {"R": {"DREPT", "DREAPTĂ", "DREAPTA", "DR"}, "L": {"STÂNG", "STANG", "STÂNGĂ", "STANGA", "STG"}},
    "tr": {"R": {"SAĞ"}, "L": {"SOL"}},
    "ar": {"R": {"الأيمن", "اليمنى", "يمين"}, "L": {"الأيسر", "اليسرى", "يسار"}},
    "fr": {"R": {"DROIT", "DROITE", "D"}, "L": {"GAUCHE", "G"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
OWN_TEXT = tuple(k for k in TEXT if k != "StudyDescription")
# Words or letters of each site's language, looked for in its study descriptions.
LOCAL = {
    "sv": r"[åäö]|\b(Rtg|DT|MR [a-zåäö]|MRT|UL|Slätröntgen|SKELETT|Knä|Fot|Axel|Handled|Lårben|Helrygg|Lungor|Thorax|MUCG|Skoliosrygg)\b",
    "no": r"[øæå]|\b(Rtg|RØNTGEN|UL|MR [a-zæøå]+|CT [a-zæøå]+|Fot|Legg|Hofte|columna|Beintetthetsmåling|Helbein|Skoliose)\b",
    "da": r"[øæå]|\b(RTG|Røntgen|UL|MR-scanning|CT-scanning|Knoglealder|Helben|Skoliose|Abdomen oversigt|Thorax|Underarm|MR [a-zæøå]+)\b",
    "fi": r"[äö]|\b(natiivi|MT|TT|UÄ|RTG|Luuntiheysmittaus|Mammografia|Polvi|Ranne|Sormen)\b",
    "pl": r"[ąćęłńóśźż]|\b(RTG|TK|USG|MR|Zdjęcie|stawu|kości|Densytometria|Scyntygrafia|politrauma)\b",
    "cs": r"[áčďéěíňóřšťúůýž]|\b(RTG|Rtg|UZ|MR|CT|MCUG|pately|bérce|nohy|ruky|skloubení|scaphoideum)\b",
    "hu": r"[áéíóöőúüű]|\b(Rtg|RTG|UH|MR|CT|felvétel|térd|váll|csukló|boka|könyök)\b",
    "ro": r"[ăâîșț]|\b(Radiografie|RX|Rx|IRM|RMN|CT|Ecografie|ECO|Osteodensitometrie|Mamografie)\b",
    "tr": r"[çğıöşüİ]|\b(GRAFİ|GRAFİSİ|BT|MR|MRG|USG|SKOPİ|DİZ|OMUZ|KALÇA|AYAK|SAĞ|SOL)\b",
    "ar": r"[\u0600-\u06ff]",
    "fr": r"[éèêàâôûçÉÈÀÂÔ]|\b(RX|TDM|IRM|ÉCHO|Radiographie|Échographie|BILAN|ASP|droit|droite|gauche|genou|main|cheville)\b",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, lang):
    words = contract.words_of(texts)
    return {s for s in "RL" if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set()))}


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
    """A one-sided limb or breast row says its side: a tag, a side word in its own series text, or
    (when its own text names no side) its study description names that side alone. Its own text
    and tags never name the other side (a comparison view of the healthy side is labelled by
    what it shows, even in a study ordered for the other side)."""
    for r in rows:
        m = r["meta"]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            lang = SITE_LANG[site(r)]
            own = sides_named([m.get(k) or "" for k in OWN_TEXT], lang)
            study = sides_named([m.get("StudyDescription") or "", r.get("study", {}).get("StudyDescription", "")], lang)
            assert own <= {r["laterality"]}, r
            assert tags or r["laterality"] in own or (not own and study == {r["laterality"]}), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "RF", "XA", "NM", "MG", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    lat = Counter(r["laterality"] for r in rows)
    # a limb network: most rows are one side, and bilateral rows are many enough to count
    assert lat["L"] + lat["R"] >= 0.45 * len(rows) and lat["B"] >= 30
    assert any(not r["labels"] for r in rows)
    # whole body, whole spine, full-length legs and other unions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 8
    assert sum(set(r["labels"]) == {"CSPINE", "TSPINE", "LSPINE"} for r in rows) >= 15
    assert sum(set(r["labels"]) == {"HIP", "THIGH", "KNEE", "LEG", "ANKLE"} for r in rows) >= 8
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.08 * len(rows)


def test_the_mix_is_a_msk_and_paediatric_network_month(rows):
    """12 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every stratum is there; pages without anatomy are empty and only they are."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 60 and max(sites.values()) <= 0.12 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"upper", "lower", "spine", "sportsmr", "arthro", "ctfrac", "trauma", "paeds", "paedsmsk", "msk-us", "dxa",
            "general", "no-anatomy"} == set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.09
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs dominate: at least half the rows carry a limb label
    limbs = contract.LIMBS
    assert sum(bool(set(r["labels"]) & limbs) for r in rows) >= 0.5 * len(rows)
    # siblings are plain metadata with scouts, recons and dose pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any(d in ("Scout", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    assert any(d in ("localizer", "3-Plane Loc", "SURVEY", "SCOUT") for d in sibs)
    # mammograms are one breast each; DXA hips and infant hips carry a side or B
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if "HIP" in r["labels"]:
            assert r["laterality"] in ("L", "R", "B"), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry a study description in that site's language (the Gulf
    and Quebec sites write part of their RIS in English)."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        lang = SITE_LANG[s]
        if lang == "en":
            continue
        local = sum(bool(re.search(LOCAL[lang], d)) for d in descs) / len(descs)
        assert local >= {"ar": 0.2, "fr": 0.35}.get(lang, 0.5), (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "X"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["Knä vä"], "sv") == {"L"}
    assert sides_named(["MR kne HØYRE"], "no") == {"R"}
    assert sides_named(["RTG stawu kolanowego - P"], "pl") == {"R"}
    assert sides_named(["SOL DİZ MR"], "tr") == {"L"}
    assert sides_named(["رنين مغناطيسي الركبة اليمنى"], "ar") == {"R"}
    assert sides_named(["RX GENOU G"], "fr") == {"L"}
    assert sides_named(["Vasemman polven MT"], "fi") == {"L"}
    assert sides_named(["Rx gleznă dreaptă"], "ro") == {"R"}
