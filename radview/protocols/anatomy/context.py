"""Study context: what a series' study says when the series itself says little.

A context is the study description plus the metadata of the study's other
series, given as ``{"StudyDescription": ..., "series": [meta, ...]}`` (a bare
list is read as the series).  Scouts, localizers and pages without anatomy
(dose reports, screen saves) are no evidence for their siblings and are left
out.  The same code builds the context features at training time (from IDC's
studies) and at run time (the "study" key of a ``predict`` line, the server, the
workstation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L

MAX_SIBLINGS = 24


class ContextError(ValueError):
    """A study context that is not an object with a list of series."""


def normalise(context: Any) -> dict[str, Any] | None:
    """``{"StudyDescription": str|None, "series": [clean meta, ...]}`` or None; ContextError if malformed."""
    if context is None:
        return None
    if isinstance(context, (list, tuple)):
        context = {"series": list(context)}
    if not isinstance(context, Mapping):
        raise ContextError(f"study context must be an object or a list of series, got {type(context).__name__}")
    series = context.get("series") or []
    if not isinstance(series, (list, tuple)):
        raise ContextError("study context 'series' must be a list of objects")
    siblings = []
    for item in series[:MAX_SIBLINGS]:
        if not isinstance(item, Mapping):
            raise ContextError("each series of a study context must be an object")
        meta = F.clean(item)
        if meta:
            siblings.append(meta)
    description = F._as_text(context.get("StudyDescription")).strip() or None
    if not siblings and not description:
        return None
    return {"StudyDescription": description, "series": siblings}


def is_aside(meta: Mapping[str, Any]) -> bool:
    """Scouts and pages without anatomy say nothing about their siblings."""
    _, hints = F.lexicon_hits(F.tokens_of(meta, F.SERIES_TEXT))
    return bool(hints & {"~SCOUT", "~NONE"})


def with_study(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> dict[str, Any]:
    """The series' metadata with the context's study description where the series has none."""
    out = dict(meta)
    if context and context.get("StudyDescription") and not out.get("StudyDescription"):
        out["StudyDescription"] = context["StudyDescription"]
    return out


def has_evidence(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> bool:
    """Whether the series (its fields, neuro-sequence words), its study description or its
    study's other series name the anatomy."""
    return _named(feature_names(F.clean(meta), context))


