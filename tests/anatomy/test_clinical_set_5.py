"""Integrity of the fifth blind clinical anatomy set (tests/anatomy/data/clinical_set_5.jsonl):
a teleradiology night shift's inflow from small sending sites worldwide.

The set is written by tests/anatomy/clinical5/build.py (standard library only, fixed seed);
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
from tests.anatomy.set_contract import ALLOWED, CODES, PHI as BASE_PHI, row_errors as contract_row_errors

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_5.jsonl"
BUILD = HERE / "clinical5" / "build.py"

PHI = BASE_PHI | {"SOPInstanceUID", "StudyDate", "StudyID", "StationName", "DeviceSerialNumber",
                  "PatientAge", "PatientSex", "InstitutionAddress"}
# Side words of the sites' languages (en, fr, es, pt, de, it, tr, Indonesian, Russian transliterated).
SIDE_WORDS = {"L": {"L", "LT", "LEFT", "G", "GAUCHE", "GCHE", "IZQ", "IZQUIERDA", "IZQUIERDO", "ESQ", "ESQUERDO",
                    "ESQUERDA", "LI", "LI.", "LINKS", "SX", "SIN", "SINISTRO", "SOL", "SINISTRA", "KIRI", "SLEVA",
                    "LEV", "LEVYY"},
              "R": {"R", "RT", "RIGHT", "D", "DROIT", "DROITE", "DER", "DERECHA", "DCHA", "DIR", "DIREITO", "DIREITA",
                    "RE", "RE.", "RECHTS", "DX", "DESTRO", "DESTRA", "SAG", "SAĞ", "DEXTRA", "DEX", "KANAN",
                    "SPRAVA", "PRAV", "PRAVYY"}}
TEXT = ("StudyDescription", "SeriesDescription", "ProtocolName", "AcquisitionDeviceProcessingDescription")


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    return contract_row_errors(row, phi=PHI, allowed=ALLOWED)


@pytest.fixture(scope="module")
def rows():
    return contract.load_rows(DATA)


def test_committed_file_is_what_the_generator_writes():
    """The file equals the generator's output, the generator's check mode agrees, and it uses
    the standard library only."""
    contract.check_generator(DATA, BUILD)


def test_every_row_follows_the_spec(rows):
    contract.check_rows(row_errors, rows, 700, 1000)


def test_every_row_has_something_to_read(rows):
    """A labelled row names its exam somewhere: its own text fields or its study's description."""
    contract.check_something_to_read(rows, TEXT)
    # a one-sided limb or breast row says its side somewhere (a tag, or a side word in the
    # text of the series or its study), and a side tag never contradicts the label
    for r in rows:
        m = r["meta"]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            texts = [m.get(k) or "" for k in TEXT] + [r.get("study", {}).get("StudyDescription", "")]
            words = {w for t in texts for w in re.split(r"[^A-Z0-9ĞŞ.]+", t.upper()) if w}
            assert tags or words & SIDE_WORDS[r["laterality"]], r
            assert not words & SIDE_WORDS["LR".replace(r["laterality"], "")], r


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = {r["meta"]["Modality"] for r in rows}
    assert {"CT", "MR", "CR", "DX", "US", "MG", "NM", "PX", "OT"} <= mods
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)


def test_the_mix_is_a_night_shift_from_many_small_sites(rows):
    """A third carry their study; 25-40 sites, none dominating; pages without anatomy are empty."""
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.25 <= with_study <= 0.40
    sites = Counter(r["group"].split(":")[0] for r in rows)
    assert 25 <= len(sites) <= 40
    assert min(sites.values()) >= 10 and max(sites.values()) <= 0.05 * len(rows)
    assert all(not r["labels"] for r in rows if r["group"].endswith(":no-anatomy"))
    # siblings are plain metadata with scouts, recon names and dose pages among them
    sibs = [s.get("SeriesDescription", "") for r in rows if "study" in r for s in r["study"]["series"]]
    assert any("Dose" in d or "Protocol" in d for d in sibs)


@pytest.mark.parametrize("bad, fragment", contract.BROKEN_ROWS + [
    ({"meta": {"Modality": "CR", "InstitutionAddress": "x"}}, "identifying"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    contract.check_broken_row(row_errors, bad, fragment)


def test_a_broken_row_in_the_file_would_be_caught(rows):
    """Corrupt real rows from the set the way a slip in the generator could; the check sees it."""
    contract.check_file_corruption_is_caught(row_errors, rows)
