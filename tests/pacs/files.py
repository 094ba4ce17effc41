"""The real files the PACS peer tests send both ways, and element-by-element comparison.

Each file becomes its own study (fresh Study/Series/SOP Instance UIDs: pydicom's test
files share UIDs) written by pydicom in the file's own transfer syntax; those bytes
are "the original" every received copy is compared with.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from radview.resources.sample_images import pydicom_data_dir

# Every transfer syntax pydicom-data and pydicom's test files hold, image and non-image
# objects: (file, where). "fast" ones run in every test run; the rest with -m slow.
FAST = [
    "CT_small.dcm",                  # explicit VR little endian, CT
    "MR_small_implicit.dcm",         # implicit VR little endian
    "MR2_J2KR.dcm",                  # JPEG 2000 lossless
    "JPEG-LL.dcm",                   # JPEG lossless SV1 (NM)
    "MR_small_RLE.dcm",              # RLE lossless
    "SC_rgb_jpeg_gdcm.dcm",          # JPEG lossless, RGB
    "JPEGLSNearLossless_08.dcm",     # JPEG-LS near-lossless
    "reportsi.dcm",                  # Basic Text SR
    "rtplan.dcm",                    # RT Plan (no pixels, implicit VR)
    "KO",                            # Key Object Selection, made here
]
MORE = [
    "693_UNCI.dcm", "RG1_UNCR.dcm", "US1_UNCR.dcm", "MR_small_bigendian.dcm", "image_dfl.dcm",
    "SC_rgb_jpeg_dcmd.dcm", "JPGExtended.dcm", "MR_small_jpeg_ls_lossless.dcm",
    "JPEGLSNearLossless_16.dcm", "RG1_J2KI.dcm", "US1_J2KI.dcm", "693_J2KR.dcm",
    "emri_small_RLE.dcm", "SC_rgb_rle_16bit_2frame.dcm", "rtdose.dcm", "test-SR.dcm",
    "waveform_ecg.dcm", "liver.dcm", "color3d_jpeg_baseline.dcm", "examples_palette.dcm",
    "PR",
]


def source_path(name: str) -> Path:
    data = pydicom_data_dir() / name
    if data.is_file():
        return data
    return Path(pydicom.data.get_testdata_file(name))


@dataclass(frozen=True)
class Sample:
    name: str
    data: bytes           # the original Part 10 bytes we send
    study: str
    series: str
    sop: str
    sop_class: str
    syntax: str


def _key_object(referenced: Dataset | None, *, presentation_state: bool = False) -> Dataset:
    ds = Dataset()
    ds.SOPClassUID = ("1.2.840.10008.5.1.4.1.1.11.1" if presentation_state
                      else "1.2.840.10008.5.1.4.1.1.88.59")
    ds.Modality = "PR" if presentation_state else "KO"
    ds.PatientName = "PRESENTATION^STATE" if presentation_state else "KEY^OBJECT"
    ds.PatientID = "PID-PR" if presentation_state else "PID-KO"
    ds.StudyDate, ds.ContentDate, ds.ContentTime = "20240102", "20240102", "101500"
    ds.SeriesNumber, ds.InstanceNumber = 9, 1
    if presentation_state:
        ds.ContentLabel, ds.PresentationCreationDate = "GSPS", "20240102"
        ds.PresentationCreationTime = "101500"
    else:
        ds.ValueType, ds.ContinuityOfContent = "CONTAINER", "SEPARATE"
        concept = Dataset()
        concept.CodeValue, concept.CodingSchemeDesignator = "113000", "DCM"
        concept.CodeMeaning = "Of Interest"
        ds.ConceptNameCodeSequence = Sequence([concept])
    if referenced is not None:
        ref = Dataset()
        ref.ReferencedSOPClassUID = referenced.SOPClassUID
        ref.ReferencedSOPInstanceUID = referenced.SOPInstanceUID
        ds.CurrentRequestedProcedureEvidenceSequence = Sequence([ref])
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    return ds


def make_sample(name: str, index: int) -> Sample:
    if name in ("KO", "PR"):
        ds = _key_object(None, presentation_state=name == "PR")
    else:
        ds = pydicom.dcmread(source_path(name))
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.SOPInstanceUID = generate_uid()
    if "PatientID" not in ds or not str(ds.PatientID):
        ds.PatientID = f"PID-{index}"
    if "PatientName" not in ds:
        ds.PatientName = f"PATIENT^{index}"
    ds.StudyID = f"S{index}"
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return Sample(name, buf.getvalue(), str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID),
                  str(ds.SOPInstanceUID), str(ds.SOPClassUID), str(ds.file_meta.TransferSyntaxUID))


def make_samples(names: list[str]) -> list[Sample]:
    return [make_sample(n, i) for i, n in enumerate(names)]


def differences(received: bytes, original: bytes) -> list[str]:
    """Elements that differ (file meta aside); [] when the datasets are equal.

    Values are compared as decoded by pydicom (so an Explicit VR copy of an
    Implicit VR original compares equal); encapsulated pixel data byte for byte.
    Group lengths and Data Set Trailing Padding (FFFC,FFFC) are left out: a
    sender may add or drop them (PS3.5 7.2, PS3.10 7.2), they carry no meaning.
    """
    got = pydicom.dcmread(io.BytesIO(received))
    ref = pydicom.dcmread(io.BytesIO(original))
    out = []
    tags = {t for t in [*ref.keys(), *got.keys()] if t.element != 0 and t != 0xFFFCFFFC}
    for tag in sorted(tags):
        if tag not in got or tag not in ref:
            out.append(f"{tag} {'missing' if tag in ref else 'added'}")
        elif got[tag].value != ref[tag].value:
            out.append(f"{tag} {ref[tag].keyword or 'private'} differs")
    return out


def syntax_of(data: bytes) -> str:
    return str(pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True).file_meta.TransferSyntaxUID)
