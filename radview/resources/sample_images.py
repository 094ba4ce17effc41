"""Where the real sample images live (pydicom-data and pydicom's own test files)."""

from __future__ import annotations

from pathlib import Path

from radview.errors import RadviewError


def pydicom_data_dir() -> Path:
    """The folder of pydicom-data's real DICOM images (RG1, RG3, MR2, 693, US1, ...)."""
    try:
        import data_store  # installed by the pydicom-data package
    except ImportError as exc:
        raise RadviewError("pydicom-data is not installed (pip install pydicom-data)") from exc
    path = Path(data_store.__file__).parent / "data"
    if not path.is_dir():
        raise RadviewError(f"pydicom-data has no data folder at {path}")
    return path


def pydicom_data_file(name: str) -> Path:
    """One pydicom-data file by name, e.g. ``RG1_UNCR.dcm``."""
    path = pydicom_data_dir() / name
    if not path.is_file():
        raise RadviewError(f"pydicom-data has no file {name!r}")
    return path
