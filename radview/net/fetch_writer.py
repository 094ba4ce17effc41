"""Writes what `radview fetch` received: originals as-is, lossy versions decoded to DICOM.

A decoded version is written as a Part 10 file built from the study metadata,
with the decoded pixels (at the resolution of the level received), Pixel
Spacing scaled to match, and the lossy marking of PS3.3 C.7.6.1.1.5 when the
version is lossy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from radview.net.radview_client import InstanceFetch


def decode_instance(item: InstanceFetch) -> np.ndarray:
    """All received frames decoded at their level: (frames, rows, cols[, 3]). Frames
    are decoded on all cores (the HTJ2K decoder runs without the GIL)."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    from radview import codec

    if len(item.frames) < 2:
        return np.stack([codec.decode(f.data, level=f.level) for f in item.frames])
    with ThreadPoolExecutor(min(len(item.frames), os.cpu_count() or 1)) as pool:
        return np.stack(list(pool.map(lambda f: codec.decode(f.data, level=f.level),
                                      item.frames)))


def dataset_for(item: InstanceFetch, meta: dict[str, Any], pixels: np.ndarray):
    import pydicom
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    def no_bulk(*_args) -> bytes:
        return b""

    slim = {k: v for k, v in meta.items() if "BulkDataURI" not in v and not k.startswith("0002")}
    ds = pydicom.Dataset.from_json(slim, bulk_data_uri_handler=no_bulk)
    frames, rows, cols = pixels.shape[:3]
    samples = pixels.shape[3] if pixels.ndim == 4 else 1
    ds.Rows, ds.Columns, ds.SamplesPerPixel = rows, cols, samples
    if samples == 3:
        ds.PhotometricInterpretation = "RGB"
        ds.PlanarConfiguration = 0
    elif "PhotometricInterpretation" not in ds or \
            not str(ds.PhotometricInterpretation).startswith("MONOCHROME"):
        ds.PhotometricInterpretation = "MONOCHROME2"
    bits = pixels.dtype.itemsize * 8
    ds.BitsAllocated = bits
    if int(ds.get("BitsStored", bits) or bits) > bits:
        ds.BitsStored = bits
    ds.BitsStored = int(ds.get("BitsStored", bits) or bits)
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if pixels.dtype.kind == "i" else 0
    if frames > 1 or "NumberOfFrames" in ds:
        ds.NumberOfFrames = frames
    scale = item.rows / rows if rows else 1.0
    if scale != 1.0 and "PixelSpacing" in ds:
        ds.PixelSpacing = [f"{float(v) * scale:.6g}" for v in ds.PixelSpacing]
    for kw in ("PaletteColorLookupTableUID", "RedPaletteColorLookupTableData",
               "GreenPaletteColorLookupTableData", "BluePaletteColorLookupTableData"):
        if kw in ds:
            delattr(ds, kw)
    if item.lossy:
        ds.LossyImageCompression = "01"
        ds.LossyImageCompressionRatio = item.lossy["LossyImageCompressionRatio"]
        ds.LossyImageCompressionMethod = item.lossy["LossyImageCompressionMethod"]
    ds.DerivationDescription = (f"radview version {item.version} ({item.quality}%), "
                                f"{rows}x{cols} of {item.rows}x{item.columns}")[:1024]
    ds.PixelData = np.ascontiguousarray(pixels).astype(pixels.dtype.newbyteorder("<")).tobytes()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    return ds


def write_instance(item: InstanceFetch, meta: dict[str, Any] | None, out_dir: Path) -> Path | None:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{item.sop_instance_uid}.dcm"
    if item.original is not None:
        path.write_bytes(item.original)
        return path
    if not item.frames:
        return None
    pixels = decode_instance(item)
    ds = dataset_for(item, meta or {}, pixels)
    ds.save_as(path, enforce_file_format=True)
    return path
