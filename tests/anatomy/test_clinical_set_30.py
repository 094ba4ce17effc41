"""Integrity of the thirtieth blind clinical anatomy set (tests/anatomy/data/clinical_set_30.jsonl):
a fortnight of hospitals and outpatient centres around the Mediterranean and the Adriatic,
eleven sites writing Italian, Greek (script and romanised), Maltese, Croatian, Slovenian, Catalan,
Spanish and English.

The set is written by tests/anatomy/clinical30/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_30.jsonl"
BUILD = HERE / "clinical30" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber", "PatientAge", "PatientSex",
                  "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"it-pol": {"it"}, "it-cdm": {"it"}, "gr-uh": {"el"}, "gr-dc": {"el"}, "cy-gh": {"el", "en"}, "mt-mdh": {"mt", "en"},
              "hr-kbc": {"hr"}, "hr-pol": {"hr"}, "si-ukc": {"sl"}, "es-cat": {"ca", "es"}, "es-val": {"es", "ca"}}
# Side words, upper case without accents (texts are split at anything but letters and digits);
# Greek in its script and as ASCII consoles romanise it.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SIN"}},
    "el": {"R": {"ΔΕΞΙΟΥ", "ΔΕΞΙΑΣ", "ΔΕΞΙΟ", "ΔΕΞΙΑ", "ΔΕΞ", "ΔΕ", "DEXIOU", "DEXIAS", "DEXIO", "DEXIA", "DEX", "DE"},
           "L": {"ΑΡΙΣΤΕΡΟΥ", "ΑΡΙΣΤΕΡΗΣ", "ΑΡΙΣΤΕΡΗ", "ΑΡΙΣΤΕΡΟ", "ΑΡΙΣΤΕΡΑ", "ΑΡ", "ARISTEROU", "ARISTERIS", "ARISTERI", "ARISTERO",
                 "ARISTERA", "AR"}},
    "mt": {"R": {"LEMIN"}, "L": {"XELLUG"}},
    "hr": {"R": {"DESNO", "DESNI", "DESNA", "DESNOG", "DESNE", "DES"}, "L": {"LIJEVO", "LIJEVI", "LIJEVA", "LIJEVOG", "LIJEVE", "LIJ"}},
    "sl": {"R": {"DESNO", "DESNI", "DESNA", "DESNEGA", "DESNE", "D"}, "L": {"LEVO", "LEVI", "LEVA", "LEVEGA", "LEVE", "L"}},
    "ca": {"R": {"DRET", "DRETA", "DTA"}, "L": {"ESQUERRE", "ESQUERRA", "ESQ"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "DER"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZDO", "IZDA", "IZQ"}},
}
# Words that say both sides (or name a paired part in the plural) in the sites' languages.
BOTH = {"BILATERALE", "BIL", "BILAT", "BILATERAL", "BOTH", "ΑΜΦΟΤΕΡΟΠΛΕΥΡΑ", "ΑΜΦΩ", "ΑΜΦ", "AMFOTEROPLEYRA", "AMFO", "AMF", "ZEWG", "NAHAT",
        "OBOSTRANO", "OBOSTR", "OBOJESTRANSKO", "OBOJESTR", "OBEH", "OBJE", "AMBOS", "ANCHE", "ΙΣΧΙΩΝ", "ISCHION", "HIPS", "KUKOVA", "KOLKOV",
        "MALUCS", "CADERAS", "MANI", "ΧΕΙΡΩΝ", "CHEIRON", "HANDS", "FEET", "STOPAL", "MANS", "PEUS", "MANOS", "PIES", "TELEMETRIA",
        "ΤΗΛΕΑΚΤΙΝΟΓΡΑΦΙΑ", "TILEAKTINOGRAFIA", "LONG", "ARTI", "ΑΚΡΩΝ", "AKRON", "LEGS", "NOGU", "OKONCIN", "EXTREMITATS", "MIEMBROS",
        "RUN", "EKSTREMITETA", "BREASTS"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, looked for in their study descriptions.
LOCAL = {
    "it": r"(?i)\b(RM|RX|ECO|ECD|TC|MOC|OPT|DENTALSCAN)\b|Ecografia|Mammografia|Scintigrafia|Angio-TC|Colangio|Entero-RM|Clisma|Isterosalpingografia|"
          r"Cistouretrografia|Ortopantomografia|Teleradiografia|Densitometria|Chemioembolizzazione|Angiografia|Colonscopia|Biopsia|Artro-RM|"
          r"cerebrale|Cone Beam",
    "el": r"(?i)[\u0370-\u03ff]|\b(MT|AT|A/A|U/S|AKTINOGRAFIA|MAGNITIKI|AXONIKI|MASTOGRAFIA|SPINTHIROGRAFIMA|YPERICHOGRAFIMA|TRIPLEX|OSTIKIS|"
          r"KEFALOMETRIKI|PANORAMIKI|OPISTHOFATNIAKI|PSIFIAKI|CHIMEIOEMVOLISMOS|AGGEIOPLASTIKI|STEREOTAKTIKI|ODONTIATRIKI|DIAKOLPIKO|DIAPIGAIO|"
          r"KYSTEOOURITHROGRAFIA|OISOFAGOGRAFIMA|VARIOUCHOS|YSTEROSALPIGGOGRAFIA|METRISI|TOMOGRAFIA)\b",
    "mt": r"(?i)\b(tal|tax|tas|taż|taz|tar|tad|fuq|Skrining)-?\b",
    "hr": r"(?i)\b(RTG|UZV|MSCT|CTA|DSA|TACE|MRCP|HRCT|OPG|CBCT|PTA)\b|kralje|Mamografija|Scintigrafija|Denzitometrija|dopler|Irigografija|"
          r"Histerosalpingografija|cistouretrografija|Ortopantomogram|Telerentgen|snimka|biopsija|angiografija|urografija|kolonografija|"
          r"enterografija|artrografija|politrauma|\bMR (mozga|glave|vrata|srca|jetre|prostate|zdjelice|rektuma|dojki|orbita|hipofize|unutarnjih|cijelog|kukova)|"
          r"koljena|ramena|kuka|gležnja|glez|stopala|šake|sake|lakta|podlaktice|nadlaktice|natkoljenice|potkoljenice|zgloba|kosti|prsta|palca|humerusa",
    "sl": r"(?i)\b(RTG|UZ|CT|CTA|DSA|TACE|MRCP|HRCT|OPG|CBCT|PTA|DORA)\b|hrbtenic|Mamografija|Scintigrafija|Denzitometrija|Meritev|Irigografija|"
          r"Histerosalpingografija|cistouretrografija|Ortopantomogram|Telerentgen|posnetek|biopsija|angiografija|urografija|kolonografija|"
          r"enterografija|artrografija|politravma|\bMRI? (glave|možganov|moz|vratu|srca|jeter|prostate|medenice|danke|dojk|orbit|hipofize|notranjih|celega|kolkov)|"
          r"kolena|rame|kolka|gležnja|glez|stopala|dlani|komolca|podlahti|nadlahti|stegna|goleni|zapestja|ključnice|kljucnice|petnice|čolniča|colnica|prst",
    "ca": r"(?i)\b(RM|RX|TC|ECO|CBCT|ATP)\b|Ecografia|Mamografia|Gammagrafia|Densitometria|Angio-TC|Colangio|Entero-RM|Enema|Histerosalpingografia|"
          r"Cistouretrografia|Ortopantomografia|Telerradiografia|Quimioembolitzaci|Arteriografia|Colonografia|Biòpsia|Biopsia|Artro-RM|"
          r"Ressonància|Ressonancia|Radiografia|Renograma|Esofagograma|Telemetria|PET-TC",
    "es": r"(?i)\b(RM|RMN|RX|TC|TAC|ECO|TCAR|ATP)\b|Ecografía|Ecografia|Mamografía|Mamografia|Gammagrafía|Gammagrafia|Densitometría|Densitometria|"
          r"Angio-TC|Colangio|Entero-RM|Enema|Histerosalpingograf|Cistouretrograf|Ortopantomograf|Telerradiograf|Quimioembolizaci|Arteriograf|"
          r"Colonograf|Colonoscopia|Biopsia|Artro-RM|Resonancia|Radiografía|Radiografia|Renograma|Esofagograma|Telemetría|Telemetria|PET-TC|PET-TAC",
}
# The share of a site's study descriptions that must be in its own language(s) besides English.
LOCAL_MIN = {"cy-gh": 0.4, "mt-mdh": 0.12}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def _plain(word):
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def sides_named(texts, langs):
    words = {_plain(w) for w in contract.words_of(texts)}
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
    """A series carries its study description itself or in its study context (sequence-only
    series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides or a paired part in the plural, or its image says B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        words = {_plain(w) for w in contract.words_of(contract.row_texts(r, TEXT))}
        assert words & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 20
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_hospital_and_outpatient_fortnight(rows):
    """11 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and 3-8 % of the set."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "nm", "dxa", "dental", "trauma",
            "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo", "localizer", "Survey", "Locator", "3Pl Loc") or d.startswith("Topogram") for d in sibs)
    # Greek reaches some consoles romanised, and RIS codes of the sites' own catalogues are there
    assert any(r["group"].startswith("gr-") and re.search(r"\b(MT|AT|A/A)\b", r["meta"].get("StudyDescription", "")) for r in rows)
    assert sum("ProcedureCodeSequence" in r["meta"] for r in rows) >= 0.15 * n
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of that site's languages besides English."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= LOCAL_MIN.get(s, 0.6), (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "JDB"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["RM ginocchio sx"], {"it"}) == {"L"}
    assert sides_named(["ΜΤ ΓΟΝΑΤΟΣ ΔΕΞΙΟΥ"], {"el"}) == {"R"}
    assert sides_named(["Μαγνητική τομογραφία ώμου αριστερού"], {"el"}) == {"L"}
    assert sides_named(["MT OMOU ARISTEROU"], {"el"}) == {"L"}
    assert sides_named(["X-ray tal-irkoppa tax-xellug"], {"mt"}) == {"L"}
    assert sides_named(["MR koljena desno"], {"hr"}) == {"R"}
    assert sides_named(["RTG leve rame"], {"sl"}) == {"L"}
    assert sides_named(["RX canell esquerre"], {"ca"}) == {"L"}
    assert sides_named(["RM de rodilla derecha"], {"es"}) == {"R"}
    # and a word that is a side in one language of the region is not read as one elsewhere
    assert sides_named(["RM de rodilla"], {"es", "ca"}) == set()
    assert sides_named(["RX mans i peus"], {"ca", "es"}) == set()
