"""The embedded store's SQLite schema and the query keys it indexes."""

from __future__ import annotations

from radview.server.storage import LEVELS

# keyword -> (SQL expression, match kind, level that owns it)
KEYS: dict[str, tuple[str, str, str]] = {
    "PatientID": ("st.patient_id", "str", "PATIENT"),
    "PatientName": ("st.patient_name", "pn", "PATIENT"),
    "PatientBirthDate": ("st.patient_birth_date", "date", "PATIENT"),
    "PatientSex": ("st.patient_sex", "str", "PATIENT"),
    "StudyInstanceUID": ("st.study_uid", "uid", "STUDY"),
    "StudyDate": ("st.study_date", "date", "STUDY"),
    "StudyTime": ("st.study_time", "time", "STUDY"),
    "AccessionNumber": ("st.accession_number", "str", "STUDY"),
    "StudyID": ("st.study_id", "str", "STUDY"),
    "StudyDescription": ("st.study_description", "str", "STUDY"),
    "ReferringPhysicianName": ("st.referring_physician_name", "pn", "STUDY"),
    "SeriesInstanceUID": ("se.series_uid", "uid", "SERIES"),
    "Modality": ("se.modality", "str", "SERIES"),
    "SeriesNumber": ("se.series_number", "int", "SERIES"),
    "SeriesDescription": ("se.series_description", "str", "SERIES"),
    "BodyPartExamined": ("se.body_part", "str", "SERIES"),
    "SeriesDate": ("se.series_date", "date", "SERIES"),
    "SOPInstanceUID": ("i.sop_uid", "uid", "IMAGE"),
    "SOPClassUID": ("i.sop_class_uid", "uid", "IMAGE"),
    "InstanceNumber": ("i.instance_number", "int", "IMAGE"),
    "Rows": ("i.rows", "int", "IMAGE"),
    "Columns": ("i.columns", "int", "IMAGE"),
    "NumberOfFrames": ("i.frames", "int", "IMAGE"),
    "TransferSyntaxUID": ("i.transfer_syntax", "uid", "IMAGE"),
}
COUNT_KEYS = {
    "NumberOfPatientRelatedStudies": "PATIENT",
    "NumberOfStudyRelatedSeries": "STUDY",
    "NumberOfStudyRelatedInstances": "STUDY",
    "ModalitiesInStudy": "STUDY",
    "NumberOfSeriesRelatedInstances": "SERIES",
}
LEVEL_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}


# table -> (columns, options of sqlite_utils' create(), indexed columns); created in this
# order, so a foreign key's table exists before the table that points at it.
TABLES: dict[str, tuple[dict[str, type], dict, tuple[str, ...]]] = {
    "studies": ({
        "study_uid": str, "patient_id": str, "patient_name": str,
        "patient_birth_date": str, "patient_sex": str, "study_date": str,
        "study_time": str, "accession_number": str, "study_id": str,
        "study_description": str, "referring_physician_name": str,
        "status": int, "diagnosis": str, "created": float,
    }, dict(pk="study_uid", defaults={"status": 1, "diagnosis": "{}"}),
        ("patient_id", "study_date", "accession_number")),
    "series": ({
        "series_uid": str, "study_uid": str, "modality": str,
        "series_number": int, "series_description": str, "body_part": str,
        "series_date": str, "created": float,
    }, dict(pk="series_uid", foreign_keys=[("study_uid", "studies", "study_uid")]),
        ("study_uid", "modality")),
    "instances": ({
        "sop_uid": str, "series_uid": str, "study_uid": str, "sop_class_uid": str,
        "instance_number": int, "transfer_syntax": str, "rows": int,
        "columns": int, "frames": int, "samples_per_pixel": int,
        "bits_allocated": int, "modality": str, "body_part": str,
        "file_sha256": str, "file_size": int, "skeleton": bytes,
        "skeleton_sha256": str, "metadata": str, "source": str, "received": float,
    }, dict(pk="sop_uid", foreign_keys=[("series_uid", "series", "series_uid")]),
        ("series_uid", "study_uid")),
    "bulk": ({
        "sop_uid": str, "seq": int, "tag_path": str, "offset": int,
        "length": int, "sha256": str, "frame": int, "fragment": int,
    }, dict(pk=("sop_uid", "seq")), ()),
    "versions": ({
        "sop_uid": str, "name": str, "frame": int, "sha256": str,
        "bytes": int, "params": str, "created": float,
    }, dict(pk=("sop_uid", "name", "frame")), ()),
    "version_jobs": ({
        "sop_uid": str, "state": str, "message": str, "updated": float,
    }, dict(pk="sop_uid"), ("state",)),
}


def create_schema(db) -> None:
    """Creates the tables missing from ``db`` (a sqlite_utils.Database)."""
    for name, (columns, options, indexed) in TABLES.items():
        if name not in db.table_names():
            db[name].create(columns, **options)
            for column in indexed:
                db[name].create_index([column])
    from radview.protocols.anatomy import store as anatomy_store

    anatomy_store.ensure_table(db)  # series anatomy: model predictions, user labels
