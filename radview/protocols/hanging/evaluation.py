"""Labelled patient histories: metadata for the engine, and the accuracy of a plan against the labels.

A history file (``tests/hanging/data/histories.json``) describes each patient in a
compact form: studies with date, description, institution and series written as
``MODALITY|SeriesDescription|options`` (syntax in the file's ``series_syntax``),
plus hand-written labels: which priors are relevant and which prior is the one to
show first. :func:`history_metas` turns a history into the instance-level DICOM
keyword metadata that a folder scan or a PACS query would give; :func:`score_plan`
compares a plan (``HangingPlan.to_json()`` or ``radview hang --json``) with the labels.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from radview.errors import UsageError

FORMAT = "radview-hang-histories/1"

_PLANES = {
    "ax": [1, 0, 0, 0, 1, 0],
    "cor": [1, 0, 0, 0, 0, -1],
    "sag": [0, 1, 0, 0, 0, -1],
    "obl": [0.7071, 0.7071, 0, 0, 0.2588, -0.9659],
}
_KEYED = {"vp": "ViewPosition", "lat": "ImageLaterality", "slat": "Laterality", "ca": "ContrastBolusAgent",
          "bp": "BodyPartExamined", "k": "ConvolutionKernel"}


def _uid(*parts: str) -> str:
    digest = int(hashlib.sha256("/".join(parts).encode()).hexdigest()[:24], 16)
    return f"2.25.{digest}"


def load_histories(path: str | Path) -> list[dict[str, Any]]:
    """The histories of a file, checked enough to fail early with the place of the problem."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: line {exc.lineno} column {exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("histories"), list):
        raise UsageError(f"{path}: not a history file (expected \"format\": \"{FORMAT}\" and a \"histories\" list)")
    for i, h in enumerate(doc["histories"]):
        where = f"{path}: histories[{i}]"
        keys = {s.get("key") for s in h.get("studies", ())} if isinstance(h, dict) else set()
        if not isinstance(h, dict) or not h.get("id") or h.get("current") not in keys:
            raise UsageError(f"{where}: needs an id, studies and a current study key among them")
        unknown = (set(h.get("relevant", ())) | ({h["first"]} if h.get("first") else set())) - keys
        if unknown:
            raise UsageError(f"{where} ({h['id']}): labels name unknown studies {sorted(unknown)}")
        for s in h["studies"]:
            for text in s.get("series", ()):
                if text.count("|") < 1 or not text.split("|")[0]:
                    raise UsageError(f"{where} ({h['id']}) study {s.get('key')}: bad series {text!r}")
    return doc["histories"]


def study_uid(history: Mapping[str, Any], key: str) -> str:
    return _uid(history["id"], key)


def _series_meta(history: Mapping[str, Any], study: Mapping[str, Any], index: int, text: str) -> dict[str, Any]:
    modality, desc, *rest = text.split("|")
    meta: dict[str, Any] = {"Modality": modality, "SeriesDescription": desc, "SeriesNumber": index + 1,
                            "ImageType": ["ORIGINAL", "PRIMARY"]}
    n = 1
    for opt in filter(None, (rest[0].split(",") if rest else [])):
        name, _, value = opt.partition("=")
        if name in _PLANES:
            meta["ImageOrientationPatient"] = _PLANES[name]
            meta["FrameOfReferenceUID"] = _uid(history["id"], study["key"], "for")
            n = 40
        elif name == "loc":
            meta["ImageType"] = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
        elif name == "der":
            meta["ImageType"] = ["DERIVED", "SECONDARY"]
        elif name == "vc":
            meta["ViewCodeSequence"] = [{"CodeValue": value, "CodingSchemeDesignator": "SRT"}]
        elif name == "po":
            meta["PatientOrientation"] = value.split("/")
        elif name == "n":
            n = int(value)
        elif name == "sn":
            meta["SeriesNumber"] = int(value)
        elif name in _KEYED:
            meta[_KEYED[name]] = value
        else:
            raise UsageError(f"history {history['id']} study {study['key']}: unknown series option {opt!r}")
    meta["_n"] = n
    return meta


