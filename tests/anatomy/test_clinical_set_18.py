"""Integrity of the eighteenth blind clinical anatomy set (tests/anatomy/data/clinical_set_18.jsonl):
a fortnight of teaching, mission, district and provincial hospitals and private imaging centres in
sub-Saharan Africa and the Caribbean, twelve sites writing English, French, Portuguese and
Afrikaans, with Swahili, transliterated Amharic and Kinyarwanda words in their exam names.

The set is written by tests/anatomy/clinical18/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_18.jsonl"
BUILD = HERE / "clinical18" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
# The languages each site writes in (English is read everywhere).
SITE_LANGS = {"ng-teach": {"en"}, "gh-priv": {"en"}, "ke-mission": {"en", "sw"}, "tz-dist": {"en", "sw"}, "et-teach": {"en", "am"},
              "za-priv": {"en", "af"}, "sn-univ": {"fr"}, "ci-priv": {"fr"}, "mz-prov": {"pt"}, "ao-priv": {"pt"},
              "rw-teach": {"fr", "en", "rw"}, "jm-priv": {"en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE", "DT"}, "L": {"GAUCHE", "G", "GCHE"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DTO", "DTA", "DIR"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ", "ESQDO"}},
    "af": {"R": {"REGS", "REGTER"}, "L": {"LINKS", "LINKER"}},
    "sw": {"R": {"KULIA"}, "L": {"KUSHOTO"}},
    "am": {"R": {"KEGN", "QEGN"}, "L": {"GRA"}},
    "rw": {"R": {"IBURYO"}, "L": {"IBUMOSO"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "fr": r"(?i)(\bRx\b|Radio|Echo|TDM|Scanner|IRM|genou|[ée]paule|hanche|cheville|pied|poignet|\bmains?\b|coude|bras|cuisse|jambe|rachis|bassin|"
          r"c[ée]r[ée]bral|cr[âa]ne|thorax|abdomin|pelvien|Mammographie|Hyst[ée]rosalpingographie|\bUIV\b|TOGD|Lavement|Ur[ée]trographie|"
          r"Cystographie|Fistulographie|Scintigraphie|\bASP\b|sinus|masto[ïi]des|orbites|cavum|\bTAP\b|Angioscanner|Uroscanner|Cholangio|"
          r"Microbiopsie|Monitorage|osseux|thyro[ïi]dienne|cervicale|scrotale|prostatique|inguinale|r[ée]nale|obst[ée]tricale|endovaginale|"
          r"transfontanellaire|Opacification|gauche|droite?|bilat[ée]ral|membres?|parties molles|Urographie)",
    "pt": r"(?i)(\bRx\b|Radiografia|Ecografia|\bECO\b|\bTC\b|\bTAC\b|\bRMN?\b|joelho|ombro|\bancas?\b|tornozelo|\bp[ée]s?\b|punho|m[ãa]os?\b|"
          r"cotovelo|antebra[çc]o|bra[çc]o|coxa|perna|coluna|bacia|cr[âa]nio|t[óo]rax|abd[óo]men|p[ée]lvi|Mamografia|Histerossalpingografia|"
          r"Tr[âa]nsito|Clister|Urografia|Uretrografia|Cistouretrografia|Fistulografia|Cintigrafia|seios|mast[óo]ides|[óo]rbitas|cavum|"
          r"estadiamento|Bi[óo]psia|Idade [óo]ssea|tir[óo]ide|esquerd|direit|Doppler|Angio-TC|Uro-TC|Colangio|Monitoriza|Opacifica|pesco[çc]o|"
          r"ESOFAGOGRAMA|\bRX EGD\b|mam[áa]ria|\bmama\b|obst[ée]trica|transvaginal|ginecol)",
    "af": r"(?i)\b(regs|links|knie|knie[ëe]|skouer|heupe?|enkel|voete?|polse?|hande?|elmboog|voorarm|bo-arm|dy|onderbeen|sleutelbeen|vingers|"
          r"tone|X-straal|Sonar|borskas|bors|borste|buik|kop|skedel|nek|bekken|werwelkolom|brein|beide|kontras|swangerskap|sifting|"
          r"gips|Kontrole|niere|blaas|lies|breuk|tiro[ïi]ed|sinusse|oogkasse|kakebeen|stuitjie|heiligbeen|beroerte|lewer|driefase|"
          r"stadi[ëe]ring|simulasie|Beenskandering|heelliggaam|Veneuse|Arteri[ëe]le|bene|fistel|Kraniale|Babagram|vreemde|ragitis|"
          r"klompvoet|Beenouderdom|linkerhand|sagteweefsel|Kernbiopsie|ginekomastie|Ginekologiese|Obstetriese|Transvaginale|"
          r"Follikel|mastoïed|maaltyd|sluk|deurvloei|uretrogram|sefalogram|tandfoto|Keëlbundel|Versoekvorm|politrauma|skoliose|"
          r"hele|servikale|torakale|lumbale|osteomi[ëe]litis|swelsel|diabetes)\b",
    "sw": r"(?i)\b(KULIA|KUSHOTO|GOTI|MAGOTI|BEGA|NYONGA|PAJA|KIGANJA|KICHWA|KIFUA|TUMBO|SHINGO|MGONGO|MIMBA|ZOTE)\b",
    "am": r"(?i)\b(KEGN|QEGN|GRA|gulbet|tekesha|ejj|egir|ras|deret|hod|anget|jerba|ergzna)\b",
    "rw": r"(?i)\b(iburyo|ibumoso|ivi|amavi|urutugu|ikiganza|ikirenge|ukuguru|ukuboko|umutwe|igituza|inda|ijosi|umugongo|zombi)\b",
}
# The least share of a site's study descriptions written (or sprinkled) in its own languages:
# French and Portuguese sites write nearly everything in them; the English-speaking sites add
# their local words to a share of their orders.
LOCAL_SHARE = {"sn-univ": 0.8, "ci-priv": 0.8, "mz-prov": 0.8, "ao-priv": 0.8, "rw-teach": 0.5, "za-priv": 0.15,
               "ke-mission": 0.1, "tz-dist": 0.25, "et-teach": 0.1}


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
    """A series carries its study description itself or in its study context (ultrasound images
    and sequence-only series are labelled from it, so it must be there to read)."""
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word in one of the site's
    languages or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral limb or breast row is never a plain one-sided exam: its texts carry a word for
    both sides or name a paired part in the plural, or its image says B, or it is a breast MR."""
    both = {"BILATERAL", "BILATÉRAL", "BILATÉRALE", "BILATERALE", "BILAT", "BIL", "BOTH", "DEUX", "AMBOS", "AMBAS", "BEIDE", "ZOTE",
            "ZOMBI", "KNEES", "GENOUX", "JOELHOS", "MAGOTI", "AMAVI", "HIPS", "HANCHES", "ANCAS", "HEUPE", "HANDS", "MAINS", "MÃOS",
            "MAOS", "HANDE", "WRISTS", "POIGNETS", "PUNHOS", "POLSE", "FEET", "PIEDS", "PÉS", "PES", "VOETE", "CTEV", "LIMBS", "MEMBRES",
            "MEMBROS", "BENE", "RUN", "BREASTS", "BORSTE"}
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert contract.words_of(contract.row_texts(r, TEXT)) & both or "B" in (m.get("ImageLaterality"), m.get("Laterality")), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CR", "DX", "CT", "MR", "US", "MG", "RF", "NM", "PT", "XA", "PX", "IO", "OT", "SR", "KO", "PR"} <= set(mods)
    # plain film and ultrasound carry the fortnight, MR is the scarce modality
    assert mods["CR"] + mods["DX"] + mods["US"] >= 0.5 * len(rows)
    assert mods["MR"] < mods["CT"] and mods["MR"] < mods["US"]
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # whole-body series (five axial regions) and unions of regions are there, not just single codes
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_african_and_caribbean_fortnight(rows):
    """12 sites, none over 15 %; 35-50 % carry their study; about a third lack BodyPartExamined;
    every clinical family is there; pages without anatomy are 3-8 % and empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.15 * n
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.28 <= no_bpe <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"trauma", "msk", "spine", "chest", "neuro", "headneck", "abdo", "obgyn", "fluoro", "onc", "paeds", "breast", "vasc",
            "dental", "no-anatomy"} == set(strata)
    assert all(k >= 10 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # limbs with a side given only in words: no laterality tag, a side word carries it
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and set(r["labels"]) <= contract.LIMBS
                  and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 120
    # siblings are plain metadata with planning images and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "SCOUT", "Surview", "Scanogram", "Topo", "localizer", "3-Plane Loc", "Survey", "Locator")
               or d.startswith("Topogram") for d in sibs)
    # mammograms are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R") and r["meta"]["ImageLaterality"] == r["laterality"], r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """A share of each site's study descriptions is written in, or carries words of, the site's
    own languages (all of it for the French and Portuguese sites, a part for the sites whose
    radiographers write English with local words)."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        langs = SITE_LANGS[s] - {"en"}
        if not langs:
            continue
        local = sum(any(re.search(LOCAL[g], d) for g in langs) for d in descs) / len(descs)
        assert local >= LOCAL_SHARE[s], (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "CR", "PatientAge": "034Y"}}, "identifying"),
    ({"meta": {"Modality": "US", "OperatorsName": "KMA"}}, "identifying"),
    ({"meta": {"Modality": "CT", "StationName": "CT_RM1"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word in the site's language is seen
    assert sides_named(["Rx genou gauche"], {"fr"}) == {"L"}
    assert sides_named(["RX JOELHO DTO"], {"pt"}) == {"R"}
    assert sides_named(["X-straal knie regs"], {"af", "en"}) == {"R"}
    assert sides_named(["X-RAY GOTI KUSHOTO"], {"sw", "en"}) == {"L"}
    assert sides_named(["XRAY KNEE (gulbet) KEGN"], {"am", "en"}) == {"R"}
    assert sides_named(["Rx genou (ivi) ibumoso"], {"fr", "en", "rw"}) == {"L"}
    # and a Portuguese 'e' (and) or an English 'D' is not read as a side where it is not one
    assert sides_named(["Rx tórax e abdómen"], {"pt"}) == set()
    assert sides_named(["USS ABDOMEN D"], {"en"}) == set()
