"""Study and series summaries for hanging, and prior relevance (Qt-free).

Input is metadata only: one dict per *display set* (a series, or the part of a
series with one view/laterality when a series mixes them, as mammography and
chest radiography often do), keyed by DICOM keyword. The anatomy of each display
set is predicted by the shared anatomy model; a study's anatomy is the union
over its display sets (unknown predictions ignored). Relevance of a prior
follows ``/shared/anatomy.md``: the region sets intersect, and where they only
meet on a limb or the breast, the lateralities agree (B agrees with L and R).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from radview.protocols.hanging import series_info as info

LATERAL_CODES = frozenset({
    "BREAST", "SHOULDER", "ARM", "ELBOW", "FOREARM", "WRIST", "HAND",
    "HIP", "THIGH", "KNEE", "LEG", "ANKLE", "FOOT",
})

ModelPredictor = Callable[[Sequence[Mapping[str, Any]]], Sequence[Any]]


@dataclass(frozen=True)
class SeriesSummary:
    """One display set: what hanging needs to know about a series (or part of one)."""

    study_uid: str
    series_uid: str
    number: int | None
    modality: str
    description: str
    plane: str | None
    view_position: str
    tag_laterality: str | None
    image_type: tuple[str, ...]
    contrast: bool
    instances: int
    patient_orientation: tuple[str, str] | None
    instance_uids: tuple[str, ...] = ()  # set when this display set is part of a series
    labels: tuple[str, ...] = ()
    predicted_laterality: str | None = None
    confidence: float = 0.0
    unknown: bool = True
    # What the words and tags say beyond the rules above (see series_info), and where it came from.
    view_source: str = ""
    plane_source: str = ""
    contrast_source: str = ""
    phase: str = "none"
    family: str = ""
    word_laterality: str | None = None
    frame_of_reference: str = ""
    words: frozenset[str] = frozenset()

    @property
    def anatomy(self) -> frozenset[str]:
        return frozenset() if self.unknown else frozenset(self.labels)

    @property
    def laterality(self) -> str | None:
        """Header laterality first (it is measured), then the series' own words, then the predicted one."""
        return self.tag_laterality or self.word_laterality or (None if self.unknown else self.predicted_laterality)

    @property
    def is_localizer(self) -> bool:
        return "LOCALIZER" in self.image_type or self.family == "localizer"

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return (self.series_uid, self.instance_uids)

    def to_json(self) -> dict[str, Any]:
        out = {
            "series_uid": self.series_uid,
            "number": self.number,
            "modality": self.modality,
            "description": self.description,
            "plane": self.plane,
            "view_position": self.view_position or None,
            "laterality": self.laterality,
            "view_source": self.view_source or None,
            "plane_source": self.plane_source or None,
            "contrast": self.contrast,
            "phase": self.phase,
            "family": self.family or None,
            "anatomy": sorted(self.anatomy),
            "anatomy_unknown": self.unknown,
            "instances": self.instances,
        }
        if self.instance_uids:
            out["instance_uids"] = list(self.instance_uids)
        return out


@dataclass(frozen=True)
class StudySummary:
    study_uid: str
    patient_id: str
    date: _dt.date | None
    time: str
    description: str
    accession: str
    series: tuple[SeriesSummary, ...]
    anatomy: frozenset[str] = field(default=frozenset())
    laterality: str | None = None
    modalities: tuple[str, ...] = ()
    # The anatomy the model reads in the study's own description (relevance only, never hanging):
    # a series "Abd 3.0" of a study "CT ABDOMEN PELVIS" still makes the study a pelvis study.
    described_anatomy: frozenset[str] = field(default=frozenset())
    described_laterality: str | None = None

    @classmethod
    def build(cls, *, study_uid: str, patient_id: str, date: _dt.date | None, time: str,
              description: str, accession: str, series: Iterable[SeriesSummary],
              described: Any | None = None) -> "StudySummary":
        series = tuple(sorted(series, key=series_order_key))
        anatomy = frozenset().union(*(s.anatomy for s in series)) if series else frozenset()
        known = described is not None and not described.unknown
        return cls(study_uid=study_uid, patient_id=patient_id, date=date, time=time,
                   description=description, accession=accession, series=series,
                   anatomy=anatomy, laterality=combine_laterality(s.laterality for s in series if s.anatomy),
                   modalities=tuple(sorted({s.modality for s in series if s.modality})),
                   described_anatomy=frozenset(described.labels) if known else frozenset(),
                   described_laterality=described.laterality if known else None)

    @property
    def date_iso(self) -> str | None:
        return self.date.isoformat() if self.date else None

    def recency_key(self) -> tuple:
        """Sort key: most recent first, undated last, then by UID (deterministic)."""
        if self.date is None:
            return (1, 0, "", self.study_uid)
        return (0, -self.date.toordinal(), _neg_text(self.time), self.study_uid)


