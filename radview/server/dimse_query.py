"""Translation between DIMSE query/retrieve identifiers and the store's find().

Qt-free and network-free, so the rules (levels per information model, which
keys are passed on, how matches become response identifiers) are testable on
their own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Mapping

from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence

from radview.dicom.qr import LEVELS, STUDY_ROOT_MODELS, UNIQUE_KEY

LOG = logging.getLogger("radview.server.dimse")

# Elements that steer the query rather than match anything.
_CONTROL_KEYWORDS = {"QueryRetrieveLevel", "SpecificCharacterSet", "TimezoneOffsetFromUTC"}

# ErrorComment is LO: at most 64 characters.
ERROR_COMMENT_MAX = 64


class QueryError(ValueError):
    """The identifier cannot be answered (bad level, missing unique key, ...).

    ``status`` is the DIMSE failure status to answer with.
    """

    def __init__(self, message: str, status: int = 0xA900):
        super().__init__(message)
        self.status = status


@dataclass
class ParsedQuery:
    level: str
    query: dict[str, str]                       # keyword -> DICOM string value ('' = return key)
    requested: list[str] = field(default_factory=list)   # keywords to answer, in identifier order
    sequences: list[str] = field(default_factory=list)   # SQ keys: answered empty (not matched)


def status_dataset(status: int, comment: str = "") -> Dataset:
    """A DIMSE status with an ErrorComment a peer can show to its user."""
    ds = Dataset()
    ds.Status = status
    if comment:
        ds.ErrorComment = _ascii(comment)[:ERROR_COMMENT_MAX]
    return ds


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii").replace("\\", "/")


def level_of(identifier: Dataset, model: str) -> str:
    """The Query/Retrieve Level, checked against the information model."""
    raw = identifier.get("QueryRetrieveLevel", "")
    level = str(raw or "").strip().upper()
    if not level:
        raise QueryError("Query/Retrieve Level (0008,0052) is missing")
    if level not in LEVELS:
        raise QueryError(f"unknown Query/Retrieve Level {level!r}")
    if model in STUDY_ROOT_MODELS and level == "PATIENT":
        raise QueryError("Study Root has no PATIENT level; use Patient Root")
    return level


def dicom_string(value: Any) -> str:
    """An element value as the DICOM string matching works on ('' when empty)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, MultiValue)):
        return "\\".join(dicom_string(v) for v in value)
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip(" \x00")
    return str(value).strip()


def parse_find(identifier: Dataset, model: str) -> ParsedQuery:
    """Level, match keys (including empty return keys) and keys to answer."""
    level = level_of(identifier, model)
    parsed = ParsedQuery(level=level, query={})
    for elem in identifier:
        keyword = elem.keyword
        if not keyword or elem.tag.element == 0 or keyword in _CONTROL_KEYWORDS:
            continue  # private tags, group lengths, control elements
        if elem.VR == "SQ":
            parsed.sequences.append(keyword)
            continue
        parsed.query[keyword] = dicom_string(elem.value)
        parsed.requested.append(keyword)
    unique = UNIQUE_KEY[level]
    if unique not in parsed.query:
        # Every answer carries the unique key of its level (PS3.4 C.4.1.2.2).
        parsed.query[unique] = ""
        parsed.requested.append(unique)
    return parsed


def response_identifier(parsed: ParsedQuery, row: Mapping[str, Any], *, ae_title: str) -> Dataset:
    """The C-FIND answer for one match: exactly the requested keys, from the row."""
    ds = Dataset()
    non_ascii = False
    for keyword in parsed.requested:
        value = row.get(keyword)
        if value in (None, "") and keyword == "RetrieveAETitle":
            value = ae_title
        if value in (None, "") and keyword == "InstanceAvailability":
            value = "ONLINE"
        if value in (None, "") and keyword == "AvailableTransferSyntaxUID":
            # The stored syntax: a C-GET requestor proposes it so it gets the original.
            value = row.get("TransferSyntaxUID")
        if isinstance(value, str) and not value.isascii():
            non_ascii = True
        try:
            setattr(ds, keyword, _element_value(value))
        except Exception as exc:  # a stored value the VR cannot hold: answer it empty
            LOG.warning("C-FIND: cannot return %s=%r (%s); returning it empty", keyword, value, exc)
            setattr(ds, keyword, None)
    for keyword in parsed.sequences:
        setattr(ds, keyword, Sequence())
    ds.QueryRetrieveLevel = parsed.level
    if non_ascii:
        ds.SpecificCharacterSet = "ISO_IR 192"
    return ds


def _element_value(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, (list, tuple)):
        return [str(v) if not isinstance(v, (int, float)) else v for v in value]
    if isinstance(value, bool):
        return int(value)
    return value


@dataclass
class RetrieveRequest:
    level: str
    patient_ids: list[str]
    study_uids: list[str]
    series_uids: list[str]
    sop_uids: list[str]


def _uid_list(identifier: Dataset, keyword: str) -> list[str]:
    text = dicom_string(identifier.get(keyword, ""))
    return [u.strip() for u in text.split("\\") if u.strip()]


def parse_retrieve(identifier: Dataset, model: str) -> RetrieveRequest:
    """Unique keys of a C-GET / C-MOVE (lists of UIDs allowed, no wildcards)."""
    level = level_of(identifier, model)
    req = RetrieveRequest(
        level=level,
        patient_ids=_uid_list(identifier, "PatientID"),
        study_uids=_uid_list(identifier, "StudyInstanceUID"),
        series_uids=_uid_list(identifier, "SeriesInstanceUID"),
        sop_uids=_uid_list(identifier, "SOPInstanceUID"),
    )
    keys = {"PATIENT": req.patient_ids, "STUDY": req.study_uids,
            "SERIES": req.series_uids, "IMAGE": req.sop_uids}[level]
    if not keys:
        raise QueryError(f"a {level}-level retrieve needs {UNIQUE_KEY[level]} (unique key)")
    for value in keys:
        if "*" in value or "?" in value:
            raise QueryError(f"wildcards are not allowed in the unique key {UNIQUE_KEY[level]}")
    return req


def resolve_instances(store: Any, req: RetrieveRequest) -> list[str]:
    """SOP Instance UIDs the retrieve asks for, in a stable order, without repeats."""
    found: list[str] = []
    if req.level == "PATIENT":
        for patient_id in req.patient_ids:
            for study in store.find("STUDY", {"PatientID": patient_id, "StudyInstanceUID": ""}):
                found.extend(store.instance_uids(study_uid=study["StudyInstanceUID"]))
    elif req.level == "STUDY":
        for uid in req.study_uids:
            found.extend(store.instance_uids(study_uid=uid))
    elif req.level == "SERIES":
        for uid in req.series_uids:
            found.extend(store.instance_uids(series_uid=uid))
    else:
        for uid in req.sop_uids:
            found.extend(store.instance_uids(sop_uid=uid))
    return list(dict.fromkeys(found))
