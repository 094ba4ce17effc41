"""The row contract of the labelled anatomy sets (clinical sets 3 and 4): codes and laterality
as the shared anatomy spec has them, no identifying keys, sibling series without labels.

Each set's own test adds what is particular to that set (its list of allowed keywords, its
mix); the contract itself is one piece of code so that the sets cannot drift apart on it.
"""

import ast
import re
import importlib.util
import sys
from pathlib import Path

# The label set of the spec (PS3.16 Annex L body part terms).
AXIAL = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"}
SPINE = {"CSPINE", "TSPINE", "LSPINE"}
LIMBS = {"SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
         "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT"}
CODES = AXIAL | SPINE | LIMBS | {"BREAST"}
SIDED = LIMBS | {"BREAST"}
PHI = {"PatientName", "PatientID", "PatientBirthDate", "OtherPatientIDs", "AccessionNumber",
       "ReferringPhysicianName", "InstitutionName", "StudyInstanceUID", "SeriesInstanceUID"}
ROW_KEYS = {"meta", "labels", "laterality", "study", "why", "group"}
# Header keywords a set may use: what scanners, RIS worklists and PACS actually fill.
ALLOWED = {"Modality", "SOPClassUID", "Manufacturer", "ManufacturerModelName", "StudyDescription",
           "SeriesDescription", "ProtocolName", "RequestedProcedureDescription",
           "PerformedProcedureStepDescription", "BodyPartExamined", "Laterality", "ImageLaterality",
           "ViewPosition", "PatientPosition", "ImageType", "ConvolutionKernel", "SliceThickness",
           "SequenceName", "ScanningSequence", "ContrastBolusAgent", "ProcedureCodeSequence",
           "AnatomicRegionSequence", "AcquisitionDeviceProcessingDescription", "PixelSpacing",
           "Rows", "Columns", "NumberOfFrames"}