def _neg_text(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def series_order_key(s: SeriesSummary) -> tuple:
    return (s.number is None, s.number if s.number is not None else 0, s.series_uid, s.instance_uids)


def combine_laterality(values: Iterable[str | None]) -> str | None:
    sides: set[str] = set()
    for v in values:
        if v == "B":
            sides |= {"L", "R"}
        elif v in ("L", "R"):
            sides.add(v)
    if sides == {"L", "R"}:
        return "B"
    return next(iter(sides), None)


def laterality_agrees(a: str | None, b: str | None) -> bool:
    """B agrees with L and R; a side nobody recorded cannot disagree."""
    if a is None or b is None:
        return True
    return a == b or "B" in (a, b)


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    reason: str
    common: tuple[str, ...] = ()


def regions(study: StudySummary) -> frozenset[str]:
    """The regions a study examined: its series' anatomy and what its description names."""
    return study.anatomy | study.described_anatomy


def _side(study: StudySummary, common: frozenset[str]) -> str | None:
    side = combine_laterality(s.laterality for s in study.series if s.anatomy & common)
    if side is None and study.described_anatomy & common:
        side = study.described_laterality
    return side


def relevance(current: StudySummary, prior: StudySummary) -> Relevance:
    """Is ``prior`` anatomically relevant to ``current`` (anatomy.md, Relevance)?"""
    cur, pri = regions(current), regions(prior)
    if not cur:
        return Relevance(False, "anatomy of the current study is unknown")
    if not pri:
        return Relevance(False, "anatomy unknown")
    common = cur & pri
    if not common:
        return Relevance(False, f"no common anatomy ({_codes(pri)} vs current {_codes(cur)})")
    if common - LATERAL_CODES:
        return Relevance(True, f"same anatomy {_codes(common)}", tuple(sorted(common)))
    # They meet only on limbs/breast: compare laterality of the series that show the shared region.
    cur_lat, pri_lat = _side(current, common), _side(prior, common)
    if laterality_agrees(cur_lat, pri_lat):
        side = f" {pri_lat}" if pri_lat else ""
        return Relevance(True, f"same anatomy {_codes(common)}{side}", tuple(sorted(common)))
    return Relevance(False, f"{_codes(common)} but laterality {pri_lat or 'none'} vs current {cur_lat or 'none'}")


def _codes(codes: Iterable[str]) -> str:
    return "+".join(sorted(codes)) or "none"


# --------------------------------------------------------------------------- building from metadata


def _multi(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v.strip().upper() for v in value.split("\\") if v.strip())
    return tuple(str(v).strip().upper() for v in value if str(v).strip())


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def parse_date(value: Any) -> _dt.date | None:
    text = info.text(value).replace("-", "")[:8]
    try:
        return _dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def plane_from_orientation(iop: Any) -> str | None:
    """axial / sagittal / coronal from Image Orientation (Patient): the normal's dominant axis."""
    try:
        v = [float(x) for x in (iop.split("\\") if isinstance(iop, str) else iop)]
    except (TypeError, ValueError):
        return None
    if len(v) != 6:
        return None
    r, c = v[:3], v[3:]
    n = (r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0])
    mags = [abs(x) for x in n]
    if max(mags) < 1e-6:
        return None
    return ("sagittal", "coronal", "axial")[mags.index(max(mags))]


def _tag_laterality(meta: Mapping[str, Any]) -> str | None:
    for key in ("ImageLaterality", "Laterality", "FrameLaterality"):
        v = info.text(meta.get(key)).upper()
        if v in ("L", "R", "B"):
            return v
        if v == "U":
            return None
    return None


def _orientation(value: Any) -> tuple[str, str] | None:
    parts = _multi(value)
    return (parts[0], parts[1]) if len(parts) == 2 else None


