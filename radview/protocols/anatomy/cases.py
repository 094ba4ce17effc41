"""Labelled evaluation cases and the model's answers on them, with or without BodyPartExamined
(shared by ``evaluate`` and ``calibrate``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from radview.protocols.anatomy.model import AnatomyModel


@dataclass(frozen=True)
class Case:
    meta: dict[str, Any]
    labels: frozenset[str]
    laterality: str | None
    group: str = ""
    study: dict[str, Any] | None = None


Answer = tuple[frozenset[str], "str | None", bool]  # labels, laterality, unknown


def _drop_bpe(meta: dict[str, Any]) -> dict[str, Any]:
    """The metadata without BodyPartExamined."""
    return {k: v for k, v in meta.items() if k != "BodyPartExamined"}


def model_answers(model: AnatomyModel, cases: Sequence[Case], *, bodypart: bool, study: bool) -> list[Answer]:
    metas = [c.meta if bodypart else _drop_bpe(c.meta) for c in cases]
    studies = [c.study if study else None for c in cases]
    if study and not bodypart:  # the other series lose it too
        studies = [dict(s, series=[_drop_bpe(m) for m in s["series"]]) if s else None for s in studies]
    return [(frozenset(p.labels), p.laterality, p.unknown) for p in model.predict_many(metas, studies)]


