"""Integrity of the forty-fourth blind clinical anatomy set (tests/anatomy/data/clinical_set_44.jsonl):
women's and children's imaging at five hospitals (a US children's hospital, a German women's
clinic and perinatal centre, a Mexican maternal-and-child public hospital, an Egyptian university
women's and children's hospital, a Thai children's and women's hospital), writing English,
German, Spanish, Arabic and Thai.

The set is written by tests/anatomy/clinical44/build.py (standard library only, fixed seed);
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
DATA = HERE / "data" / "clinical_set_44.jsonl"
BUILD = HERE / "clinical44" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "PatientWeight", "InstitutionAddress", "OperatorsName",
                  "PerformingPhysicianName"}
# The languages each site writes in.
SITE_LANGS = {"us-child": {"en"}, "de-frauen": {"de"}, "mx-mi": {"es"}, "eg-univ": {"ar", "en"}, "th-child": {"th", "en"}}
# Side words, one upper-case word each (texts are split at anything but letters and digits);
# Thai is written without spaces between words, so its side words are looked for inside the text.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "es": {"R": {"DERECHO", "DERECHA", "DER", "DCHA", "DERECHOS", "DERECHAS"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ", "IZQDA", "IZQUIERDOS", "IZQUIERDAS"}},
    "ar": {"R": {"يمين", "اليمين", "الأيمن", "الايمن", "اليمنى", "اليمني", "أيمن", "ايمن", "يمنى"},
           "L": {"يسار", "اليسار", "الأيسر", "الايسر", "اليسرى", "اليسري", "أيسر", "ايسر", "يسرى", "شمال", "الشمال"}},
}
THAI_SIDE = {"R": "ขวา", "L": "ซ้าย"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
BOTH = {"BILATERAL", "BILAT", "BIL", "BOTH", "BEIDSEITS", "BEIDSEITIG", "BDS", "AMBOS", "AMBAS", "HIPS", "HÜFTEN", "HUEFTEN",
        "CADERAS", "GANZBEINSTANDAUFNAHME", "MIEMBROS", "الجانبين", "للجانبين", "الثديين", "مفصلي", "ومفصلي", "الطرفين"}
THAI_BOTH = ("ทั้งสองข้าง", "2 ข้าง")
# Words of each site's own language, checked on their study descriptions.
LOCAL = {
    "de": r"(?i)(Rö|Röntgen|Sono|MRT|CT |CCT|Mamma|Mammographie|beidseits|bds|links|rechts|li\.|re\.|Thorax|Abdomen|Becken|Schädel|"
          r"Hüft|Säugling|Neugeborene|NG|FG|Feindiagnostik|SSW|Vaginalsonographie|Hysterosalpingographie|Beckenboden|Fetal|Plazenta|"
          r"Skelett|Szintigraphie|Ganzkörper|Kolon|MCU|Miktion|Ösophagus|Magen|Nieren|Pylorus|Invagination|Appendix|Hals|Schilddrüse|"
          r"Hoden|Weichteile|Erguss|Wirbelsäule|WS-|HWS|LWS|BWS|Knie|Babygramm|Fetogramm|Stanzbiopsie|Vakuumbiopsie|Präparat|"
          r"Drahtmarkierung|Sedierung|Felsenbein|Oberbauch|Fremdkörper|Klavikula|Ganzbein|Beinlängen|Ersttrimester|Frühgravidität|Doppler|Echokardiographie|"
          r"Unterarm|Oberarm|Ellenbogen|Ellbogen|Handgelenk|Hand|Finger|Daumen|Schulter|Oberschenkel|Unterschenkel|OSG|Sprunggelenk|Fu(ß|ss)|Zehen|Orbita|Tumorsuche|MDP|MAG3|DMSA|MIBG|Sentinel|PET)",
    "es": r"(?i)(RX|USG|ULTRASONIDO|TAC|RM |RESONANCIA|MASTOGRAF|MAMA|BILATERAL|DERECH|IZQ|T[ÓO]RAX|ABDOMEN|PELVI|CR[ÁA]NEO|ENC[ÉE]FALO|"
          r"OBST[ÉE]TRICO|ENDOVAGINAL|TRANSVAGINAL|HISTEROSALPINGOGRAF|PISO P[ÉE]LVICO|FETAL|PLACENTA|RN|INCUBADORA|BABYGRAMA|TORACOABDOMINAL|"
          r"TRANSFONTANELAR|COLUMNA|CLAV[ÍI]CULA|CUERPO|FETOGRAMA|CADERA|RODILLA|CODO|ANTEBRAZO|MU[ÑN]ECA|MANO|DEDO|HOMBRO|H[ÚU]MERO|BRAZO|"
          r"F[ÉE]MUR|MUSLO|TIBIA|PIERNA|TOBILLO|PIE|CALC[ÁA]NEO|SERIE|EDAD [ÓO]SEA|CUELLO|RENAL|P[ÍI]LORO|INVAGINACI|APENDICULAR|"
          r"FOSA ILIACA|TIROIDEO|TESTICULAR|TEJIDOS|CISTOURETROGRAF|UROGRAF|COLON|ENEMA|ESOFAGO|SEGD|DESINVAGINACI|SEDACI|O[ÍI]DOS|"
          r"[ÓO]RBITAS|COLANGIO|ENTERORRESONANCIA|GAMMAGRAMA|GAMAGRAMA|LINFOGAMMAGRAF|PET|ESCOLIOSIS|PANOR[ÁA]MICA|ESCANOGRAMA|MIEMBROS|"
          r"BIOPSIA|ESTEREOTAXIA|PIEZA|MARCAJE|PROYECCI|PERFIL|TAMIZAJE|DETECCI|SOLICITUD|CONSENTIMIENTO|HOJA|HEPATOBILIAR|QUISTE|TELE)",
}
SCRIPT = {"ar": r"[\u0600-\u06FF]", "th": r"[\u0E00-\u0E7F]"}


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def sides_named(texts, langs):
    words = contract.words_of(texts)
    joined = " ".join(texts)
    found = set()
    for s in "RL":
        if words & set().union(*(SIDE_WORDS[g][s] for g in (langs | {"en"}) - {"th"})):
            found.add(s)
        if "th" in langs and THAI_SIDE[s] in joined:
            found.add(s)
    return found


def says_both(texts):
    return bool(contract.words_of(texts) & BOTH) or any(w in t for t in texts for w in THAI_BOTH)


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
    """A one-sided limb or breast row says its side (a tag, or a side word of the site's languages
    or English in the series or study text); no tag and no word names the other side."""
    contract.check_side_words(rows, lambda r: sides_named(contract.row_texts(r, TEXT), SITE_LANGS[site(r)]))


def test_bilateral_rows_say_both_sides(rows):
    """A bilateral row is never a plain one-sided exam: its texts say both sides (or name both
    hips, both breasts, both lower limbs), or it is a breast MR."""
    for r in rows:
        if r["laterality"] != "B":
            continue
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            continue
        assert says_both(contract.row_texts(r, TEXT)) or r["meta"].get("ImageLaterality") == "B", r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "RF", "OT", "SR", "KO", "PR"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(set(r["labels"]) == {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"} for r in rows) >= 15
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.10 * len(rows)


def test_the_mix_is_women_and_children(rows):
    """Five sites of comparable size; breast, obstetric/gynaecological and paediatric work is most
    of it; 35-50 % carry their study; about a third lack BodyPartExamined; pages without anatomy
    are 3-8 % and empty."""
    n = len(rows)
    assert 0.35 <= sum("study" in r for r in rows) / n <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANGS)
    assert min(sites.values()) >= 150 and max(sites.values()) <= 0.25 * n
    assert 0.28 <= sum("BodyPartExamined" not in r["meta"] for r in rows) / n <= 0.42
    strata = Counter(r["group"].split(":")[1] for r in rows)
    assert set(strata) == {"breast", "obgyn", "neonatal", "paed-xr", "paed-us", "fluoro", "sedation", "spine", "onc", "no-anatomy"}
    assert all(k >= 20 for k in strata.values())
    assert (strata["breast"] + strata["obgyn"] + strata["neonatal"] + strata["paed-xr"] + strata["paed-us"]) / n >= 0.5
    assert 0.03 <= strata["no-anatomy"] / n <= 0.08
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    # one-sided rows whose side is only in words
    words_only = [r for r in rows if r["laterality"] in ("L", "R") and not ({"Laterality", "ImageLaterality"} & set(r["meta"]))]
    assert len(words_only) >= 80
    # siblings are plain metadata with scouts and dose or protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d for d in sibs) and any("Protocol" in d for d in sibs)
    assert any(d in ("Scout", "Scanogram", "Survey", "Locator", "localizer", "3-Plane Loc", "Topogram") or d.startswith("Topogram") for d in sibs)
    # mammograms with anatomy are one breast each; breast MR is both breasts
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B", r


def test_sites_write_in_their_own_languages(rows):
    """Most study descriptions of the German and Mexican sites are in their language; at the
    Egyptian and Thai sites a good share is in Arabic or Thai script (the rest English)."""
    by_site = {}
    for r in rows:
        d = r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""
        by_site.setdefault(site(r), []).append(d)
    for s, descs in by_site.items():
        for g in SITE_LANGS[s] - {"en"}:
            pat = LOCAL.get(g) or SCRIPT[g]
            share = sum(bool(re.search(pat, d)) for d in descs) / len(descs)
            assert share >= (0.6 if g in LOCAL else 0.4), (s, g, share)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "US", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "US", "PatientAge": "000D"}}, "identifying"),
    ({"meta": {"Modality": "MG", "OperatorsName": "RT"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    assert sides_named(["RX CODO DERECHO AP Y LATERAL"], {"es"}) == {"R"}
    assert sides_named(["Mammasonographie li."], {"de"}) == {"L"}
    assert sides_named(["أشعة على الركبة اليسرى"], {"ar", "en"}) == {"L"}
    assert sides_named(["سونار على الثدي الأيمن"], {"ar", "en"}) == {"R"}
    assert sides_named(["เอกซเรย์ข้อมือขวา"], {"th", "en"}) == {"R"}
    assert sides_named(["XR FOREARM LEFT 2 VIEWS"], {"en"}) == {"L"}
    # a German abbreviation is not read as a side at the Mexican site, nor a Spanish one in Germany
    assert sides_named(["RX MANO re"], {"es"}) == set()
    assert sides_named(["Sono Hand der"], {"de"}) == set()
    assert says_both(["อัลตราซาวด์ข้อสะโพกทารกทั้งสองข้าง"]) and says_both(["USG DE CADERAS (GRAF)"])
    assert not says_both(["XR ELBOW RIGHT 2 VIEWS"])
