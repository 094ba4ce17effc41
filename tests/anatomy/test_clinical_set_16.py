"""Integrity of the sixteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_16.jsonl):
a fortnight of Northern and Western European outpatient imaging centres and two university
hospitals, thirteen sites writing Dutch, French, German, Italian, Danish, Norwegian, Swedish,
Finnish, Icelandic and English.

The set is written by tests/anatomy/clinical16/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_16.jsonl"
BUILD = HERE / "clinical16" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"nl-opc": {"nl"}, "be-univ": {"nl", "fr"}, "dk-opc": {"da"}, "se-breast": {"sv"}, "no-opc": {"no"},
              "fi-opc": {"fi"}, "is-opc": {"is", "en"}, "ch-univ": {"de", "fr", "it"}, "at-opc": {"de"}, "fr-opc": {"fr"},
              "it-opc": {"it"}, "ie-opc": {"en"}, "uk-opc": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "nl": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DT"}, "L": {"GAUCHE", "G", "GCHE"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SN"}},
    "da": {"R": {"HØJRE", "HØ"}, "L": {"VENSTRE", "VE"}},
    "no": {"R": {"HØYRE", "HØ"}, "L": {"VENSTRE", "VE"}},
    "sv": {"R": {"HÖGER", "HÖ"}, "L": {"VÄNSTER", "VÄ"}},
    "fi": {"R": {"OIKEA", "OIK", "DX"}, "L": {"VASEN", "VAS", "SIN"}},
    "is": {"R": {"HÆGRI", "HÆ"}, "L": {"VINSTRI", "VI"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "nl": r"(?i)\b(MRI|X-|Echo|knie|schouder|heup|enkel|voet|pols|links|rechts|bdz|bekken|hersenen|schedel|wervelkolom|CWK|LWK|TWK|mammografie|mammae|Bevolkingsonderzoek|Botdensitometrie|lever|prostaat|hals|Slikfoto|scintigrafie|kind|Duplex|coronairen|nierstenen|colografie|Artrografie|Skeletleeftijd|bovenarm|onderarm|onderbeen|bovenbeen|handen|elleboog|vinger|duim|tenen|totale|OPT|Bitewings|CBCT|Schedelprofiel|Hysterosalpingografie|TACE|aorta|PET|PSMA|sinussen|thorax|abdomen|DSA)\b",
    "fr": r"(?i)(IRM|Rx|Echographie|TDM|TEP|genou|épaule|hanche|cheville|pied|poignet|main|coude|bras|cuisse|jambe|rachis|bassin|cérébral|crâne|Mammographie|mammaire|Dépistage|Ostéodensitométrie|Radiographie|Arthrographie|TOGD|Scintigraphie|Coroscanner|coronaires|Coloscanner|Uro-scanner|Angio-TDM|Artériographie|Chimioembolisation|Hystérosalpingographie|Age osseux|hanches|Téléradiographie|Panoramique|Rétro-alvéolaire|Cone beam|Macrobiopsie|thorax|abdomino|sinus|orbites|conduits|TAP|MRCP|Cholangio)",
    "de": r"(?i)(MRT|MR |Rö|Sono|CT|Knie|Schulter|Hüfte|OSG|Sprunggelenk|Fuss|Fuß|Hand|Ellbogen|Ellenbogen|Arm|Oberschenkel|Unterschenkel|HWS|BWS|LWS|Wirbelsäule|Becken|Schädel|Mammographie|Mamma|Knochendichte|Osteodensitometrie|Thorax|Abdomen|Hals|NNH|Szintigraphie|Koronar|Kolonographie|Urolithiasis|Duplex|DSA|Chemoembolisation|Ganzkörper|Ganzbein|Skelettalter|Ösophagus|Arthrographie|Hysterosalpingographie|Vakuumbiopsie|Clavicula|Scaphoid|Zehen|Finger|Daumen|Humerus|Femur|Calcaneus|OPG|DVT|FRS|Orthopantomogramm|Intraorale|Felsenbein|Orbitae|Prostata|Leber|MRCP|PET|TACE|Cardio|Tibia)",
    "it": r"(?i)(RM|RX|ECO|TC|PET|ginocchio|spalla|anca|caviglia|piede|mano|polso|gomito|braccio|coscia|gamba|rachide|pelvi|encefalo|cranio|mammografia|mammella|MOC|Densitometria|torace|addome|collo|Scintigrafia|Angio|Colonscopia|ECD|Angiografia|Chemioembolizzazione|Età ossea|esofago|Artrografia|Isterosalpingografia|Biopsia|clavicola|scafoide|omero|femore|calcagno|avampiede|tibia|dito|Ortopantomografia|Endorale|Cone Beam|Teleradiografia|seni|orbita|fegato|prostata|MRCP|TACE)",
    "da": r"(?i)(MR|Rtg|UL|CT|knæ|skulder|hofte|ankel|fodled|fod|forfod|hæl|hånd|håndled|albue|underarm|overarm|lår|underben|columna|bækken|cerebrum|kranium|mammografi|mammae|DXA|thorax|abdomen|hals|bihuler|hænder|Øsofagus|Artrografi|HSG|biopsi|scaphoideum|clavicula|finger|humerus|femur|crus|prostata|lever|MRCP|kolografi|nyresten|IAC|orbita)",
    "no": r"(?i)(MR|Rtg|UL|CT|kne|skulder|hofte|ankel|fot|forfot|hånd|håndledd|albue|underarm|overarm|lår|legg|columna|bekken|caput|mammografi|mammae|Bentetthet|thorax|abdomen|hals|bihuler|hender|Øsofagus|Artrografi|HSG|biopsi|scaphoid|clavicula|finger|humerus|femur|calcaneus|crus|prostata|lever|MRCP|kolografi|urinveier|IAC|orbita|helbens)",
    "sv": r"(?i)(MR|Slätröntgen|UL|DT|knä|axel|skuldra|nyckelben|höft|fotled|fot|framfot|häl|hand|handled|armbåge|underarm|överarm|lårben|underben|rygg|bäcken|hjärna|skalle|mammografi|bröst|Bentäthet|thorax|buk|hals|bihålor|Esofagus|Artrografi|HSG|biopsi|skafoideum|finger|humerus|femur|crus|prostata|lever|MRCP|njursten|kolografi|IAC|orbita|helbens|Panorama)",
    "fi": r"(?i)(MT|rtg|UÄ|TT|polvi|olkapää|olkanivel|solisluu|lonkka|nilkka|jalkaterä|kantaluu|käsi|sormi|ranne|veneluu|kyynärpää|kyynärvarsi|olkavarsi|reisi|sääri|ranka|lantio|aivot|pää|mammografia|Seulonta|rinnat|Luuntiheys|keuhkot|vatsa|kaula|sivuontelot|Ruokatorv|Artrografia|HSG|biopsia|Hammaskuvaus|Intraoraalit|Kartiokeila|Kefalostaatti|eturauhanen|maksa|MRCP|Kädet|alaraajojen|magneettitutkimus|IAC|orbita)",
    "is": r"(?i)(Segulómun|Röntgen|Ómun|TS|hné|öxl|mjöðm|ökkli|fótur|rist|hönd|fingur|úlnliður|olnbogi|framhandleggur|upphandleggur|læri|leggur|hrygg|grindarhol|heili|höfuð|brjóst|Beinþéttni|lungu|kviður|háls|skútar|Vélindis|Liðmyndataka|HSG|Ástunga|lifur|blöðruhálskirtill|MRCP|ristil|nýrna|hendur|ganglimir|IAC|orbita)",
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
    """A bilateral limb row is never a plain one-sided exam: its texts carry a word for both
    sides, or it is a film of a both-sides order, or a breast MR, mammogram or breast US
    ordered for both breasts."""
    both = {"BEIDERZIJDS", "BILATERAAL", "BDZ", "BILATÉRAL", "BILATERALE", "BILAT", "BEIDSEITS", "BEIDSEITIG", "BDS", "BIL",
            "BILATERAL", "BOTH", "BEGGE", "BILATERALT", "MOLEMMAT", "MOL", "BÁÐUM", "BEGGJA", "HANDEN", "HÄNDE", "MAINS", "HANDS",
            "MANI", "HÆNDER", "HENDER", "HÄNDER", "KÄDET", "HENDUR", "HANCHES", "HÜFTEN", "HEUPEN", "ANCHE", "HIPS", "HOFTER",
            "HÖFTER", "LONKAT", "MJAÐMIR", "GANZBEIN", "BEENLENGTE", "GONIOMÉTRIE", "TELEMETRIA", "HELBENSOPTAGELSE",
            "HELBENSOPPTAK", "HELBENSRÖNTGEN", "KOKOKUVA", "GANGLIMIR", "LONG", "RUN", "EXTREMITEITEN", "MEMBRES", "BEIN",
            "ARTI", "LEG"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & both or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "PX", "IO", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_outpatient_and_university_fortnight(rows):
    """13 sites, none dominating; outpatient work (limbs, spine, breast) is most of it; 35-50 %
    carry their study; about a third lack BodyPartExamined; every clinical family is there; pages
    without anatomy are empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 35 and max(sites.values()) <= 0.15 * n
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.28 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"msk", "spine", "breast", "neuro", "headneck", "chest", "cardio", "abdo", "onc", "vasc", "paeds", "nm", "dxa",
            "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert (strata["msk"] + strata["spine"] + strata["breast"]) / n >= 0.5
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 150
    # siblings are plain metadata with scouts, recon names and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator") or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each or say both; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


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
    assert sides_named(["MRI knie li"], {"nl"}) == {"L"}
    assert sides_named(["MR knæ, højre"], {"da"}) == {"R"}
    assert sides_named(["Slätröntgen axel vä"], {"sv"}) == {"L"}
    assert sides_named(["IRM épaule D"], {"fr"}) == {"R"}
    assert sides_named(["RX polso sx"], {"it"}) == {"L"}
    assert sides_named(["Polvi MT, oikea"], {"fi"}) == {"R"}
    assert sides_named(["Segulómun hné vinstri"], {"is"}) == {"L"}
    # and a German abbreviation is not read as a side in a Swedish site
    assert sides_named(["MR knä re"], {"sv"}) == set()
