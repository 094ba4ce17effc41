"""Integrity of the clinical anatomy evaluation set (tests/anatomy/data/clinical_set.jsonl).

The set is labelled independently of the model; these checks only make sure the file
is well formed, follows the label rules of the shared anatomy spec and is exactly what
its standalone generator writes.
"""
import copy
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SET = HERE / "data" / "clinical_set.jsonl"
BUILD = HERE / "clinical" / "build.py"

# The label set of the shared anatomy spec, copied here on purpose: the check must not
# take the codes from the package whose predictions the set measures.
AXIAL = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
SPINE = {"CSPINE", "TSPINE", "LSPINE"}
SIDED = {"BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
CODES = AXIAL | SPINE | SIDED
U = "1.2.840.10008.5.1.4.1.1."
SOP_OK = {  # modality -> the storage SOP classes (exact UIDs) it may carry
    "CT": {U + "2", U + "2.1", U + "7"},            # CT, enhanced CT, secondary capture (dose page)
    "MR": {U + "4", U + "4.1", U + "7"},             # + screen save as secondary capture
    "CR": {U + "1"},
    "DX": {U + "1.1", U + "1.1.1"},                  # for presentation / for processing
    "PX": {U + "1.1"},                               # panoramic dental stored as DX
    "MG": {U + "1.2", U + "13.1.3"},                 # digital mammography, breast tomosynthesis
    "US": {U + "6.1", U + "3.1", U + "7"},          # + worksheet page as secondary capture
    "PT": {U + "128"},
    "NM": {U + "20"},
    "XA": {U + "12.1", U + "12.1.1"},
    "RF": {U + "12.2"},
    "SR": {U + "88.67"},                             # X-ray radiation dose SR
}
MIN_PER_GROUP = 20


def problems(rows):
    """Every rule the set must keep, as a list of readable problems (empty = fine)."""
    out = []
    seen = set()
    for i, r in enumerate(rows):
        where = f"row {i + 1}"
        if not isinstance(r, dict):
            out.append(f"{where}: not an object")
            continue
        for key in ("meta", "labels", "laterality", "why", "group"):
            if key not in r:
                out.append(f"{where}: missing {key}")
        meta, labels = r.get("meta"), r.get("labels")
        if not isinstance(meta, dict) or not isinstance(labels, list):
            out.append(f"{where}: meta must be an object and labels a list")
            continue
        for key in ("Modality", "StudyDescription", "SeriesDescription", "SOPClassUID"):
            if not isinstance(meta.get(key), str):
                out.append(f"{where}: meta.{key} missing")
        mod, sop = meta.get("Modality"), meta.get("SOPClassUID", "")
        if mod not in SOP_OK:
            out.append(f"{where}: unexpected modality {mod!r}")
        elif sop not in SOP_OK[mod]:
            out.append(f"{where}: SOP class {sop} does not fit modality {mod}")
        bad = [c for c in labels if c not in CODES]
        if bad:
            out.append(f"{where}: unknown codes {bad}")
        if len(set(labels)) != len(labels):
            out.append(f"{where}: duplicate codes")
        lat = r.get("laterality")
        if lat not in ("L", "R", "B", None):
            out.append(f"{where}: bad laterality {lat!r}")
        sided = bool(set(labels) & SIDED)
        if lat is not None and not sided:
            out.append(f"{where}: laterality {lat} without a limb or breast label")
        if sided and lat is None:
            out.append(f"{where}: limb/breast label without laterality")
        if not (isinstance(r.get("why"), str) and r["why"].strip()):
            out.append(f"{where}: empty why")
        if not (isinstance(r.get("group"), str) and r["group"]):
            out.append(f"{where}: empty group")
        if "study" in r:
            st = r["study"]
            if not (isinstance(st, dict) and isinstance(st.get("StudyDescription"), str)
                    and isinstance(st.get("series"), list) and st["series"]
                    and all(isinstance(s, dict) and "Modality" in s for s in st["series"])):
                out.append(f"{where}: malformed study")
        key = json.dumps([meta, r.get("study")], sort_keys=True)
        if key in seen:
            out.append(f"{where}: duplicate row")
        seen.add(key)
    groups = Counter(r.get("group") for r in rows if isinstance(r, dict))
    for g, n in groups.items():
        if n < MIN_PER_GROUP:
            out.append(f"group {g}: only {n} rows")
    return out


@pytest.fixture(scope="module")
def rows():
    with open(SET, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_set_keeps_every_rule(rows):
    assert problems(rows) == []


def test_set_size_and_spread(rows):
    assert 600 <= len(rows) <= 900
    groups = Counter(r["group"] for r in rows)
    assert len(groups) >= 15
    with_bpe = sum("BodyPartExamined" in r["meta"] for r in rows) / len(rows)
    assert 0.6 <= with_bpe <= 0.8          # BodyPartExamined present in about 70 % of rows
    with_study = sum("study" in r for r in rows) / len(rows)
    assert 0.35 <= with_study <= 0.65      # study context for about half
    assert sum(r["labels"] == [] for r in rows) >= MIN_PER_GROUP
    assert {r["laterality"] for r in rows} == {"L", "R", "B", None}


def test_file_is_what_the_generator_writes(tmp_path):
    out = tmp_path / "set.jsonl"
    subprocess.run([sys.executable, str(BUILD), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == SET.read_bytes()


@pytest.mark.parametrize("spoil, expect", [
    (lambda r: r["labels"].append("LUNG"), "unknown codes"),
    (lambda r: r.update(labels=["CHEST"], laterality="L"), "without a limb or breast label"),
    (lambda r: r.update(labels=["KNEE"], laterality=None), "without laterality"),
    (lambda r: r.update(laterality="left"), "bad laterality"),
    (lambda r: r.pop("why"), "missing why"),
    (lambda r: r["meta"].pop("Modality"), "meta.Modality missing"),
    (lambda r: r["meta"].update(SOPClassUID="1.2.840.10008.5.1.4.1.1.128"), "does not fit modality"),
    (lambda r: r.update(study={"StudyDescription": "x", "series": []}), "malformed study"),
])
def test_checker_catches_a_spoiled_row(rows, spoil, expect):
    bad = copy.deepcopy(rows)
    target = next(r for r in bad if r["meta"]["Modality"] == "CT" and r["labels"] == ["HEAD"])
    spoil(target)
    assert any(expect in p for p in problems(bad))


def test_checker_catches_a_thin_group_and_a_duplicate(rows):
    bad = copy.deepcopy(rows)
    bad[0]["group"] = "lonely"
    bad.append(copy.deepcopy(bad[1]))
    found = problems(bad)
    assert any("group lonely: only 1 rows" in p for p in found)
    assert any("duplicate row" in p for p in found)
