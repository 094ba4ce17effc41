"""Overlay planes (group 60xx, PS3.3 C.9) in DICOM JSON, kept beside a plain header.

A plain header (``model.flatten``) drops binary values, and with them the
overlay bitmap (60xx,3000), which a server's metadata document gives only as a
BulkDataURI. A client that shows images from such headers keeps the overlay
elements of each instance under :data:`OVERLAY_KEY`, with the bitmap made inline
(:func:`inline_bulk`), so the viewer can draw the planes as from the file and the
header stays JSON (it goes into the local cache as it is, for offline reading).
"""

from __future__ import annotations

import base64
from typing import Any, Callable, Mapping

OVERLAY_KEY = "overlay_planes"  # lower case: never a DICOM keyword
GROUPS = tuple(range(0x6000, 0x6020, 2))
_PREFIXES = tuple(f"{g:04X}" for g in GROUPS)


def overlay_elements(item: Mapping[str, Any]) -> dict[str, Any]:
    """The 60xx elements of a DICOM JSON object, for the groups that carry Overlay Data
    (an empty dict when there is none)."""
    # Called on every header of a metadata document: look for the few possible
    # Overlay Data keys first, and only scan the whole item when one is there.
    groups = {p for p in _PREFIXES if p + "3000" in item or p.lower() + "3000" in item}
    if not groups:
        return {}
    return {tag: element for tag, element in item.items() if tag[:4].upper() in groups}


def inline_bulk(elements: Mapping[str, Any], fetch: Callable[[str], bytes]) -> dict[str, Any]:
    """A copy of ``elements`` whose BulkDataURIs are replaced by their bytes (InlineBinary,
    base64) as ``fetch(uri)`` returns them; whatever ``fetch`` raises goes to the caller."""
    out = {}
    for tag, element in elements.items():
        if isinstance(element, Mapping) and "BulkDataURI" in element:
            data = fetch(str(element["BulkDataURI"]))
            element = {"vr": element.get("vr", "OW"),
                       "InlineBinary": base64.b64encode(data).decode("ascii")}
        out[tag] = element
    return out