def history_metas(history: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Instance-level keyword metadata of every study of the history (one instance per display set)."""
    out = []
    pid = f"RV-{history['id'].upper()}"
    for study in history["studies"]:
        outside = study.get("inst") == "outside"
        suid = study_uid(history, study["key"])
        base = {
            "PatientID": pid, "PatientName": f"HISTORY^{history['id'].upper()}",
            "StudyInstanceUID": suid, "StudyDate": study.get("date", "").replace("-", ""),
            "StudyTime": "" if outside else "093000", "StudyDescription": study.get("desc", ""),
            "AccessionNumber": "" if outside else f"A{int(hashlib.sha256(suid.encode()).hexdigest()[:7], 16)}",
            "Manufacturer": study.get("mfr", history.get("mfr", "")),
            "InstitutionName": "Outside Hospital" if outside else "Radview General",
        }
        one_series = study.get("one_series", False)
        for i, text in enumerate(study["series"]):
            meta = dict(base)
            meta.update(_series_meta(history, study, i, text))
            n = meta.pop("_n")
            series_key = "0" if one_series else str(i)
            meta["SeriesInstanceUID"] = _uid(history["id"], study["key"], "series", series_key)
            if one_series:
                meta["SeriesNumber"] = 1
            meta["NumberOfSeriesRelatedInstances"] = n
            meta["SOPClassUID"] = "1.2.840.10008.5.1.4.1.1.7"
            meta["SOPInstanceUID"] = _uid(history["id"], study["key"], "instance", str(i))
            meta["InstanceNumber"] = i + 1 if one_series else 1
            out.append(meta)
    return out


# --------------------------------------------------------------------------- scoring


@dataclass
class HistoryScore:
    history_id: str
    priors_total: int = 0
    priors_right: int = 0
    first_expected: str | None = None
    first_got: str | None = None
    shown_in_stage1: bool = False
    empty_stage1: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def first_right(self) -> bool:
        return self.first_expected == self.first_got


def engine_first_prior(plan_json: Mapping[str, Any]) -> str | None:
    """The prior the plan puts first: slot prior:1, else the first prior it calls relevant."""
    priors = plan_json.get("priors") or []
    for p in priors:
        if p.get("slot") == "prior:1":
            return p["study_uid"]
    return next((p["study_uid"] for p in priors if p.get("relevant")), None)


def score_plan(history: Mapping[str, Any], plan_json: Mapping[str, Any]) -> HistoryScore:
    keys = {study_uid(history, s["key"]): s["key"] for s in history["studies"]}
    relevant = set(history.get("relevant", ()))
    out = HistoryScore(history["id"])
    for p in plan_json.get("priors") or []:
        key = keys.get(p["study_uid"], p["study_uid"])
        out.priors_total += 1
        if bool(p.get("relevant")) == (key in relevant):
            out.priors_right += 1
        else:
            out.wrong.append(f"{key} judged {'relevant' if p.get('relevant') else 'not relevant'}")
    first = engine_first_prior(plan_json)
    out.first_expected = history.get("first")
    out.first_got = keys.get(first, first) if first else None
    if not out.first_right:
        out.wrong.append(f"first prior {out.first_got} (expected {out.first_expected})")
    stage1 = plan_json.get("viewports") or []
    out.empty_stage1 = sum(1 for v in stage1 if v.get("empty"))
    if out.first_expected:
        want = study_uid(history, out.first_expected)
        out.shown_in_stage1 = any(v.get("study_uid") == want and not v.get("empty") for v in stage1)
        if not out.shown_in_stage1:
            out.wrong.append(f"{out.first_expected} not shown in stage 1")
    return out


def summarize(scores: Sequence[HistoryScore]) -> dict[str, Any]:
    priors = sum(s.priors_total for s in scores)
    with_first = [s for s in scores if s.first_expected]
    return {
        "histories": len(scores),
        "priors": priors,
        "relevance_accuracy": round(sum(s.priors_right for s in scores) / max(priors, 1), 4),
        "first_prior_accuracy": round(sum(s.first_right for s in scores) / max(len(scores), 1), 4),
        "first_prior_shown_stage1": round(sum(s.shown_in_stage1 for s in with_first) / max(len(with_first), 1), 4),
        "studies_with_relevant_prior": len(with_first),
        "empty_cells_stage1": sum(s.empty_stage1 for s in scores),
    }


def baseline_plan(history: Mapping[str, Any]) -> dict[str, Any]:
    """A common PACS default as a baseline: priors of the same modality are relevant, newest first,
    and the newest one hangs beside the current study."""
    by_key = {s["key"]: s for s in history["studies"]}
    current = by_key[history["current"]]
    mods = {t.split("|")[0] for t in current["series"]}
    others = [s for s in history["studies"] if s["key"] != current["key"]]
    others.sort(key=lambda s: s.get("date") or "", reverse=True)
    priors, first = [], None
    for s in others:
        rel = bool(mods & {t.split("|")[0] for t in s["series"]})
        priors.append({"study_uid": study_uid(history, s["key"]), "relevant": rel})
        if rel and first is None:
            first = priors[-1]["study_uid"]
    viewports = [{"study_uid": study_uid(history, current["key"]), "empty": False}]
    viewports.append({"study_uid": first, "empty": first is None})
    return {"priors": priors, "viewports": viewports}
