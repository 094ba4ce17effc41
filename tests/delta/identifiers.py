"""A real-looking instance full of identifiers, of every class de-identification handles."""

from __future__ import annotations

import io

import pydicom
from pydicom.dataset import Dataset

NAMES = {
    "PatientName": "Zanzibar^Quentin^Xavier", "OtherPatientNames": "Zanzibarova^Quenta",
    "PatientMotherBirthName": "Oksfordia^Marguerite", "ReferringPhysicianName": "Drumlin^Ophelia",
    "PerformingPhysicianName": "Vantablack^Hugo", "OperatorsName": "Tessaract^Ida",
    "NameOfPhysiciansReadingStudy": "Quillfeather^Bram", "RequestingPhysician": "Marzipan^Otto",
}
TEXTS = {
    "PatientID": "QZX778812", "OtherPatientIDs": "QZXALT4471", "AccessionNumber": "ACCQZX9911",
    "StudyID": "STQZX42", "IssuerOfPatientID": "QuorraIssuer",
    "PatientAddress": "17 Wobblestone Lane, Fakeville", "PatientTelephoneNumbers": "+1 555 013 4477",
    "InstitutionName": "St Quorra Hospital", "InstitutionAddress": "99 Plinth Road, Quorraton",
    "InstitutionalDepartmentName": "Quorradept Radiology", "StationName": "QUORRACT7",
    "DeviceSerialNumber": "SNQZ55123", "MedicalRecordLocator": "MRLQZX31",
    "ImageComments": "Patient Zanzibar fell at home, call 555-0134477",
    "AdditionalPatientHistory": "Quentin history of falls, lives at Wobblestone Lane",
    "StudyComments": "Zanzibar study comment",
    "StudyDescription": "CT HEAD Zanzibar trauma",
    "SeriesDescription": "Axial brain for Dr Drumlin 5mm",
    "ProtocolName": "QUORRA head protocol",
    "RequestedProcedureDescription": "Head CT for Zanzibar Quentin",
    "PerformedProcedureStepDescription": "Quorra scan",
    "DerivationDescription": "derived by Vantablack",
    "PatientComments": "Allergic, contact Zanzibarova",
}
DATES = {"PatientBirthDate": "19300214", "StudyDate": "20240301", "SeriesDate": "20240301",
         "AcquisitionDate": "20240301", "ContentDate": "20240301"}
PRIVATE_TEXT = "Zanzibarprivatenote"
OVERLAY_TEXT = b"OVERLAYQZXMARK"
CURVE_TEXT = b"CURVEQZXMARK"


def planted(path) -> tuple[bytes, list[str]]:
    """The instance at ``path`` with identifiers planted; returns (Part 10, what must vanish)."""
    ds = pydicom.dcmread(path)
    for k, v in {**NAMES, **TEXTS, **DATES}.items():
        setattr(ds, k, v)
    ds.PatientAge = "095Y"
    ds.PatientWeight = "5550134477"  # a number, but someone's phone
    ds.PatientSize = "1.83"
    ds.PatientSex = "F"
    ds.BodyPartExamined = "HEAD"
    ds.StudyTime = "101010"
    # nested: kept sequences carry identifiers too, removed sequences are full of them
    ref = Dataset()
    ref.ReferencedSOPClassUID = ds.SOPClassUID
    ref.ReferencedSOPInstanceUID = "1.2.3.4.5.6.7.8.9.4471"
    ref.PatientName = "Zanzibar^Nested"
    ref.add_new(0x00091010, "LO", "QUORRA NESTED PRIVATE")
    ref.add_new(0x00091011, "LO", "Zanzibarnestedprivate")
    ds.ReferencedImageSequence = [ref]
    req = Dataset()
    req.RequestedProcedureID = "RPQZX1"
    req.ScheduledProcedureStepID = "SPSQZX2"
    req.RequestingPhysician = "Marzipan^Otto"
    ds.RequestAttributesSequence = [req]
    ref_patient = Dataset()
    ref_patient.ReferencedSOPInstanceUID = "1.2.3.4.99.4472"
    ref_patient.PatientName = "Zanzibar^Deep"
    ds.ReferencedPatientSequence = [ref_patient]
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "T-D1100", "SRT", "Head"
    ds.AnatomicRegionSequence = [code]
    # private block, overlay, curve
    ds.add_new(0x00090010, "LO", "QUORRA PRIVATE")
    ds.add_new(0x00091001, "LO", PRIVATE_TEXT)
    ds.add_new(0x60000010, "US", 16)
    ds.add_new(0x60000011, "US", 16)
    ds.add_new(0x60000022, "LO", "Zanzibar overlay")
    ds.add_new(0x60003000, "OW", OVERLAY_TEXT + b"\0" * 18)
    ds.add_new(0x50000022, "LO", "Zanzibar curve")
    ds.add_new(0x50003000, "OB", CURVE_TEXT)
    ds.add_new(0x00380300, "UN", b"QuorraWard 7 ")  # CurrentPatientLocation, as UN
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    secrets = [v for v in {**NAMES, **TEXTS}.values()]
    secrets += [part for v in NAMES.values() for part in v.split("^")]
    secrets += ["Zanzibar", "Quentin", "Quorra", "Wobblestone", "Drumlin", "QuorraWard",
                PRIVATE_TEXT, "Zanzibarnestedprivate", OVERLAY_TEXT.decode(), CURVE_TEXT.decode(),
                "RPQZX1", "SPSQZX2", "5550134477", "19300214", "20240301", "1.2.3.4.5.6.7.8.9.4471",
                "1.2.3.4.99.4472", str(ds.SOPInstanceUID), str(ds.StudyInstanceUID),
                str(ds.SeriesInstanceUID), str(ds.get("FrameOfReferenceUID", "") or "")]
    return buf.getvalue(), sorted({s for s in secrets if s}, key=len)


def keyed_uids(site, ds) -> set[str]:
    """The UIDs ``site``'s key makes of ``ds``'s own UIDs.  They are 38-digit keyed
    numbers, so about one site key in a million puts an 8-digit original date inside
    one of them by chance; that is no leak, and :func:`leaks` must not call it one."""
    from pydicom.uid import UID_dictionary

    made = set()
    for elem in ds.iterall():
        if elem.VR != "UI" or not elem.value:
            continue
        for uid in (elem.value if elem.VM > 1 else [elem.value]):
            if str(uid) not in UID_dictionary:
                made.add(site.keyed.uid(str(uid)))
    return made


def leaks(blob: bytes, secrets: list[str], made: set[str] = frozenset()) -> list[str]:
    """The ``secrets`` found in ``blob`` outside the keyed values ``made`` of them."""
    low = blob.decode("latin-1").lower()
    for value in made:
        low = low.replace(value.lower(), "\0")
    return [s for s in secrets if s.lower() in low]


def with_bleed(path):
    """The CT head slice at ``path`` with a 75 HU blob in its brain (an acute bleed)."""
    import numpy as np

    ds = pydicom.dcmread(path)
    slope, intercept = float(ds.RescaleSlope), float(ds.RescaleIntercept)
    hu = ds.pixel_array * slope + intercept
    y, x = np.mgrid[: ds.Rows, : ds.Columns]
    blob = (y - ds.Rows * 0.45) ** 2 + (x - ds.Columns * 0.55) ** 2 < (ds.Rows * 0.08) ** 2
    pixels = ds.pixel_array.copy()
    pixels[blob & (hu > 15) & (hu < 50)] = round((75 - intercept) / slope)
    ds.PixelData = pixels.tobytes()
    return ds
