"""Model registry and runner.

A registry is a JSON list of models, each: name, file (ONNX, relative to the
registry), modality, regions (body regions as radview.delta.images.region_of
names them), finding, urgent_threshold, input_size. A model takes one image in
modality units (stored * slope + intercept), block-averaged to input_size²,
as float32 [1, 1, n, n], and returns the probability of its finding, [1].
Adding a model is adding a file and a registry entry; nothing else changes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from radview.delta.images import region_of
from radview.errors import RadviewError


class AnalysisError(RadviewError):
    """A registry or model that cannot be used."""


@dataclass(frozen=True)
class ModelSpec:
    name: str
    file: Path
    modality: str
    regions: tuple[str, ...]
    finding: str
    urgent_threshold: float
    input_size: int
    description: str = ""

    def matches(self, modality: str, region: str) -> bool:
        return modality == self.modality and region in self.regions


def default_registry() -> Path:
    env = os.environ.get("RADVIEW_ANALYSIS_REGISTRY")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "resources" / "analysis" / "registry.json"


def load_registry(path: str | Path | None = None) -> list[ModelSpec]:
    file = Path(path) if path else default_registry()
    try:
        entries = json.loads(file.read_text())
    except (OSError, ValueError) as exc:
        raise AnalysisError(f"analysis registry {file} unreadable: {exc}") from None
    specs = []
    for e in entries:
        try:
            specs.append(ModelSpec(e["name"], file.parent / e["file"], e["modality"],
                                   tuple(e["regions"]), e["finding"],
                                   float(e["urgent_threshold"]), int(e["input_size"]),
                                   e.get("description", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise AnalysisError(f"analysis registry {file}: bad entry {e!r}: {exc}") from None
    return specs


def to_input(pixels: np.ndarray, slope: float, intercept: float, size: int) -> np.ndarray:
    """Modality values block-averaged to size x size (nearest pixel for small images)."""
    img = pixels.astype(np.float64) * slope + intercept
    h, w = img.shape
    ri, ci = (np.arange(size) * h) // size, (np.arange(size) * w) // size
    if h < size or w < size:
        out = img[np.ix_(ri, ci)]
    else:
        sums = np.add.reduceat(np.add.reduceat(img, ri, axis=0), ci, axis=1)
        out = sums / np.outer(np.diff(np.append(ri, h)), np.diff(np.append(ci, w)))
    return out.astype(np.float32)[None, None]


class Analyzer:
    def __init__(self, specs: list[ModelSpec] | None = None):
        self.specs = load_registry() if specs is None else specs
        self._sessions: dict[str, object] = {}

    def _session(self, spec: ModelSpec):
        if spec.name not in self._sessions:
            import onnxruntime as ort

            try:
                self._sessions[spec.name] = ort.InferenceSession(
                    str(spec.file), providers=["CPUExecutionProvider"])
            except Exception as exc:  # noqa: BLE001 - a broken model file: say which
                raise AnalysisError(f"model {spec.name} ({spec.file}) cannot load: {exc}") from None
        return self._sessions[spec.name]

    def run(self, ds, pixels: np.ndarray) -> list[dict]:
        """One result per matching model: finding, probability, urgent."""
        modality = str(ds.get("Modality", "")).upper()
        region = region_of(ds)
        results = []
        for spec in self.specs:
            if not spec.matches(modality, region):
                continue
            x = to_input(pixels, float(ds.get("RescaleSlope", 1) or 1),
                         float(ds.get("RescaleIntercept", 0) or 0), spec.input_size)
            sess = self._session(spec)
            prob = float(np.asarray(sess.run(None, {sess.get_inputs()[0].name: x})[0]).ravel()[0])
            results.append({
                "model": spec.name, "finding": spec.finding, "probability": round(prob, 4),
                "urgent": prob >= spec.urgent_threshold,
                "study_instance_uid": str(ds.get("StudyInstanceUID", "")),
                "series_instance_uid": str(ds.get("SeriesInstanceUID", "")),
                "sop_instance_uid": str(ds.get("SOPInstanceUID", "")),
                "patient_id": str(ds.get("PatientID", "")),
                "modality": modality, "region": region,
            })
        return results
