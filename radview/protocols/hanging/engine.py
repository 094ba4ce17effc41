"""The hanging engine: score protocols, choose priors, fill viewports (Qt-free, deterministic).

``plan(current, others, protocols)`` returns a :class:`HangingPlan`. Scoring:
each match rule that a protocol states must hold (else the protocol is out) and
adds its weight; then the share of viewports the protocol can fill over all its
stages adds up to 10, and its ``priority`` is added. Ties go to user protocols
over built-in ones, then to the name. Each viewport takes the best-scoring series
that meets its required rules (:mod:`matching`: weighted soft rules, likeness to a
paired viewport's series), then series number (or its reverse), then UID. A series
shows at most once per stage unless the viewport says ``repeat``; a stage with
``repeat_for: current_series`` is shown once per current series. A viewport
nothing matches stays empty, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from radview.protocols.hanging.matching import regex, ranked_series, rule_failures, select_series
from radview.protocols.hanging.model import Display, Protocol, Stage
from radview.protocols.hanging.priors import Relevance, SeriesSummary, StudySummary, relevance

__all__ = ["HangingPlan", "plan", "rule_failures", "select_series"]

MAX_REPEATED_STAGES = 16

# Weight of each study match rule that holds.
MATCH_WEIGHTS = {"modality": 10.0, "anatomy": 20.0, "laterality": 10.0, "description": 15.0, "min_priors": 5.0}
FILL_WEIGHT = 10.0

_FLIP_OPPOSITE = {"L": "R", "R": "L", "A": "P", "P": "A", "H": "F", "F": "H"}


@dataclass
class PriorEntry:
    study: StudySummary
    relevance: Relevance
    selected: bool = False
    slot: int | None = None  # N of prior:N when selected
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        s = self.study
        return {
            "study_uid": s.study_uid,
            "study_date": s.date_iso,
            "description": s.description,
            "modalities": list(s.modalities),
            "anatomy": sorted(s.anatomy),
            "anatomy_from_description": sorted(s.described_anatomy),
            "laterality": s.laterality,
            "relevant": self.relevance.relevant,
            "relevance": self.relevance.reason,
            "selected": self.selected,
            "slot": f"prior:{self.slot}" if self.slot else None,
            "reason": self.reason,
        }


@dataclass
class ViewportPlan:
    index: int
    study_ref: str
    study_uid: str | None
    series: SeriesSummary | None
    reason: str
    display: dict[str, Any]
    sync: tuple[str, ...]
    box: tuple[float, float, float, float]
    label: str = ""

    @property
    def filled(self) -> bool:
        return self.series is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "label": self.label,
            "study": self.study_ref,
            "study_uid": self.study_uid if self.series else None,
            "series_uid": self.series.series_uid if self.series else None,
            "instance_uids": list(self.series.instance_uids) if self.series and self.series.instance_uids else None,
            "series_description": self.series.description if self.series else None,
            "empty": self.series is None,
            "reason": self.reason,
            "box": list(self.box),
            "display": self.display,
            "sync": list(self.sync),
        }


@dataclass
class StagePlan:
    name: str
    layout: dict[str, Any]
    viewports: list[ViewportPlan]
    sync_groups: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "layout": self.layout,
                "viewports": [v.to_json() for v in self.viewports], "sync_groups": self.sync_groups}


@dataclass
class Candidate:
    protocol: Protocol
    score: float
    reasons: list[str]
    excluded: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.protocol.name, "origin": self.protocol.origin,
                               "score": round(self.score, 3) if self.excluded is None else None}
        if self.excluded:
            out["excluded"] = self.excluded
        return out


@dataclass
class HangingPlan:
    current: StudySummary
    protocol: Protocol | None
    score: float
    reasons: list[str]
    stages: list[StagePlan]
    priors: list[PriorEntry]
    candidates: list[Candidate] = field(default_factory=list)
    unassigned: list[SeriesSummary] = field(default_factory=list)

    @property
    def viewports(self) -> list[ViewportPlan]:
        return self.stages[0].viewports if self.stages else []

    def empty_count(self, *, first_stage_only: bool = False) -> int:
        stages = self.stages[:1] if first_stage_only else self.stages
        return sum(1 for st in stages for v in st.viewports if not v.filled)

    def fetch_list(self) -> list[dict[str, Any]]:
        """Priors the workstation should fetch on its own, and in which version."""
        if self.protocol is None or not self.protocol.priors.fetch:
            return []
        return [{"study_uid": p.study.study_uid, "version": self.protocol.priors.version}
                for p in self.priors if p.selected]

    def to_json(self) -> dict[str, Any]:
        c = self.current
        first = self.stages[0] if self.stages else None
        return {
            "current": {"study_uid": c.study_uid, "patient_id": c.patient_id, "study_date": c.date_iso,
                        "description": c.description, "modalities": list(c.modalities),
                        "anatomy": sorted(c.anatomy), "laterality": c.laterality},
            "protocol": ({"name": self.protocol.name, "score": round(self.score, 3),
                          "origin": self.protocol.origin, "file": self.protocol.path,
                          "reasons": self.reasons, "stage_count": len(self.stages)}
                         if self.protocol else None),
            "stage": 0,
            "layout": first.layout if first else None,
            "viewports": [v.to_json() for v in first.viewports] if first else [],
            "sync_groups": first.sync_groups if first else [],
            "stages": [s.to_json() for s in self.stages],
            "empty_viewports": self.empty_count(first_stage_only=True),
            "empty_viewports_all_stages": self.empty_count(),
            "priors": [p.to_json() for p in self.priors],
            "fetch": self.fetch_list(),
            "unassigned": [s.to_json() for s in self.unassigned],
            "candidates": [c.to_json() for c in self.candidates],
        }


# --------------------------------------------------------------------------- rules


def _opposite(direction: str) -> str:
    return "".join(_FLIP_OPPOSITE.get(c, c) for c in direction)


def _display_for(spec: Display, s: SeriesSummary | None) -> dict[str, Any]:
    flip_h = spec.flip in ("horizontal", "both")
    flip_v = spec.flip in ("vertical", "both")
    flip_from = "protocol"
    if spec.orientation and s is not None and s.patient_orientation:
        # Compute the flip that turns the image's own orientation into the wanted one.
        have_row, have_col = s.patient_orientation
        want_row, want_col = spec.orientation
        flip_h = bool(have_row) and have_row[0] == _FLIP_OPPOSITE.get(want_row[0])
        flip_v = bool(have_col) and have_col[0] == _FLIP_OPPOSITE.get(want_col[0])
        flip_from = "PatientOrientation {} -> wanted {}".format("\\".join(s.patient_orientation),
                                                                "\\".join(spec.orientation))
    window = spec.window_values()
    shown = None
    if s is not None and s.patient_orientation:
        row, col = s.patient_orientation
        shown = [_opposite(row) if flip_h else row, _opposite(col) if flip_v else col]
    return {
        "window": {"preset": spec.window if isinstance(spec.window, str) else None,
                   "center": window[0] if window else None, "width": window[1] if window else None},
        "invert": spec.invert,
        "flip_horizontal": flip_h,
        "flip_vertical": flip_v,
        "flip_from": flip_from,
        "displayed_orientation": shown,  # patient directions of the screen's rows and columns
        "rotate": spec.rotate,
        "zoom": spec.zoom,
    }


def _scroll_mode(series: list[SeriesSummary]) -> str:
    """How linked viewports scroll: by patient position when the frames of reference allow it."""
    if len(series) < 2 or any(s.plane is None or s.instances < 2 for s in series):
        return "index"
    if len({s.plane for s in series}) != 1:
        return "index"
    frames = {s.frame_of_reference for s in series}
    if len(frames) == 1 and "" not in frames:
        return "slice_position"  # same frame of reference: positions compare directly
    return "slice_position_offset"  # same plane, other frames: position relative to a matched slice


def fill_stage(stage: Stage, current: StudySummary, priors: Sequence[StudySummary],
               used: set | None = None, name: str | None = None) -> StagePlan:
    used = set(used or ())
    boxes = stage.layout.boxes()
    out: list[ViewportPlan] = []
    for i, spec in enumerate(stage.viewports):
        n = spec.prior_index
        study = current if n == 0 else (priors[n - 1] if n <= len(priors) else None)
        if study is None:
            series, reason = None, f"no prior {n}: the patient has {len(priors)} suitable prior(s)"
        else:
            partner = out[spec.pair_with].series if spec.pair_with is not None else None
            series, reason = select_series(spec, study, used, partner)
            if series is not None:
                used.add(series.key)
            label = "current study" if n == 0 else f"prior {n} ({study.date_iso or 'undated'})"
            reason = f"{label}: {reason}"
        out.append(ViewportPlan(
            index=i, study_ref=spec.study, study_uid=study.study_uid if study else None,
            series=series, reason=reason, display=_display_for(spec.display, series),
            sync=spec.sync, box=boxes[i], label=spec.label))
    groups = []
    for g in stage.sync_groups:
        entry = g.to_json()
        if "scroll" in g.link:
            members = [v.series for v in out if g.name in v.sync and v.series is not None]
            entry["scroll_mode"] = _scroll_mode(members)
        groups.append(entry)
    return StagePlan(name if name is not None else stage.name, stage.layout.to_json(), out, groups)


def fill_stages(stage: Stage, current: StudySummary, priors: Sequence[StudySummary]) -> list[StagePlan]:
    """The stage, or one copy per current series when it repeats for them."""
    if stage.repeat_for != "current_series":
        return [fill_stage(stage, current, priors)]
    lead = next((vp for vp in stage.viewports if vp.prior_index == 0), None)
    order = list(ranked_series(lead, current))[:MAX_REPEATED_STAGES] if lead else []
    if len(order) <= 1:
        return [fill_stage(stage, current, priors)]
    out = []
    for k, s in enumerate(order):
        # Earlier copies' lead series are taken, so the lead viewport of copy k shows the k-th series.
        taken = {o.key for o in order[:k]}
        out.append(fill_stage(stage, current, priors, used=taken,
                              name=f"{stage.name} ({k + 1}/{len(order)}: {s.description or s.series_uid})"))
    return out


# --------------------------------------------------------------------------- priors and scoring


def consider_priors(current: StudySummary, others: Iterable[StudySummary]) -> list[PriorEntry]:
    """Every other study of the patient, most recent first, with its relevance."""
    entries = [PriorEntry(s, relevance(current, s)) for s in others if s.study_uid != current.study_uid]
    mods = set(current.modalities)

    def key(e: PriorEntry) -> tuple:
        # Same day: the study of the current modality first, then the later one.
        r = e.study.recency_key()
        return r[:2] + (not (mods & set(e.study.modalities)),) + r[2:]

    entries.sort(key=key)
    return entries


def choose_priors(protocol: Protocol, current: StudySummary, entries: Sequence[PriorEntry]) -> list[tuple[PriorEntry, str]]:
    """(entry, why not chosen or "") per entry, for this protocol's prior rules."""
    rules = protocol.priors
    chosen = 0
    out = []
    for e in entries:
        s = e.study
        why = ""
        if current.date and s.date and s.date > current.date:
            why = "newer than the current study"
        elif rules.relevant_only and not e.relevance.relevant:
            why = f"not relevant: {e.relevance.reason}"
        elif rules.modality and not set(rules.modality) & set(s.modalities):
            why = f"modality {'/'.join(s.modalities) or 'none'} not in {'/'.join(rules.modality)}"
        elif rules.max_age_days is not None and (current.date is None or s.date is None):
            why = "no study date to check the maximum age"
        elif rules.max_age_days is not None and (current.date - s.date).days > rules.max_age_days:
            why = f"older than {rules.max_age_days} days"
        elif chosen >= rules.count:
            why = f"protocol wants {rules.count} prior(s)" + (", a more recent one was chosen" if rules.count else "")
        else:
            chosen += 1
        out.append((e, why))
    return out


