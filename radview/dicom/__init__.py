"""What every side needs to speak DICOM: the JSON model, multipart bodies, Part 10, query values.

A leaf package (pydicom, pynetdicom's SOP class table and the standard library only;
no Qt, no network, no other radview package but :mod:`radview.errors`) so the server,
the client side, the hanging protocols and the anatomy model all read DICOM the same way.

- :mod:`radview.dicom.model`: DICOM JSON (PS3.18 F.2) ↔ pydicom, and the plain
  keyword → value view of a header the rest of radview works with.
- :mod:`radview.dicom.multipart`: streaming multipart/related reader and writer.
- :mod:`radview.dicom.part10`: where a Part 10 file's dataset starts; its file meta.
- :mod:`radview.dicom.query`: UID and query-value (matching key) validation.
- :mod:`radview.dicom.qr`: Query/Retrieve levels, unique keys and information models.
"""

from radview.dicom.model import (
    dataset_plain, flatten, from_json, int_value, json_from_plain, keyword_of, plain_value,
    text_value, to_json,
)
from radview.dicom.multipart import (
    MultipartError, boundary_of, content_type_params, iter_parts, new_boundary, read_parts,
    write_parts,
)
from radview.dicom.part10 import Part10Error, dataset_offset, read_file_meta
from radview.dicom.query import (
    QueryValueError, check_uid, parse_query_value, valid_uid,
)

__all__ = [
    "MultipartError", "Part10Error", "QueryValueError", "boundary_of", "check_uid",
    "content_type_params", "dataset_offset", "dataset_plain", "flatten", "from_json",
    "int_value", "iter_parts", "json_from_plain", "keyword_of", "new_boundary", "parse_query_value",
    "plain_value", "read_file_meta", "read_parts", "text_value", "to_json", "valid_uid",
    "write_parts",
]
