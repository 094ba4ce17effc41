"""Anatomy of a series from its DICOM metadata (labels per /work/shared/anatomy.md).

Public API (see docs/anatomy.md):
    predict_series(meta) -> Prediction, predict_many(metas) -> list[Prediction],
    metadata_from_dataset(ds) -> dict, Prediction, LABELS.
Storage helpers for databases live in ``radview.protocols.anatomy.store``.
"""

from radview.protocols.anatomy.features import metadata_from_dataset
from radview.protocols.anatomy.labels import LABELS
from radview.protocols.anatomy.model import (
    AnatomyModel,
    AnatomyModelError,
    Prediction,
    predict_many,
    predict_series,
)

__all__ = [
    "LABELS", "AnatomyModel", "AnatomyModelError", "Prediction",
    "metadata_from_dataset", "predict_many", "predict_series",
]
