"""UID and query-value validation (PS3.5 9.1, 6.2; PS3.4 C.2.2.2; PS3.18 8.3.4).

A query value is checked and taken apart *before* anything is asked of a
database or a peer, so an unparsable value is answered with a clear refusal
(an HTTP 400, a CLI usage error) instead of a silent empty result or a crash.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from pydicom.datadict import dictionary_VR, tag_for_keyword

from radview.dicom.model import keyword_of
from radview.errors import RadviewError

_UID = re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
_UID_LOOSE = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_DA = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TM = re.compile(r"^(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?$")
_DT = re.compile(r"^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?"
                 r"([+-]\d{4})?$")
_SIGNED = re.compile(r"^[+-]?\d+$")
INT_RANGES = {"IS": (-(2**31 - 1), 2**31 - 1), "SS": (-(2**15), 2**15 - 1), "US": (0, 2**16 - 1),
              "SL": (-(2**31), 2**31 - 1), "UL": (0, 2**32 - 1),
              "SV": (-(2**63), 2**63 - 1), "UV": (0, 2**64 - 1)}
FLOAT_VRS = frozenset({"DS", "FL", "FD"})
MAX_LENGTH = {"AE": 16, "AS": 4, "CS": 16, "LO": 64, "PN": 64 * 3 + 2, "SH": 16, "ST": 1024,
              "LT": 10240}
TEXT_VRS = frozenset(MAX_LENGTH) | {"UC", "UT", "UR"}
# QIDO-RS writes value lists with commas; for UIDs and code strings a comma cannot be data.
COMMA_LISTS = frozenset({"UI", "CS"})


class QueryValueError(RadviewError, ValueError):
    """A query value (or UID) that cannot be parsed; the message names the attribute."""


def valid_uid(uid: str, *, strict: bool = False) -> bool:
    """A UID: digits and dots, at most 64 characters. ``strict`` also refuses leading
    zeros in a component (PS3.5 9.1), which some real-world UIDs have."""
    pattern = _UID if strict else _UID_LOOSE
    return isinstance(uid, str) and 0 < len(uid) <= 64 and bool(pattern.match(uid))


def check_uid(value: str, what: str = "UID") -> str:
    """``value`` if it is a valid UID, else QueryValueError naming ``what``."""
    if not valid_uid(value):
        raise QueryValueError(f"{what} {str(value)[:80]!r} is not a valid DICOM UID")
    return value


@dataclass(frozen=True)
class QueryValue:
    """A parsed matching key.

    ``kind`` is one of: ``universal`` (matches everything), ``single``, ``list``
    (any of ``values``), ``range`` (``lo``-``hi``, either side may be open),
    ``wildcard`` (one value with ``*``/``?``).
    """

    keyword: str
    vr: str
    kind: str
    values: tuple[str, ...] = ()
    lo: str = ""
    hi: str = ""

    @property
    def text(self) -> str:
        """The value in DICOM form: list items joined by backslash, ranges as lo-hi."""
        if self.kind == "range":
            return f"{self.lo}-{self.hi}"
        return "\\".join(self.values)


def vr_of(keyword: str) -> str:
    """The VR of a keyword (or hex tag); QueryValueError for an unknown attribute."""
    known = keyword_of(keyword)
    if known is None:
        raise QueryValueError(f"unknown attribute {keyword[:80]!r}")
    return dictionary_VR(tag_for_keyword(known))


def parse_query_value(keyword: str, value: object, *, vr: str | None = None) -> QueryValue:
    """Check a matching-key value for ``keyword`` and say how it matches.

    ``value`` may be a string (value lists with backslashes, or commas for UIDs and
    code strings), a list, or None/""/"*" (universal matching). Raises
    QueryValueError, naming the attribute, for anything that cannot match.
    """
    keyword = keyword_of(keyword) or keyword
    vr = vr or vr_of(keyword)
    if value is None:
        return QueryValue(keyword, vr, "universal")
    if isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value]
    else:
        text = str(value).strip()
        if text in ("", "*"):
            return QueryValue(keyword, vr, "universal")
        sep = re.compile(r"[\\,]") if vr in COMMA_LISTS else re.compile(r"\\")
        items = [t.strip() for t in sep.split(text)]
    items = [t for t in items if t]
    if not items or items == ["*"]:
        return QueryValue(keyword, vr, "universal")

    def refuse(why: str, item: str) -> QueryValueError:
        return QueryValueError(f"{keyword}: {item[:64]!r} {why}")

    for item in items:
        if any(ord(c) < 32 for c in item):
            raise refuse("contains control characters", item)
    if vr in ("DA", "TM", "DT"):
        if len(items) > 1:
            raise refuse("is a value list; dates and times take one value or a range",
                         "\\".join(items))
        return _date_time(keyword, vr, items[0], refuse)
    wild = any("*" in t or "?" in t for t in items)
    if wild and vr not in TEXT_VRS:
        raise refuse(f"has a wildcard, which a {vr} value cannot match with", items[0])
    for item in items:
        _check_item(vr, item, refuse)
    if wild and len(items) == 1:
        return QueryValue(keyword, vr, "wildcard", tuple(items))
    return QueryValue(keyword, vr, "list" if len(items) > 1 else "single", tuple(items))


def _check_item(vr: str, item: str, refuse) -> None:
    if vr == "UI":
        if not valid_uid(item):
            raise refuse("is not a valid DICOM UID", item)
    elif vr in INT_RANGES:
        if not _SIGNED.match(item):
            raise refuse("is not a whole number", item)
        lo, hi = INT_RANGES[vr]
        if not lo <= int(item) <= hi:
            raise refuse(f"is out of range for {vr} ({lo}..{hi})", item)
    elif vr in FLOAT_VRS:
        try:
            float(item)
        except ValueError:
            raise refuse("is not a number", item) from None
    elif vr in TEXT_VRS:
        limit = MAX_LENGTH.get(vr)
        if limit and len(item) > limit:
            raise refuse(f"is longer than a {vr} value can be ({limit} characters)", item)
    else:
        raise refuse(f"cannot be matched: attributes of VR {vr} are not matching keys", item)


def _date_time(keyword: str, vr: str, text: str, refuse) -> QueryValue:
    check = {"DA": _valid_da, "TM": _valid_tm, "DT": _valid_dt}[vr]
    if "*" in text or "?" in text:
        raise refuse(f"has a wildcard, which a {vr} value cannot match with", text)
    if vr == "DT":
        split = _dt_range(text, check)
        # "20200101120000-0500" is one DT with its UTC offset, "2019-2020" a range of years
        if check(text) and (split is None or (len(split[1]) == 4 and len(split[0]) > 4)):
            return QueryValue(keyword, vr, "single", (text,))
    elif check(text):
        return QueryValue(keyword, vr, "single", (text,))
    else:
        split = text.partition("-")[::2] if text.count("-") == 1 else None
    if split is None:
        raise refuse(f"is not a valid {vr} value or range", text)
    lo, hi = split
    if not lo and not hi:
        raise refuse("is a range with neither start nor end", text)
    for side in (lo, hi):
        if side and not check(side):
            raise refuse(f"is not a valid {vr} range ({side!r} is not a {vr} value)", text)
    if vr == "DA" and lo and hi and lo > hi:
        raise refuse("is a range whose start is after its end", text)
    return QueryValue(keyword, vr, "range", lo=lo, hi=hi)


def _dt_range(text: str, check) -> tuple[str, str] | None:
    """DT ranges and DT time-zone offsets both use '-': prefer a reading as a range."""
    for i, ch in enumerate(text):
        if ch == "-":
            lo, hi = text[:i], text[i + 1:]
            if (lo or hi) and (not lo or check(lo)) and (not hi or check(hi)):
                return lo, hi
    return None


def _valid_da(text: str) -> bool:
    m = _DA.match(text)
    if not m:
        return False
    try:
        _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def _valid_tm(text: str) -> bool:
    m = _TM.match(text)
    if not m:
        return False
    hh, mm, ss = (int(g) if g else 0 for g in m.groups()[:3])
    return hh < 24 and mm < 60 and ss <= 60  # 60: a leap second


def _valid_dt(text: str) -> bool:
    m = _DT.match(text)
    if not m:
        return False
    year, month, day, hh, mm, ss = (int(g) if g else None for g in m.groups()[:6])
    try:
        _dt.date(year, month or 1, day or 1)
    except ValueError:
        return False
    if (hh or 0) > 23 or (mm or 0) > 59 or (ss or 0) > 60:
        return False
    offset = m.group(8)
    return not offset or (int(offset[1:3]) <= 14 and int(offset[3:]) < 60)
