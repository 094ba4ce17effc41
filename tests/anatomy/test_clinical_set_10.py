"""Integrity of the tenth blind clinical anatomy set (tests/anatomy/data/clinical_set_10.jsonl):
a month of a private hospital chain in Latin America and Iberia, ten sites in eight countries,
writing Spanish, Portuguese and Catalan with English vendor defaults.

The set is written by tests/anatomy/clinical10/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec and carry only header keywords real systems fill, with
no identifiers.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_10.jsonl"
BUILD = HERE / "clinical10" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress"}
SITE_LANG = {"mx-gen": "es", "co-onc": "es", "ar-child": "es", "cl-ortho": "es", "pe-opc": "es",
             "br-card": "pt", "br-women": "pt", "es-gen": "es", "cat-gen": "ca", "pt-opc": "pt"}
# Side words, one upper-case word each (single letters D/E are never trusted: "e" is "and").
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RCC", "RMLO"}, "L": {"L", "LT", "LEFT", "LCC", "LMLO"}},
    "es": {"R": {"DERECHA", "DERECHO", "DER", "DCHA", "DCHO"}, "L": {"IZQUIERDA", "IZQUIERDO", "IZQ", "IZDA", "IZDO"}},
    "pt": {"R": {"DIREITA", "DIREITO", "DTA", "DTO"}, "L": {"ESQUERDA", "ESQUERDO", "ESQ"}},
    "ca": {"R": {"DRETA", "DRET", "DTA"}, "L": {"ESQUERRA", "ESQUERRE", "ESQ"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each language, checked on the study descriptions of a site.
LOCAL = {"es": r"(TAC|TEM|\bTC\b|RMN|\bRM\b|RX|Rx|USG|ECO|Eco|[ÁáÉéÍíÓóÚúÑñ]|GAMMAGRAF|PET|MAMOGRAF|CUERPO|CRANEO|TORAX|Cistouretro|CUGM|SEGD|Seriada|ANGIO|COLONO|ORTOPANTOMO)",
         "pt": r"(USG|\bTC\b|\bRM\b|RX|ECO|MAMOGRAF|CINTILOGRAF|CATETERISMO|CINEANGIO|DENSITOMETRIA|DEXA|DXA|ANGIOTC|ANGIOTOMO|ESCORE|RESSONANCIA|ULTRASSONO|OSTEODENS|[ãõçÃÕÇ]|ECOGRAFIA)",
         "ca": r"(\bTC\b|\bRM\b|\bRx\b|\bRX\b|Ecografia|ECOGRAFIA|Mamografia|MAMOGRAFIA|[àèòçÀÈÒÇ]|TORACIC|CRANI|CANELL|TURMELL|ESPATLLA|COLZE|AVANTBRA|CAMA|PEU|GENOLL)"}


def row_errors(row):
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, lang):
    words = contract.words_of(texts)
    return {s for s in "RL" if words & (SIDE_WORDS["en"][s] | SIDE_WORDS[lang][s])}


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    contract.check_generator(DATA, BUILD)


def test_check_mode_sees_a_stale_file(tmp_path, monkeypatch):
    mod = contract.load_build(BUILD)
    stale = tmp_path / "clinical_set_10.jsonl"
    stale.write_text(DATA.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    monkeypatch.setattr(mod, "OUT", stale)
    assert mod.main(["--check"]) == 1


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 700, 800)


def test_every_row_has_something_to_read(rows):
    contract.check_something_to_read(rows, TEXT)


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in the site's language
    or English); no tag and no word ever names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANG[site(r)]))


def test_the_set_spans_every_label_modality_and_side(rows):
    assert set().union(*(r["labels"] for r in rows)) == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_a_hospital_chain_month(rows):
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.15 * len(rows)
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / len(rows)
    assert 0.25 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"onc", "neuro", "msk", "breast", "womens", "paeds", "cardio", "uro", "gi", "nm", "dxa", "general",
            "no-anatomy"} == set(strata)
    assert all(n >= 10 for n in strata.values())
    assert 0.03 <= strata["no-anatomy"] / len(rows) <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram") or d.startswith("Topogram") for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r
        if r["meta"]["Modality"] in ("SR", "KO", "PR"):
            assert r["labels"] == [], r


def test_sites_write_in_their_own_languages(rows):
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        local = sum(bool(re.search(LOCAL[SITE_LANG[s]], d)) for d in descs) / len(descs)
        assert local >= 0.6, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["RX RODILLA IZQ."], "es") == {"L"}
    assert sides_named(["RM JOELHO DTO."], "pt") == {"R"}
    assert sides_named(["Rx turmell esquerre"], "ca") == {"L"}
    assert sides_named(["Rx tórax PA e perfil"], "pt") == set()
