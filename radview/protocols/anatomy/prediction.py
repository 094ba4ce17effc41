"""What the anatomy decision answers for one series (labels, side, confidence, unknown) and its
JSON form: its own module so that the decision's rules (``own_words``) and the store read it
without importing the ONNX model."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from radview.errors import RadviewError
from radview.protocols.anatomy import labels as L


@dataclass(frozen=True)
class Prediction:
    labels: tuple[str, ...]
    laterality: str | None
    confidence: float
    unknown: bool
    source: str = "model"
    model_version: str = ""
    # Probability per candidate label (p >= 0.2), also when unknown: shows what the model hesitated on.
    label_confidence: tuple[tuple[str, float], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "laterality": self.laterality,
            "confidence": round(float(self.confidence), 4),
            "unknown": self.unknown,
            "source": self.source,
            "model_version": self.model_version,
            "label_confidence": dict(self.label_confidence),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Prediction":
        labels = tuple(data.get("labels") or ())
        bad = [x for x in labels if x not in L.LABELS]
        if bad:
            raise RadviewError(f"unknown anatomy label(s) {bad}; known: {', '.join(L.LABELS)}")
        side = data.get("laterality")
        if side not in (None, "L", "R", "B"):
            raise RadviewError(f"laterality must be L, R, B or null, got {side!r}")
        return cls(labels=labels, laterality=side,
                   confidence=float(data.get("confidence", 1.0)),
                   unknown=bool(data.get("unknown", False)),
                   source=str(data.get("source", "user")),
                   model_version=str(data.get("model_version", "")),
                   label_confidence=tuple((str(k), float(v)) for k, v in
                                          (data.get("label_confidence") or {}).items()))
