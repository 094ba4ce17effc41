"""Integrity of the twenty-first blind clinical anatomy set (tests/anatomy/data/clinical_set_21.jsonl):
a fortnight of French-speaking hospitals and imaging centres, six sites (a French CHU, a French
private radiology practice, a Brussels hospital, a hospital in Romandie, a Quebec CHU, a Moroccan
CHU) writing French with and without accents, Dutch, German, English and a little Darija.

The set is written by tests/anatomy/clinical21/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_21.jsonl"
BUILD = HERE / "clinical21" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber", "PatientAge", "PatientSex",
                  "InstitutionAddress", "OperatorsName", "PerformingPhysicianName", "InstitutionalDepartmentName"}
# The languages each site writes in (English is read everywhere: vendors write it).
SITE_LANGS = {"fr-chu": {"fr"}, "fr-cab": {"fr"}, "be-hop": {"fr", "nl"}, "ch-rom": {"fr", "de"}, "qc-chu": {"fr", "en"},
              "ma-chu": {"fr", "ar"}}
# Side words, one upper-case word each, read on text without accents.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "fr": {"R": {"DROIT", "DROITE", "DROITS", "D", "DT", "DTE", "DRT"}, "L": {"GAUCHE", "GAUCHES", "G", "GCHE"}},
    "nl": {"R": {"RECHTS", "RE", "R"}, "L": {"LINKS", "LI", "L"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "ar": {"R": {"LIMEN"}, "L": {"LISSER"}},
}
BOTH = {"BILATERAL", "BILATERALE", "BILATERAUX", "BILAT", "BIL", "BILATERAAL", "BEIDERZIJDS", "BDZ", "BEIDSEITS", "BDS", "BOTH", "2",
        "DEUX", "GENOUX", "HANCHES", "CHEVILLES", "PIEDS", "MAINS", "POIGNETS", "COUDES", "EPAULES", "SEINS", "KNIEEN", "HEUPEN",
        "ENKELS", "VOETEN", "HANDEN", "POLSEN", "SCHOUDERS", "HUFTEN", "FUSSE", "HANDE", "SCHULTERN", "KNEES", "HIPS", "ANKLES",
        "FEET", "HANDS", "WRISTS", "SHOULDERS", "MI", "MEMBRES", "BENEN", "LEDEMATEN", "BEIN", "BEENLENGTE", "GANZBEINAUFNAHME",
        "PANGONOGRAMME", "GONIOMETRIE", "LIMBS", "LONG", "RUNOFF", "DUALFEMUR"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each language, read on study descriptions without accents.
LOCAL = {
    "fr": r"(?i)\b(IRM|RMN|TDM|Scanner|Tomodensitometrie|Rx|Radio|Radiographie|Echo|Echographie|Doppler|Mammo|Mammographie|Osteodensitometrie|"
          r"Densitometrie|Absorptiometrie|Scintigraphie|Scinti|TEP|Coroscanner|Coronarographie|Angioscanner|Angio|Arthroscanner|Arthro|ASP|TOGD|"
          r"Transit|Uro|Coloscanner|Colo|Bili|Cholangio|Entero|Cystographie|UCRM|Hysterosalpingographie|HSG|Chimioembolisation|CHE|Embolisation|"
          r"Arteriographie|Infiltration|Biopsie|Macrobiopsie|Panoramique|Orthopantomogramme|Retro|Cone|CBCT|Teleradiographie|Pangonogramme|"
          r"Goniometrie|Age|EOS|Bilan|Body|Controle|CQ|Sèze|Seze|Cytoponction|ETF|ETT|Echocardiographie|DaTSCAN|Abdomen|Cliche|Mammographie|Colo|Coloscopie|"
          r"genou|epaule|hanche|cheville|pied|main|poignet|coude|bras|cuisse|jambe|rachis|bassin|thorax|crane|cerebral|cerebrale)\b",
    "nl": r"(?i)\b(NMR|MRI|RX|Radiografie|CT|Echografie|Echo|Duplex|Mammografie|Mammotest|Botdensitometrie|Botscintigrafie|PET|MRCP|"
          r"Coronarografie|TACE|Hysterosalpingografie|Mictiecystografie|Angiografie|knie|schouder|heup|enkel|voet|hand|pols|thorax|hersenen|"
          r"wervelkolom|bekken|abdomen|Botleeftijd|Cefalometrie|Panoramische|Beenlengte|Veneuze|Arteriele)\b",
    "de": r"(?i)\b(MRI|MR|CT|Rx|Rontgen|Sonographie|Duplex|Mammographie|Knochendichtemessung|Skelettszintigraphie|PET|PSMA|MRCP|TACE|"
          r"Koronarangiographie|Koronar|Hysterosalpingographie|Angiographie|Polytrauma|Knochenalter|OPG|DVT|FRS|Zahnfilm|Ganzbeinaufnahme|"
          r"Thorax|Schadel|Abdomen|Becken|Knie|Schulter|Hufte|Fuss|Hand|Handgelenk|HWS|BWS|LWS|Ganzwirbelsaule|Szintigraphie|"
          r"Ganzkorper|Hals|Echokardiographie|Hüftsonographie|Huftsonographie|Miktionszystourethrographie|Uterusarterienembolisation|"
          r"Myokardszintigraphie|Schilddrusenszintigraphie|Lungenszintigraphie|Nierenszintigraphie|DaTSCAN|Zahnfilm)\b",
    "en": r"(?i)\b(MRI|MR|CT|CTA|CTPA|XR|X-Ray|US|Ultrasound|Mammogram|MG|DXA|NM|PET|MRA|MRCP|Coronary|Angiography|Upper GI|Echocardiogram|"
          r"Hysterosalpingogram|Cystourethrogram|Panoramic|CBCT|Ceph|Dental|Calcium|Stereotactic|EOS|Long leg|Chest|Cardiac|"
          r"Uterine|Hepatic)\b",
    "ar": r"(?i)\b(rkba|ktef|yedd|rjel|rass|dhar|sder|kerch|limen|lisser)\b",
}


def plain(text: str) -> str:
    """Text as read by the checks: Windows-1252 mojibake of UTF-8 undone, accents dropped."""
    try:
        text = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    text = text.replace("œ", "oe").replace("Œ", "OE")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def elided(text: str) -> str:
    """French elided articles (l'humérus, d'Achille) dropped: their letter is not a side."""
    return re.sub(r"(?i)\b[ld]['’]", " ", text)


def sides_named(texts, langs):
    words = contract.words_of([elided(plain(t)) for t in texts])
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
    """A bilateral row is never a plain one-sided exam: its texts carry a word for both sides or a
    plural part, or its film is tagged B, or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        words = contract.words_of([plain(t) for t in contract.row_texts(r, TEXT)])
        assert words & BOTH or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR", "DOC"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert min(Counter(r["laterality"] for r in rows).values()) >= 30
    assert any(not r["labels"] for r in rows)
    # whole-body series (the five axial regions) and unions of regions are there, not just single codes
    assert sum({"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} <= set(r["labels"]) for r in rows) >= 20
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    assert all(sum(c in r["labels"] for r in rows) >= 5 for c in CODES)


def test_the_mix_is_a_francophone_hospital_fortnight(rows):
    """Six sites, none dominating; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are empty and 3-8 % of the set."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 120 and max(sites.values()) <= 0.21 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "pelvis", "onc", "vasc", "trauma", "paeds",
            "nm", "dxa", "dental", "no-anatomy"} == set(strata)
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
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "SURVEY", "3Pl Loc") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] == r["meta"]["ImageLaterality"], r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_french_consoles_write_french_their_own_way(rows):
    """Order titles come with accents, without them (ASCII consoles), upper-cased, and now and
    then as UTF-8 read as Windows-1252; some French rows carry a CCAM procedure code."""
    descs = [r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") for r in rows]
    assert sum(any(c in d for c in "éèêàçôÉ") for d in descs) >= 100
    assert sum("Ã" in d for d in descs) >= 10
    assert sum(d.isupper() and d.isascii() for d in descs) >= 100
    ccam = [r for r in rows if "ProcedureCodeSequence" in r["meta"]]
    assert ccam and all(site(r).startswith("fr-") for r in ccam)
    assert all(c["CodingSchemeDesignator"] == "CCAM" and re.fullmatch(r"[A-Z]{4}\d{3}", c["CodeValue"])
               for r in ccam for c in r["meta"]["ProcedureCodeSequence"])


def test_sites_write_in_their_own_languages(rows):
    """Most rows of a site carry a study description in one of that site's languages; the
    bilingual sites use both."""
    by_site = {}
    for r in rows:
        d = plain(r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or "")
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s]
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= 0.8, (s, local)
        for g in langs:
            assert sum(bool(re.search(LOCAL[g], d)) for d in descs) >= 5, (s, g)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "MR", "OperatorsName": "MLD"}}, "identifying"),
    ({"meta": {"Modality": "CT", "InstitutionalDepartmentName": "Radiologie"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # side words of each language are read, with accents, without them and through mojibake
    assert sides_named(["IRM épaule D"], {"fr"}) == {"R"}
    assert sides_named(["RX GENOU GCHE"], {"fr"}) == {"L"}
    assert sides_named(["RMN knie links / IRM genou gauche"], {"fr", "nl"}) == {"L"}
    assert sides_named(["MRI Knie re."], {"fr", "de"}) == {"R"}
    assert sides_named(["RX RKBA LIMEN"], {"fr", "ar"}) == {"R"}
    assert sides_named(["Ã‰paule droite"], {"fr"}) == {"R"}
    # a German abbreviation is not a side at a site that does not write German
    assert sides_named(["Rx cheville li"], {"fr"}) == set()
    assert plain("Ã‰chographie") == "Echographie"
    # an elided French article is no side
    assert sides_named(["RX DE L'HUMERUS DT"], {"fr"}) == {"R"}
    assert sides_named(["Echo du tendon d'Achille G"], {"fr"}) == {"L"}
