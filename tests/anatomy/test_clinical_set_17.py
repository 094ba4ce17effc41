"""Integrity of the seventeenth blind clinical anatomy set (tests/anatomy/data/clinical_set_17.jsonl):
a fortnight of public and private hospitals and outpatient centres in Thailand, Vietnam,
Indonesia, Malaysia, the Philippines and Singapore, and a teleradiology provider reading for rural
hospitals in Australia and New Zealand; ten sites writing Thai (script and romanised), Vietnamese
(with and without diacritics), Bahasa Indonesia, Bahasa Melayu, Filipino, Chinese and English.

The set is written by tests/anatomy/clinical17/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_17.jsonl"
BUILD = HERE / "clinical17" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is read everywhere).
SITE_LANGS = {"th-univ": {"th", "thr", "en"}, "th-priv": {"th", "en"}, "vn-prov": {"vi"}, "vn-priv": {"vi", "en"},
              "id-priv": {"id", "en"}, "my-gov": {"ms", "en"}, "my-priv": {"ms", "en"}, "ph-priv": {"tl", "en"},
              "sg-univ": {"zh", "en"}, "au-tele": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "thr": {"R": {"KHWA"}, "L": {"SAI"}},
    "th": {"R": set(), "L": set()},
    "vi": {"R": {"PHẢI", "PHAI", "P"}, "L": {"TRÁI", "TRAI", "T"}},
    "id": {"R": {"KANAN", "DEXTRA", "DEKSTRA", "DEX", "D"}, "L": {"KIRI", "SINISTRA", "SIN", "S"}},
    "ms": {"R": {"KANAN"}, "L": {"KIRI"}},
    "tl": {"R": {"KANAN"}, "L": {"KALIWA"}},
    "zh": {"R": set(), "L": set()},
}
# Scripts written without spaces between words: side words are read as substrings.
SIDE_SUBSTRINGS = {"th": {"R": ("ขวา",), "L": ("ซ้าย",)}, "zh": {"R": ("右",), "L": ("左",)}}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "th": r"[\u0E00-\u0E7F]|\b(KHAO|LAI|SAPHOK|THAO|MUE|KHO|KHAEN|KHA|KHAENG|KHWA|SAI|SAMONG|POT|THORAK|CHONG|KHAN|KRADUK|TUA|TAP|TOM|TAO|UBATTIHET)\b",
    "vi": r"(?i)(Chụp|Chup|Siêu âm|Sieu am|Xạ hình|Xa hinh|Nút mạch|Nut mach|Sinh thiết|Sinh thiet|CLVT|MSCT|XQ|Phiếu|Phieu)|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]",
    "id": r"(?i)\b(Foto|Rontgen|USG|MSCT|CT Scan|Kepala|Genu|Pedis|Manus|Cruris|Antebrachii|Cubiti|Coxae|Humerus|Femur|kanan|kiri|dextra|sinistra|Kehamilan|Gigi|Leher|Mammae|Payudara|Hepar|Ginjal|Lumbal|Lumbosacral|BNO|Cervical|Thoracal|Sefalometri|Panoramik|Tiroid|Urologi|Ginekologi|Obstetri|Fetomaternal|Karotis|Tungkai|Lengan|Pergelangan|Siku|Paha|Bahu|Lutut|Tangan|Bayi|Anak|Nasofaring|Prostat|Surat|Waters|Angiografi|Biopsi|Mammografi|Stonografi|Urografi|Skoliosis)\b",
    "ms": r"(?i)\b(Ultrabunyi|Imbasan|Otak|Dada|Kanan|Kiri|Lutut|Bahu|Pinggul|Tangan|Kaki|Siku|Lengan|Peha|Betis|Tulang|Payudara|Mamogram|Mamografi|Kehamilan|Leher|Tiroid|Hati|Kedua|Trifasa|Toraks|Servikal|Torasik|Seluruh|Jantung|Prostat|Gigi|Umur|Bayi|Pediatrik|Saringan|Diagnostik|Perfusi|Muka|Serebral|Karotid|Fistula|Vena|Penuh|Hepatobiliari|Obstetrik|Buku|Jari|Borang|Biopsi|Skoliosis|Nasofarinks|dan)\b",
    "tl": r"(?i)\b(UTZ|APL|TVS|BPS|kanan|kaliwa|tuhod|balikat|paa|kamay|siko|braso|hita|binti|magkabila|bukung|CRANIAL|STONOGRAM|HBT|PE|PNS|KUB-P|2D ECHO)\b",
    "zh": r"[\u4e00-\u9fff]",
}
# The least share of a site's study descriptions in its own language (the rest is the English its
# RIS also writes).
LOCAL_SHARE = {"th-univ": 0.6, "th-priv": 0.15, "vn-prov": 0.9, "vn-priv": 0.6, "id-priv": 0.45, "my-gov": 0.15,
               "my-priv": 0.15, "ph-priv": 0.1, "sg-univ": 0.1}
BOTH = {"BILATERAL", "BILAT", "BOTH", "BIL", "B", "KEDUA", "MAGKABILA", "BÊN", "BEN", "KHANG", "HANDS", "HIPS", "RUNOFF", "LIMBS",
        "EXTREMITIES", "ET", "DAN"}
BOTH_SUBSTRINGS = ("ทั้งสองข้าง", "2 ข้าง", "双")


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    joined = " ".join(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
            found.add(s)
        if any(sub in joined for g in langs if g in SIDE_SUBSTRINGS for sub in SIDE_SUBSTRINGS[g][s]):
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


def test_limb_rows_carry_a_side(rows):
    """Every series of a limb carries its side (L, R or B); only axial, spine and empty rows go without."""
    for r in rows:
        if set(r["labels"]) & contract.LIMBS or "BREAST" in r["labels"]:
            assert r["laterality"] in ("L", "R", "B"), r


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is a both-sides order: its texts say so, or its image says B; breast MR
    images both breasts."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        assert (contract.words_of(texts) & BOTH or any(b in " ".join(texts) for b in BOTH_SUBSTRINGS)
                or m.get("ImageLaterality") == "B"), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_southeast_asian_fortnight(rows):
    """Ten sites, none over 15 %; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and 3-8 % of the set."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 50 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "trauma", "neuro", "headneck", "chest", "cardio", "abdo", "obs", "onc", "vasc", "paeds",
            "nm", "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 90
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo", "localizer", "Survey", "Locator", "3-Plane Loc")
               or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """A site's study descriptions are in its own language at least as often as its RIS writes it;
    the teleradiology provider's are upper-case English abbreviations."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, share in LOCAL_SHARE.items():
        langs = SITE_LANGS[s] - {"en"}
        descs = by_site[s]
        local = sum(any(re.search(LOCAL["th" if g == "thr" else g], d) for g in langs) for d in descs) / len(descs)
        assert local >= share, (s, local)
    assert sum(d == d.upper() for d in by_site["au-tele"]) / len(by_site["au-tele"]) >= 0.9


def test_consoles_that_cannot_write_the_script(rows):
    """Vietnamese without diacritics and Thai turned into question marks by Latin-1 consoles are
    both in the set."""
    vi_ascii = [r for r in rows if site(r).startswith("vn-") and any(
        (r["meta"].get(k) or "").isascii() and re.search(r"(?i)\b(CHUP|SIEU AM)\b", r["meta"].get(k) or "") for k in TEXT)]
    th_q = [r for r in rows if site(r).startswith("th-") and "??" in (r["meta"].get("PerformedProcedureStepDescription") or "")]
    assert len(vi_ascii) >= 20 and len(th_q) >= 5


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "SOMCHAI"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["เอกซเรย์เข่าซ้าย"], {"th"}) == {"L"}
    assert sides_named(["MRI ไหล่ ข้างขวา"], {"th"}) == {"R"}
    assert sides_named(["X-RAY KHAO KHWA"], {"thr"}) == {"R"}
    assert sides_named(["Chụp X quang khớp gối (P)"], {"vi"}) == {"R"}
    assert sides_named(["Chup MRI khop vai trai"], {"vi"}) == {"L"}
    assert sides_named(["Foto Genu Sinistra AP/Lateral"], {"id"}) == {"L"}
    assert sides_named(["X-Ray Lutut Kanan"], {"ms"}) == {"R"}
    assert sides_named(["X-RAY tuhod kaliwa"], {"tl"}) == {"L"}
    assert sides_named(["右膝关节MR"], {"zh"}) == {"R"}
    assert sides_named(["XR L) WRIST"], {"en"}) == {"L"}
    # a Vietnamese abbreviation is not read as a side at a Malaysian site
    assert sides_named(["X-Ray Lutut (P)"], {"ms"}) == set()
