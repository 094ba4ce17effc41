"""`radview analysis-model evaluate DIR`: the registry's models on real-looking images.

For every instance in DIR that a model applies to, the model is run on the
image as it is (reference: no finding) and on a copy with the model's finding
planted (reference: finding). For the hyperdensity model the plant is a disc
of 65-85 HU, 4-9 % of the image height in radius, over brain tissue (15-50 HU)
at a random place, so the reference never comes from the model's own rules.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from radview.server.analysis.registry import Analyzer, load_registry


def plant_hyperdensity(pixels: np.ndarray, slope: float, intercept: float,
                       rng: np.random.Generator) -> np.ndarray | None:
    """A copy with a blood-dense disc in the brain, or None when no brain is in view."""
    hu = pixels * slope + intercept
    brain = (hu > 15) & (hu < 50)
    ys, xs = np.nonzero(brain)
    if len(ys) < 0.02 * pixels.size:
        return None
    i = rng.integers(len(ys))
    radius = rng.uniform(0.04, 0.09) * pixels.shape[0]
    y, x = np.mgrid[: pixels.shape[0], : pixels.shape[1]]
    disc = (y - ys[i]) ** 2 + (x - xs[i]) ** 2 < radius ** 2
    out = pixels.copy()
    out[disc & brain] = np.round((rng.uniform(65, 85) - intercept) / slope).astype(pixels.dtype)
    return out


def evaluate(folder: str | Path, *, registry=None, seed: int = 5) -> dict:
    import pydicom

    analyzer = Analyzer(load_registry(registry))
    rng = np.random.default_rng(seed)
    counts: dict[str, dict] = {}
    for path in sorted(Path(folder).rglob("*")):
        if not path.is_file():
            continue
        try:
            ds = pydicom.dcmread(path)
            pixels = ds.pixel_array
        except Exception:  # noqa: BLE001 - not an image: not evaluated
            continue
        if pixels.ndim != 2 or pixels.dtype.kind not in "iu":
            continue
        slope = float(ds.get("RescaleSlope", 1) or 1)
        intercept = float(ds.get("RescaleIntercept", 0) or 0)
        for result in analyzer.run(ds, pixels):
            c = counts.setdefault(result["model"], {"negatives": 0, "false_positives": 0,
                                                    "positives": 0, "detected": 0})
            c["negatives"] += 1
            c["false_positives"] += bool(result["urgent"])
            planted = plant_hyperdensity(pixels, slope, intercept, rng)
            if planted is None:
                continue
            hit = [r for r in analyzer.run(ds, planted) if r["model"] == result["model"]]
            c["positives"] += 1
            c["detected"] += bool(hit and hit[0]["urgent"])
    for c in counts.values():
        c["specificity"] = round(1 - c["false_positives"] / c["negatives"], 4) if c["negatives"] else None
        c["sensitivity"] = round(c["detected"] / c["positives"], 4) if c["positives"] else None
    return counts
