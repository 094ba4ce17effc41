"""Integrity of the twenty-third blind clinical anatomy set (tests/anatomy/data/clinical_set_23.jsonl):
a fortnight of emergency, trauma and interventional radiology at five sites writing German, Greek
(Greek script and Latin transliteration), Italian, Polish (ASCII consoles) and English.

The set is written by tests/anatomy/clinical23/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy) and carry only header keywords that real systems
fill, with no identifiers.
"""

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_23.jsonl"
BUILD = HERE / "clinical23" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere; "el" covers Greek script and
# its Latin transliteration).
SITE_LANGS = {"de-trauma": {"de"}, "gr-ed": {"el"}, "it-ed": {"it"}, "pl-dist": {"pl"}, "at-ir": {"de", "en"}}
# Side words, one upper-case word each, accents stripped (texts are split at anything but letters
# and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SIN"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ", "P", "PR"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ", "L", "LEW"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞΙΑΣ", "ΔΕΞΙΟ", "ΔΕΞΙΑ", "ΔΕΞΙ", "ΔΕ", "ΔΕΞ", "DEXIOU", "DEXIAS", "DEXIO", "DEXIA", "DE", "DEX"},
           "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤΕΡΗΣ", "ΑΡΙΣΤΕΡΟ", "ΑΡΙΣΤΕΡΑ", "ΑΡΙΣΤΕΡΗ", "ΑΡ", "ΑΡΙΣΤ", "ARISTEROU", "ARISTERIS", "ARISTERO",
                 "ARISTERA", "AR", "ARIST"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions (accents stripped).
LOCAL = {
    "de": r"(?i)\b(RO|RONTGEN|MRT|MR|CT|CCT|CTA|SONO|EFAST|BV|DSA|PTA|TIPS|EVAR|TEVAR|TACE|SIRT|PTCD|ERCP|OPG|KNIE|SCHULTER|HUFTE|HUFTEN|OSG|FUSS|HAND|HANDE|"
          r"HANDGELENK|ELLENBOGEN|UNTERARM|OBERARM|OBERSCHENKEL|UNTERSCHENKEL|HWS|BWS|LWS|BECKEN|SCHADEL|THORAX|ABDOMEN|HALS|"
          r"POLYTRAUMA|SCHOCKRAUM|GANZKORPER|EMBOLISATION|THROMBEKTOMIE|BIOPSIE|DRAINAGE|NEPHROSTOMIE|PORTIMPLANTATION|"
          r"SKELETTSTATUS|KONSTANZPRUFUNG|MAMMA|VAKUUMBIOPSIE|CLIPMARKIERUNG|ANGIOGRAPHIE|SHUNTANGIOGRAPHIE|PULMONALISANGIOGRAPHIE|"
          r"CAVAFILTER|URETERSCHIENUNG|PYELOGRAPHIE|INTRAOPERATIVE|DURCHLEUCHTUNG|CT-ANGIO|ORTHOPANTOMOGRAMM|CHEMOEMBOLISATION|"
          r"MILZEMBOLISATION|NIERENEMBOLISATION|BRONCHIALARTERIENEMBOLISATION|UTERUSARTERIENEMBOLISATION|PROSTATAARTERIENEMBOLISATION|"
          r"VARIKOZELEN|BECKEN-BEIN-ANGIOGRAPHIE|MECHANISCHE|NEURO-ANGIOGRAPHIE|CT-GEZIELTE|CT-GESTEUERTE|SONO-GEZIELTE|US-GEZIELTE|"
          r"US-GESTEUERTE|PLEURADRAINAGE|DRAINAGEKONTROLLE|PCN|LOW-DOSE)\b",
    "it": r"(?i)\b(RX|TC|RM|ECO|ECOGRAFIA|ECOCOLORDOPPLER|ANGIO-TC|ANGIO|SCOPIA|RADIOSCOPIA|CPRE|ERCP|OPT|ORTOPANTOMOGRAFIA|TROMBECTOMIA|"
          r"EMBOLIZZAZIONE|CHEMIOEMBOLIZZAZIONE|PTA|TIPS|EVAR|TEVAR|FISTOLOGRAFIA|IMPIANTO|FILTRO|ANGIOGRAFIA|POSIZIONAMENTO|"
          r"CONTROLLO|CODICE|E-FAST|URO-TC|GINOCCHIO|CAVIGLIA|POLSO|TORACE|ADDOME|ENCEFALO|CRANIO|RACHIDE|BACINO|COLLO|MAMMELLA)\b",
    "pl": r"(?i)\b(RTG|TK|USG|ANGIO-TK|SKOPIA|ECPW|PANTOMOGRAM|ZDJECIE|PROTOKOL|TEST|KLATKI|KLP|JAMY|GLOWY|KREGOSLUPA|MIEDNICY|STAWU|"
          r"STOPY|REKI|NADGARSTKA|SZYI|PIERSI|OBU)\b",
    "el": r"(?i)(ΑΞΟΝΙΚΗ|ΑΚΤΙΝΟΓΡΑΦΙΑ|ΑΚΤ|ΥΠΕΡΗΧΟΓΡΑΦΗΜΑ|ΜΑΓΝΗΤΙΚΗ|ΑΚΤΙΝΟΣΚΟΠΗΣΗ|ΠΑΝΟΡΑΜΙΚΗ|ΑΝΙΟΥΣΑ|ΑΤ |ΟΛΟΣΩΜΗ|CTA ΚΑΤΩ|CTA ΚΑΡΩΤΙΔΩΝ|"
          r"CTA ΑΝΩ|CTA ΑΡΙΣΤΕΡΟΥ|CTA ΔΕΞΙΟΥ|CT ΑΓΓΕΙΟΓΡΑΦΙΑ|TRIPLEX|QA ΦΑΝΤΟΜΑ|AXONIKI|AKTINOGRAFIA|AKT |YPERICHOGRAFIMA|U/S|"
          r"MAGNITIKI|MRI |AKTINOSKOPISI|PANORAMIKI|ANIOUSA|CT [A-Z]+(OU|OS|IS|ON|AS)\b|CTA [A-Z]+|X-RAY|STROKE PROTOCOL|OLOSOMI|"
          r"E-FAST TRAVMA|ERCP|KUB|QA PHANTOM|FAST ΤΡΑΥΜΑ)",
    "en": r"(?i)\b(CT|CTA|US|MRI|XR|TACE|TIPS|EVAR|TEVAR|SFA|STROKE|THROMBECTOMY|EMBOLISATION|ANGIOPLASTY|ANGIOGRAM|ANGIOGRAPHY|"
          r"FISTULOGRAM|FISTULA|PORT|PICC|IVC|NEPHROSTOMY|BIOPSY|DRAIN|PTC|BILIARY|VERTEBROPLASTY|HEPATIC|SPLENIC|RENAL|BRONCHIAL|UTERINE|"
          r"PROSTATE|PULMONARY|ENDOVASCULAR|MECHANICAL|BILATERAL|LEFT|DAILY|STEREOTACTIC|BREAST|VARICOCELE)\b",
}


