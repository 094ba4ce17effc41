"""Integrity of the seventh blind clinical anatomy set (tests/anatomy/data/clinical_set_7.jsonl):
a regional imaging network's fortnight, twelve sites of different kinds in twelve countries.

The set is written by tests/anatomy/clinical7/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_7.jsonl"
BUILD = HERE / "clinical7" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress"}
# The language each site writes in (English is mixed in everywhere).
SITE_LANG = {"jp-univ": "ja", "kr-child": "ko", "tw-cancer": "zh", "in-dgh": "en", "gr-opc": "el", "cz-dgh": "cs",
             "hu-ortho": "hu", "fi-breast": "fi", "cl-cardio": "es", "il-dentent": "he", "ae-opc": "ar", "vn-dgh": "vi"}
# Side words, one upper-case word each; Japanese and Chinese sides are single characters.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT", "RCC", "RMLO", "RML", "RXCCL", "RLM"},
           "L": {"L", "LT", "LEFT", "LFT", "LCC", "LMLO", "LML", "LXCCL", "LLM"}},
    "ko": {"R": {"우측", "오른쪽"}, "L": {"좌측", "왼쪽"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞ", "ΔΕΞΙΟ", "ΔΕΞΙΑ", "ΔΕΞΙΑΣ"}, "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤ", "ΑΡΙΣΤΕΡΟ", "ΑΡΙΣΤΕΡΗ", "ΑΡΙΣΤΕΡΗΣ"}},
    "cs": {"R": {"VPRAVO", "PRAVÉ", "PRAVÝ", "PRAVÁ", "DX"}, "L": {"VLEVO", "LEVÉ", "LEVÝ", "LEVÁ", "SIN"}},
    "hu": {"R": {"JOBB", "J"}, "L": {"BAL"}},
    "fi": {"R": {"OIK", "OIKEA", "DX"}, "L": {"VAS", "VASEN", "SIN"}},
    "es": {"R": {"DERECHA", "DERECHO", "DER", "DCHA"}, "L": {"IZQUIERDA", "IZQUIERDO", "IZQ"}},
    "he": {"R": {"ימין"}, "L": {"שמאל"}},
    "ar": {"R": {"الأيمن", "اليمنى", "يمين"}, "L": {"الأيسر", "اليسرى", "يسار"}},
    "vi": {"R": {"PHẢI", "P"}, "L": {"TRÁI", "T"}},
}
CJK_SIDE = {"R": "右", "L": "左"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Scripts the sites write in, checked on their study descriptions.
SCRIPT = {"ja": r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]", "ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]",
          "el": r"[\u0370-\u03ff]", "he": r"[\u0590-\u05ff]", "ar": r"[\u0600-\u06ff]", "vi": r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
          "cs": r"[áčďéěíňóřšťúůýž]", "hu": r"[áéíóöőúüű]|\b(felvétel|gerinc|Térd|Váll|MR)\b", "fi": r"(UÄ|MT|Mammografia|mammografia|tomosynteesi|Tomosynteesi|SEULONTA|biopsia|Preparaatti|Lähete)",
          "es": r"(Eco|ECO|AngioTC|ANGIO|RM|Cintigraf|Rx|RX|Score|RESONANCIA|Coronariograf|Orden|Ventriculograf)"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, lang):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set())):
            found.add(s)
        if lang in ("ja", "zh") and any(CJK_SIDE[s] in t for t in texts):
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
    contract.check_rows(row_errors, rows, 850, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in the site's language
    or English in the series or study text); no tag and no word ever names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANG[site(r)]))


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


def test_the_mix_is_a_regional_network_fortnight(rows):
    """12 sites of different kinds, none dominating; 35-50 % carry their study; about a third
    lack BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.15 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "msk", "breast", "womens", "paeds", "cardio", "entdental", "uro", "gi", "nm", "dxa",
            "general", "no-anatomy"} <= set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each or say both; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry text in that site's script or words (the Gulf site
writes its RIS largely in English, with Arabic beside it)."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        lang = SITE_LANG[s]
        if lang == "en":
            continue
        local = sum(bool(re.search(SCRIPT[lang], d)) for d in descs) / len(descs)
        assert local >= (0.3 if lang == "ar" else 0.5), (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["RTG kolene vlevo"], "cs") == {"L"}
    assert sides_named(["単純X線 膝関節(右)"], "ja") == {"R"}
    assert sides_named(["X-quang khớp gối phải"], "vi") == {"R"}
    assert sides_named(["ΜΤ ΓΟΝΑΤΟΣ ΑΡΙΣΤ."], "el") == {"L"}
