"""Integrity of the twenty-eighth blind clinical anatomy set (tests/anatomy/data/clinical_set_28.jsonl):
a fortnight of a women's and children's hospital network: breast imaging, obstetric and
gynaecological ultrasound and MR, fetal MR, neonatal and paediatric radiography, ultrasound, CT,
MR and fluoroscopy, at five sites writing English, Spanish, Catalan, Turkish and Brazilian
Portuguese.

The set is written by tests/anatomy/clinical28/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_28.jsonl"
BUILD = HERE / "clinical28" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "PatientWeight", "InstitutionAddress", "OperatorsName",
                  "PerformingPhysicianName"}
# The languages each site writes in (English is read everywhere).
SITE_LANGS = {"uk-wch": {"en"}, "uk-bsu": {"en"}, "es-bcn": {"es", "ca"}, "tr-ist": {"tr", "en"}, "br-sp": {"pt"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHA", "DCHO", "DER"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZDA", "IZDO"}},
    "ca": {"R": {"DRET", "DRETA", "DTA"}, "L": {"ESQUERRE", "ESQUERRA", "ESQ"}},
    "tr": {"R": {"SAĞ", "SAG"}, "L": {"SOL"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Series-level names: on an MR console 'SAG' is a plane (sagittal), not the Turkish 'sağ'.
SERIES_TEXT = ("SeriesDescription", "ProtocolName")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "es": r"(?i)(Rx|Radiograf|Eco|RM |RM$|TC |Mamograf|mama|cribado|tomosíntesis|tomosintesis|BAG|BAV|pieza|espécimen|obstétrica|obstetrica|"
          r"semanas|Cervicometr|morfológica|morfologica|fetal|transvaginal|ginecol|pélvica|pelvica|Histerosalpingograf|Histerosono|tórax|torax|abdomen|"
          r"RN|Babygrama|transfontanelar|columna|caderas?|Serie ósea|Serie osea|Mapa óseo|Mapa oseo|Edad ósea|Edad osea|Telerradiograf|Telemetr|"
          r"rodillas?|codo|muñeca|muneca|mano|hombro|tobillo|pie|pierna|fémur|femur|húmero|humero|antebrazo|clavícula|clavicula|cráneo|craneo|craneal|cuello|"
          r"cuerpo|Cistouretrograf|CUMS|Enema|TEGD|Esofagograma|Desinvaginación|Desinvaginacion|gastrostomía|gastrostomia|píloro|piloro|apéndice|apendice|"
          r"renal|testicular|escrotal|inguinal|cervical|tiroidea|hepática|hepatica|Colangio|Entero-RM|hipófisis|hipofisis|órbitas|orbitas|cardiaca|Volante|"
          r"Consentimiento|placenta|senos|peñascos|penascos|cavum|Ecocardiograf|gemelar|posparto|Angio-TC|axila|mamaria)",
    "ca": r"(?i)(Rx|Radiografia|Ecografia|RM |TC |Mamografia|cribratge|mama|peça|peca|obstètrica|obstetrica|setmanes|Cervicometria|morfològica|"
          r"fetal|ginecològica|ginecologica|pelvis|Histerosalpingografia|Histerosonografia|tòrax|torax|abdomen|nounat|Babygrama|transfontanel|columna|"
          r"malucs?|Sèrie òssia|Serie ossia|Edat òssia|Edat ossia|Telemetria|genolls?|colze|canell|mà|ma |espatlla|turmell|peu|cama|fèmur|femur|húmer|humer|"
          r"avantbraç|avantbrac|clavícula|clavicula|crani|coll|cos|Cistouretrografia|Enema|Trànsit|Transit|Esofagograma|Desinvaginació|Desinvaginacio|"
          r"gastrostomia|pílor|pilor|apèndix|apendix|renal|testicular|inguinal|cervical|tiroide|hepàtica|hepatica|Colangio|Entero-RM|hipòfisi|hipofisi|"
          r"òrbites|orbites|cardíaca|cardiaca|Petició|Peticio|Consentiment|placenta|sins|penyals|cavum|Ecocardiografia|bessons|postpart|Angio-TC|axil|"
          r"mamària|mamaria|Biòpsia|Biopsia|BAG|toracoabdominal|politraumàtic|politraumatic|Ressonància|Ressonancia|Control)",
    "tr": r"(?i)(grafi|USG|ultrasonografi|MR|BT|mamografi|meme|tomosentez|biyopsi|spesmen|obstetrik|gebe|trimester|hafta|NT|servikal|ekokardiyografi|"
          r"ikiz|lohusa|jinekolojik|transvaj|pelvik|pelvis|histerosalpingografi|sonohisterografi|yenidoğan|yenidogan|YD|bebegram|transfontanel|spinal|"
          r"kalça|kalca|iskelet|kemik|skolyoz|omurga|ortoröntgenogram|ortorontgenogram|skanogram|diz|dirsek|bilek|el |ayak|omuz|önkol|onkol|humerus|"
          r"femur|kruris|klavikula|skafoid|kalkaneus|parmak|uyluk|yabancı|yabanci|kranyum|kranial|adenoid|şant|sant|batın|batin|toraks|akciğer|akciger|"
          r"boyun|böbrek|bobrek|mesane|üriner|uriner|pilor|invajinasyon|apandisit|skrotal|testis|inguinal|tiroid|karaciğer|karaciger|MRCP|enterografi|"
          r"perianal|hipofiz|orbita|kardiyak|beyin|travma|vertebra|lomber|sistoüretrografi|sistouretrografi|lavman|kolon|ÖMD|OMD|özofagus|ozofagus|"
          r"redüksiyon|reduksiyon|gastrostomi|istem|onam|fetal|plasenta|postmortem|sinüs|sinus|temporal|aksiller|aksilla|tüm|tum)",
    "pt": r"(?i)(RX|Radiografia|Raio-X|USG|Ultrassonografia|RM |RM$|TC |Mamografia|mamas?|rastreamento|tomossíntese|tomossintese|Mamotomia|Biópsia|Biopsia|"
          r"Core biopsy|peça|peca|espécime|especime|obstétrica|obstetrica|morfológica|morfologica|trimestre|colo uterino|Ecocardiografia|gemelar|pós-parto|"
          r"pos-parto|Angio-TC|gestante|transvaginal|pélvica|pelvica|pelve|Histerossalpingografia|Histerossonografia|tórax|torax|abdome|RN|Babygrama|"
          r"transfontanela|coluna|quadril|Inventário|Inventario|Série esquelética|Serie esqueletica|Idade óssea|Idade ossea|Escanometria|panorâmica|panoramica|"
          r"joelhos?|cotovelo|punho|mão|mao|ombro|tornozelo|pé|pe |perna|fêmur|femur|úmero|umero|antebraço|antebraco|clavícula|clavicula|crânio|cranio|"
          r"pescoço|pescoco|corpo|cavum|DVP|Uretrocistografia|UCM|Enema|EED|Esofagograma|Deglutograma|Redução|Reducao|gastrostomia|piloro|apêndice|apendice|"
          r"rins|renal|escrotal|testicular|inguinal|cervical|tireoide|fígado|figado|Colangiorressonância|Colangiorressonancia|Entero-RM|Enterografia|"
          r"sela|órbitas|orbitas|cardíaca|cardiaca|encéfalo|encefalo|neuroeixo|Pedido|Termo|fetal|placenta|post-mortem|seios|temporais|axila|axilar|"
          r"Ressonância|Ressonancia|Compressão|Compressao|Incidências|Incidencias|Medida|Ultrassonografia)",
}
# Words that say both sides (or name both limbs or both breasts in the plural).
BOTH = {"BILATERAL", "BILAT", "BIL", "BOTH", "ÇIFT", "CIFT", "TARAFLI", "AMBOS", "AMBAS", "HIPS", "KNEES", "FEET", "CADERAS", "RODILLAS",
        "PIES", "MALUCS", "GENOLLS", "PEUS", "QUADRIS", "JOELHOS", "PÉS", "PES", "MAMAS", "BREASTS", "MEMBROS", "MEMBRES", "MIEMBROS",
        "EXTREMIDADES", "EXTREMITATS", "EKSTREMITE", "LEG", "LIMBS", "DIZLER", "RODILLAS", "LENGTH"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(row_or_texts, langs, modality=None):
    """The sides a row's texts name in its site's languages and English. On an MR series name the
    Turkish 'SAG' is the sagittal plane and is not read as a side."""
    if isinstance(row_or_texts, dict):
        r = row_or_texts
        m = r["meta"]
        modality = m.get("Modality")
        study_texts = [m.get(k) or "" for k in TEXT if k not in SERIES_TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        series_texts = [m.get(k) or "" for k in SERIES_TEXT]
    else:
        study_texts, series_texts = list(row_or_texts), []
    words = contract.words_of(study_texts)
    series_words = contract.words_of(series_texts)
    if modality == "MR":
        series_words -= {"SAG"}
    words |= series_words
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
    contract.check_side_words(rows, lambda r: sides_named(r, SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts carry a word for both sides or
    name both limbs or breasts, or the image says B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = contract.row_texts(r, TEXT)
        assert contract.words_of(texts) & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "RF", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_womens_and_childrens_fortnight(rows):
    """Five sites, none dominating; breast, obstetric and paediatric work are all there; 35-50 %
    carry their study; about a third lack BodyPartExamined; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.30 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"breast", "obstetric", "fetal", "gynae", "neonatal", "paedxr", "skeletal", "paedus", "paedct", "paedmr", "fluoro",
            "no-anatomy"} == set(strata)
    assert all(k >= 25 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # one-sided rows whose side is only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    # siblings are plain metadata with scouts, localizers and dose pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any(d in ("Scout", "Topo", "Scanogram", "Survey", "localizer", "3-Plane Loc") or
                                                  d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR of both breasts is B
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MG" and r["meta"].get("ImageLaterality"):
            assert r["meta"]["ImageLaterality"] == r["laterality"], r


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
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "US", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "US", "PatientAge": "028Y"}}, "identifying"),
    ({"meta": {"Modality": "DX", "PatientWeight": "3.2"}}, "identifying"),
    ({"meta": {"Modality": "MG", "OperatorsName": "AB"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["Rx rodilla izquierda"], {"es", "ca"}) == {"L"}
    assert sides_named(["Ecografia maluc dta."], {"es", "ca"}) == {"R"}
    assert sides_named(["SAG DIZ MR"], {"tr", "en"}) == {"R"}
    assert sides_named(["Sol meme USG"], {"tr", "en"}) == {"L"}
    assert sides_named(["RX joelho esquerdo"], {"pt"}) == {"L"}
    assert sides_named(["US Breast Rt"], {"en"}) == {"R"}
    # a sagittal MR series at the Turkish site is not a right side; a film named 'SAG' is
    mr_row = {"meta": {"Modality": "MR", "SeriesDescription": "Sag PD FS", "StudyDescription": "Sol diz MR"}}
    assert sides_named(mr_row, {"tr", "en"}) == {"L"}
    dx_row = {"meta": {"Modality": "DX", "SeriesDescription": "Hand PA SAG", "StudyDescription": "Iskelet survey"}}
    assert sides_named(dx_row, {"tr", "en"}) == {"R"}
    # and a Turkish side word is not read at a Portuguese site
    assert sides_named(["RX joelho sol"], {"pt"}) == set()
