"""Reading the IDC series index (training extra ``idc-index-data``) into labelled series."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from radview.errors import RadviewError
from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import reference as R

COLUMNS = ("collection_id", "analysis_result_id", "SeriesInstanceUID", "StudyInstanceUID", "PatientID",
           "StudyDescription", "SeriesDescription", "BodyPartExamined", "Modality", "SOPClassUID")
META_KEYS = ("StudyDescription", "SeriesDescription", "BodyPartExamined", "Modality", "SOPClassUID")
SIBLING_KEYS = ("Modality", "SeriesDescription", "BodyPartExamined")


@dataclass(frozen=True)
class LabelledSeries:
    collection_id: str
    series_uid: str
    meta: dict[str, Any]
    labels: frozenset[str]
    evidence: str
    laterality: str | None
    context: dict[str, Any] | None = None


def _package_dir() -> str:
    try:
        import idc_index_data  # noqa: PLC0415 - training extra only
    except ImportError:
        raise RadviewError(
            "the IDC index is not installed; install the training extra: "
            "pip install 'radview[train]'") from None
    return os.path.dirname(idc_index_data.__file__)


def index_version() -> str:
    import idc_index_data  # noqa: PLC0415

    return str(getattr(idc_index_data, "__version__", "unknown"))


def _read(name: str, columns: tuple[str, ...] | None) -> dict[str, list]:
    import pyarrow.parquet as pq  # noqa: PLC0415

    table = pq.read_table(os.path.join(_package_dir(), name), columns=list(columns) if columns else None)
    return {c: table.column(c).to_pylist() for c in table.column_names}


def collection_infos() -> dict[str, R.CollectionInfo]:
    data = _read("collections_index.parquet", ("collection_id", "species", "tumor_locations"))
    return {cid: R.CollectionInfo(cid, sp, loc)
            for cid, sp, loc in zip(data["collection_id"], data["species"], data["tumor_locations"])}


def labelled_series(*, held_out: bool, stats: dict[str, int] | None = None,
                    only: Callable[[str], bool] | None = None) -> Iterator[LabelledSeries]:
    """Original IDC series of the training (held_out=False) or evaluation collections, with reference labels.

    ``stats`` (if given) counts the reasons series were left out; ``only`` (if given) keeps the
    collections it accepts (a study never spans collections, so contexts are the same).
    """
    infos = collection_infos()
    data = _read("idc_index.parquet", COLUMNS)
    held = {cid: R.is_held_out(cid) == held_out and (only is None or only(cid))
            for cid in set(data["collection_id"])}
    keep = [i for i, cid in enumerate(data["collection_id"]) if held[cid]]
    studies: dict[str, set[tuple]] = {}  # study -> distinct (modality, description, BPE) of its image series
    for i in keep:
        if data["analysis_result_id"][i] is None:
            studies.setdefault(data["StudyInstanceUID"][i], set()).add(tuple(data[k][i] for k in SIBLING_KEYS))
    contexts: dict[tuple, dict | None] = {}
    cache: dict[tuple, tuple] = {}  # many series share their metadata: label each combination once
    for i in keep:
        cid = data["collection_id"][i]
        if data["analysis_result_id"][i] is not None:
            reason = "analysis result"
            if stats is not None:
                stats[reason] = stats.get(reason, 0) + 1
            continue
        own = tuple(data[k][i] for k in SIBLING_KEYS)
        others = frozenset(studies[data["StudyInstanceUID"][i]] - {own})
        ctx_key = (data["StudyDescription"][i], others)
        if ctx_key not in contexts:
            contexts[ctx_key] = C.normalise({
                "StudyDescription": data["StudyDescription"][i],
                "series": [{k: v for k, v in zip(SIBLING_KEYS, o) if v not in (None, "")}
                           for o in sorted(others, key=str)]}) if others else None
        context = contexts[ctx_key]
        phantom = F.is_phantom_subject(data["PatientID"][i] or "")
        key = (cid, phantom, ctx_key) + tuple(data[k][i] for k in META_KEYS)
        if key not in cache:
            meta = {k: data[k][i] for k in META_KEYS if data[k][i] not in (None, "")}
            if phantom:
                meta[F.SUBJECT_HINT] = "PHANTOM"
            info = infos.get(cid) or R.CollectionInfo(cid, None, None)
            labels, evidence = R.reference_labels(meta, info, context)
            side = R.reference_laterality(meta, labels) if labels is not None else None
            cache[key] = (meta, labels, evidence, side)
        meta, labels, evidence, side = cache[key]
        if stats is not None:
            key = evidence if labels is None else f"labelled:{evidence}"
            stats[key] = stats.get(key, 0) + 1
        if labels is None:
            continue
        yield LabelledSeries(cid, data["SeriesInstanceUID"][i], dict(meta), labels, evidence, side, context)
