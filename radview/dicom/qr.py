"""The Query/Retrieve information models and levels (PS3.4 C.3, C.6), for both sides.

The client (:mod:`radview.net.dimse`) picks the model it asks in; the server
(:mod:`radview.server.dimse`, :mod:`radview.server.dimse_query`) offers all of them
and checks a level against the model it was asked in. One table, so the two sides
cannot disagree about which SOP class is which model.
"""

from __future__ import annotations

from pynetdicom.sop_class import (
    PatientRootQueryRetrieveInformationModelFind,
    PatientRootQueryRetrieveInformationModelGet,
    PatientRootQueryRetrieveInformationModelMove,
    StudyRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelGet,
    StudyRootQueryRetrieveInformationModelMove,
)

LEVELS = ("PATIENT", "STUDY", "SERIES", "IMAGE")
# The unique key of each level (PS3.4 C.3.4).
UNIQUE_KEY = {
    "PATIENT": "PatientID",
    "STUDY": "StudyInstanceUID",
    "SERIES": "SeriesInstanceUID",
    "IMAGE": "SOPInstanceUID",
}
# (operation, patient root?) -> the information model's SOP class UID
MODELS = {
    ("find", True): PatientRootQueryRetrieveInformationModelFind,
    ("get", True): PatientRootQueryRetrieveInformationModelGet,
    ("move", True): PatientRootQueryRetrieveInformationModelMove,
    ("find", False): StudyRootQueryRetrieveInformationModelFind,
    ("get", False): StudyRootQueryRetrieveInformationModelGet,
    ("move", False): StudyRootQueryRetrieveInformationModelMove,
}
PATIENT_ROOT_MODELS = frozenset(uid for (_op, patient), uid in MODELS.items() if patient)
STUDY_ROOT_MODELS = frozenset(uid for (_op, patient), uid in MODELS.items() if not patient)


def model(operation: str, patient_root: bool) -> str:
    """The SOP class of a C-FIND/C-GET/C-MOVE ('find', 'get', 'move') in Patient or Study Root."""
    return MODELS[(operation, patient_root)]
