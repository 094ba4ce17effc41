"""DICOM Part 10 output for the demo set: deterministic UIDs, headers, file writing."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, PYDICOM_IMPLEMENTATION_UID, generate_uid

# pydicom's registered root; the rest of every UID is a hash of seed + a key, so
# the same seed always gives the same UIDs and different seeds never collide.
UID_ROOT = "1.2.826.0.1.3680043.8.498."


class Uids:
    """Deterministic UID factory: ``uids("study", pid, key)`` is stable for a seed."""

    def __init__(self, seed: int):
        self.seed = str(seed)

    def __call__(self, *parts: object) -> str:
        return generate_uid(prefix=UID_ROOT, entropy_srcs=["radview-demo", self.seed,
                                                           *map(str, parts)])


def da(date: _dt.date) -> str:
    return date.strftime("%Y%m%d")


def tm(time: _dt.time | _dt.datetime) -> str:
    return time.strftime("%H%M%S")


def age(birth: _dt.date, on: _dt.date) -> str:
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return f"{years:03d}Y"


def safe_name(text: str, limit: int = 40) -> str:
    """A folder/file name made from a description: letters, digits, '.', '-', '_'."""
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", text).strip("._")
    return (name or "x")[:limit]


def new_dataset(sop_class: str) -> Dataset:
    ds = Dataset()
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    meta.ImplementationVersionName = "RADVIEW_DEMO"
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    return ds


def write_instance(ds: Dataset, path: Path) -> int:
    """Write one Part 10 file (explicit VR little endian); returns its size in bytes."""
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    pydicom.dcmwrite(path, ds, enforce_file_format=True)
    return path.stat().st_size


def set_pixels(ds: Dataset, pixels, *, bits_stored: int, signed: bool = False,
               photometric: str = "MONOCHROME2") -> None:
    """Image Pixel module for a 16-bit grayscale frame (pixels may be None: metadata only)."""
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated = 16
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    if pixels is not None:
        ds.Rows, ds.Columns = int(pixels.shape[0]), int(pixels.shape[1])
        ds.PixelData = pixels.astype("<i2" if signed else "<u2", copy=False).tobytes()
    elif "PixelData" in ds:
        del ds.PixelData