def is_petct(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> bool:
    """A CT whose study holds PET series."""
    return str(meta.get("Modality") or "").upper() == "CT" and bool(context) and any(
        F._as_text(m.get("Modality")).strip().upper() == "PT" for m in context["series"])


def sibling_sets(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """Label sets the other series of the study name in their own text (scouts, dose pages aside)."""
    if not context:
        return []
    sets = []
    for other in context["series"]:
        if is_aside(other):
            continue
        labels, _ = F.lexicon_hits(F.tokens_of(other, F.SERIES_TEXT))
        if labels:
            sets.append(frozenset(labels))
    return sets


def is_scout(meta: Mapping[str, Any]) -> bool:
    """A scout or localizer whose own text names no anatomy ("Topogram 0.6 T20s", "Survey")."""
    labels, hints = F.lexicon_hits(F.tokens_of(meta, F.SERIES_TEXT))
    return "~SCOUT" in hints and not labels


def planned(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> frozenset[str]:
    """What a scout plans: what its study description names together with what the study's
    other series of its modality name, closed as a range; a range from the head to the pelvis
    is the spec's whole body (its spine reformats inside it).  Empty when no other series of
    the modality names an anatomy (the decision is then the model's, from the study text)."""
    if not context:
        return frozenset()
    own = F._as_text(meta.get("Modality")).strip().upper()
    # a lung-window recon of a body CT ("LUNG 5MM" of an abdomen/pelvis CT) shows the lung
    # bases of the same acquisition, not a further region the scout planned
    same = [m for m in context["series"] if F._as_text(m.get("Modality")).strip().upper() == own
            and not _words(m) & LUNG_WINDOW]
    union = set().union(*sibling_sets(meta, {"series": same}))
    if not union:
        return frozenset()
    union |= F.lexicon_hits(F.tokens_of(with_study(meta, context), F.STUDY_TEXT))[0]
    union = L.canonical(union)
    if set(L.WHOLE_BODY) <= union:
        union = set(L.WHOLE_BODY) | (union - set(L.WHOLE_BODY) - set(L.WHOLE_SPINE))
    return frozenset(union)


# the lungs as recon names write them (also ``own_words.is_lung_recon``); a window name may be Dutch
# "long" as well, a thin recon's name is not read so (English "long axis")
LUNG_WORDS = frozenset({"LUNG", "LUNGS", "LUNGE", "LUNGEN", "POUMON", "POUMONS", "PULMON", "POLMONE", "POLMONI",
                        "PULMAO", "PULMONES", "LONGEN", "LUNGA", "LUNGOR", "PLUCA", "PLUC"})
LUNG_WINDOW = LUNG_WORDS | {"LONG"}
REFORMAT_WORDS = frozenset({"MIP", "MIPS", "VR", "VRT", "3D", "VOLUME", "RENDERING"})
ANGIO_WORDS = frozenset({"CTA", "MRA", "ANGIO", "ANGIOGRAPHY", "ANGIOGRAM", "DSA", "RUNOFF"})


def _words(meta: Mapping[str, Any]) -> set[str]:
    return {t for field in F.tokens_of(meta, F.SERIES_TEXT) for t in field}


def is_angio_reformat(meta: Mapping[str, Any]) -> bool:
    """A MIP or volume rendering whose own text names no anatomy ("MIP cor 10mm")."""
    words = _words(meta)
    return bool(words & REFORMAT_WORDS) and not F.lexicon_hits(F.tokens_of(meta, F.SERIES_TEXT))[0]


def angio_scope(context: Mapping[str, Any]) -> frozenset[str]:
    """What the study's angiographic series name ("CTA Head/Neck 0.75"), MIPs and scouts aside."""
    union: set[str] = set()
    for other in context["series"]:
        words = _words(other)
        if is_aside(other) or words & REFORMAT_WORDS:
            continue
        if words & ANGIO_WORDS or any(w.startswith(("ANGIO", "ANJIO", "ANJIYO")) for w in words):
            union |= F.lexicon_hits(F.tokens_of(other, F.SERIES_TEXT))[0]
    return frozenset(L.canonical(union))


def consensus(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    """The most common set among the siblings (ties: the larger, then the first)."""
    if not sets:
        return frozenset()
    counts = Counter(sets)
    return max(counts, key=lambda s: (counts[s], len(s)))


def features(meta: Mapping[str, Any], context: Mapping[str, Any] | None, out: dict[str, float]) -> None:
    """Context features: sibling modalities, what the siblings name, and their consensus."""
    if not context or not context["series"]:  # a lone series: its study description is its own
        out["ctx:none"] = 1.0
        return
    own = str(meta.get("Modality") or "").upper()
    for other in context["series"]:
        modality = F._as_text(other.get("Modality")).strip().upper()
        if modality:
            out[f"ctxM:{modality}"] = 1.0
            if modality != own:
                out["ctxM:other"] = 1.0
    if own == "CT" and "ctxM:PT" in out:
        out["ctx:petct"] = 1.0  # the CT of a PET/CT study
    if any(F.is_gated_ct(other) for other in context["series"]):
        out["ctx:gated"] = 1.0  # the other phases of a gated CT ("40%" beside "Gated, 50%")
    for other in context["series"]:
        if not is_aside(other):
            _, hints = F.lexicon_hits(F.tokens_of(other, F.SERIES_TEXT))
            for hint in hints:
                out[f"ctxH:{hint}"] = 1.0
    sets = sibling_sets(meta, context)
    for labels in sets:
        for label in labels:
            out[f"ctxR:{label}"] = 1.0
    best = consensus(sets)
    if best:
        out[f"ctxRset:{'+'.join(sorted(best))}"] = 1.0
    else:
        out["ctxR:nothing"] = 1.0


def feature_names(meta: Mapping[str, Any], context: Mapping[str, Any] | None) -> dict[str, float]:
    """All named features of one series (``meta`` cleaned, ``context`` normalised or None)."""
    out = F.feature_names(with_study(meta, context))
    features(meta, context, out)
    return out


def entries(meta: Mapping[str, Any], context: Mapping[str, Any] | None = None
            ) -> tuple[dict[int, float], bool]:
    """The non-zero entries of the feature vector of a cleaned ``meta`` ({bucket: value},
    colliding names summed) and whether the series, its study description or its study's
    other series name the anatomy (``has_evidence``)."""
    names = feature_names(meta, context)
    acc: dict[int, float] = {}
    for name, value in names.items():
        b = F.bucket(name)
        acc[b] = acc.get(b, 0.0) + value
    return acc, _named(names)


def _named(names: Mapping[str, float]) -> bool:
    return "Rsrc:nothing" not in names or "S:lex:~NEURO" in names or "ctxH:~NEURO" in names \
        or "gated" in names or any(
        n.startswith("ctxRset:") for n in names)


def vectorize(meta: Mapping[str, Any], context: Any = None):
    """Feature vector (float32, length DIMENSION) of one series' metadata and study context."""
    import numpy as np

    vec = np.zeros(F.DIMENSION, dtype=np.float32)
    acc, _ = entries(F.clean(meta), normalise(context))
    vec[list(acc)] = list(acc.values())
    return vec


def sparse_row(meta: Mapping[str, Any], context: Mapping[str, Any] | None = None) -> tuple[list[int], list[float]]:
    """(indices, values) of the vector, duplicates summed: for building sparse training matrices."""
    acc, _ = entries(F.clean(meta), context)
    return list(acc), list(acc.values())


def contexts_for(series: Sequence[tuple[str, Mapping[str, Any]]], study_description: Any,
                 uids: Sequence[str]) -> list[dict[str, Any] | None]:
    """The study context of each of ``uids``: the study description and the metadata of the
    study's other series (``series``: (series UID, metadata) of every series of the study)."""
    return [normalise({"StudyDescription": study_description,
                       "series": [m for u, m in series if u != uid]}) for uid in uids]
