"""Build the held-out anatomy evaluation set from the reserved IDC collections.

    python tests/anatomy/heldout/build.py [--per-stratum-scale 25] [-o tests/anatomy/data/heldout_idc.jsonl]

Reserved collections: sha256(collection_id) hex starting with c/d/e/f (the
binding split).  Only original image series (no analysis results, no SEG/SR/
RTSTRUCT/slides), human or phantom subjects.  Stratified by (collection,
modality): each stratum gets about ``scale * sqrt(size / 50)`` series
(at least 4, at most 70, never more than it has), and within a stratum
distinct metadata patterns are preferred (at most 2 series per identical
description/BodyPartExamined pattern until the stratum runs out), drawn with
a fixed seed.  Each row carries the series' metadata, its study context (the
study description and the other series of the study) and the labeller's
answer with its reasons (``labeller.py``); ``review.json`` holds the reader's
decisions (entries matching rows by collection / field values / doubt kind:
confirm, change or exclude), and rows a reader decided are marked
``"read": true``.  Rows whose metadata names no anatomy anywhere and that no
reader decided are excluded (no reference can be given).

Needs pyarrow and idc-index-data (the 'train' extra).  Deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import labeller  # noqa: E402

IMAGE = {"CT", "MR", "PT", "NM", "MG", "DX", "CR", "US", "XA", "RF"}
COLS = ["collection_id", "analysis_result_id", "PatientID", "SeriesInstanceUID", "StudyInstanceUID", "StudyDescription",
        "SeriesDescription", "BodyPartExamined", "Modality", "SOPClassUID", "Manufacturer",
        "ManufacturerModelName"]
META = ["PatientID", "Modality", "StudyDescription", "SeriesDescription", "BodyPartExamined", "SOPClassUID",
        "Manufacturer"]
MAX_SIBLINGS = 8


def held_out(cid: str) -> bool:
    return hashlib.sha256(cid.encode()).hexdigest()[0] in "cdef"


def _review_for(review: list[dict], rec: dict) -> dict | None:
    """The reader's entry for this row: the last entry whose fields all match (None: not read)."""
    found = None
    for entry in review:
        where = entry["where"]
        ok = all((rec["collection"] if k == "collection" else rec["meta"].get(k)) == v for k, v in where.items()
                 if k != "doubt")
        if ok and "doubt" in where:
            ok = any(d.startswith(where["doubt"]) for d in rec["doubts"])
        if ok:
            found = entry
    return found


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=9.0)
    ap.add_argument("-o", "--out", type=Path, default=HERE.parent / "data" / "heldout_idc.jsonl")
    ap.add_argument("--review", type=Path, default=HERE / "review.json")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    import idc_index_data
    import pyarrow.parquet as pq

    d = os.path.dirname(idc_index_data.__file__)
    colls = {r["collection_id"]: r for r in pq.read_table(os.path.join(d, "collections_index.parquet")).to_pylist()}
    t = pq.read_table(os.path.join(d, "idc_index.parquet"), columns=COLS).to_pydict()
    rows = [dict(zip(COLS, vals)) for vals in zip(*(t[c] for c in COLS))
            if held_out(vals[0])]
    rows = [r for r in rows if r["analysis_result_id"] is None and r["Modality"] in IMAGE
            and (colls[r["collection_id"]].get("species") or "").lower() in ("human", "phantom")]
    by_study: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_study[r["StudyInstanceUID"]].append(r)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        strata[(r["collection_id"], r["Modality"])].append(r)
    rng = random.Random(args.seed)
    review = json.loads(args.review.read_text()) if args.review.is_file() else []
    excluded: list[str] = []
    out = []
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda r: r["SeriesInstanceUID"])
        rng.shuffle(members)
        n = min(len(members), max(4, min(70, round(args.scale * math.sqrt(len(members) / 50)))))
        seen: dict[tuple, int] = defaultdict(int)
        chosen = []
        for r in members:
            pat = (r["StudyDescription"], r["SeriesDescription"], r["BodyPartExamined"])
            if seen[pat] < 2:
                seen[pat] += 1
                chosen.append(r)
            if len(chosen) == n:
                break
        for r in members:
            if len(chosen) == n:
                break
            if r not in chosen:
                chosen.append(r)
        for r in chosen:
            sibs, pats = [], set()
            for s in by_study[r["StudyInstanceUID"]]:
                if s["SeriesInstanceUID"] == r["SeriesInstanceUID"]:
                    continue
                p = (s["Modality"], s["SeriesDescription"], s["BodyPartExamined"])
                if p in pats or len(sibs) >= MAX_SIBLINGS:
                    continue
                pats.add(p)
                sibs.append({k: v for k, v in zip(("Modality", "SeriesDescription", "BodyPartExamined"), p)
                             if v not in (None, "")})
            answer = labeller.label(r, colls[r["collection_id"]], sibs)
            meta = {k: r[k] for k in META if r[k] not in (None, "")}
            rec = {"id": r["SeriesInstanceUID"], "collection": r["collection_id"], "stratum": "/".join(key),
                   "meta": meta,
                   "study": {"StudyDescription": r["StudyDescription"], "series": sibs}
                   if (sibs or r["StudyDescription"]) else None,
                   "labels": answer["labels"], "laterality": answer["laterality"],
                   "reasons": answer["reasons"], "doubts": answer["doubts"], "read": False}
            if rec["study"] and rec["study"]["StudyDescription"] is None:
                del rec["study"]["StudyDescription"]
            fix = _review_for(review, rec)
            if fix is not None:
                rec["read"] = True
                if fix.get("exclude"):
                    excluded.append(rec["id"])
                    continue
                if "labels" in fix:
                    rec["labels"], rec["laterality"] = fix["labels"], fix.get("laterality")
                    rec["reasons"] = rec["reasons"] + [f"reader: {fix['why']}"]
                else:
                    rec["reasons"] = rec["reasons"] + [f"reader confirmed: {fix['why']}"]
            elif "nothing names the anatomy" in rec["doubts"]:
                excluded.append(rec["id"])  # no reference can be given
                continue
            out.append(rec)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{len(out)} series, {len(strata)} strata, "
          f"{sum(1 for r in out if r['doubts'])} with doubts, {sum(r['read'] for r in out)} read, "
          f"{len(excluded)} excluded (no reference possible) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
