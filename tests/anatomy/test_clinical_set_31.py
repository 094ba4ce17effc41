"""Integrity of the thirty-first blind clinical anatomy set (tests/anatomy/data/clinical_set_31.jsonl):
a fortnight of a neuroscience, head-and-neck and dental imaging centre and its partner hospitals,
five sites writing English, Spanish, Catalan, Portuguese and Polish.

The set is written by tests/anatomy/clinical31/build.py (standard library only, fixed seed);
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
from tests.anatomy.set_contract import ALLOWED, CODES, SIDED, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_31.jsonl"
BUILD = HERE / "clinical31" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"uk-nsc": {"en"}, "uk-hnd": {"en"}, "es-bcn": {"es", "ca"}, "pt-prt": {"pt"}, "pl-krk": {"pl"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "D"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZDO", "IZDA", "IZQ"}},
    "ca": {"R": {"DRET", "DRETA", "D"}, "L": {"ESQUERRE", "ESQUERRA", "ESQ"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DTO", "DTA"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ", "P", "PR"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ", "L", "LEW"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "es": r"(?i)(RM|RX|TC|PET|Ecograf|Eco-Doppler|ECO|cráneo|craneal|CRANEO|cerebral|columna|cuello|cervical|tórax|TORAX|senos|peñascos|oídos|órbitas|"
          r"ortopantomograf|aleta|periapical|haz cónico|CBCT|Telerradiograf|mandíbula|ATM|Sialograf|glándulas|tiroid|PAAF|paratiroides|bocio|laringe|"
          r"Esofagograma|TEGD|Videofluoroscopia|partes blandas|Código Ictus|Arteriograf|Angiograf|Trombectom|Embolizaci|Angioplastia|Mielo|Infiltración|"
          r"Vertebroplastia|Gammagraf|SPECT|rodilla|hombro|cadera|tobillo|pie|mano|muñeca|codo|antebrazo|húmero|fémur|pierna|escafoides|calcáneo|pelvis|"
          r"Mamograf|mamaria|MAMA|abdominal|abdominopélvica|Densitometr|DMO|ingle|politrauma|macizo|cavum|Petición|Consentimiento|edad ósea|"
          r"sins|penyals|òrbites|genoll|espatlla|maluc|turmell|canell|colze|avantbraç|fèmur|cama|mà|Codi|Ecografia|massís|coll|mamària|òssia|malucs|mans)",
    "pt": r"(?i)(RM|RX|TC|PET|Ecografia|Eco-Doppler|ECO|Via Verde|AVC|crânio|CE|coluna|cervical|tórax|TORAX|seios|ouvidos|rochedos|CAI|órbitas|ocular|"
          r"Ortopantomografia|panorâmico|bite-wing|periapical|feixe|CBCT|Telerradiografia|mandíbula|ATM|Sialografia|glândulas|tiróide|TIROIDEIA|"
          r"Citologia|paratiróides|bócio|laringe|Trânsito|Esofagograma|Videofluoroscopia|partes moles|Angiografia|Trombectomia|Embolização|"
          r"Angioplastia|Mielo|Bloqueio|Vertebroplastia|Cintigrafia|DaTSCAN|SPECT|joelho|ombro|anca|tornozelo|tibiotársica|pé|mão|punho|cotovelo|"
          r"antebraço|úmero|braço|fémur|coxa|perna|escafóide|calcâneo|bacia|ANCAS|Mamografia|mamária|abdominal|abdomino|Osteodensitometria|DEXA|"
          r"inguinal|politraumatizado|maciço|cavum|pescoço|PESCOCO|Requisição|Consentimento|cavidade|hipófise|SELA|esclerose|demência|epilepsia|Extralongo|face)",
    "pl": r"(?i)(MR|RTG|TK|PET|USG|Doppler|BACC|głowy|glowy|mózg|mozg|kręgosłup|kregoslup|szyi|szyj|klatki|zatok|kości|kosci|piramid|kątów|katow|"
          r"przewodów|przewodow|oczodoł|oczodol|gałki|galki|Pantomogram|pantomograficzne|zgryzowe|wewnątrzustne|wewnatrzustne|zęba|zeba|CBCT|cefalometr|"
          r"żuchw|zuchw|szczęki|szczeki|stawów|stawow|Sialografia|ślinian|slinian|tarczyc|przytarczyc|wole|krtani|przełyku|przelyku|Pasaż|Pasaz|"
          r"Wideofluoroskopia|tkanek|Udar|Angiografia|Arteriografia|Trombektomia|Embolizacja|Stentowanie|Mielografia|Blokada|Wertebroplastyka|"
          r"Scyntygrafia|DaTSCAN|SPECT|stawu|barku|obojczyka|stopy|ręki|reki|dłoni|dloni|nadgarstka|przedramienia|ramienia|uda|podudzia|miednicy|"
          r"Mammografia|piersi|jamy|Densytometria|DXA|pachwiny|politrauma|twarzoczaszki|nosogardła|nosogardla|Skierowanie|Ankieta|jamy ustnej|przysadki|"
          r"wieku|czaszki|zastawki|przezciemiączkowe|przezciemiaczkowe|SM|otępienie|otepienie|padaczk|glejak|guz)",
}
# Words that say both sides of a limb or breast row.
BOTH = {"BILATERAL", "BILAT", "BOTH", "BIL", "DUAL", "AMBAS", "AMBOS", "AMBDUES", "OBU", "OBUSTRONNIE", "OBUSTRONNE", "OBUSTRONNA",
        "HANDS", "MANOS", "MANS", "MÃOS", "MAOS", "DŁONI", "DLONI", "HIPS", "CADERAS", "MALUCS", "ANCAS", "BIODROWYCH"}


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


def limb_or_breast(row):
    return bool(set(row["labels"]) & SIDED)


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
    languages or English); no tag and no word names the other side. Sided organs of the head and
    neck (orbit, parotid, carotid, neck nodes) keep no laterality whatever their tags say."""
    sided = [r for r in rows if limb_or_breast(r)]
    contract.check_side_words(sided, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))
    for r in rows:
        if not limb_or_breast(r):
            assert r["laterality"] is None, r
    tagged = [r for r in rows if not limb_or_breast(r) and {"Laterality", "ImageLaterality"} & set(r["meta"])]
    assert len(tagged) >= 8


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row carries a word for both sides or a B tag."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 8
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK"} for r in rows) >= 20