def norm(t: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch)).upper()


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of([norm(t) for t in texts])
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
    """A series carries its study description itself or in its study context (sequence-only and
    run-only series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides, or its image is tagged B."""
    both = {"BDS", "BEIDSEITS", "BEIDSEITIG", "BEIDE", "BILATERALE", "BIL", "BILAT", "BILATERAL", "BOTH", "OBUSTRONNIE", "OBUSTR", "OBU",
            "ΑΜΦΟΤΕΡΟΠΛΕΥΡΑ", "ΑΜΦΩ", "AMFOTEROPLEVRA", "AMFO", "HANDE", "FUSSE", "HUFTEN", "ANCHE", "GINOCCHIA", "MANI", "PIEDI",
            "ΓΟΝΑΤΩΝ", "ΙΣΧΙΩΝ", "ΧΕΙΡΩΝ", "ΠΟΔΩΝ", "GONATON", "ISCHION", "XEIRON", "PODON", "CALCAGNI", "PTERNON", "ΠΤΕΡΝΩΝ", "CALCANEI",
            "MASTON", "ΜΑΣΤΩΝ", "MAMMARIA"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of([norm(t) for t in texts]) & both or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "PX", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_emergency_trauma_and_interventional_fortnight(rows):
    """Five sites, none dominating; 35-50 % carry their study; about a third lack
    BodyPartExamined; every family of the fortnight is there; pages without anatomy are empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 150 and max(sites.values()) <= 0.25 * n
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.28 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"polytrauma", "neuro", "headneck", "chest", "cta", "abdo", "fast", "spine", "msk", "fluoro", "ir", "paeds", "breast",
            "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 150
    # angiography runs, C-arm and fluoroscopy spots, the whole-body trauma CT and FAST are there
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert mods["XA"] >= 60 and mods["RF"] >= 30
    assert sum(r["group"].endswith(":polytrauma") and set(r["labels"]) == set(contract.AXIAL) for r in rows) >= 15
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Scanogram", "Localizer", "localizer", "Locator", "3 Plane Scout") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of that site's languages; the Greek
    site writes both Greek script and its transliteration; the Polish consoles write ASCII only."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s]
        local = sum(any(re.search(LOCAL[g], norm(d)) for g in langs) for d in descs) / len(descs)
        assert local >= 0.8, (s, local)
    greek = by_site["gr-ed"]
    assert sum(bool(re.search("[Α-Ωα-ω]", d)) for d in greek) >= 0.3 * len(greek)
    assert sum(not re.search("[Α-Ωα-ω]", d) for d in greek) >= 0.3 * len(greek)
    for r in rows:
        if site(r) == "pl-dist":
            for k in TEXT:
                assert (r["meta"].get(k) or "").isascii(), r


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "XA", "OperatorsName": "MK"}}, "identifying"),
    ({"meta": {"Modality": "XA", "PositionerPrimaryAngle": "30"}}, "outside the allowed"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen, in Greek with or without accents
    assert sides_named(["Rö Knie li."], {"de"}) == {"L"}
    assert sides_named(["RX POLSO DX"], {"it"}) == {"R"}
    assert sides_named(["RTG STOPY LEWEJ"], {"pl"}) == {"L"}
    assert sides_named(["RTG stawu kolanowego (P)"], {"pl"}) == {"R"}
    assert sides_named(["Ακτινογραφία δεξιού γόνατος"], {"el"}) == {"R"}
    assert sides_named(["ΑΚΤΙΝΟΓΡΑΦΙΑ ΑΡΙΣΤΕΡΗΣ ΠΟΔΟΚΝΗΜΙΚΗΣ"], {"el"}) == {"L"}
    assert sides_named(["AKTINOGRAFIA GONATOS DEXIOU F+P"], {"el"}) == {"R"}
    # and a Polish abbreviation is not read as a side at an Italian site, nor the Greek F+P views
    assert sides_named(["RX GINOCCHIO P"], {"it"}) == set()
    assert sides_named(["AKTINOGRAFIA KARPOU F+P"], {"el"}) == set()
