"""Integrity of the thirty-third blind clinical anatomy set (tests/anatomy/data/clinical_set_33.jsonl):
a fortnight of public and private hospitals and outpatient centres of Spanish- and
Portuguese-speaking Latin America (Mexico, Colombia, Peru, Chile, Argentina, Brazil), thirteen
sites writing Spanish or Brazilian Portuguese, with some English.

The set is written by tests/anatomy/clinical33/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_33.jsonl"
BUILD = HERE / "clinical33" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere: scanner names and side tags).
SITE_LANGS = {"mx-imss": {"es"}, "mx-priv": {"es", "en"}, "mx-opc": {"es"}, "co-pub": {"es"}, "co-priv": {"es"},
              "pe-essalud": {"es"}, "pe-priv": {"es"}, "cl-pub": {"es"}, "cl-priv": {"es"}, "ar-pub": {"es"},
              "ar-priv": {"es"}, "br-sus": {"pt"}, "br-priv": {"pt"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits). No
# single letters: 'E' is 'and' in Portuguese.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "es": {"R": {"DERECHO", "DERECHA", "DER", "DCHO", "DCHA"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZDO", "IZDA"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "es": r"(?i)\b(RX|Rx|TAC|TC|TEM|TCMS|SCANNER|RM|RMN|IRM|USG|ULTRASONIDO|ECO|ECOGRAF[IÍ]A|ECOTOMOGRAF[IÍ]A|RADIOGRAF[IÍ]A|"
          r"RESONANCIA|TOMOGRAF[IÍ]A|MASTOGRAF[IÍ]A|MAMOGRAF[IÍ]A|Densitometr[ií]a|DMO|Gammagraf[ií]a|Gammagrama|Centellograma|"
          r"Cintigraf[ií]a|PET|Doppler|Angio\w*|Colangio\w*|Uro\w*|Espinograma|Escanograma|Panor[aá]mica|Telerradiograf[ií]a|"
          r"Histerosalpingograf[ií]a|HSG|SEGD|Serie|Colon|Pielograf[ií]a|Cistouretrograf[ií]a|Uretrocistograf[ií]a|Ecocardiogra\w*|"
          r"Cateterismo|Coronariograf[ií]a|Arteriograf[ií]a|Quimioembolizaci[oó]n|TACE|Embolizaci[oó]n|Perfusi[oó]n|SPECT|Renograma|"
          r"Captaci[oó]n|C[oó]digo|Protocolo|Body|Biopsia|Tomos[ií]ntesis|Artrorresonancia|Edad|Ortopantomograf[ií]a|Cefalometr[ií]a|"
          r"Colonograf[ií]a|Colonoscop[ií]a|Placa|TACAR|Score|Radiograf[ií]a|Escaner)\b",
    "pt": r"(?i)\b(RX|RAIO|TC|RM|RNM|USG|US|ULTRASSONOGRAFIA|RADIOGRAFIA|RESSONANCIA|RESSONÂNCIA|TOMOGRAFIA|MAMOGRAFIA|"
          r"Densitometria|Cintilografia|PET|Doppler|Angio\w*|Colangio\w*|Uro\w*|Escanometria|Escoliose|EED|Enema|Urografia|"
          r"Uretrocistografia|Ecocardiograma|ECO|Cateterismo|Cinecoronariografia|Arteriografia|Angiografia|Quimioembolização|"
          r"Embolização|SPECT|Renograma|Protocolo|Código|Mamotomia|Tomossíntese|Artrorressonância|Idade|Escore|Histerossalpingografia|"
          r"Colonografia|Colonoscopia|TCAR|Telerradiografia|Radiografia|PEDIDO)\b",
}
BOTH = {"BILATERAL", "BILAT", "AMBOS", "AMBAS", "COMPARATIVA", "COMPARATIVAS", "COMPARATIVO", "COMPARATIVOS", "BOTH", "DUALFEMUR",
        "RODILLAS", "CADERAS", "HOMBROS", "TOBILLOS", "PIES", "MANOS", "MUÑECAS", "MUNECAS", "CODOS", "JOELHOS", "QUADRIS", "OMBROS",
        "TORNOZELOS", "PÉS", "PES", "MÃOS", "MAOS", "PUNHOS", "COTOVELOS", "HIPS", "KNEES", "FEET", "HANDS", "MIEMBROS", "MEMBROS", "MMII",
        "ESCANOGRAMA", "ESCANOMETRIA", "MAMAS", "RUNOFF", "LEGS"}


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
    contract.check_something_to_read(rows, TEXT)


def test_every_row_carries_its_study_description(rows):
    """A series carries its study description itself or in its study context."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word of its site's language
    or English); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row says so: a both-sides word or plural in its texts, an
    ImageLaterality of B, or it is a breast MR (both breasts by convention)."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert contract.words_of(contract.row_texts(r, TEXT)) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_latin_american_hospital_fortnight(rows):
    """13 sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty; tariff codes are there."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 35 and max(sites.values()) <= 0.15 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "obgyn", "onc", "vasc", "paeds", "trauma", "nm",
            "dxa", "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 100
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator", "Topo", "3 PLANE LOC") or d.startswith("Topogram")
               for d in sibs)
    codes = [r["meta"]["ProcedureCodeSequence"][0] for r in rows if "ProcedureCodeSequence" in r["meta"]]
    assert {c["CodingSchemeDesignator"] for c in codes} >= {"CPT", "CUPS", "FONASA", "SIGTAP", "TUSS"}
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_consoles_write_ascii_and_upper_case(rows):
    """The public-hospital consoles drop accents: their study descriptions are plain ASCII."""
    for r in rows:
        if site(r) in ("co-pub", "pe-essalud", "cl-pub", "ar-pub", "br-sus", "mx-opc"):
            d = r["meta"].get("StudyDescription") or r["study"]["StudyDescription"]
            assert d.isascii(), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in that site's language."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.75, (s, local)


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
    assert sides_named(["RM RODILLA IZQ."], {"es"}) == {"L"}
    assert sides_named(["RX DE HOMBRO DERECHO AP Y LAT"], {"es"}) == {"R"}
    assert sides_named(["RX DO JOELHO ESQUERDO AP E PERFIL"], {"pt"}) == {"L"}
    assert sides_named(["RM OMBRO DIR."], {"pt"}) == {"R"}
    # the Portuguese 'e' (and) is not read as a side
    assert sides_named(["RX TORNOZELO AP E PERFIL"], {"pt"}) == set()