def test_the_mix_is_a_neuro_head_and_neck_fortnight(rows):
    """Five sites, the hub the largest; head and neck regions are most of it; 35-50 % carry their
    study; about a third lack BodyPartExamined; every stratum is there; pages without anatomy are
    empty and 3-8 % of the rows."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 120 and max(sites.values()) <= 0.32 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"stroke", "epilepsy", "tumour", "functional", "neuro", "spine", "angio", "nerve", "nm", "paeds", "ent", "neck", "thyroid",
            "orbit", "dental", "tmj", "salivary", "onc", "trauma", "general", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert sum(bool(set(r["labels"]) & {"HEAD", "NECK"}) for r in rows) / n >= 0.6
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs whose side is only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 40
    # siblings are plain metadata with scouts, derived maps and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo", "localizer", "Survey") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] == r["meta"]["ImageLaterality"], r
        if r["meta"]["Modality"] in ("IO", "PX"):
            assert r["labels"] == ["HEAD"] and r["laterality"] is None, r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry a study description in one of that site's languages."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        if not langs:
            continue
        pattern = LOCAL["es"] if langs == {"es", "ca"} else LOCAL[next(iter(langs))]
        local = sum(bool(re.search(pattern, d)) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "JDB"}}, "identifying"),
    ({"meta": {"Modality": "MR", "StudyDate": "20240101"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a sided head-and-neck row given a side would break the contract
    row = next(r for r in rows if not limb_or_breast(r) and "Laterality" in r["meta"])
    assert any("laterality without" in e for e in row_errors({**row, "laterality": row["meta"]["Laterality"]}))
    # side words of each language are seen
    assert sides_named(["RX rodilla izq."], {"es", "ca"}) == {"L"}
    assert sides_named(["RX genoll dret"], {"es", "ca"}) == {"R"}
    assert sides_named(["RX punho esquerdo"], {"pt"}) == {"L"}
    assert sides_named(["RTG stawu kolanowego prawego"], {"pl"}) == {"R"}
    assert sides_named(["XR Wrist LT"], {"en"}) == {"L"}
    # Portuguese and Catalan 'e' / 'i' (and) are not read as sides
    assert sides_named(["RX mão e punho"], {"pt"}) == set()
    assert sides_named(["RX mà i canell"], {"es", "ca"}) == set()
