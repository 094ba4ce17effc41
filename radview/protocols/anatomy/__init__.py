"""Anatomy of a series from its DICOM metadata (labels per /work/shared/anatomy.md).

Public API (see docs/anatomy.md):
    predict_series(meta) -> Prediction, predict_many(metas) -> list[Prediction],
    metadata_from_dataset(ds) -> dict, Prediction, LABELS.
Storage helpers for databases live in ``radview.protocols.anatomy.store``.

The names are loaded on first use (PEP 562), so importing a submodule such as the
command-line module does not load pydicom and numpy (a fast ``radview --help``).
"""

from radview.lazy import lazy_names

_LAZY = {"metadata_from_dataset": "features", "LABELS": "labels", "AnatomyModel": "model",
         "AnatomyModelError": "model", "Prediction": "model", "predict_many": "model",
         "predict_series": "model"}

__all__ = [
    "LABELS", "AnatomyModel", "AnatomyModelError", "Prediction",
    "metadata_from_dataset", "predict_many", "predict_series",
]

__getattr__ = lazy_names(__name__, _LAZY)
