"""Which series fills a viewport: rules that must hold, rules that score, and likeness (Qt-free).

In the style of OHIF's hanging-protocol matching rules: every rule has a weight and
is required or not. A series that fails a required rule is out; among the rest the
highest score wins (ties: series number, then UID), so a partly matching series still
fills its viewport. A viewport with ``pair_with`` also scores how much a series is
like the one shown in that viewport (modality, plane, contrast phase, kernel or
sequence family, view, laterality, description words): the prior's series that
matches each current series.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from radview.protocols.hanging.model import SeriesRules, SeriesSelector, ViewportSpec
from radview.protocols.hanging.priors import SeriesSummary, StudySummary, laterality_agrees, series_order_key
from radview.protocols.hanging.series_info import similarity, view_matches

# Likeness of two series: weight per property (the score of a perfect pair is their sum).
LIKENESS_WEIGHTS = {"modality": 4.0, "plane": 3.0, "phase": 2.0, "family": 2.0, "view": 3.0,
                    "laterality": 2.0, "words": 3.0}

_PLANE_VIEW = {"sagittal": {"LAT": 1.0}, "coronal": {"AP": 1.0, "PA": 1.0, "FRONTAL": 1.0}}

_RX_CACHE: dict[str, re.Pattern[str]] = {}


def regex(pattern: str) -> re.Pattern[str]:
    rx = _RX_CACHE.get(pattern)
    if rx is None:
        rx = _RX_CACHE[pattern] = re.compile(pattern, re.I)
    return rx


def rule_match(name: str, value, s: SeriesSummary) -> float:
    """How well ``s`` meets one rule: 1, 0, or in between (a frontal view of unknown direction)."""
    if name == "modality":
        return float(s.modality in value)
    if name == "anatomy":
        return float(bool(s.anatomy & set(value)))
    if name == "description":
        return float(bool(regex(value).search(s.description)))
    if name == "plane":
        return float(s.plane == value)
    if name == "view_position":
        return view_matches(s.view_position, tuple(value))
    if name == "laterality":
        return float(s.laterality in value)
    if name == "contrast":
        return float(s.contrast == value)
    if name == "image_type":
        return float(set(value) <= set(s.image_type))
    if name == "exclude_image_type":
        return float(not set(value) & set(s.image_type))
    if name == "min_instances":
        return float(s.instances >= value)
    raise ValueError(f"unknown rule {name!r}")


def rule_failures(rules: SeriesRules, s: SeriesSummary) -> list[str]:
    """The rules a series fails (empty when it passes them all)."""
    return [name for name, value in rules.to_json().items() if rule_match(name, value, s) < 1.0]


def likeness(a: SeriesSummary, b: SeriesSummary) -> float:
    """How alike two series of different studies are, 0 … sum(LIKENESS_WEIGHTS)."""
    w = LIKENESS_WEIGHTS
    score = w["modality"] * (a.modality == b.modality)
    if a.plane and b.plane:
        score += w["plane"] * (a.plane == b.plane)
    elif (a.plane and b.view_position) or (b.plane and a.view_position):
        # A cross-section against a projection: sagittal ~ lateral view, coronal ~ frontal view.
        plane, view = (a.plane, b.view_position) if a.plane else (b.plane, a.view_position)
        score += w["plane"] * _PLANE_VIEW.get(plane, {}).get(view, 0.0)
    score += w["phase"] * (1.0 if a.phase == b.phase else 0.5 if a.contrast == b.contrast else 0.0)
    if a.family and b.family:
        score += w["family"] * (a.family == b.family)
    if a.view_position and b.view_position:
        score += w["view"] * max(view_matches(a.view_position, (b.view_position,)),
                                 view_matches(b.view_position, (a.view_position,)))
    if a.laterality and b.laterality:
        score += w["laterality"] * (1.0 if a.laterality == b.laterality else
                                    0.5 if laterality_agrees(a.laterality, b.laterality) else -1.0)
    score += w["words"] * similarity(a.words, b.words)
    if a.is_localizer != b.is_localizer:
        score -= 5.0
    return score


def score_series(sel: SeriesSelector, s: SeriesSummary, partner: SeriesSummary | None) -> tuple[bool, float, list[str]]:
    """(meets every required rule, score, the soft rules it misses)."""
    score, missed = 0.0, []
    for name, value in sel.rules.to_json().items():
        m = rule_match(name, value, s)
        if sel.is_required(name):
            if m < 1.0:
                return False, 0.0, [name]
        else:
            score += sel.weight(name, preference=False) * m
            if m < 1.0:
                missed.append(name)
    for name, value in sel.prefer.to_json().items():
        score += sel.weight(name, preference=True) * rule_match(name, value, s)
    if partner is not None:
        score += sel.weight("pair", preference=True) * likeness(partner, s)
    return True, score, missed


def _required_text(sel: SeriesSelector) -> str:
    return sel.required_rules().describe()


def select_series(spec: ViewportSpec, study: StudySummary, used: set,
                  partner: SeriesSummary | None = None) -> tuple[SeriesSummary | None, str]:
    """The best series of ``study`` for the viewport, or None, with the reason either way."""
    sel = spec.series
    ranked = []
    for s in study.series:
        ok, score, missed = score_series(sel, s, partner)
        if ok:
            ranked.append((score, s, missed))
    free = [r for r in ranked if spec.repeat or r[1].key not in used]
    if not free:
        if not ranked:
            return None, f"no series matches {_required_text(sel)}"
        return None, f"every series matching {_required_text(sel)} is already shown in this stage"
    free.sort(key=lambda r: series_order_key(r[1]))
    if sel.order == "series_number_desc":
        free.sort(key=lambda r: (r[1].number is None, -(r[1].number or 0)))  # stable: UID order kept
    free.sort(key=lambda r: -r[0])  # stable: keeps number order within equal scores
    score, best, missed = free[0]
    why = f"matches {_required_text(sel)}"
    if sel.required is not None or not sel.prefer.is_empty() or partner is not None:
        why += f"; score {score:.1f}"
    if missed:
        why += f" (partly: misses {', '.join(missed)})"
    if partner is not None:
        why += f"; most like {partner.description or partner.series_uid!r} of viewport {spec.pair_with}"
    if len(free) > 1:
        why += f"; best of {len(free)}"
    return best, why


def ranked_series(spec: ViewportSpec, study: StudySummary) -> Iterable[SeriesSummary]:
    """The series a viewport would take, best first (for stages repeated per current series)."""
    used: set = set()
    while True:
        s, _ = select_series(spec, study, used)
        if s is None:
            return
        used.add(s.key)
        yield s