def default_predictor(metas: Sequence[Mapping[str, Any]]) -> Sequence[Any]:
    from radview.protocols.anatomy import predict_many  # the shared anatomy model

    return predict_many(list(metas))


def summarize_series(meta: Mapping[str, Any], prediction: Any | None) -> SeriesSummary:
    labels: tuple[str, ...] = ()
    plat, conf, unknown = None, 0.0, True
    if prediction is not None:
        labels = tuple(prediction.labels)
        plat = prediction.laterality
        conf = float(prediction.confidence)
        unknown = bool(prediction.unknown) or not labels
    instance_uids = tuple(meta.get("_instance_uids") or ())
    view, view_source = info.view_of(meta)
    plane, plane_source = info.plane_of(plane_from_orientation(meta.get("ImageOrientationPatient")), meta)
    contrast, contrast_source = info.contrast_of(meta)
    description = info.text(meta.get("SeriesDescription")) or info.text(meta.get("ProtocolName"))
    # every field by name: a frozen record of many same-typed fields (as the viewer's DisplayInfo)
    return SeriesSummary(
        study_uid=info.text(meta.get("StudyInstanceUID")),
        series_uid=info.text(meta.get("SeriesInstanceUID")),
        number=_int(meta.get("SeriesNumber")),
        modality=info.text(meta.get("Modality")).upper(),
        description=description,
        plane=plane,
        view_position=view,
        tag_laterality=_tag_laterality(meta),
        image_type=_multi(meta.get("ImageType")),
        contrast=contrast,
        instances=_int(meta.get("NumberOfSeriesRelatedInstances")) or max(len(instance_uids), 1),
        patient_orientation=_orientation(meta.get("PatientOrientation")),
        instance_uids=tuple(meta.get("_subset_uids") or ()),
        labels=labels,
        predicted_laterality=plat,
        confidence=conf,
        unknown=unknown,
        view_source=view_source,
        plane_source=plane_source,
        contrast_source=contrast_source,
        phase=info.phase_of(meta, contrast),
        family=info.family_of(meta),
        word_laterality=info.laterality_words(info.series_words(meta)),
        frame_of_reference=info.text(meta.get("FrameOfReferenceUID")),
        words=info.tokens(description),
    )


def build_studies(display_sets: Sequence[Mapping[str, Any]], *,
                  predictor: ModelPredictor | None = None) -> list[StudySummary]:
    """Group display-set metadata into studies, predicting anatomy in one batch.

    Keys starting with ``_`` are ours: ``_subset_uids`` (the instances of this display
    set when it is only part of its series), ``_instance_uids`` (all, for counting).
    """
    predictor = predictor or default_predictor
    model_input = [{k: v for k, v in m.items() if not k.startswith("_")} for m in display_sets]
    by_study_meta: dict[str, list[Mapping[str, Any]]] = {}
    for m in display_sets:
        by_study_meta.setdefault(info.text(m.get("StudyInstanceUID")), []).append(m)
    study_uids = list(by_study_meta)
    # One more model input per study: its description alone (and the study's main modality).
    for uid in study_uids:
        metas = by_study_meta[uid]
        mods = [info.text(m.get("Modality")).upper() for m in metas if info.text(m.get("Modality"))]
        main = max(sorted(set(mods)), key=mods.count) if mods else ""
        model_input.append({"Modality": main, "StudyDescription": info.text(metas[0].get("StudyDescription"))})
    predictions = list(predictor(model_input)) if model_input else []
    described = dict(zip(study_uids, predictions[len(display_sets):]))
    by_study: dict[str, list[tuple[Mapping[str, Any], SeriesSummary]]] = {}
    for meta, pred in zip(display_sets, predictions):
        s = summarize_series(meta, pred)
        by_study.setdefault(s.study_uid, []).append((meta, s))
    studies = []
    for uid, items in by_study.items():
        first = items[0][0]
        desc = info.text(first.get("StudyDescription"))
        studies.append(StudySummary.build(
            study_uid=uid,
            patient_id=info.text(first.get("PatientID")),
            date=parse_date(first.get("StudyDate")),
            time=info.text(first.get("StudyTime")),
            description=desc,
            accession=info.text(first.get("AccessionNumber")),
            series=[s for _, s in items],
            described=described.get(uid) if desc else None,
        ))
    studies.sort(key=StudySummary.recency_key)
    return studies
