"""Integrity of the twenty-ninth blind clinical anatomy set (tests/anatomy/data/clinical_set_29.jsonl):
a fortnight of a heart and vascular centre in Germany, its trial imaging core lab and three
referring hospitals (Germany, Poland, Czech Republic), writing German, Polish, Czech and English.

The set is written by tests/anatomy/clinical29/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_29.jsonl"
BUILD = HERE / "clinical29" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is mixed in everywhere).
SITE_LANGS = {"de-hvc": {"de", "en"}, "de-kkh": {"de"}, "pl-szp": {"pl"}, "cz-nem": {"cs"}, "corelab": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits; the
# Czech Latin abbreviations "l. dx." / "l. sin." are read as one word first, see sides_named).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "de": {"R": {"RECHTS", "RE", "RECHTE", "RECHTER"}, "L": {"LINKS", "LI", "LINKE", "LINKER"}},
    "pl": {"R": {"PRAWA", "PRAWY", "PRAWE", "PRAWEJ", "PRAWEGO", "KDP", "KGP", "P"},
           "L": {"LEWA", "LEWY", "LEWE", "LEWEJ", "LEWEGO", "KDL", "KGL"}},
    "cs": {"R": {"VPRAVO", "PRAVÁ", "PRAVA", "PRAVÉ", "PRAVE", "PRAVÝ", "PRAVY", "PRAVÉHO", "PRAVEHO", "PDK", "PHK", "DX", "LDX"},
           "L": {"VLEVO", "LEVÁ", "LEVA", "LEVÉ", "LEVE", "LEVÝ", "LEVY", "LEVÉHO", "LEVEHO", "LDK", "LHK", "SIN", "LSIN"}},
}
BOTH = {"BDS", "BEIDSEITS", "BEIDSEITIG", "BEIDE", "OBUSTRONNIE", "OBUSTRONNA", "OBU", "KKD", "OBOUSTRANNĚ", "OBOUSTRANNE", "OBOU",
        "DKK", "BILAT", "BILATERAL", "BOTH", "BIL"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions (diacritics optional:
# some consoles write ASCII only).
LOCAL = {
    "de": r"(?i)(Herz|Koronar|Kardio|Koro-CT|Vorhof|Pulmonalvenen|Aortenklappe|Zugangswege|Belastung|Myokard|Szintigraphie|Duplex|FKDS|Sono|"
          r"Bein|Arm|Leiste|Hals|hirnversorgend|Carotis|Shunt|Venenmapping|Angiographie|Becken|Nieren|Viszeral|Mesenteri|Embolisation|Rö|Roe|"
          r"Thorax|Schädel|Schaedel|CCT|Kopf|Hände|Haende|Fuss|Fuß|Sprunggelenk|Unterschenkel|Knie|Hüft|Hueft|Handgelenk|Ellenbogen|Ellbogen|"
          r"Oberarm|Schulter|Clavicula|Oberschenkel|Unterarm|Wirbelsäule|Wirbelsaeule|HWS|BWS|LWS|Spinal|Liquor|Sympathikolyse|Mammographie|"
          r"Mamma|Überweisung|Ueberweisung|Zuweisung|Qualitätskontrolle|Aorta|Stent|Cava|Kniekehle|Hohlhand|Pulmonalis|Lungen|Prostata|Uterus|"
          r"Ovarialvenen|Bronchialarterien|Bauchaorta|Sarkoidose|Amyloid|Endokarditis|Vaskulitis|Gefäß|Gefaess|Radionuklid|Bypass|Insult|MRT)",
    "pl": r"(?i)(serca|tętnic|tetnic|żył|zyl|wieńcow|wiencow|przedsionka|płuc|pluc|kończyn|konczyn|przetoki|Mapowanie|Doppler|USG|RTG|TK|Angio|"
          r"aorty|Scyntygrafia|Wentrykulografia|PET|Arteriografia|Angiografia|Embolizacja|Stentowanie|Koronarografia|głowy|glowy|mózg|mozg|"
          r"klatki|klp|mostka|kręgosłup|kregoslup|odcinka|Drenaż|Drenaz|Neuroliza|Mammografia|piersi|stopy|dłoni|dloni|podudzia|uda|stawu|"
          r"nadgarstka|przedramienia|ramienia|barku|obojczyka|pachwiny|Fistulografia|Implantacja|Angioplastyka|Denerwacja|TAVI|EVAR|TEVAR|MR )",
    "cs": r"(?i)(srdce|koronár|koronar|síně|sine|plicní|plicni|plic|tepen|žil|zil|karotid|Duplex|UZ|RTG|CT|CTA|MRA|MR |aorty|Scintigrafie|"
          r"Radionuklid|PET|Angiografie|Embolizace|Stent|Koronarografie|SKG|mozku|hlavy|hrudníku|hrudniku|sterna|páteře|patere|drenáž|drenaz|"
          r"sympatektomie|Mamografie|prsů|prsu|nohy|ruky|rukou|bérce|berce|kolene|stehna|kyčl|kycl|zápěstí|zapesti|předloktí|predlokti|lokte|"
          r"paže|paze|ramene|klíční|klicni|třísla|trisla|shuntu|Fistulografie|Zavedení|Zavedeni|angioplastika|denervace|Žádanka|Zadanka|Snímek|Snimek|"
          r"Kontrola|TAVI|EVAR|TEVAR|Calcium|hlezna|kotníku|kotniku|DKK|LDK|PDK|LHK|PHK|Mapování|Mapovani|palmár|palmar|TCD)",
}
FAMILIES = {"cardiac-ct", "cardiac-mr", "nuc", "vasc-us", "angio", "aorta", "chest", "neuro", "limb", "spine", "breast", "no-anatomy"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    texts = [re.sub(r"(?i)\bl\.\s*(dx|sin)\b\.?", lambda m: " L" + m.group(1).upper() + " ", t) for t in texts]
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
    """A both-sides limb or breast row carries a word for both sides in its texts, or its image
    says B."""
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
    assert {"CT", "MR", "US", "XA", "RF", "NM", "PT", "DX", "CR", "MG", "SR", "KO", "PR", "OT"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)
    # limbs together with axial regions (run-offs, fistulograms, groin runs) are there
    assert sum(bool(set(r["labels"]) & LIMBS) and bool(set(r["labels"]) & {"ABDOMEN", "PELVIS", "CHEST", "NECK"}) for r in rows) >= 10


def test_the_mix_is_a_heart_and_vascular_fortnight(rows):
    """Five sites; the centre is the largest but not the majority; cardiac and vascular work is
    most of it; 35-50 % carry their study; about a third lack BodyPartExamined; pages without
    anatomy are empty and only they."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 80 and max(sites.values()) <= 0.45 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert set(strata) == FAMILIES
    assert all(k >= 10 for k in strata.values())
    cardio = sum(strata[k] for k in ("cardiac-ct", "cardiac-mr", "nuc", "vasc-us", "angio", "aorta", "chest"))
    assert cardio / n >= 0.7
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d.startswith(("Topogram", "Scout", "Surview", "Scanogram", "localizer", "Survey", "Locator", "3 Plane Loc", "Topo")) for d in sibs)
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r


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
    ({"meta": {"Modality": "CT", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "US", "PatientAge": "071Y"}}, "identifying"),
    ({"meta": {"Modality": "XA", "OperatorsName": "KM"}}, "identifying"),
    ({"meta": {"Modality": "CT", "ECGGated": "YES"}}, "outside the allowed"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["Duplex Beinvenen li."], {"de"}) == {"L"}
    assert sides_named(["USG Doppler żył kończyny dolnej prawej"], {"pl"}) == {"R"}
    assert sides_named(["USG DOPPLER ZYL KDL"], {"pl"}) == {"L"}
    assert sides_named(["Duplex a. radialis l. dx."], {"cs"}) == {"R"}
    assert sides_named(["Duplex a. radialis l. sin."], {"cs"}) == {"L"}
    assert sides_named(["RTG LEVE NOHY"], {"cs"}) == {"L"}
    # a Czech side word is not read as a side in a German site
    assert sides_named(["Duplex Bein vlevo"], {"de"}) == set()
