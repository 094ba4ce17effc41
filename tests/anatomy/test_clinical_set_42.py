"""Integrity of the forty-second blind clinical anatomy set (tests/anatomy/data/clinical_set_42.jsonl):
heart and vascular imaging at five practices (a German university heart centre, a Spanish cardiology
and vascular-surgery hospital, a Polish regional cardiology hospital, a Chinese cardiovascular
hospital, a Brazilian vascular and interventional clinic), writing German, Spanish, Catalan,
Polish, Simplified Chinese with pinyin/English consoles, and Portuguese.

The set is written by tests/anatomy/clinical42/build.py (standard library only, fixed seed);
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
from tests.anatomy.set_contract import ALLOWED, CODES, LIMBS, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_42.jsonl"
BUILD = HERE / "clinical42" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"de-hz": {"de"}, "es-hosp": {"es", "ca"}, "pl-kard": {"pl"}, "cn-cv": {"zh"}, "br-vasc": {"pt"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits); limb
# abbreviations that carry a side (Spanish MID/MII, Portuguese MIE/MSE, Catalan EIE) are side words.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "de": {"R": {"RECHTS", "RE", "RECHTE", "RECHTER", "RECHTES", "RECHTEN"}, "L": {"LINKS", "LI", "LINKE", "LINKER", "LINKES", "LINKEN"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "DER", "MID", "EID", "MSD", "ESD"},
           "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZDO", "IZDA", "MII", "EII", "MSI", "ESI"}},
    "ca": {"R": {"DRET", "DRETA", "DTA", "EID", "ESD"}, "L": {"ESQUERRE", "ESQUERRA", "ESQ", "EIE", "ESE"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEJ", "PRAWEGO", "P"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEJ", "LEWEGO", "L"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR", "MID", "MSD"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ", "MIE", "MSE"}},
    "zh": {"R": {"YOUCE", "YOU"}, "L": {"ZUOCE", "ZUO"}},
}
# Chinese writes a side as a character inside a longer word: found by substring.
ZH_SIDE = {"R": "右", "L": "左"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "de": r"(?i)(Herz|Kardio|Koronar|Thorax|Duplex|Beinvenen|Beinarterien|Leiste|Halsgef|Karotiden|Carotis|Bauchaorta|Nierenarterien|Shunt|"
          r"Aorta|Becken|Bein|Pulmonalis|Lungenembolie|Mesenterial|Linksherzkatheter|Koronarangiographie|PCI|TAVI|EVAR|TEVAR|PTA|DSA|"
          r"Myokard|Szintigraphie|Ganzkörper|Ganzkoerper|Echokardiographie|TTE|TEE|Stress|Schrittmacher|Sternum|Rö|Roe|HWS|BWS|LWS|"
          r"MRT|MRA|CTA|CCT|Sono|Embolisation|Lasertherapie|Vorhof|Pulmonalvenen|Calcium|Bypass|Vitalität|Vitalitaet|Radionuklid|"
          r"Mamma|Hand|Fuß|Fuss|Knie|Schulter|Hüfte|Huefte|OSG|Femur|Unterarm|Ellenbogen|intrakraniell|Transkranielle|Armvenen|A\. )",
    "es": r"(?i)(TC|RM|Rx|Eco|Angio|coronari|cardiac|cardiopat|tórax|torax|aorta|arteria|venos|troncos|TSA|EEII|EESS|MMII|MII|MID|"
          r"Cateterismo|Coronariograf|ICP|Angioplastia|Embolizaci|Ablaci|Gammagraf|SPECT|PET|Ecocardiogra|Radiograf|Fistulograf|"
          r"Arteriograf|marcapasos|Score|TAVI|EVAR|TEVAR|columna|Mamograf|mamaria|craneal|abdominal|Doppler|ingle|femoral|Ventriculograf|"
          r"esternón|esternon|hombro|cadera|rodilla|mano|tobillo|pie|codo|fémur|femur|antebrazo)",
    "ca": r"(?i)(TC|RM|Eco|Angio|coronari|cardíac|cardiac|tòrax|torax|aorta|artèri|arteri|venós|venos|troncs|EEII|EESS|EID|EIE|"
          r"Cateterisme|Coronariograf|ICP|Angioplàstia|Angioplastia|Embolitzaci|Ablació|Ablacio|Gammagrafia|Ecocardiograf|Radiografia|"
          r"Fistulografia|Arteriografia|marcapassos|Score|TAVI|EVAR|columna|Mamografia|mamària|mamaria|cranial|abdominal|Doppler|engonal|"
          r"espatlla|maluc|genoll|mà|turmell|peu|colze|fèmur|avantbraç|Venografia|polígon|poligon)",
    "pl": r"(?i)(TK|MR|RTG|USG|Echo|Angio|serca|wieńcow|wiencow|aort|tętnic|tetnic|żył|zyl|kończyn|konczyn|KKD|KKG|klatki|klp|"
          r"Koronarografia|PCI|TAVI|EVAR|TEVAR|Stentowanie|Angioplastyka|PTA|Embolizacja|Ablacja|Scyntygrafia|PET|Wentrykulografia|"
          r"Implantacja|Wszczepienie|Fistulografia|Calcium|Doppler|przetoki|pachwiny|piersi|Mammografia|kręgosłupa|kregoslupa|mostka|"
          r"głowy|glowy|jamy|stawu|ręki|reki|stopy|kości|kosci|przedramienia|Angiografia|Wenografia|Echokardiografia)",
    "zh": r"[\u4e00-\u9fff]|\b(GUANMAI|XINZANG|XIONGBU|TOUJING|JINGDONGMAI|FEIDONGMAI|ZHUDONGMAI|XIAZHI|SHANGZHI|CAICHAO|SHENDONGMAI|"
          r"FUZHUDONGMAI|TOULU|FUBU|GAIHUA|ZAOYING|SHENQINGDAN|XINFANG|XINJI|QUAN|XIONG|TOUBU|FU)\b",
    "pt": r"(?i)(Angio|Angiotomografia|Angiorresson|Venorresson|coronári|coronari|cardíac|cardiac|Ressonância|Ressonancia|RM|TC|RX|US|"
          r"Doppler|Ecocardiograma|Cintilografia|PET|Cateterismo|Cineangiocoronariografia|Angioplastia|ATC|Implante|Correção|Correcao|"
          r"Embolização|Embolizacao|Termoablação|Termoablacao|Fistulografia|Arteriografia|Mapeamento|Rastreamento|Escore|Ventriculografia|"
          r"tórax|torax|aorta|MMII|MMSS|membro|carótidas|carotidas|mamas|Mamografia|coluna|crânio|cranio|abdome|esterno|Angiografia|"
          r"Tomografia|Radiografia)",
}
# Words that say both sides (or a whole both-limbs order).
BOTH = {"BDS", "BEIDSEITS", "BEIDSEITIG", "BEIDER", "BEINE", "BILATERAL", "BILAT", "BIL", "EEII", "EESS", "MMII", "MMSS", "AMBOS",
        "AMBDUES", "AMBDÓS", "OBUSTRONNIE", "OBUSTR", "OBU", "KKD", "KKG", "SHUANG", "SHUANGCE", "MEMBROS", "BOTH"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"})):
            found.add(s)
        if "zh" in langs and any(ZH_SIDE[s] in t for t in texts):
            found.add(s)
    return found


def says_both(texts):
    return bool(contract.words_of(texts) & BOTH) or any("双" in t for t in texts)


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
    """A series carries its study description itself or in its study context (run names and echo
    clips without a name are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row's texts carry a word for both sides or for a both-limbs order."""
    for r in rows:
        if r["laterality"] == "B":
            assert says_both(contract.row_texts(r, TEXT)) or r["meta"].get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "US", "XA", "NM", "PT", "DX", "MG", "SR", "KO", "PR", "OT"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 8
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_heart_and_vessels(rows):
    """Five sites, none dominating; cardiac and vascular work is most of it; 35-50 % carry their
    study; about a third lack BodyPartExamined; pages without anatomy are 3-8 % and empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 100 and max(sites.values()) <= 0.3 * n
    assert 0.25 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert set(strata) == {"ccta", "cmr", "echo", "vus", "cta", "xa", "nm", "chest", "other", "no-anatomy"}
    assert all(k >= 20 for k in strata.values())
    assert (n - strata["chest"] - strata["other"] - strata["no-anatomy"]) / n >= 0.75
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs whose side is only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    # siblings are plain metadata with scouts, trackers and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo", "localizer", "Survey", "3-Plane Loc") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of that site's languages."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        local = sum(any(re.search(LOCAL[g], d) for g in SITE_LANGS[s]) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)
    # Catalan is really written at the Spanish site, and pinyin/English consoles at the Chinese one
    es = [d for r in rows if site(r) == "es-hosp" for d in [r["meta"].get("StudyDescription") or r["study"]["StudyDescription"]]]
    assert sum(bool(re.search(r"(?i)(tòrax|artèri|troncs|cardíac|Ecocardiografia|Cateterisme|Gammagrafia|Radiografia de|EIE|ESE|"
                              r"extremitat|ambdues|Embolitzaci|Ablació|Angioplàstia|engonal|polígon|venós|d')", d)) for d in es) >= 15
    cn = [d for r in rows if site(r) == "cn-cv" for d in [r["meta"].get("StudyDescription") or r["study"]["StudyDescription"]]]
    assert sum(d.isascii() for d in cn) >= 20


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "XA", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "US", "PatientAge": "067Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "KW"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word in the site's language is seen, in each of them
    assert sides_named(["Duplex Beinvenen li."], {"de"}) == {"L"}
    assert sides_named(["Eco-doppler venoso MID"], {"es", "ca"}) == {"R"}
    assert sides_named(["Eco-doppler venós EIE"], {"es", "ca"}) == {"L"}
    assert sides_named(["USG Doppler żył kończyny dolnej prawej"], {"pl"}) == {"R"}
    assert sides_named(["左下肢动脉彩超"], {"zh"}) == {"L"}
    assert sides_named(["YOU XIAZHI DVT US"], {"zh"}) == {"R"}
    assert sides_named(["Doppler venoso de MIE"], {"pt"}) == {"L"}
    # a Portuguese limb abbreviation is not read as a side at the German site, and a both-limbs
    # order is not one side
    assert sides_named(["Doppler venoso de MIE"], {"de"}) == set()
    assert sides_named(["双下肢动脉CTA"], {"zh"}) == set() and says_both(["双下肢动脉CTA"])
    assert says_both(["Angio-TK tętnic kkd obustronnie"]) and not says_both(["USG Doppler żył kończyny dolnej lewej"])
