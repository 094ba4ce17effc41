"""Integrity of the thirty-eighth blind clinical anatomy set (tests/anatomy/data/clinical_set_38.jsonl):
orthopaedics, trauma, spine surgery and sports medicine at six sites writing English (USA), French,
Italian, Dutch, Turkish and Brazilian Portuguese.

The set is written by tests/anatomy/clinical38/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_38.jsonl"
BUILD = HERE / "clinical38" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "OperatorsName", "PerformingPhysicianName"}
SITE_LANGS = {"us-ortho": {"en"}, "fr-clinique": {"fr"}, "it-orto": {"it"}, "nl-trauma": {"nl"}, "tr-univ": {"tr"}, "br-hosp": {"pt"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits).
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT"}, "L": {"L", "LT", "LEFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D", "DTE"}, "L": {"GAUCHE", "G", "GCHE"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX", "SN"}},
    "nl": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "tr": {"R": {"SAĞ", "SAG"}, "L": {"SOL"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR", "D"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# Fields a RIS fills (the Turkish right, an ASCII 'SAG', is read there only: in the scanner's own
# sequence names SAG is sagittal).
RIS = ("StudyDescription", "RequestedProcedureDescription", "PerformedProcedureStepDescription")
LOCAL = {
    "en": r"(?i)\b(XR|MRI|MR|CT|US|FL|NM|DXA|DEXA|PET|EOS|MAMMO|IR|CTA)\b",
    "fr": r"(?i)(IRM|Radio|RX|Scanner|TDM|Echo|Arthro|Infiltration|Scopie|Ampli|Scintigraphie|Osteodensitom|Ostéodensitom|Densitom|rachis|bassin|"
          r"Pangonogramme|Goniometrie|Age osseux|thorax|Bodyscanner|Angioscanner|ASP|Cyphoplastie|Vertebroplastie|TEP|Biopsie|Embolisation|Mammographie|EOS|Bilan)",
    "it": r"(?i)(RM|RX|TC|ECO|Ecografia|Artro|Artrografia|Infiltrazione|Scopia|Amplificatore|Scintigrafia|MOC|Densitometria|rachide|bacino|"
          r"arti inferiori|Telemetria|età ossea|torace|encefalo|Angio-TC|PET|Biopsia|Embolizzazione|Mammografia|EOS|Cifoplastica|Vertebroplastica)",
    "nl": r"(?i)(MRI|MR|X-|X |CT|Echo|Artrografie|Injectie|Doorlichting|OK-opnamen|Skeletscintigrafie|Botscan|Botdensitometrie|DEXA|CWK|TWK|LWK|"
          r"bekken|thorax|hersenen|schedel|Duplex|PET|Embolisatie|Mammografie|EOS|Vertebroplastiek|infiltratie|Epidurale)",
    "tr": r"(?i)(MR|MRG|GRAF|BT|USG|ARTROGRAF|ENJEKS|SKOP|SİNTİGRAF|SINTIGRAF|DANSİTOMETR|DANSITOMETR|DEXA|SERVİKAL|SERVIKAL|LOMBER|TORAKAL|"
          r"OMURGA|PELV|ORTORÖNTGENOGRAM|ORTORONTGENOGRAM|KEMİK|KEMIK|AKCİĞER|AKCIGER|BEYİN|BEYIN|TELE|DOPPLER|PET|MAMOGRAF|EOS|FAST|ANJ|KİFOPLASTİ|KIFOPLASTI|VERTEBROPLAST|SAKRUM|SAKROİLİAK|SAKROILIAK)",
    "pt": r"(?i)(RM|RX|TC|US|USG|ARTRO|INFILTRA|RADIOSCOPIA|INTENSIFICADOR|CINTILOGRAFIA|DENSITOMETRIA|COLUNA|BACIA|ESCANOMETRIA|"
          r"IDADE ÓSSEA|IDADE OSSEA|TÓRAX|TORAX|CRÂNIO|CRANIO|ANGIOTOMOGRAFIA|DOPPLER|PET|MAMOGRAFIA|EOS|BLOQUEIO|CIFOPLASTIA|VERTEBROPLASTIA|BIÓPSIA|BIOPSIA|EMBOLIZA|INVENT|ABDOME|RESSON|TOMOGRAFIA|RADIOGRAFIA|ARTROGRAFIA)",
}
# Words of an order that covers both sides.
BOTH = {"BILATERAL", "BIL", "BILAT", "BOTH", "BILATÉRAL", "BILATÉRALE", "BILATERALE", "BİLATERAL", "İKİ", "IKI", "BEIDERZIJDS",
        "BILATERAAL", "BDZ", "BEIDE", "AMBOS", "HANCHES", "HEUPEN", "ANCHE", "KALÇA", "QUADRIS", "HIPS", "BENEN", "LONG", "LEG",
        "PANGONOGRAMME", "GONIOMETRIE", "ARTI", "ORTORÖNTGENOGRAM", "ORTORONTGENOGRAM", "EKSTREMİTE", "EKSTREMITE", "ESCANOMETRIA",
        "MEMBROS", "MEMBRES", "INFERIEURS", "INFÉRIEURS", "TORSIE", "TORSIEMETING", "BEENLENGTE", "BEENLENGTEMETING", "TORSION",
        "TORSIONALE", "ROTASYON", "ROTACIONAL", "SCANOGRAM", "SCANOGRAMMA", "SCANOGRAPHIE", "SKANOGRAM", "NOURRISSON", "NEONATALI",
        "BEBEK", "INFANT", "INFANTIL", "ZUIGELING", "DDH", "ANTEVERSION", "LENGTH", "LIMBS", "DUAL", "DUALFEMUR"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs, ris_texts=None):
    """Sides a row's texts name in its site's languages and English; the Turkish ASCII right
    ('SAG') only in the RIS texts ``ris_texts`` (all texts when not given)."""
    words = contract.words_of(texts)
    ris = contract.words_of(texts if ris_texts is None else ris_texts)
    found = set()
    for s in "RL":
        vocab = set().union(*(SIDE_WORDS[g][s] for g in langs | {"en"}))
        if words & (vocab - {"SAG"}) or ("SAG" in vocab and "SAG" in ris):
            found.add(s)
    return found


def named_of(r):
    langs = SITE_LANGS[site(r)]
    ris = [r["meta"].get(k) or "" for k in RIS] + [r.get("study", {}).get("StudyDescription", "")]
    return sides_named(contract.row_texts(r, TEXT), langs, ris)


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
    for r in rows:
        assert r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription"), r


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, or a side word of its site's language or
    English); no tag and no word names the other side."""
    contract.check_side_words(rows, named_of)


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is an order for both sides, a film showing both (ImageLaterality B), a pelvis
    film (both hips on it), or a nuclear-medicine image whose field holds both limbs."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        m = r["meta"]
        if m.get("ImageLaterality") == "B" or "PELVIS" in r["labels"] or m["Modality"] == "NM" or m.get("Manufacturer") == "EOS imaging":
            continue
        texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
        assert contract.words_of(texts) & BOTH or "bilat" in " ".join(texts).lower(), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "XA", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 20
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_an_orthopaedic_practice(rows):
    """Six sites, none dominating; every stratum is there; 35-50 % carry their study; about a third
    lack BodyPartExamined; pages without anatomy are 3-8 % and empty; sides mostly only in words."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 140 and max(sites.values()) <= 0.2 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert {"arthro", "alignment", "fracture", "polytrauma", "carm", "arthrography", "spine", "sports", "tumour", "paeds", "nm",
            "dxa", "periop", "no-anatomy"} == set(strata)
    assert all(k >= 20 for k in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 250
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Scanogram", "Topo", "localizer", "Survey", "3-Plane Loc") or d.startswith("Topogram") for d in sibs)
    # Turkish MR with a left side in words and sagittal sequences named SAG are there on purpose
    assert any(site(r) == "tr-univ" and r["laterality"] == "L" and "SAG" in contract.words_of([r["meta"].get("SeriesDescription", "")])
               for r in rows)


def test_sites_write_in_their_own_languages(rows):
    by_site = {}
    for r in rows:
        if not r["labels"]:
            continue
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        (lang,) = SITE_LANGS[s]
        local = sum(bool(re.search(LOCAL[lang], d)) for d in descs) / len(descs)
        assert local >= 0.85, (s, local)


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
    assert sides_named(["IRM GENOU G"], {"fr"}) == {"L"}
    assert sides_named(["RM spalla dx"], {"it"}) == {"R"}
    assert sides_named(["X-pols li"], {"nl"}) == {"L"}
    assert sides_named(["SAG DIZ MR"], {"tr"}) == {"R"}
    assert sides_named(["SOL DIZ MR", "t2_tse_sag"], {"tr"}, ["SOL DIZ MR"]) == {"L"}
    assert sides_named(["RX JOELHO ESQ"], {"pt"}) == {"L"}
    assert sides_named(["XR KNEE 3+ VIEWS RT"], {"en"}) == {"R"}
    # a Portuguese 'e' (and) is not a side
    assert sides_named(["RX MÃO E PUNHO"], {"pt"}) == set()
