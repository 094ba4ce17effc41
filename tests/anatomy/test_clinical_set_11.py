"""Integrity of the eleventh blind clinical anatomy set (tests/anatomy/data/clinical_set_11.jsonl):
an Asia-Pacific university hospital network and its health-check centres during one month, eleven
sites in nine countries and territories.

The set is written by tests/anatomy/clinical11/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_11.jsonl"
BUILD = HERE / "clinical11" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress"}
# The language each site writes in (English is mixed in everywhere).
SITE_LANG = {"jp-univ": "ja", "jp-dock": "ja", "kr-univ": "ko", "kr-screen": "ko", "cn-univ": "zh",
             "tw-univ": "zh", "hk-hosp": "zh", "sg-gen": "en", "my-hosp": "ms", "in-hosp": "en", "th-hosp": "th"}
# Side words that stand as words (upper case), per language.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "ja": {"R": {"MIGI"}, "L": {"HIDARI"}},
    "ms": {"R": {"KANAN"}, "L": {"KIRI"}},
}
# Side words written inside other words (no spaces in the script): found as substrings.
SIDE_PARTS = {
    "ja": {"R": ("右", "ﾐｷﾞ"), "L": ("左", "ﾋﾀﾞﾘ")},
    "zh": {"R": ("右",), "L": ("左",)},
    "ko": {"R": ("우측", "오른쪽", "(우)"), "L": ("좌측", "왼쪽", "(좌)")},
    "th": {"R": ("ขวา",), "L": ("ซ้าย",)},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Scripts the sites write in, checked on their study descriptions.
SCRIPT = {"ja": r"[\u3040-\u30ff\u4e00-\u9fff\uff10-\uff5a\uff66-\uff9f]|\b(KYOBU|TOUBU|FUKUBU|HIJI)\b",
          "ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]", "th": r"[\u0e00-\u0e7f]"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, lang):
    # "B/L" is the Indian and Malaysian RIS abbreviation of bilateral, not a left side
    texts = [re.sub(r"\bB/L\b", " ", t, flags=re.I) for t in texts]
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set())):
            found.add(s)
        if any(part in t for part in SIDE_PARTS.get(lang, {}).get(s, ()) for t in texts):
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


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in the site's language
    or English in the series or study text); no tag and no word ever names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANG[site(r)]))


def test_some_sides_are_written_only_in_the_local_language(rows):
    """Limb rows whose side is given by no tag and no English word, only in the site's script."""
    local = 0
    for r in rows:
        m = r["meta"]
        if r["laterality"] in ("L", "R") and not ({m.get("Laterality"), m.get("ImageLaterality")} - {None}):
            texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
            if not sides_named(texts, "en") and sides_named(texts, SITE_LANG[site(r)]):
                local += 1
    assert local >= 40


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 30
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.15 * len(rows)


def test_the_mix_is_a_network_month(rows):
    """11 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 50 and max(sites.values()) <= 0.15 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.28 <= no_bpe <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "msk", "breast", "womens", "paeds", "cardio", "entdental", "uro", "gi", "nm", "dxa",
            "general", "screen", "emerg", "ir", "no-anatomy"} == set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Scano", "定位像") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each or say both; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_some_rows_carry_a_wrong_or_coarse_body_part(rows):
    """Where BodyPartExamined is present it is sometimes not the label: coarse (CHEST on a
    whole-body PET/CT), an organ (STOMACH, PROSTATE) or a protocol's region."""
    off = [r for r in rows if r["labels"] and r["meta"].get("BodyPartExamined")
           and {r["meta"]["BodyPartExamined"]} != set(r["labels"])]
    assert len(off) >= 0.15 * sum("BodyPartExamined" in r["meta"] for r in rows)


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry text in that site's script or words (Hong Kong, Malaysia
    and the Korean university hospital write their RIS largely in English, the local script beside it)."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        lang = SITE_LANG[s]
        if lang not in SCRIPT:  # English RIS (Malaysia: Malay only in side and limb words)
            continue
        local = sum(bool(re.search(SCRIPT[lang], d)) for d in descs) / len(descs)
        assert local >= {"hk-hosp": 0.1, "kr-univ": 0.3}.get(s, 0.5), (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "CR", "StudyDate": "20240611"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["MRI 膝関節 左"], "ja") == {"L"}
    assert sides_named(["ﾐｷﾞ ｿｸｶﾝｾﾂ 2R"], "ja") == {"R"}
    assert sides_named(["무릎 MRI 좌측"], "ko") == {"L"}
    assert sides_named(["เอกซเรย์เข่าขวา"], "th") == {"R"}
    assert sides_named(["X-RAY LUTUT KIRI"], "ms") == {"L"}
    assert sides_named(["B/L MAMMOGRAPHY", "RCC"], "en") == set()
    assert sides_named(["XR L KNEE"], "en") == {"L"}
    assert sides_named(["右膝关节MR平扫"], "zh") == {"R"}