def match_protocol(protocol: Protocol, current: StudySummary, n_priors: int) -> tuple[float, list[str], str | None]:
    m = protocol.match
    score, reasons = 0.0, []
    if m.modality:
        if not set(m.modality) & set(current.modalities):
            return 0.0, [], f"modality {'/'.join(current.modalities) or 'none'} not in {'/'.join(m.modality)}"
        score += MATCH_WEIGHTS["modality"]
        reasons.append(f"modality {'/'.join(sorted(set(m.modality) & set(current.modalities)))}")
    if m.anatomy:
        common = set(m.anatomy) & current.anatomy
        if not common:
            return 0.0, [], f"anatomy {'+'.join(sorted(current.anatomy)) or 'unknown'} not in {'/'.join(m.anatomy)}"
        # More of the study's anatomy covered = more specific fit (CT CAP prefers a CAP protocol).
        score += MATCH_WEIGHTS["anatomy"] * (0.5 + 0.5 * len(common) / max(len(current.anatomy), 1))
        reasons.append(f"anatomy {'+'.join(sorted(common))}")
    if m.laterality:
        if current.laterality not in m.laterality:
            return 0.0, [], f"laterality {current.laterality or 'none'} not in {'/'.join(m.laterality)}"
        score += MATCH_WEIGHTS["laterality"]
        reasons.append(f"laterality {current.laterality}")
    if m.description:
        if not regex(m.description).search(current.description):
            return 0.0, [], f"study description does not match /{m.description}/"
        score += MATCH_WEIGHTS["description"]
        reasons.append(f"description /{m.description}/")
    if m.min_priors:
        if n_priors < m.min_priors:
            return 0.0, [], f"needs {m.min_priors} prior(s), {n_priors} available"
        score += MATCH_WEIGHTS["min_priors"]
        reasons.append(f"{n_priors} prior(s)")
    return score, reasons, None


