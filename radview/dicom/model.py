"""The DICOM JSON model (PS3.18 F.2) and the plain keyword → value view of a header.

pydicom does the JSON encoding both ways (:func:`to_json`, :func:`from_json`).
Most of radview does not want tagged JSON though, it wants ``{"Modality": "CT",
"PatientName": "Doe^Jane", "ImageType": ["ORIGINAL", "PRIMARY"]}``: the *plain*
view. It has the same shape whichever way the header arrived:

- one value → the value itself; several → a list; none → ``""`` (``[]`` for a sequence);
- person names → their alphabetic form as a string;
- numbers (IS, DS, US, FL, ...) → int / float;
- sequences → a list of plain dicts;
- binary values (Pixel Data, bulk data URIs, inline binary) are left out.

:func:`flatten` gives it from DICOM JSON, :func:`dataset_plain` from a pydicom
Dataset, :func:`json_from_plain` goes back to DICOM JSON.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

from pydicom.datadict import dictionary_VR, keyword_for_tag, tag_for_keyword
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence as DicomSequence
from pydicom.valuerep import PersonName

BINARY_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
_HEX_TAG = re.compile(r"^\(?([0-9A-Fa-f]{4}),?([0-9A-Fa-f]{4})\)?$")


# ------------------------------------------------------------------ pydicom ↔ JSON

def to_json(ds: Dataset, *, bulk_threshold: int = 1024,
            bulk_uri: Callable[[DataElement], str] | None = None) -> dict[str, Any]:
    """A Dataset as DICOM JSON; binary values over ``bulk_threshold`` bytes become
    ``BulkDataURI`` from ``bulk_uri(element)`` when given (inline base64 otherwise)."""
    return ds.to_json_dict(bulk_data_threshold=bulk_threshold, bulk_data_element_handler=bulk_uri)


def from_json(doc: Mapping[str, Any], *,
              bulk_data: Callable[[str, str, str], Any] | None = None) -> Dataset:
    """DICOM JSON → Dataset; ``bulk_data(tag, vr, uri)`` fetches BulkDataURI values
    (without it they stay empty, which is what a header-only reader wants)."""
    return Dataset.from_json(dict(doc), bulk_data or (lambda _tag, _vr, _uri: None))


# ------------------------------------------------------------------ keywords

@lru_cache(maxsize=8192)
def keyword_of(key: str) -> str | None:
    """The DICOM keyword for a keyword or a tag written ``0008103E``, ``0008,103E`` or
    ``(0008,103E)``; None for a private or unknown tag or a non-keyword."""
    match = _HEX_TAG.match(key.strip())
    if match:
        return keyword_for_tag(int(match.group(1) + match.group(2), 16)) or None
    return key if tag_for_keyword(key) is not None else None


@lru_cache(maxsize=8192)
def _json_keyword(tag: str) -> str:
    """Keyword of a DICOM JSON tag; unknown and private tags keep their hex form."""
    try:
        return keyword_for_tag(int(tag, 16)) or tag
    except ValueError:
        return tag


# ------------------------------------------------------------------ JSON → plain

def _one_or_many(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def _is_mapping(value: Any) -> bool:
    # A parsed JSON document holds plain dicts: test that first. ``isinstance`` against
    # the abstract Mapping costs several times more, and a study's metadata document
    # (300 CT headers ≈ 20 000 elements) is flattened before its first image shows.
    return type(value) is dict or isinstance(value, Mapping)


def flatten(item: Mapping[str, Any]) -> dict[str, Any]:
    """DICOM JSON object → keyword → plain value (see the module docstring)."""
    out: dict[str, Any] = {}
    for tag, element in item.items():
        if not _is_mapping(element):
            continue
        if "InlineBinary" in element or "BulkDataURI" in element:
            continue
        out[_json_keyword(tag)] = plain_json_element(element)
    return out


def plain_json_element(element: Mapping[str, Any]) -> Any:
    """One DICOM JSON attribute (``{"vr": .., "Value": [..]}``) → its plain value."""
    vr = element.get("vr")
    values = element.get("Value")
    if vr == "SQ":
        return [flatten(v) for v in values or () if _is_mapping(v)]
    if not values:
        return ""
    if vr == "PN":
        values = [v.get("Alphabetic", "") if isinstance(v, Mapping) else str(v) for v in values]
    return _one_or_many(list(values))


# ------------------------------------------------------------------ pydicom → plain

def plain_value(value: Any) -> Any:
    """A pydicom element value → its plain value (see the module docstring)."""
    if isinstance(value, DicomSequence):
        return [dataset_plain(item) for item in value]
    if isinstance(value, Dataset):
        return dataset_plain(value)
    if isinstance(value, (MultiValue, list, tuple)):
        return _one_or_many([plain_value(v) for v in value]) if len(value) else ""
    if value is None:
        return ""
    if isinstance(value, PersonName):
        return str(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)  # IS, US... are int subclasses: hand out the plain type
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return str(value)


def dataset_plain(ds: Dataset, keywords: Iterable[str] | None = None) -> dict[str, Any]:
    """A Dataset (or the given keywords of it) → keyword → plain value.

    An element pydicom cannot convert (a malformed value in a foreign file) is
    left out rather than stopping the caller; binary values are left out.
    """
    out: dict[str, Any] = {}
    if keywords is None:
        elements: Iterable[Any] = (ds[tag] for tag in ds.keys())
    else:
        elements = (ds[kw] for kw in keywords if kw in ds)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydicom warns on odd values as it converts them
        for element in elements:
            try:
                if element.VR in BINARY_VRS or element.VR in ("OB or OW", "US or OW"):
                    continue
                value = element.value
                key = element.keyword or f"{element.tag:08X}"
                out[key] = [] if element.VR == "SQ" and not value else plain_value(value)
            except Exception:  # noqa: BLE001 - one bad element must not lose the header
                continue
    return out


def text_value(value: Any) -> str:
    """A plain (or DICOM JSON PN) value as display text; lists joined by backslash."""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return str(value.get("Alphabetic", ""))
    if isinstance(value, (list, tuple)):
        return "\\".join(text_value(v) for v in value)
    return str(value)


def int_value(value: Any) -> int | None:
    """A plain value as an int, or None when it is not a whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value if value is not None else "").strip()
    if text.isdigit() or (text[:1] in ("+", "-") and text[1:].isdigit()):
        return int(text)
    return None


