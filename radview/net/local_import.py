"""Import local folders and DICOMDIR media into the workstation cache (Qt-free).

Every readable DICOM image becomes a study/series/instance row plus its original
Part 10 bytes as the ``original`` version (hash-verified like any cached blob), so
imported studies open offline like fetched ones. Unreadable files are listed,
never silently dropped.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pydicom
from pydicom.errors import InvalidDicomError

from radview.errors import UsageError
from radview.net.cache import Cache
from radview.net.sources.rows import ORIGINAL, instance_row, series_row, study_row

DICOMDIR_CLASS = "1.2.840.10008.1.3.10"


@dataclass
class ImportReport:
    instances: int = 0
    studies: set[str] = field(default_factory=set)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # cached copy kept

    def describe(self) -> str:
        text = f"imported {self.instances} image(s) in {len(self.studies)} study(ies)"
        if self.conflicts:
            text += (f"; {len(self.conflicts)} conflict(s), the verified cached copy kept "
                     f"(first: {self.conflicts[0][0]}: {self.conflicts[0][1]})")
        if self.skipped:
            text += f"; skipped {len(self.skipped)} file(s) (first: {self.skipped[0][0]}: {self.skipped[0][1]})"
        return text


def pixel_data_problem(path: Path) -> str | None:
    """Why the file's pixel data is incomplete (a truncated copy), or None when whole:
    native pixel data shorter than Rows × Columns × samples × frames says so; an
    encapsulated one must hold all its fragments."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a cut-off file is what we are looking for
            ds = pydicom.dcmread(path)
        data = ds.get("PixelData")
        if data is None:  # the tag is in the file (checked by the caller) but unreadable
            return "pixel data cut off" if b"\xe0\x7f\x10\x00" in path.read_bytes() else None
        frames = int(ds.get("NumberOfFrames") or 1)
        if ds.file_meta.TransferSyntaxUID.is_encapsulated:
            from pydicom.encaps import generate_fragments

            # pydicom reads a cut-off encapsulation with a warning only: the sequence
            # delimiter that closes the pixel data must be in the file
            if b"\xfe\xff\xdd\xe0\x00\x00\x00\x00" not in path.read_bytes()[-64 * 1024:]:
                return "encapsulated pixel data without its end (sequence delimiter)"
            if sum(1 for _ in generate_fragments(data)) < frames:
                return "fewer pixel data fragments than frames"
            return None
        bits = int(ds.BitsAllocated)
        pixels = int(ds.Rows) * int(ds.Columns) * int(ds.get("SamplesPerPixel") or 1) * frames
        need = (pixels * bits + 7) // 8
        if len(data) < need:
            return f"pixel data {len(data)} of {need} bytes"
    except Exception as exc:  # pydicom raises many kinds on a cut-off file
        return f"unreadable pixel data ({type(exc).__name__}: {exc})"
    return None


def _candidates(paths: Iterable[str | os.PathLike]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            out.append(path)
    return out


def _dicomdir_files(ds, root: Path) -> list[Path]:
    """Files referenced by a DICOMDIR (pydicom's FileSet reads the directory records)."""
    from pydicom.fileset import FileSet

    fileset = FileSet(ds)
    return [Path(instance.path) for instance in fileset]


def import_paths(cache: Cache, paths: Iterable[str | os.PathLike], *,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, source: str = "local") -> ImportReport:
    report = ImportReport()
    queue = _candidates(paths)
    seen: set[Path] = set()
    n = 0
    while n < len(queue):
        path = queue[n]
        n += 1
        if cancel is not None and cancel():
            break
        if path in seen:
            continue
        seen.add(path)
        try:
            data = path.read_bytes()
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except (InvalidDicomError, OSError, ValueError, EOFError) as exc:
            report.skipped.append((str(path), f"not a readable DICOM file ({exc})"))
            continue
        media_class = str(getattr(ds.get("file_meta", None) or ds, "MediaStorageSOPClassUID", ""))
        if media_class == DICOMDIR_CLASS or path.name.upper() == "DICOMDIR":
            try:
                queue.extend(_dicomdir_files(pydicom.dcmread(path), path.parent))
            except Exception as exc:  # a damaged DICOMDIR: report, keep importing the rest
                report.skipped.append((str(path), f"damaged DICOMDIR ({exc})"))
            continue
        if "PixelData" not in ds and "FloatPixelData" not in ds:
            # stop_before_pixels hides PixelData; check the tag from the raw file instead
            if b"\xe0\x7f\x10\x00" not in data:
                report.skipped.append((str(path), "no image in this DICOM file"))
                continue
        row = study_row(ds)
        instance = instance_row(ds)
        if not row["study_uid"] or not instance["sop_uid"]:
            report.skipped.append((str(path), "missing Study or SOP Instance UID"))
            continue
        # A refusal is decided before anything is written: a damaged or different copy
        # of an image already cached never replaces the verified one.
        held = cache.blob_digests(instance["sop_uid"])
        problem = pixel_data_problem(path)
        if problem and held:
            report.conflicts.append((str(path), f"damaged copy ({problem}) of an image already "
                                                "cached: kept the verified cached copy"))
            continue
        if problem:
            report.skipped.append((str(path), f"truncated or damaged image ({problem})"))
            continue
        if ORIGINAL in held and held[ORIGINAL] != hashlib.sha256(data).hexdigest():
            report.conflicts.append((str(path), "a different copy of an image already cached: "
                                                "kept the cached copy"))
            continue
        old = cache.study(row["study_uid"])
        if old and old.get("modalities") and row["modalities"] not in old["modalities"].split("\\"):
            row["modalities"] = old["modalities"] + "\\" + row["modalities"]
        elif old and old.get("modalities"):
            row["modalities"] = old["modalities"]
        cache.put_study(row, source=source)
        cache.put_series(series_row(ds))
        cache.put_instance(instance)
        cache.put_blob(instance["sop_uid"], ORIGINAL, data, study_uid=row["study_uid"])
        report.instances += 1
        report.studies.add(row["study_uid"])
        if progress is not None:
            progress(n, len(queue))
    return report
