"""Integrity of the twenty-fourth blind clinical anatomy set (tests/anatomy/data/clinical_set_24.jsonl):
a fortnight of East Asian university hospitals, health-check centres, an orthopaedic hospital, a
county hospital and women's and children's hospitals, ten sites writing Japanese (kanji and kana,
and romaji on ASCII consoles), Korean with English, simplified Chinese (and pinyin on ASCII
consoles), traditional Chinese with English, and English.

The set is written by tests/anatomy/clinical24/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_24.jsonl"
BUILD = HERE / "clinical24" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in: ja Japanese script, jr romaji, ko Korean, zh simplified
# Chinese, zr pinyin, tw traditional Chinese, en English (mixed in everywhere).
SITE_LANGS = {"jp-univ": {"ja", "en"}, "jp-dock": {"ja"}, "jp-ortho": {"jr", "en"}, "kr-univ": {"ko", "en"}, "kr-check": {"ko"},
              "cn-univ": {"zh", "en"}, "cn-fuyou": {"zh"}, "cn-county": {"zh", "zr"}, "tw-univ": {"tw", "en"}, "tw-child": {"tw", "en"}}
# Side words as whole upper-case words (Latin script: English, romaji, pinyin), and side marks
# found inside CJK and Hangul text, where words are not split by spaces.
SIDE_WORDS = {"R": {"R", "RT", "RIGHT", "MIGI", "YOU"}, "L": {"L", "LT", "LEFT", "HIDARI", "ZUO"}}
SIDE_MARKS = {"R": ("右", "우측", "오른쪽", "(우)"), "L": ("左", "좌측", "왼쪽", "(좌)")}
BOTH_WORDS = {"BOTH", "BIL", "BILATERAL", "RYO", "RYOSOKU", "SHUANG", "SHUANGCE", "DUAL", "DUALFEMUR"}
BOTH_MARKS = ("両", "双", "雙", "양측")
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
ROMAJI = {"HIZA", "HIZAKANSETSU", "KATA", "KATAKANSETSU", "SAKOTSU", "KOKANSETSU", "SOKUKANSETSU", "ASHIKUBI", "SOKUBU", "SHOKOTSU",
          "SOKUSHI", "TE", "SHUSHI", "BOSHI", "SHUKANSETSU", "TEKUBI", "SHUJOKOTSU", "HIJI", "CHUKANSETSU", "ZENWAN", "JOWAN",
          "JOWANKOTSU", "DAITAI", "DAITAIKOTSU", "KATAI", "KEIKOTSU", "KEITSUI", "KYOUTSUI", "YOUTSUI", "ZENSEKITSUI", "SENKOTSU",
          "MIGI", "HIDARI", "RYO", "RYOSOKU", "TANJUN", "ZOUEI", "KOTSUMITSUDO", "KASHI", "ZENCHO", "SOKUWAN", "RITSUI"}
PINYIN = {"XIONGBU", "XIONG", "PIAN", "FUBU", "TOULU", "JINGBU", "JINGZHUI", "XIONGZHUI", "YAOZHUI", "QUANJIZHU", "DIWEIZHUI",
          "XIGUANJIE", "JIANGUANJIE", "KUANGUANJIE", "HUAIGUANJIE", "WANGUANJIE", "ZHOUGUANJIE", "GUGU", "GONGGU", "JINGFEIGU",
          "CHINAOGU", "SUOGU", "GENGU", "SHOU", "ZU", "ZUO", "YOU", "SHUANG", "PINGSAO", "ZENGQIANG", "CAICHAO", "CHAOSHENG",
          "DIJILIANG", "ZHENGWEI", "CEWEI", "JIAZHUANGXIAN", "JINGDONGMAI", "BIDOU", "GANDAN", "YIPI", "PENQIANG", "ZHIKONG",
          "SHENQINGDAN", "XIANPIAN", "PINGPIAN", "TOUJING", "JIECHANG", "CHENGXIANG", "NIEGU", "YANKUANG", "BIYAN", "GUANMAI"}
LOCAL = {
    "ja": lambda t: re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]", t),
    "ko": lambda t: re.search(r"[\uac00-\ud7a3]", t),
    "zh": lambda t: re.search(r"[\u4e00-\u9fff]", t),
    "tw": lambda t: re.search(r"[\u4e00-\u9fff]", t),
    "jr": lambda t: contract.words_of([t]) & ROMAJI,
    "zr": lambda t: contract.words_of([t]) & PINYIN,
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts):
    """The sides a row's texts name: Latin side words, or side marks inside CJK and Hangul text."""
    words = contract.words_of(texts)
    joined = " ".join(texts)
    return {s for s in "RL" if words & SIDE_WORDS[s] or any(m in joined for m in SIDE_MARKS[s])}


def says_both(texts):
    return bool(contract.words_of(texts) & BOTH_WORDS) or any(m in " ".join(texts) for m in BOTH_MARKS)


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
    """A one-sided limb or breast row says its side (a tag, or a side word or mark in the series or
    study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT)))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts say both sides, or the image is
    tagged B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert says_both(contract.row_texts(r, TEXT)) or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    # every limb code is seen one-sided at least once
    sided = {c for r in rows if r["laterality"] in ("L", "R") for c in r["labels"]}
    assert contract.LIMBS | {"BREAST"} <= sided


def test_the_mix_is_an_east_asian_fortnight(rows):
    """Ten sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and 3-8 %."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 35 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "obgyn", "nm", "dxa",
            "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scanogram", "Scout", "Surview", "localizer", "Locator", "Scano", "3-Plane Loc", "Survey") or d.startswith("Topogram")
               for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of its own (non-English) languages."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        local = sum(any(LOCAL[g](d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "TANAKA"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # side words and marks of each script are seen
    assert sides_named(["右膝関節MRI"]) == {"R"}
    assert sides_named(["HIDARI KATA XP"]) == {"L"}
    assert sides_named(["무릎 MRI 좌측"]) == {"L"}
    assert sides_named(["Knee MRI (우)"]) == {"R"}
    assert sides_named(["左肩关节MR平扫"]) == {"L"}
    assert sides_named(["DR YOU XIGUANJIE"]) == {"R"}
    assert sides_named(["Knee MRI R't 右膝關節"]) == {"R"}
    assert sides_named(["L't Shoulder X-ray"]) == {"L"}
    # a view or a region that only looks like a side is not one
    assert sides_named(["LMLO", "Humerus LAT"]) == set() and sides_named(["RCC", "L-spine AP"]) == {"L"}
    assert says_both(["両膝関節 X-P"]) and says_both(["双下肢全长摄影"]) and not says_both(["右膝関節MRI"])
