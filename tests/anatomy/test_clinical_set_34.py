"""Integrity of the thirty-fourth blind clinical anatomy set (tests/anatomy/data/clinical_set_34.jsonl):
a fortnight of hospitals and imaging centres of the Gulf states and the Levant (Saudi Arabia, UAE,
Qatar, Kuwait, Jordan, Lebanon), nine sites writing English, Arabic script, romanised Arabic and
French.

The set is written by tests/anatomy/clinical34/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_34.jsonl"
BUILD = HERE / "clinical34" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in.
SITE_LANGS = {"sa-riy": {"en", "ar"}, "sa-dmm": {"en", "ar"}, "ae-dxb": {"en", "ar"}, "ae-auh": {"en", "ar"}, "qa-doh": {"en", "ar"},
              "kw-kwt": {"en", "ar", "rom"}, "jo-amm": {"en", "ar", "rom"}, "lb-bey": {"fr", "en", "ar"}, "lb-opc": {"fr", "rom", "en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits;
# Arabic letters are word characters and have no case).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DT"}, "L": {"GAUCHE", "G", "GCHE"}},
    "ar": {"R": {"يمين", "اليمين", "الأيمن", "الايمن", "أيمن", "ايمن", "اليمنى", "اليمني", "يمنى"},
           "L": {"يسار", "اليسار", "الأيسر", "الايسر", "أيسر", "ايسر", "اليسرى", "اليسري", "يسرى"}},
    "rom": {"R": {"YAMIN", "YAMEEN", "YMIN", "YEMIN", "AYMAN"}, "L": {"YASAR", "YSAR", "SHMAL", "SHIMAL", "AYSAR"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# How a study description shows each language (English is everywhere and not checked).
LOCAL = {
    "ar": r"[\u0600-\u06FF]",
    "fr": r"(?i)(IRM|Radio|Rx |Echo|Écho|TDM|TEP|Scanner|Scintigraphie|Mammographie|Ostéodensitométrie|Osteodensitometrie|Densitométrie|"
          r"genou|épaule|epaule|hanche|cheville|pied|poignet|main|coude|bras|cuisse|jambe|rachis|bassin|thorax|cérébral|cerebral|"
          r"sinus|rochers|orbites|cou\b|cervical|thyroïd|thyroid|abdomin|pelvien|rénale|renale|hépati|hepati|prostat|sein|mammaire|"
          r"Panoramique|Cone beam|Téléradiographie|Rétro-alvéolaire|Coroscanner|cardiaque|Angioscanner|Artériographie|Chimioembolisation|"
          r"Hystérosalpingographie|TOGD|Transit|Cystographie|transfontanellaire|Age osseux|Pangonogramme|Goniométrie|Microbiopsie|"
          r"doppler|polytrauma|déchocage|TAP\b|Uroscanner|Bili-IRM|ETF|UCR|ETT)",
    "rom": r"(?i)\b(ranin|rneen|ashe3a|ashi3a|sora|sonar|maqta3i|maqta3iya|scanner|rukba|rikbe|rukbe|katf|kitf|ketef|wirk|ka7il|kahel|qadam|2adam|"
           r"yad|eed|isba3|rusgh|mi3sam|kou3|mirfaq|sa3ed|3adud|zind|fakhd|fakhed|saq|se2|dimagh|ras|ra2be|raqaba|sadr|sider|batn|baten|7od|"
           r"fa2arat|fikarat|dahr|kilya|kibd|thady|mas7|asnan|7aml|janeen|2alb|qalb|tifl|atfal|7adeth|kathafat|mammogram|jihtein|tnein|yamin|"
           r"yameen|yasar|shmal|shimal|rukbtein|ka7lein|2adamein|yadein|wirkein|katfein|rusghein|rijlein|rijl|ghodda|jyoob|3ein|sob8a|bal3|"
           r"tak9eem|tekmim|2ostara|mas7|jism|kamel|3urooq|sharayin|masane|ra7em|mararah|mosta2eem|7asawat|nokhamiya|sudghi|3adm|3omr|ta2weem)\b",
}
BOTH_WORDS = {"BILATERAL", "BIL", "BILAT", "B", "BOTH", "KNEES", "ANKLES", "FEET", "HANDS", "HIPS", "SHOULDERS", "WRISTS", "BILATÉRAL",
              "BILATÉRALE", "BILATERALE", "DEUX", "HANCHES", "GENOUX", "JIHATAYN", "JIHTEIN", "TNEIN", "RUKBTEIN", "KA7LEIN", "2ADAMEIN",
              "YADEIN", "WIRKEIN", "KATFEIN", "RUSGHEIN", "RIJLEIN", "LONG", "LEG", "LIMB", "LIMBS", "RUN", "OFF", "EXTREMITIES",
              "PANGONOGRAMME", "GONIOMÉTRIE", "MEMBRES", "SCANOGRAM", "DUALFEMUR", "DUAL", "DDH", "GRAF", "NEONATE", "INFANT", "NOURRISSON",
              "BÉBÉ", "الجانبين", "الطرفين", "للجانبين", "الركبتين", "الكاحلين", "القدمين", "اليدين", "الوركين", "للوركين", "لمفصلي",
              "الكتفين", "الرسغين", "للركبتين", "للكاحلين", "للقدمين", "لليدين", "للكتفين", "للرسغين", "الرجلين", "للرضيع", "السفليين",
              "للطرفين", "الثديين", "للثديين"}


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
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides (or a dual or plural), or its image says B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert contract.words_of(contract.row_texts(r, TEXT)) & BOTH_WORDS or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 20
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_gulf_and_levant_fortnight(rows):
    """Nine sites, none dominating; 35-50 % carry their study; about a third lack
    BodyPartExamined; every clinical family is there; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 70 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "nm", "dxa",
            "dental", "trauma", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert (strata["msk"] + strata["spine"] + strata["breast"]) / n >= 0.3
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 120
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator", "3-Plane Loc") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r
    # the theme: local RIS codes and Arabic mangled by ASCII-only consoles are there
    assert sum("ProcedureCodeSequence" in r["meta"] for r in rows) >= 60
    assert any("???" in (r["meta"].get("StudyDescription") or "") for r in rows)


def test_sites_write_in_their_own_languages(rows):
    """Every language a site writes in shows in its study descriptions: French in most of the
    Lebanese rows, Arabic script or romanised Arabic in a good share of the others."""
    by_site = {}
    for r in rows:
        d = r.get("study", {}).get("StudyDescription") or r["meta"].get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    floor = {"ar": 0.12, "rom": 0.08, "fr": 0.55}
    for s, descs in by_site.items():
        for g in SITE_LANGS[s] - {"en"}:
            share = sum(bool(re.search(LOCAL[g], d)) for d in descs) / len(descs)
            assert share >= floor[g], (s, g, share)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "AHM"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["رنين مغناطيسي للركبة اليسرى"], {"ar"}) == {"L"}
    assert sides_named(["أشعة سينية للكتف الأيمن"], {"ar"}) == {"R"}
    assert sides_named(["ranin rukba yamin"], {"rom"}) == {"R"}
    assert sides_named(["ashe3a katf shmal"], {"rom"}) == {"L"}
    assert sides_named(["IRM du genou droit"], {"fr"}) == {"R"}
    assert sides_named(["Radio poignet G"], {"fr"}) == {"L"}
    assert sides_named(["MRI KNEE LT"], set()) == {"L"}
    # a French letter is not read as a side at a site that does not write French
    assert sides_named(["XR HAND D"], {"ar"}) == set()