def _origin_rank(p: Protocol) -> int:
    return 0 if p.origin == "user" else 1


def plan(current: StudySummary, other_studies: Iterable[StudySummary],
         protocols: Sequence[Protocol]) -> HangingPlan:
    """Choose the best protocol for ``current`` and fill all its stages."""
    entries = consider_priors(current, other_studies)
    candidates: list[tuple[tuple, Candidate, list[tuple[PriorEntry, str]], list[StagePlan]]] = []
    all_candidates: list[Candidate] = []
    for proto in protocols:
        choice = choose_priors(proto, current, entries)
        priors = [e.study for e, why in choice if not why]
        base, reasons, excluded = match_protocol(proto, current, len(priors))
        if excluded:
            all_candidates.append(Candidate(proto, 0.0, [], excluded))
            continue
        stages = [sp for st in proto.stages for sp in fill_stages(st, current, priors)]
        total = sum(len(s.viewports) for s in stages)
        filled = sum(v.filled for s in stages for v in s.viewports)
        score = base + FILL_WEIGHT * filled / max(total, 1) + proto.priority
        reasons = reasons + [f"{filled}/{total} viewports filled"]
        cand = Candidate(proto, score, reasons)
        all_candidates.append(cand)
        candidates.append(((-score, _origin_rank(proto), proto.name), cand, choice, stages))
    all_candidates.sort(key=lambda c: (c.excluded is not None, -c.score, _origin_rank(c.protocol), c.protocol.name))
    if not candidates:
        for e in entries:
            e.reason = "no protocol applies"
        return HangingPlan(current, None, 0.0, ["no protocol matches this study"], [], entries,
                           all_candidates, list(current.series))
    candidates.sort(key=lambda c: c[0])
    _, best, choice, stages = candidates[0]
    slot = 0
    for e, why in choice:
        if not why:
            slot += 1
            e.selected, e.slot, e.reason = True, slot, f"chosen as prior {slot}: {e.relevance.reason}"
        else:
            e.reason = why
    shown = {v.series.key for s in stages for v in s.viewports if v.series is not None}
    unassigned = [s for s in current.series if s.key not in shown]
    return HangingPlan(current, best.protocol, best.score, best.reasons, stages, entries,
                       all_candidates, unassigned)
