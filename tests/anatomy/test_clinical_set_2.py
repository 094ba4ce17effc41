"""Integrity of the second clinical-style evaluation set (tests/anatomy/data/clinical_set_2.jsonl).

The set is labelled by hand through tests/anatomy/clinical2/build.py; these tests check
that the committed file is exactly what the generator writes and that every row obeys
the labelling rules of the label set (codes, laterality only for limbs and breast).
They say nothing about any model's accuracy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "clinical_set_2.jsonl"
BUILD = HERE / "clinical2" / "build.py"

# The label set of the anatomy specification (DICOM Body Part Examined terms).
CODES = [
    "HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "BREAST",
    "CSPINE", "TSPINE", "LSPINE",
    "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
    "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT",
]
LATERAL = {"BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
           "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
KEYS = {"meta", "labels", "laterality", "study", "why", "group"}


def problems(row: dict) -> list[str]:
    """Every rule a row breaks (empty list: the row is valid)."""
    out = []
    if not isinstance(row, dict):
        return ["row is not an object"]
    missing = {"meta", "labels", "laterality", "why", "group"} - set(row)
    if missing:
        out.append(f"missing keys {sorted(missing)}")
    extra = set(row) - KEYS
    if extra:
        out.append(f"unknown keys {sorted(extra)}")
    meta = row.get("meta")
    if not isinstance(meta, dict) or not meta.get("Modality"):
        out.append("meta must be an object with a Modality")
    labels = row.get("labels")
    if not isinstance(labels, list):
        out.append("labels must be a list")
        labels = []
    bad = [c for c in labels if c not in CODES]
    if bad:
        out.append(f"codes outside the label set: {bad}")
    if len(set(labels)) != len(labels):
        out.append("duplicate codes")
    lat = row.get("laterality")
    if lat not in (None, "L", "R", "B"):
        out.append(f"laterality {lat!r} is not L, R, B or null")
    lateral = any(c in LATERAL for c in labels)
    if lat is not None and not lateral:
        out.append("laterality on a row without a limb or breast label")
    if lateral and lat is None:
        out.append("limb/breast row without a side")
    for key in ("why", "group"):
        if not isinstance(row.get(key), str) or not row.get(key, "").strip():
            out.append(f"{key} must be a non-empty string")
    if "study" in row:
        study = row["study"]
        if not isinstance(study, dict) or not isinstance(study.get("series"), list) or "StudyDescription" not in study:
            out.append("study must hold StudyDescription and a series list")
        elif any(not isinstance(s, dict) or "labels" in s or "laterality" in s for s in study["series"]):
            out.append("sibling series must be metadata only, without labels")
    return out


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_committed_file_is_what_the_generator_writes():
    built = subprocess.run([sys.executable, str(BUILD), "--stdout"], capture_output=True, check=True).stdout
    assert built == DATA.read_bytes(), "clinical_set_2.jsonl differs from build.py's output: rerun the generator"


def test_every_row_obeys_the_labelling_rules(rows):
    broken = [(i, p) for i, r in enumerate(rows) if (p := problems(r))]
    assert not broken, broken[:10]


def test_size_and_strata(rows):
    assert len(rows) >= 700
    groups = {r["group"] for r in rows}
    for g in ("no_anatomy", "context_only", "scouts", "mammography", "bilateral_limbs", "limbs_side_in_tags",
              "whole_body_spine", "unions", "angio_interventional", "nuclear_medicine"):
        assert g in groups
    # Every code of the label set occurs, and every limb code with both sides.
    seen = {c for r in rows for c in r["labels"]}
    assert seen == set(CODES)
    for code in LATERAL:
        sides = {r["laterality"] for r in rows if code in r["labels"]}
        assert {"L", "R"} <= sides, code
    assert any(not r["labels"] for r in rows)


@pytest.mark.parametrize(
    "row, complaint",
    [
        ({"meta": {"Modality": "CT"}, "labels": ["LUNG"], "laterality": None, "why": "x", "group": "g"}, "outside the label set"),
        ({"meta": {"Modality": "CT"}, "labels": ["CHEST"], "laterality": "L", "why": "x", "group": "g"}, "without a limb"),
        ({"meta": {"Modality": "DX"}, "labels": ["KNEE"], "laterality": None, "why": "x", "group": "g"}, "without a side"),
        ({"meta": {"Modality": "DX"}, "labels": ["KNEE"], "laterality": "left", "why": "x", "group": "g"}, "is not L, R, B"),
        ({"meta": {"Modality": "MR"}, "labels": ["HEAD"], "laterality": None, "why": "", "group": "g"}, "why must be"),
        ({"meta": {"Modality": "MR"}, "labels": ["HEAD"], "laterality": None, "why": "x", "group": ""}, "group must be"),
        ({"meta": {}, "labels": [], "laterality": None, "why": "x", "group": "g"}, "Modality"),
        ({"meta": {"Modality": "CT"}, "labels": [], "laterality": None, "why": "x", "group": "g",
          "study": {"StudyDescription": "CT", "series": [{"labels": ["HEAD"]}]}}, "without labels"),
    ],
)
def test_the_checker_rejects_broken_rows(row, complaint):
    found = problems(row)
    assert any(complaint in p for p in found), found


def test_the_checker_accepts_a_good_row():
    good = {"meta": {"Modality": "DX", "StudyDescription": "XR KNEE RT"}, "labels": ["KNEE"], "laterality": "R",
            "why": "knee, right", "group": "g"}
    assert problems(good) == []
