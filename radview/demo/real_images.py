"""The real images of pydicom-data, added to the demo set as patients of their own.

Every file whose pixels pydicom can decode is copied unchanged (UIDs kept).
Left out, with the reason given in the summary: files pydicom cannot read or
decode (e.g. the truncated ``*_too_short``), files with invalid UIDs (the
deliberately broken ``bad_sequence.dcm``), and further copies of an instance
already taken in another transfer syntax (one SOP Instance UID, one file —
as a PACS would keep it). Files without a Patient ID get one, so that each
real patient stays separate, and encapsulated Pixel Data mislabelled as OW is
rewritten as OB (DCMTK warns about it); both are noted in the manifest.
"""

from __future__ import annotations

import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.uid import UID

from radview.demo.dicom_writer import safe_name

# Prefer plain encodings when the same instance exists in several transfer syntaxes.
_PREFERENCE = ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"]


# Anatomy of the real files, labelled by hand from what each file's own header
# says (descriptions, patient name, source collection); None = not known.
# Test patterns show no anatomy (empty set).
KNOWN_ANATOMY: dict[str, tuple[str, ...]] = {
    "693_": ("HEAD",),  # CQ500 head CT, "5/5mm Plain"
    "JPEG-LL": ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"),  # NM whole body bone scan
    "JPEG2000_UNC": ("HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS"),
    "MR-SIEMENS-DICOM-WithOverlays": ("ABDOMEN",),  # abdomen^liver
    "MR2_": ("SHOULDER",),
    "RG1_": ("CHEST",),  # THORAX
    "RG3_": ("LEG",),  # distal tibia
    "explicit_VR-UN": ("ABDOMEN",),  # pancreas CT
    "liver": ("ABDOMEN",),  # liver segmentation
    "eCT_Supplemental": ("HEAD",),  # perfusion, MCA stroke
    "color-p": ("CHEST",),  # transoesophageal echocardiogram
    "mlut_": (),  # modality LUT test pattern
    "vlut_": (),  # VOI LUT test pattern
    "SC_": (),  # colour test pattern
}


def known_anatomy(name: str) -> list[str] | None:
    for prefix, labels in KNOWN_ANATOMY.items():
        if name.startswith(prefix):
            return list(labels)
    return None


@dataclass
class RealFile:
    source: Path
    patient_id: str
    patient_name: str
    assigned_id: bool
    study_uid: str
    study_date: str
    study_time: str
    study_description: str
    modality: str
    series_uid: str
    series_number: str
    series_description: str
    sop_uid: str
    transfer_syntax: str
    repair: str | None = None  # why the copy is rewritten instead of copied byte for byte


def _read_header(path: Path) -> tuple[RealFile | None, str | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(path, defer_size=1024)
        except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
            return None, f"pydicom cannot read it ({type(exc).__name__})"
        if "PixelData" not in ds:
            return None, "no pixel data (truncated file)"
        uids = [ds.get("StudyInstanceUID", ""), ds.get("SeriesInstanceUID", ""),
                ds.get("SOPInstanceUID", "")]
        if not all(uid and UID(str(uid)).is_valid for uid in uids):
            return None, "invalid UIDs (deliberately broken test file)"
        repair = None
        raw_vr = getattr(ds.get_item("PixelData"), "VR", None)
        if ds.file_meta.TransferSyntaxUID.is_compressed and raw_vr not in (None, "OB"):
            # DCMTK warns about such files; the fix is lossless and keeps every UID
            repair = f"encapsulated Pixel Data had VR {raw_vr}, rewritten as OB"
    pid = str(ds.get("PatientID", "") or "").strip()
    return RealFile(
        source=path,
        patient_id=pid or f"PYDICOM_{safe_name(path.stem.upper(), 40)}",
        patient_name=str(ds.get("PatientName", "") or ""),
        assigned_id=not pid,
        study_uid=str(ds.StudyInstanceUID),
        study_date=str(ds.get("StudyDate", "") or ""),
        study_time=str(ds.get("StudyTime", "") or ""),
        study_description=str(ds.get("StudyDescription", "") or ""),
        modality=str(ds.get("Modality", "OT") or "OT"),
        series_uid=str(ds.SeriesInstanceUID),
        series_number=str(ds.get("SeriesNumber", "") or ""),
        series_description=str(ds.get("SeriesDescription", "") or ""),
        sop_uid=str(ds.SOPInstanceUID),
        transfer_syntax=str(ds.file_meta.TransferSyntaxUID),
        repair=repair,
    ), None


def _decodes(path: Path) -> str | None:
    """None when pydicom decodes the first and last frame, else the reason it cannot."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = pydicom.dcmread(path)
            frames = int(ds.get("NumberOfFrames", 1) or 1)
            pydicom.pixels.pixel_array(ds, index=0)
            if frames > 1:
                pydicom.pixels.pixel_array(ds, index=frames - 1)
        except Exception as exc:  # noqa: BLE001
            return f"pydicom cannot decode its pixels ({type(exc).__name__})"
    return None


def _rank(r: RealFile) -> tuple[int, str]:
    ts = r.transfer_syntax
    return (_PREFERENCE.index(ts) if ts in _PREFERENCE else len(_PREFERENCE), r.source.name)


def select(folder: Path) -> tuple[list[RealFile], list[dict]]:
    """Usable files (one per SOP Instance UID) and the skipped ones with reasons."""
    groups: dict[str, list[RealFile]] = {}
    skipped: list[dict] = []
    for path in sorted(folder.glob("*.dcm")):
        real, reason = _read_header(path)
        if real is None:
            skipped.append({"file": path.name, "reason": reason})
        else:
            groups.setdefault(real.sop_uid, []).append(real)
    kept: list[RealFile] = []
    for group in groups.values():
        keep = None
        for real in sorted(group, key=_rank):  # decode only until one works
            if keep is not None:
                skipped.append({"file": real.source.name, "reason":
                                f"same instance as {keep.source.name} in another transfer syntax"})
                continue
            reason = _decodes(real.source)
            if reason is None:
                keep = real
            else:
                skipped.append({"file": real.source.name, "reason": reason})
        if keep is not None:
            kept.append(keep)
    # a file without Patient ID joins the patient of another file of the same study
    by_study: dict[str, str] = {}
    for r in kept:
        if not r.assigned_id:
            by_study.setdefault(r.study_uid, r.patient_id)
    for r in kept:
        if r.assigned_id and r.study_uid in by_study:
            r.patient_id = by_study[r.study_uid]
    kept.sort(key=lambda r: r.source.name)
    skipped.sort(key=lambda s: s["file"])
    return kept, skipped


def copy_into(real: RealFile, out: Path) -> Path:
    """Copy one file into OUT/<PatientID>/<date>_<modality>_<desc>/<series>_<desc>/<file>."""
    study_dir = "_".join(x for x in (safe_name(real.study_date) if real.study_date else "nodate",
                                     real.modality,
                                     safe_name(real.study_description, 30) if real.study_description else "")
                         if x)
    series_dir = "_".join(x for x in (real.series_number or "0",
                                      safe_name(real.series_description, 30) if real.series_description else "")
                          if x)
    folder = out / safe_name(real.patient_id, 64) / study_dir / series_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / real.source.name
    if real.assigned_id or real.repair:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(real.source)
        ds.PatientID = real.patient_id
        if real.repair:
            ds["PixelData"].VR = "OB"
        ds.save_as(target, enforce_file_format=True)
    else:
        shutil.copyfile(real.source, target)
    return target
