"""Integrity of the sixth blind clinical anatomy set (tests/anatomy/data/clinical_set_6.jsonl):
one week of an acute-care hospital group (emergency department, intensive care, vascular lab,
interventional radiology and the ordinary flow around them) from twelve hospitals in ten
languages.

The set is written by tests/anatomy/clinical6/build.py (standard library only, fixed seed);
the committed file must be exactly what the generator writes, and every row must follow the
label rules of the shared anatomy spec (codes, laterality only with a limb or breast label,
the empty set for series without anatomy) and carry only header keywords that real systems
fill, with no identifiers.
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.anatomy import set_contract as contract
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_6.jsonl"
BUILD = HERE / "clinical6" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress"}
# The language each hospital writes in; side words are checked in that language (plus the
# English of vendor protocol names), because a side word of one language is an ordinary word
# in another (Spanish 'sin' = without, Swedish 'sin' = left; German 'der' = the, Spanish
# 'der.' = right).
SITE_LANG = {"us-community": "en", "us-academic": "en", "uk-trust": "en", "ca-quebec": "fr", "de-uniklinik": "de",
             "nl-umc": "nl", "it-ospedale": "it", "es-hospital": "es", "br-hospital": "pt", "pl-szpital": "pl",
             "se-sjukhus": "sv", "tr-hastane": "tr"}
SIDE_WORDS = {
    "en": {"L": {"L", "LT", "LEFT"}, "R": {"R", "RT", "RIGHT"}},
    "fr": {"L": {"G", "GAUCHE", "GCHE"}, "R": {"D", "DROIT", "DROITE", "DT", "DTE"}},
    "de": {"L": {"LI", "LINKS", "LINKES", "LINKER"}, "R": {"RE", "RECHTS", "RECHTES", "RECHTER"}},
    "nl": {"L": {"LI", "LINKS", "LINKER"}, "R": {"RE", "RECHTS", "RECHTER"}},
    "it": {"L": {"SX", "SIN", "SINISTRO", "SINISTRA"}, "R": {"DX", "DESTRO", "DESTRA"}},
    "es": {"L": {"IZQ", "IZQUIERDO", "IZQUIERDA", "IZDO", "IZDA"}, "R": {"DER", "DERECHO", "DERECHA", "DCHO", "DCHA"}},
    "pt": {"L": {"ESQ", "ESQUERDO", "ESQUERDA"}, "R": {"DIR", "DIREITO", "DIREITA"}},
    "pl": {"L": {"LEWY", "LEWA", "LEWE", "LEWEGO", "LEWEJ"}, "R": {"PRAWY", "PRAWA", "PRAWE", "PRAWEGO", "PRAWEJ"}},
    "sv": {"L": {"VÄ", "VÄNSTER", "VÄNSTRA", "SIN"}, "R": {"HÖ", "HÖGER", "HÖGRA", "DX"}},
    "tr": {"L": {"SOL"}, "R": {"SAĞ"}},
}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription",
        "RequestedProcedureDescription", "PerformedProcedureStepDescription")
TOKEN = re.compile(r"[^0-9A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]+")


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


def side_words(site, side):
    return SIDE_WORDS[SITE_LANG[site]][side] | SIDE_WORDS["en"][side]


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


def test_side_words_agree_with_the_labels(rows):
    """A one-sided limb or breast row says its side somewhere (a tag, or a side word of its site's
    language in the text of the series or its study); a side tag never contradicts the label and
    no word of the other side appears."""
    for r in rows:
        m = r["meta"]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            site = r["group"].split(":")[0]
            texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
            words = {w for t in texts for w in TOKEN.split(t.upper()) if w}
            other = "LR".replace(r["laterality"], "")
            assert tags or words & side_words(site, r["laterality"]), r
            assert not words & side_words(site, other), r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = {r["meta"]["Modality"] for r in rows}
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "XA", "RF", "PX", "IO", "OT", "SR"} <= mods
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)
    # both breast and limbs carry each of the three sides
    for part in ({"BREAST"}, contract.LIMBS):
        assert {r["laterality"] for r in rows if set(r["labels"]) & part} == {"L", "R", "B"}


def test_the_mix_is_an_acute_care_week(rows):
    """35-50 % carry their study; 8-14 hospitals, none dominating; the emergency department is
    the largest part, with point-of-care and ICU ultrasound, the vascular lab and interventional
    radiology present; about a third lack BodyPartExamined; pages without anatomy are empty."""
    n = len(rows)
    with_study = sum("study" in r for r in rows) / n
    assert 0.35 <= with_study <= 0.50
    sites = Counter(r["group"].split(":")[0] for r in rows)
    assert set(sites) == set(SITE_LANG)
    assert 8 <= len(sites) <= 14
    assert min(sites.values()) >= 40 and max(sites.values()) <= 0.15 * n
    strata = Counter(r["group"].split(":")[1].removesuffix("-study") for r in rows)
    assert sum(v for k, v in strata.items() if k.startswith("ed-")) >= 0.30 * n
    assert strata["pocus"] + strata["icu-us"] >= 0.04 * n
    assert strata["icu"] >= 0.04 * n
    assert strata["vascular-lab"] + strata["vascular-cta"] >= 0.04 * n
    assert strata["ir"] >= 0.02 * n
    assert {"ed-trauma-ct", "ed-stroke", "ed-pe", "ed-abdomen", "ed-paeds", "breast", "nm", "fluoro", "dental"} <= set(strata)
    radiographs = sum(r["meta"]["Modality"] in ("CR", "DX") for r in rows) / n
    assert 0.25 <= radiographs <= 0.45
    no_bpe = sum("BodyPartExamined" not in r["meta"] for r in rows) / n
    assert 0.25 <= no_bpe <= 0.40
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    assert all(r["group"].endswith(":no-anatomy") for r in rows if not r["labels"])
    assert 0.03 * n <= strata["no-anatomy"] <= 0.10 * n
    # siblings are plain metadata with scouts and dose/protocol pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d or "Protocol" in d for d in sibs)
    assert any(d.startswith(("Topogram", "Scout", "Surview", "Scanogram")) for d in sibs)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "InstitutionAddress": "x"}}, "identifying"),
    ({"meta": {"Modality": "CR", "StudyDate": "20240101"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the checks see it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
    # a side word of the other side in the series text would fail the side test
    row = json.loads(json.dumps(next(r for r in rows if r["laterality"] == "L" and r["group"].startswith("de-"))))
    words = {w for w in TOKEN.split(("x " + row["meta"].get("SeriesDescription", "") + " re.").upper()) if w}
    assert words & side_words("de-uniklinik", "R")
