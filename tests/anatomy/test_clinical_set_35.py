"""Integrity of the thirty-fifth blind clinical anatomy set (tests/anatomy/data/clinical_set_35.jsonl):
a fortnight of an orthopaedic, joint-replacement and spine-surgery hospital group and its sports
clinic, five sites writing English, German, Spanish and Polish.

The set is written by tests/anatomy/clinical35/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_35.jsonl"
BUILD = HERE / "clinical35" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The language each site writes in (English is mixed in everywhere).
SITE_LANGS = {"uk-ortho": {"en"}, "uk-sports": {"en"}, "de-ortho": {"de"}, "es-ortho": {"es"}, "pl-ortho": {"pl"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "es": {"R": {"DERECHO", "DERECHA", "DCHO", "DCHA", "D"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZQDO", "IZDA", "IZQDA", "I"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ", "P", "PR"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ", "L", "LEW"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions (ASCII consoles included).
LOCAL = {
    "de": r"(?i)(MRT|Rö|Roe|Sono|CT|DL|BV |Durchleuchtung|Knie|Schulter|Hüft|Hueft|OSG|Sprunggelenk|Fu(ß|ss)|Hand|Ellenbogen|Unterarm|Oberarm|"
          r"Oberschenkel|Unterschenkel|HWS|BWS|LWS|Wirbels|Becken|Schädel|Schaedel|CCT|Thorax|Abdomen|Hals|Szintigraphie|Ganzk|Ganzbein|Beinl|"
          r"Beinachsen|Knochendichte|Osteodensitometrie|DXA|Mammographie|Mammasonographie|Myelo|Infiltration|Punktion|Biopsie|PRT|"
          r"Diskographie|Vertebroplastie|Kyphoplastie|Facetten|Duplex|TTE|Videofluoroskopie|Arthro|Skelett|Hüftsonographie|Konstanz|QS )",
    "es": r"(?i)(RM|Rx|Eco|TC|Escopia|Radioscopia|rodilla|hombro|cadera|tobillo|pie|mano|muñeca|muneca|codo|antebrazo|brazo|fémur|femur|muslo|"
          r"pierna|columna|pelvis|pubis|craneal|tórax|torax|abdomen|Gammagraf|PET-TC|Telemetr|Telerradiograf|Densitometr|DXA|DEXA|"
          r"Mamograf|Ecograf|Artro|Infiltraci|Inyecci|Bloqueo|Mielo|Discograf|Vertebroplastia|Radiofrecuencia|Biopsia|Serie ósea|"
          r"Serie osea|Edad ósea|Edad osea|Artrocentesis|Angio-TC|Videofluoroscopia|Control de calidad|CC diario|EOS)",
    "pl": r"(?i)(MR|RTG|USG|TK|Fluoroskopia|Blok operacyjny|stawu|kolan|bark|biodr|skokow|stopy|dłoni|dloni|ręki|reki|nadgarstk|łokci|lokci|"
          r"przedrami|ramien|udow|uda|podudzi|goleni|kręgosłup|kregoslup|miednic|klatki|klp|głowy|glowy|jamy brzusznej|szyi|"
          r"Scyntygrafia|PET-CT|Densytometria|DXA|Mammografia|piersi|Artro|Podanie kontrastu|Iniekcja|Blokada|Mielo|Dyskografia|"
          r"Wertebroplastyka|Termolezja|Biopsja|Punkcja|kończyn|konczyn|Wideofluoroskopia|Echo serca|Test specjalistyczny|Kontrola jakości|"
          r"Kontrola jakosci|tętnic|tetnic|żył|zyl|nerek|spojenia)",
}
BOTH = {"BILATERAL", "BOTH", "BIL", "BILAT", "BEIDSEITS", "BEIDSEITIG", "BDS", "AMBAS", "AMBOS", "OBUSTRONNIE", "OBUSTRONNE",
        "OBUSTR", "OBU", "OBIE", "KNEES", "HIPS", "LEGS", "LIMBS", "KNIEGELENKE", "HÜFTEN", "HUEFTEN", "RODILLAS", "CADERAS", "MMII",
        "TELEMETRÍA", "TELEMETRIA", "KOŃCZYN", "KONCZYN", "KOLAN", "BIODROWYCH", "DUALFEMUR", "GANZBEINSTANDAUFNAHME", "BEINACHSEN"}


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
    """Sequence-only and C-arm series are labelled from the order, so it must be there to read."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word of the site's language
    or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A both-sides limb row names both sides or a plural part, or shows the pelvis (and so both
    hips), or is tagged B."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & BOTH or "PELVIS" in r["labels"] or m.get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 10
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_orthopaedic_fortnight(rows):
    """Five sites, none dominating; joints, spine, theatre and planning are most of it; 35-50 %
    carry their study; about a third lack BodyPartExamined; pages without anatomy are empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 60 and max(sites.values()) <= 0.30 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.40
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"preop", "arthro", "postop", "standing", "mra", "sports", "ctplan", "theatre", "spine", "inject", "onc", "medical",
            "paeds", "dxa", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 200
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Scanogram", "localizer", "Survey", "Topo", "3Pl Loc") or d.startswith("Topogram") for d in sibs)
    # intra-operative C-arm images and standing long films are there in numbers
    assert sum(r["meta"].get("Manufacturer") in ("GE OEC Medical Systems", "Siemens Healthineers", "Ziehm Imaging GmbH", "Philips")
               and r["meta"]["Modality"] in ("RF", "XA") for r in rows) >= 40
    assert sum(r["meta"].get("Manufacturer") == "EOS imaging" for r in rows) >= 15
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r


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
        assert local >= 0.8, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "RF", "PatientAge": "071Y"}}, "identifying"),
    ({"meta": {"Modality": "XA", "PerformingPhysicianName": "Surgeon"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["Rx rodilla izqda. en carga"], {"es"}) == {"L"}
    assert sides_named(["RM hombro dcho."], {"es"}) == {"R"}
    assert sides_named(["RTG stawu kolanowego prawego"], {"pl"}) == {"R"}
    assert sides_named(["Fluoroskopia śródoperacyjna DHS str. L"], {"pl"}) == {"L"}
    assert sides_named(["Arthro-MRT Schulter li."], {"de"}) == {"L"}
    assert sides_named(["XR HIP RT 6 WEEK POST THR"], {"en"}) == {"R"}
    # a Polish right is not read as a side at a Spanish site, nor a Spanish left at a German one
    assert sides_named(["RTG barku P"], {"es"}) == set()
    assert sides_named(["Knie I"], {"de"}) == set()
