"""Integrity of the thirteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_13.jsonl):
one month of a Central/Eastern European and Eurasian hospital network, fourteen sites in twelve
countries (Russian, Ukrainian, Kazakh, Serbian Cyrillic and Latin, Bosnian, Bulgarian, Romanian,
Greek, Lithuanian, Latvian, Estonian, with Latin transliteration where a modality cannot write the
local script).

The set is written by tests/anatomy/clinical13/build.py (standard library only, fixed seed); the
committed file must be exactly what the generator writes, and every row must follow the label rules
of the shared anatomy spec (codes, laterality only with a limb or breast label, the empty set for
series without anatomy) and carry only header keywords that real systems fill, with no identifiers.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_13.jsonl"
BUILD = HERE / "clinical13" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "InstitutionalDepartmentName"}
SITE_LANG = {"ru-fed": "ru", "ru-obl": "ru", "ru-mrt": "ru", "kz-nmc": "ru", "by-onc": "ru", "ua-obl": "uk", "rs-kc": "sr",
             "ba-ukc": "bs", "bg-umbal": "bg", "ro-scju": "ro", "gr-gnh": "el", "lt-ukl": "lt", "lv-klin": "lv",
             "ee-kliinik": "et"}
# Side words, one upper-case word each (Latin transliterations of the Cyrillic and Greek ones included).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "DEX"}, "L": {"L", "LT", "LEFT", "SIN"}},
    "ru": {"R": {"СПРАВА", "ПРАВ", "ПР", "ПРАВЫЙ", "ПРАВОГО", "ПРАВОЙ", "SPRAVA", "PRAV", "PR", "RE"},
           "L": {"СЛЕВА", "ЛЕВ", "ЛЕВЫЙ", "ЛЕВОГО", "ЛЕВОЙ", "SLEVA", "LEV", "LI"}},
    "uk": {"R": {"СПРАВА", "ПРАВ", "ПРАВИЙ", "ПРАВОГО"}, "L": {"ЗЛІВА", "ЛІВ", "ЛІВИЙ", "ЛІВОГО"}},
    "sr": {"R": {"ДЕСНО", "ДЕС", "DESNO", "DES"}, "L": {"ЛЕВО", "ЛЕВ", "LEVO", "LEV"}},
    "bs": {"R": {"DESNO", "DESNOG", "DESNA"}, "L": {"LIJEVO", "LIJEVOG", "LIJEVA"}},
    "bg": {"R": {"ДЯСНА", "ДЯСНО", "ВДЯСНО", "ДЕСЕН"}, "L": {"ЛЯВА", "ЛЯВО", "ВЛЯВО", "ЛЯВ"}},
    "ro": {"R": {"DREPT", "DREAPTA", "DREAPTĂ", "DR"}, "L": {"STANG", "STÂNG", "STANGA", "STÂNGĂ", "STG"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞΙΑΣ", "ΔΕΞ", "DEXIOU", "DEXIAS"}, "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤΕΡΗΣ", "ΑΡΙΣΤ", "ARISTEROU", "ARISTERIS", "ARIST"}},
    "lt": {"R": {"DEŠINIO", "DEŠINĖS", "DEŠIN"}, "L": {"KAIRIO", "KAIRĖS", "KAIR"}},
    "lv": {"R": {"LABĀ", "LABĀS"}, "L": {"KREISĀ", "KREISĀS"}},
    "et": {"R": {"PAREMA", "PAREM"}, "L": {"VASAKU", "VASAK"}},
}
# XA run names write the side the way the angio suite does (German/Latin short forms), in every site.
XA_SIDE = {"R": {"RE", "DX"}, "L": {"LI", "SIN"}}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
CYR = r"[\u0400-\u04ff]"
# What each language looks like in a study description: its script, its letters, or its words; Latin-only modalities
# write Russian and Greek in transliteration (and one console's cp1251 arrives read as Latin-1).
SCRIPT = {
    "ru": CYR + r"|\b(KT|MRT|MSKT|UZI|RENTGEN\w*|OGK|OBP|OMT|SPRAVA|SLEVA|GOLOVNOGO|STSINTIGRAFIYA|ANGIOGRAFIYA|DENSITOMETRIYA|KORONAROGRAFIYA)\b|[À-ÿ]{4}",
    "uk": r"[ІіЇїЄєҐґ]|" + CYR,
    "sr": CYR + r"|[čćšžđČĆŠŽĐ]|\b(glave|GLAVE|grudnog|GRUDNOG|abdomena|ABDOMENA|karlice|KARLICE|kolena|KOLENA|desno|DESNO|levo|LEVO|snimak|SNIMAK|vrata|VRATA|dojki|DOJKI|tela|TELA|MSCT|RTG)\b",
    "bs": r"[čćšžđ]|\b(CT|MR|MRI|RTG|UZ|UZV|MSCT|Rendgen|Ultrazvuk|Mamografija|Scintigrafija|Angiografija|Koronarografija|Ortopan|CBCT|QC)\b",
    "bg": CYR,
    "ro": r"\b(CT|RMN|IRM|Rx|RX|Radiografie|RADIOGRAFIE|Ecografie|ECOGRAFIE|Mamografie|MAMOGRAFIE|Scintigrafie|SCINTIGRAFIE|PET-CT|Angio-CT|ANGIO-CT|AngioCT|ANGIOCT|Examinare|EXAMINARE|Tomografie|TOMOGRAFIE|Coronarografie|Angiografie|Radioscopie|RADIOSCOPIE|OPG|Osteodensitometrie|Control|Histerosalpingografie|Irigografie|Cistografie|Ecocardiografie)\b",
    "el": r"[\u0370-\u03ff]|\b(AXONIKI|MAGNITIKI|AKTINOGRAFIA|YPERICHOGRAFIMA|MASTOGRAFIA|SPINTHIROGRAFIMA|STEFANIOGRAFIA|AGGEIOGRAFIA|CT|MRI|PET|U|CBCT)\b",
    "lt": r"[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]|\b(KT|MRT|Rtg|rentgenograma|echoskopija|UG|PET|OPG|scintigrafija|angiografija|Koronarografija)\b",
    "lv": r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]|\b(DT|MR|MRI|Rtg|RTG|USG|OPG|PET)\b",
    "et": r"[äöüõšžÄÖÜÕŠŽ]|\b(KT|MRT|MR|RÖ|UH|OPG|PET)\b",
}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    errs = contract_row_errors(row, phi=PHI, allowed=ALLOWED)
    metas = [row.get("meta") or {}] + list((row.get("study") or {}).get("series") or [])
    for m in metas:
        if not isinstance(m, dict):
            continue
        for k in ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
                  "PerformedProcedureStepDescription"):
            if isinstance(m.get(k), str) and len(m[k]) > 64:
                errs.append(f"{k} longer than a LO (64 characters)")
        if isinstance(m.get("BodyPartExamined"), str) and len(m["BodyPartExamined"]) > 16:
            errs.append("BodyPartExamined longer than a CS (16 characters)")
    return errs


def sides_named(texts, lang, modality=None):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set())):
            found.add(s)
        if modality == "XA" and words & XA_SIDE[s]:
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
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANG[site(r)], r["meta"]["Modality"]))


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "XA", "RF", "OT", "SR", "KO"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    wb = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
    assert sum(set(r["labels"]) == wb for r in rows) >= 20
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.15 * len(rows)


def test_the_mix_is_a_network_month(rows):
    """14 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and only they are."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.12 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "msk", "spine", "trauma", "breast", "womens", "paeds", "cardio", "vascular", "entdental", "uro",
            "gi", "chest", "nm", "dxa", "no-anatomy"} <= set(strata)
    assert all(n >= 5 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # siblings are plain metadata with scouts, reformats and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    # sequence-only MR rows that need their study are there
    seq_only = [r for r in rows if r["meta"]["Modality"] == "MR" and "study" in r and "StudyDescription" not in r["meta"]]
    assert len(seq_only) >= 20
    # BodyPartExamined is sometimes wrong as in life: a whole-body or three-region series with one region in it
    assert sum(r["meta"].get("BodyPartExamined") in ("CHEST", "ABDOMEN") and len(r["labels"]) >= 3 for r in rows) >= 5


def test_conventions_of_this_set_hold(rows):
    """The conventions the card states: mammograms one breast each (or both when they say so), breast MR both; dose,
    protocol, key-object and report objects empty; PET emission series whole body unless a brain PET."""
    for r in rows:
        m = r["meta"]
        if m["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r
        if m["Modality"] in ("SR", "KO", "PR", "DOC"):
            assert r["labels"] == [], r
        if m["Modality"] == "PT":
            assert set(r["labels"]) in ({"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}, {"HEAD"}), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry text in that site's script, letters or words."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        lang = SITE_LANG[s]
        local = sum(bool(re.search(SCRIPT[lang], d)) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)
    # the Latin-only modalities of the regional hospital write Russian in transliteration
    translit = [r for r in rows if site(r) == "ru-obl" and re.search(r"\b(KT|MRT|OGK|RENTGENOGRAFIYA|UZI)\b",
                                                                   r["meta"].get("StudyDescription", ""))]
    assert len(translit) >= 10


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "CT", "SeriesDescription": "x" * 65}}, "longer than a LO"),
    ({"meta": {"Modality": "CT", "BodyPartExamined": "CHEST_ABDOMEN_PELVIS"}}, "longer than a CS"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["Рентгенография коленного сустава слева"], "ru") == {"L"}
    assert sides_named(["RENTGENOGRAFIYA KOLENNOGO SUSTAVA SPRAVA"], "ru") == {"R"}
    assert sides_named(["МРТ колінного суглоба зліва"], "uk") == {"L"}
    assert sides_named(["RTG kolena desno"], "sr") == {"R"}
    assert sides_named(["Рентгенография на коленна става - лява"], "bg") == {"L"}
    assert sides_named(["RMN genunchi stâng"], "ro") == {"L"}
    assert sides_named(["ΜΑΓΝΗΤΙΚΗ ΓΟΝΑΤΟΣ ΔΕΞΙΟΥ"], "el") == {"R"}
    assert sides_named(["Kairio kelio sąnario MRT"], "lt") == {"L"}
    assert sides_named(["Labās ceļa locītavas MR"], "lv") == {"R"}
    assert sides_named(["Vasaku põlveliigese MRT"], "et") == {"L"}
    assert sides_named(["Popliteal li"], "lv", "XA") == {"L"}
