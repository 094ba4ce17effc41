"""Integrity of the twenty-second blind clinical anatomy set (tests/anatomy/data/clinical_set_22.jsonl):
a fortnight of an oncology and nuclear-medicine network, four sites writing German, Italian, Dutch
and English: PET/CT, SPECT/CT and planar scintigraphy, radiotherapy planning and its objects,
staging and response imaging, biopsy guidance, breast work and some general radiology.

The set is written by tests/anatomy/clinical22/build.py (standard library only, fixed seed);
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
from tests.anatomy.set_contract import ALLOWED, AXIAL, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_22.jsonl"
BUILD = HERE / "clinical22" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber", "PatientAge", "PatientSex",
                  "PatientWeight", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName", "RadiopharmaceuticalInformationSequence"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"de-ccc": {"de"}, "it-ion": {"it"}, "nl-rt": {"nl", "en"}, "us-cch": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "nl": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SN"}},
}
BOTH_WORDS = {"BEIDSEITS", "BEIDSEITIG", "BDS", "BEIDE", "GANZBEIN", "BILATERALE", "BIL", "BILAT", "BEIDERZIJDS", "BDZ", "BILATERAAL",
              "BILATERAL", "BOTH"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "de": r"(?i)(MRT|Rö|Sono|Szinti|Ganzkörper|Ganzkoerper|Bestrahlung|Planungs|Thorax|Abdomen|Becken|Schädel|Schaedel|Hals|Kopf|Leber|Prostata|Mamma|"
          r"Mammographie|Knie|Schulter|Hüfte|Huefte|Oberschenkel|Unterschenkel|Unterarm|Oberarm|Ellenbogen|Handgelenk|Hand|Hände|Haende|Fuß|Fuss|OSG|"
          r"Femur|Humerus|Clavicula|Scaphoid|Calcaneus|Finger|HWS|BWS|LWS|Wirbelsäule|Wirbelsaeule|Punktion|Biopsie|Markierung|Lymph|Schilddrüse|"
          r"Schilddruese|Nebenschilddrüse|Nebenschilddruese|Epithelkörperchen|Epithelkoerperchen|Radiojod|Nieren|Verlauf|Knochendichte|DXA|Duplex|"
          r"Skelett|Ösophagus|Oesophagus|Weichteil|Portimplantation|Pulmonal|Zervix|Rektum|Gehirn|Hirn|Kraniospinal|Brustwand|PET/CT|PET-CT|CCT|"
          r"Radionuklid|Shunt|SPECT|Sentinel|Wächter|Waechter|mit KM|Staging|Restaging)",
    "it": r"(?i)(RM |RX|TC |PET/TC|PET-TC|SPET|Scintigrafia|Linfoscintigrafia|Ecografia|Ecocolordoppler|Biopsia|Agobiopsia|Agoaspirato|torace|addome|"
          r"pelvi|encefalo|cranio|collo|fegato|prostata|retto|cervice|mammella|mammaria|Mammografia|ginocchio|spalla|anca|caviglia|piede|mano|mani|"
          r"polso|gomito|braccio|avambraccio|coscia|gamba|femore|omero|clavicola|scafoide|calcagno|dito|tibia|rachide|MOC|centratura|radioterapia|"
          r"Radioterapia|seduta|Verifica|tiroide|paratiroid|Ventricolografia|renale|Posizionamento|Repere|Localizzazione|Telemetria|scheletro|"
          r"esofago|Angio-TC|TOMOSCINTIGRAFIA|Terapia|Rx|controllo|rivalutazione|ristadiazione|testa-collo|craniospinale|sarcoma|acetabolo|vescica|"
          r"pancreas|esofago|linfoma|IGRT)",
    "nl": r"(?i)(X-|Echo|MRI|botscintigrafie|Botscan|Skeletscintigrafie|scintigrafie|Schildwachtklier|SWK|Schildklier|Bijschildklier|Lymfescintigrafie|"
          r"Renografie|Planning|Bestraling|simulatie|Verificatie|fractie|thorax|abdomen|bekken|hersenen|schedel|hals|hoofd|lever|prostaat|rectum|"
          r"cervix|mamma|mammae|borst|Mammografie|knie|schouder|heup|enkel|voet|pols|hand|handen|elleboog|bovenarm|onderarm|bovenbeen|onderbeen|"
          r"femur|humerus|clavicula|scaphoid|calcaneus|vinger|wervelkolom|CWK|TWK|LWK|biopsie|biopt|geleide|punctie|stadiering|controle|evaluatie|"
          r"long|slokdarm|blaas|Slikfoto|Skeletstatus|Beenlengte|Botdensitometrie|Duplex|wekedelen|lymfoom|craniospinaal|sarcoom|PET-CT|PET/CT|"
          r"totale|lichaam|Draadlokalisatie|jodiumzaadje|Port-a-cath|Unity|MR-Linac|kuren|CTA)",
}


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
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row carries a word for both sides or a B tag, or is a breast MR."""
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
    assert {"CT", "MR", "PT", "NM", "US", "DX", "MG", "RF", "RTIMAGE", "RTSTRUCT", "RTPLAN", "RTDOSE", "SR", "KO", "PR", "OT"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    wb = [r for r in rows if AXIAL <= set(r["labels"])]
    assert len(wb) >= 60
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_oncology_fortnight(rows):
    """Four sites, none below a fifth of an even share; nuclear medicine and PET/CT, radiotherapy,
    staging and response make most of it; 35-50 % carry their study; about a third lack
    BodyPartExamined; objects without anatomy are 3-8 % and empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 180
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert set(strata) == {"pet", "nm", "rt", "staging", "response", "biopsy", "breast", "limb", "general", "no-anatomy"}
    assert all(k >= 25 for k in strata.values())
    assert (strata["pet"] + strata["nm"] + strata["rt"] + strata["staging"] + strata["response"]) / n >= 0.5
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # radiotherapy objects carry no anatomy wherever they turn up
    for r in rows:
        if r["meta"]["Modality"] in ("RTSTRUCT", "RTPLAN", "RTDOSE", "RTRECORD", "REG", "KO", "PR"):
            assert r["labels"] == [], r
    # siblings are plain metadata with scouts and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "Topo") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r
    # limb rows whose side is given only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 60


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a non-English site carry a study description in that site's language."""
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
    ({"meta": {"Modality": "PT", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "PT", "PatientWeight": "71"}}, "identifying"),
    ({"meta": {"Modality": "NM", "OperatorsName": "MTRA"}}, "identifying"),
    ({"meta": {"Modality": "PT", "RadiopharmaceuticalInformationSequence": []}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["Sentinel-Lymphknoten-Szintigraphie Mamma li."], {"de"}) == {"L"}
    assert sides_named(["Linfoscintigrafia mammella dx"], {"it"}) == {"R"}
    assert sides_named(["Planning CT mamma links DIBH"], {"nl"}) == {"L"}
    assert sides_named(["CT SIM BREAST RIGHT"], {"en"}) == {"R"}
    # an Italian abbreviation is not read as a side at the German site
    assert sides_named(["Rö Knie sx"], {"de"}) == set()
