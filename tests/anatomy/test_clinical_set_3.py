"""Integrity of the third blind clinical anatomy set (tests/anatomy/data/clinical_set_3.jsonl).

The set is written by tests/anatomy/clinical3/build.py; the committed file must be
exactly what the generator writes, and every row must follow the label rules of the
shared anatomy spec (codes, laterality only with a limb or breast label).
"""

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_3.jsonl"
BUILD = HERE / "clinical3" / "build.py"

# The label set of the spec (PS3.16 Annex L body part terms).
AXIAL = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
SPINE = {"CSPINE", "TSPINE", "LSPINE"}
LIMBS = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
CODES = AXIAL | SPINE | LIMBS | {"BREAST"}
SIDED = LIMBS | {"BREAST"}
PHI = {"PatientName", "PatientID", "PatientBirthDate", "OtherPatientIDs", "AccessionNumber",
       "ReferringPhysicianName", "InstitutionName", "StudyInstanceUID", "SeriesInstanceUID"}


def load_build():
    spec = importlib.util.spec_from_file_location("clinical3_build", BUILD)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def row_errors(row):
    """Every way a row breaks the dataset contract; empty list when it is fine."""
    errs = []
    if set(row) - {"meta", "labels", "laterality", "study", "why", "group"}:
        errs.append(f"unknown keys {sorted(set(row) - {'meta', 'labels', 'laterality', 'study', 'why', 'group'})}")
    meta = row.get("meta")
    if not isinstance(meta, dict) or not meta.get("Modality"):
        errs.append("meta must be a dict with a Modality")
    elif PHI & set(meta):
        errs.append(f"identifying keys in meta: {sorted(PHI & set(meta))}")
    labels = row.get("labels")
    if not isinstance(labels, list):
        errs.append("labels must be a list")
        labels = []
    if set(labels) - CODES:
        errs.append(f"codes outside the spec: {sorted(set(labels) - CODES)}")
    if len(set(labels)) != len(labels):
        errs.append("duplicate codes")
    lat = row.get("laterality", "missing")
    if lat not in ("L", "R", "B", None):
        errs.append(f"bad laterality {lat!r}")
    elif lat is not None and not set(labels) & SIDED:
        errs.append("laterality without a limb or breast label")
    for field in ("why", "group"):
        if not isinstance(row.get(field), str) or not row[field].strip():
            errs.append(f"empty {field}")
    study = row.get("study")
    if study is not None:
        if not isinstance(study, dict) or "StudyDescription" not in study or not isinstance(study.get("series"), list):
            errs.append("study needs StudyDescription and a series list")
        elif any(not isinstance(s, dict) or "labels" in s or PHI & set(s) for s in study["series"]):
            errs.append("sibling series must be plain metadata")
    return errs


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_committed_file_is_what_the_generator_writes():
    assert DATA.read_text(encoding="utf-8") == load_build().render()


def test_every_row_follows_the_spec(rows):
    assert len(rows) >= 800
    bad = [(i, e) for i, r in enumerate(rows) if (e := row_errors(r))]
    assert bad == []


def test_the_set_spans_every_label_modality_and_side(rows):
    seen = set().union(*(r["labels"] for r in rows))
    assert seen == CODES
    mods = {r["meta"]["Modality"] for r in rows}
    assert {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF", "IO", "PX"} <= mods
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}
    assert any(not r["labels"] for r in rows)


@pytest.mark.parametrize("bad, fragment", [
    ({"labels": ["CHEST"], "laterality": "L"}, "laterality without"),
    ({"labels": ["KNEE", "SKULL"]}, "codes outside"),
    ({"laterality": "left"}, "bad laterality"),
    ({"why": " "}, "empty why"),
    ({"group": ""}, "empty group"),
    ({"meta": {"Modality": "CT", "PatientName": "X"}}, "identifying"),
    ({"study": {"series": []}}, "study needs"),
    ({"study": {"StudyDescription": "", "series": [{"labels": ["HEAD"]}]}}, "plain metadata"),
])
def test_row_check_rejects_broken_rows(bad, fragment):
    good = {"meta": {"Modality": "CR"}, "labels": ["KNEE"], "laterality": "R", "why": "x", "group": "g"}
    assert row_errors(good) == []
    errs = row_errors({**good, **bad})
    assert any(fragment in e for e in errs), errs