def load_build(path: Path):
    """A set's generator as a module (it is a script, not a package member)."""
    spec = importlib.util.spec_from_file_location(f"{path.parent.name}_build", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def non_stdlib_imports(path: Path) -> set[str]:
    """The top-level modules a generator imports from outside the standard library."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    return names - set(sys.stdlib_module_names)


def meta_errors(meta: dict, where: str, *, phi: set, allowed: set | None) -> list[str]:
    errs = []
    if phi & set(meta):
        errs.append(f"identifying keys in {where}: {sorted(phi & set(meta))}")
    if allowed is not None and set(meta) - allowed - phi:
        errs.append(f"keywords outside the allowed list in {where}: {sorted(set(meta) - allowed - phi)}")
    return errs


def row_errors(row: dict, *, phi: set = PHI, allowed: set | None = None) -> list[str]:
    """Every way a row breaks the contract; empty when it is fine. ``allowed``: the header
    keywords a set may use (None: any), checked in the row and in its sibling series."""
    errs = []
    if set(row) - ROW_KEYS:
        errs.append(f"unknown keys {sorted(set(row) - ROW_KEYS)}")
    meta = row.get("meta")
    if not isinstance(meta, dict) or not meta.get("Modality"):
        errs.append("meta must be a dict with a Modality")
    else:
        errs += meta_errors(meta, "meta", phi=phi, allowed=allowed)
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
        if (not isinstance(study, dict) or "StudyDescription" not in study
                or not isinstance(study.get("series"), list)):
            errs.append("study needs StudyDescription and a series list")
        elif any(not isinstance(s, dict) or "labels" in s or phi & set(s) for s in study["series"]):
            errs.append("sibling series must be plain metadata")
        else:
            for s in study["series"]:
                errs += meta_errors(s, "a sibling series", phi=phi, allowed=allowed)
    return errs


# Rows broken the ways a slip in a generator could break them, with a fragment of the error each
# must get (a set's own test adds the cases of its own keyword and identifier lists).
GOOD_ROW = {"meta": {"Modality": "CR"}, "labels": ["WRIST"], "laterality": "L", "why": "x", "group": "g"}
BROKEN_ROWS = [
    ({"labels": ["CHEST"], "laterality": "L"}, "laterality without"),
    ({"labels": ["WRIST", "SCAPHOID"]}, "codes outside"),
    ({"labels": ["WRIST", "WRIST"]}, "duplicate"),
    ({"labels": "WRIST"}, "labels must be a list"),
    ({"laterality": "right"}, "bad laterality"),
    ({"why": " "}, "empty why"),
    ({"group": ""}, "empty group"),
    ({"extra": 1}, "unknown keys"),
    ({"meta": {"SeriesDescription": "wrist"}}, "Modality"),
    ({"meta": {"Modality": "CR", "PatientName": "X"}}, "identifying"),
    ({"meta": {"Modality": "CR", "StudyInstanceUID": "1.2.3"}}, "identifying"),
    ({"meta": {"Modality": "CR", "StationName": "CR01"}}, "identifying"),
    ({"meta": {"Modality": "CR", "KVP": "60"}}, "outside the allowed"),
    ({"study": {"series": []}}, "study needs"),
    ({"study": {"StudyDescription": "", "series": [{"labels": ["HEAD"]}]}}, "plain metadata"),
    ({"study": {"StudyDescription": "", "series": [{"Modality": "CT", "PatientID": "A1"}]}}, "plain metadata"),
    ({"study": {"StudyDescription": "", "series": [{"Modality": "CT", "Foo": "x"}]}}, "outside the allowed"),
]


def check_broken_row(check, bad: dict, fragment: str) -> None:
    """``check`` (a set's row check) passes the good row and names ``fragment`` for the broken one."""
    assert check(GOOD_ROW) == []
    errs = check({**GOOD_ROW, **bad})
    assert any(fragment in e for e in errs), errs


def check_file_corruption_is_caught(check, rows: list[dict]) -> None:
    """Corrupt real rows of a set the way a slip in its generator could; ``check`` sees it."""
    import json

    row = json.loads(json.dumps(next(r for r in rows if r["laterality"] in ("L", "R"))))
    assert check(row) == []
    row["labels"] = ["CHEST"]
    assert any("laterality without" in e for e in check(row))
    row = json.loads(json.dumps(next(r for r in rows if "study" in r)))
    assert check(row) == []
    row["study"]["series"][0]["labels"] = ["HEAD"]
    assert any("plain metadata" in e for e in check(row))


def check_generator(data: Path, build: Path) -> None:
    """The committed file is what the set's generator writes, its check mode agrees, and it uses
    the standard library only."""
    mod = load_build(build)
    assert data.read_text(encoding="utf-8") == mod.render()
    assert mod.main(["--check"]) == 0
    assert non_stdlib_imports(build) == set()


def check_rows(check, rows: list[dict], lo: int, hi: int) -> None:
    """Between ``lo`` and ``hi`` rows, each passing ``check`` (a set's row check)."""
    assert lo <= len(rows) <= hi
    bad = [(i, e) for i, r in enumerate(rows) if (e := check(r))]
    assert bad == []


def check_something_to_read(rows: list[dict], keys) -> None:
    """A labelled row names its exam somewhere: its own text fields (``keys``) or its study's
    description."""
    for r in rows:
        texts = [r["meta"].get(k) for k in keys] + [r.get("study", {}).get("StudyDescription")]
        assert any(isinstance(t, str) and t.strip() for t in texts), r


def load_rows(data: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]


def site(row: dict) -> str:
    """The site of a row's group (``site:stratum``)."""
    return row["group"].split(":")[0]


def words_of(texts) -> set[str]:
    """The upper-case words of some texts, split at anything but letters and digits, as the sets'
    side checks read them."""
    return {w for t in texts for w in re.split(r"[\W_]+", t.upper()) if w}


def row_texts(row: dict, keys) -> list[str]:
    """A row's text fields (``keys``) and its study's description, empty strings where absent."""
    return [row["meta"].get(k) or "" for k in keys] + [row.get("study", {}).get("StudyDescription", "")]


def check_side_words(rows: list[dict], named_of) -> None:
    """A one-sided limb or breast row says its side (a tag, or a side word ``named_of(row)`` finds
    in its text); no tag and no word ever names the other side."""
    for r in rows:
        m = r["meta"]
        tags = {m.get("Laterality"), m.get("ImageLaterality")} - {None}
        assert tags <= {r["laterality"]}, r
        if r["laterality"] in ("L", "R"):
            named = named_of(r)
            assert tags or r["laterality"] in named, r
            assert named <= {r["laterality"]}, r