# ------------------------------------------------------------------ plain → JSON

@lru_cache(maxsize=8192)
def _tag_vr(keyword: str) -> tuple[int, str] | None:
    tag = tag_for_keyword(keyword)
    return None if tag is None else (tag, dictionary_VR(tag))


_INT_VRS = frozenset({"IS", "SL", "SS", "SV", "UL", "US", "UV"})
_FLOAT_VRS = frozenset({"DS", "FL", "FD"})


def _json_values(vr: str, value: Any) -> list[Any]:
    items = list(value) if isinstance(value, (list, tuple)) else (
        str(value).split("\\") if isinstance(value, str) else [value])
    if vr == "PN":
        return [{"Alphabetic": str(v)} for v in items]
    if vr in _INT_VRS:
        return [int(v) for v in items]
    if vr in _FLOAT_VRS:
        return [float(v) for v in items]
    return [str(v) for v in items]


def json_from_plain(row: Mapping[str, Any], *, retrieve_url: str | None = None
                    ) -> dict[str, Any]:
    """Keyword → plain value (strings may hold backslash-separated lists) → DICOM JSON.

    Unknown keywords and binary or ambiguous VRs are skipped; an empty value gives
    an attribute without Value. Written out rather than through pydicom's
    DataElement, which validates every value, because query answers encode many rows.
    """
    out: dict[str, Any] = {}
    for keyword, value in row.items():
        known = _tag_vr(keyword)
        if known is None:
            continue
        tag, vr = known
        if vr in BINARY_VRS or " or " in vr or vr == "AT":
            continue
        if value is None or value == "" or value == []:
            out[f"{tag:08X}"] = {"vr": vr}
        elif vr == "SQ":
            items = value if isinstance(value, list) else [value]
            out[f"{tag:08X}"] = {"vr": "SQ", "Value": [json_from_plain(i) for i in items]}
        else:
            out[f"{tag:08X}"] = {"vr": vr, "Value": _json_values(vr, value)}
    if retrieve_url:
        out["00081190"] = {"vr": "UR", "Value": [retrieve_url]}
    return out
