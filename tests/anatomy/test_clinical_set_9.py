"""Integrity of the ninth blind clinical anatomy set (tests/anatomy/data/clinical_set_9.jsonl):
an imaging core lab for multi-centre trials and research cohorts (trial sites on five continents)
and the academic hospital it sits in.

The set is written by tests/anatomy/clinical9/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy, phantoms included) and carry only header keywords
that real systems fill, with no identifiers.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors, site

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_9.jsonl"
BUILD = HERE / "clinical9" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress", "ClinicalTrialSubjectID",
                  "ClinicalTrialSiteName", "ClinicalTrialSponsorName"}
# The language each site writes in (English is mixed in everywhere; the core lab and the US and
# Australian sites write English only).
SITE_LANG = {"ca-hosp": "fr", "corelab": "en", "us-onc": "en", "br-onc": "pt", "ar-neuro": "es", "de-msk": "de",
             "fr-uro": "fr", "nl-pulm": "nl", "pl-neuro": "pl", "it-cardio": "it", "jp-dem": "ja", "cn-onc": "zh",
             "kr-onc": "ko", "au-paeds": "en"}
# Side words, one upper-case word each; Japanese and Chinese sides are single characters.
SIDE_WORDS = {
    "en": {"R": {"R", "RT", "RIGHT", "RGT"}, "L": {"L", "LT", "LEFT", "LFT"}},
    "fr": {"R": {"DROIT", "DROITE", "D"}, "L": {"GAUCHE", "G"}},
    "pt": {"R": {"DIREITO", "DIREITA", "DIR"}, "L": {"ESQUERDO", "ESQUERDA", "ESQ"}},
    "es": {"R": {"DERECHO", "DERECHA", "DER", "DCHA"}, "L": {"IZQUIERDO", "IZQUIERDA", "IZQ"}},
    "de": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "nl": {"R": {"RECHTS", "RE"}, "L": {"LINKS", "LI"}},
    "pl": {"R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ"}, "L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ"}},
    "it": {"R": {"DESTRO", "DESTRA", "DX"}, "L": {"SINISTRO", "SINISTRA", "SX"}},
    "ko": {"R": {"우측", "오른쪽"}, "L": {"좌측", "왼쪽"}},
}
CJK_SIDE = {"R": "右", "L": "左"}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
        "PerformedProcedureStepDescription", "AcquisitionDeviceProcessingDescription")
# The site's own words or script, looked for in its study and series descriptions.
LOCAL = {
    "fr": r"[éèàçêôû]|\b(TDM|IRM|RX|ECHO|SCINTIGRAPHIE|TEP|MAMMOGRAPHIE|MAMMO|POUMONS|CORONAROGRAPHIE|FLUOROSCOPIE|BASSIN|"
          r"GENOU|EPAULE|CHEVILLE|POIGNET|SEIN|SEINS|DROITE?|GAUCHE|CERVEAU|CEREBRALE|MAMMAIRE|PROSTATIQUE|COLONNE|Rachis|Genou|Pied)\b",
    "pt": r"[ãõçáéíóúâê]|\b(TC|RM|TORAX|Torax|ABDOME|Abdome|PELVE|CINTILOGRAFIA|TRIAGEM|SEMANA|VISITA|Pulmao|Fase|Sagital)\b",
    "es": r"[ñáéíóú]|\b(RM|RX|CEREBRO|ENCEFALO|MANOS|PIES|SEMANA|VISITA|RESONANCIA|RADIOGRAFIA|COLUMNA)\b",
    "de": r"[äöüß]|\b(MRT|MR|Knie|KNIE|Schädel|SCHAEDEL|Kopf|Hals|HALS|Becken|BECKEN|MONAT|ZYKLUS|bds|BDS|rechts|links|nativ|KM|Lunge)\b",
    "nl": r"\b(HERSENEN|hersenen|Hersenen|INSPIRATIE|EXPIRATIE|Inspiratie|Expiratie|LONGEN|JAAR|DAG|halsvaten|laag|LAGE|DOSIS|PERFUSIE|blanco)\b",
    "pl": r"[ąćęłńóśźż]|\b(RTG|WIZYTA|Densytometria|DENSYTOMETRIA)\b",
    "it": r"\b(RM|RMN|TC|CUORE|CARDIACA|CORONARICA|CORONARIE|MESE|CARDIO-TC|ANGIO-TC|MDC|ampio)\b",
    "ja": r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]",
    "zh": r"[\u4e00-\u9fff]",
    "ko": r"[\uac00-\ud7a3]",
}
# Least share of a site's rows written in its own words (trial sites often send visit labels
# such as 'MS-REACH WK24' and the scanner's English sequence names instead).
LOCAL_MIN = {"ca-hosp": 0.6, "br-onc": 0.4, "ar-neuro": 0.4, "de-msk": 0.3, "fr-uro": 0.3, "nl-pulm": 0.3,
             "pl-neuro": 0.3, "it-cardio": 0.3, "jp-dem": 0.4, "cn-onc": 0.5, "kr-onc": 0.4}
TRIAL_LABEL = re.compile(r"^(?:[A-Z]{2,6}-[A-Z0-9]{1,5}[ _^])?(SCREENING|SCR|BL|BASELINE|V\d|WK ?\d+|WEEK \d+|FU\d|EOT|C\dD\d|TP\d|"
                         r"UNSCHEDULED|M\d+|MONAT|MESE|SEMANA|VISITA|WIZYTA|JAAR|DAG|YEAR|ZYKLUS|TRIAGEM|INCLUSION|AN \d|"
                         r"INTERIM|EOT PET|筛选期|第\d周期|基线)")
WB = ["HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"]


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def stratum(row):
    return row["group"].split(":")[1]


def sides_named(texts, lang):
    words = contract.words_of(texts)
    found = set()
    for s in "RL":
        if words & (SIDE_WORDS["en"][s] | SIDE_WORDS.get(lang, {}).get(s, set())):
            found.add(s)
        if lang in ("ja", "zh") and any(CJK_SIDE[s] in t for t in texts):
            found.add(s)
    return found


def row_texts(r):
    return [r["meta"].get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]


def study_desc(r):
    return r["meta"].get("StudyDescription") or r.get("study", {}).get("StudyDescription") or ""


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_the_card_gives_the_counts_of_the_file(rows):
    """The dataset card's counts are those of the committed file (no stale figures)."""
    card = (BUILD.parent / "README.md").read_text(encoding="utf-8")
    n = len(rows)
    assert f"rows: {n};" in card
    assert f"with study: {sum('study' in r for r in rows)} " in card
    assert f"without BodyPartExamined: {sum('BodyPartExamined' not in r['meta'] for r in rows)} " in card
    assert "Frozen once committed" in card


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 900, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side (a tag, a side word in the site's language or
    English in its own or its study's text, or, for a localizer, in the sibling series it sits
    with); nothing of the row itself ever names the other side."""
    for r in rows:
        m = r["meta"]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            lang = SITE_LANG[site(r)]
            named = sides_named(row_texts(r), lang)
            sibs = [s.get("SeriesDescription") or "" for s in r.get("study", {}).get("series", [])]
            assert tags or r["laterality"] in named or r["laterality"] in sides_named(sibs, lang), r
            assert named <= {r["laterality"]}, r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = Counter(r["meta"]["Modality"] for r in rows)
    assert {"CT", "MR", "DX", "US", "MG", "NM", "PT", "XA", "RF", "OT", "SR", "KO", "PR", "DOC", "SEG", "RTSTRUCT",
            "RTPLAN", "RTDOSE"} <= set(mods)
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert sum(r["labels"] == WB for r in rows) >= 30
    assert sum(len(r["labels"]) >= 2 for r in rows) >= 0.12 * len(rows)
    # every spine code alone and the whole spine as one union
    assert all(any(r["labels"] == [c] for r in rows) for c in ("CSPINE", "TSPINE", "LSPINE"))
    assert any(r["labels"] == ["CSPINE", "TSPINE", "LSPINE"] for r in rows)


def test_the_mix_is_a_core_lab_and_its_hospital(rows):
    """Fourteen sites (the hospital about a third, no trial site above 8 %); 35-50 % carry their
    study; about a third lack BodyPartExamined; every clinical family is there; series without
    anatomy are empty and only they are."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(site(r) for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert 0.28 <= sites["ca-hosp"] / n <= 0.40
    assert all(35 <= v <= 0.08 * n for k, v in sites.items() if k != "ca-hosp")
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.25 <= no_bpe <= 0.40
    strata = Counter(stratum(r) for r in rows)
    assert set(strata) == {"onc", "neuro", "msk", "cardio", "pulm", "breast", "uro", "paeds", "general", "qc", "no-anatomy"}
    assert all(v >= 20 for v in strata.values())
    assert 0.03 <= strata["no-anatomy"] / n <= 0.09
    assert all(not r["labels"] for r in rows if stratum(r) == "no-anatomy")
    assert all(stratum(r) in ("no-anatomy", "qc") for r in rows if not r["labels"])
    # QC: phantoms are empty; a 'human phantom' or travelling subject is a real head
    for r in rows:
        if stratum(r) == "qc":
            assert r["labels"] in ([], ["HEAD"]), r
            if r["labels"]:
                assert re.search(r"HUMAN|TRAVELLING", study_desc(r)), r
        if "PHANTOM" in study_desc(r).upper() and "HUMAN" not in study_desc(r).upper():
            assert r["labels"] == [], r
    # trial rows often carry only a visit label as their study description
    trial = [r for r in rows if site(r) not in ("ca-hosp", "corelab")]
    labelled = sum(bool(TRIAL_LABEL.search(study_desc(r))) for r in trial) / len(trial)
    assert 0.3 <= labelled <= 0.7, labelled
    # BodyPartExamined is sometimes coarse, partial or wrong where present
    assert sum("BodyPartExamined '" in r["why"] for r in rows) >= 0.1 * n
    # siblings are plain metadata with scouts, dose and protocol pages among them
    sibs = {s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]}
    assert {"Patient Protocol", "Dose Report", "PhoenixZIPReport"} <= sibs
    assert any(d.startswith(("Topogram", "Scout", "Surview", "Scanogram", "3-Plane Loc", "localizer")) for d in sibs)
    # mammograms are one breast each or say both; breast MR is both breasts unless one side is named
    for r in rows:
        if r["meta"]["Modality"] == "MG" and r["labels"]:
            assert r["labels"] == ["BREAST"] and r["laterality"] in ("L", "R", "B"), r
        if r["meta"]["Modality"] == "MR" and r["labels"] == ["BREAST"]:
            assert r["laterality"] == "B" or sides_named([r["meta"]["SeriesDescription"]], SITE_LANG[site(r)]), r


def test_sites_write_in_their_own_languages(rows):
    """Enough of each non-English site's rows carry its own words or script."""
    by_site = {}
    for r in rows:
        by_site.setdefault(site(r), []).append(study_desc(r) + " | " + (r["meta"].get("SeriesDescription") or ""))
    for s, minimum in LOCAL_MIN.items():
        texts = by_site[s]
        local = sum(bool(re.search(LOCAL[SITE_LANG[s]], t)) for t in texts) / len(texts)
        assert local >= minimum, (s, local)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "AccessionNumber": "A123"}}, "identifying"),
    ({"meta": {"Modality": "MR", "ClinicalTrialSubjectID": "104-006"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the site's language is seen
    assert sides_named(["RX GENOU GAUCHE 3 INC."], "fr") == {"L"}
    assert sides_named(["MRT Knie re. nativ"], "de") == {"R"}
    assert sides_named(["Densytometria szyjki kości udowej lewej"], "pl") == {"L"}
    assert sides_named(["大腿骨 右"], "ja") == {"R"}
    assert sides_named(["무릎 MRI 좌측"], "ko") == {"L"}
    assert sides_named(["Mão direita obliqua"], "pt") == {"R"}
