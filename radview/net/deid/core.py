"""De-identify one dataset (rules in :mod:`radview.net.deid.profile`)."""

from __future__ import annotations

import datetime as _dt
import re

from pydicom.datadict import dictionary_VR, keyword_for_tag
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import UID_dictionary

from radview.errors import RadviewError
from radview.net.deid import profile
from radview.net.deid.keys import Keyed
from radview.net.deid.reidmap import ReidWriter

NUMERIC_VRS = {"US", "SS", "UL", "SL", "FL", "FD", "UV", "SV", "DS", "IS", "AT", "US or SS"}
TEXT_VRS = {"AE", "AS", "CS", "LO", "LT", "SH", "ST", "UT", "UC", "UR", "PN"}
METHOD = "PS3.15 E basic, RetainLongModifDates, CleanDesc"
METHOD_CODES = (("113100", "Basic Application Confidentiality Profile"),
                ("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
                ("113105", "Clean Descriptors Option"))
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
_LONG_NUMBER = re.compile(r"\d{5,}")
_NUMBER_WORD = re.compile(r"^\d{1,3}(\.\d{1,2})?(mm|cm|ml|kv|s|b|h|x)?$")


class HeldBack(RadviewError):
    """An instance not sent because its pixels may show identifying text."""


def hold_back_reason(ds: Dataset) -> str | None:
    if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
        return "Burned In Annotation is YES"
    if str(ds.get("Modality", "")).upper() == "US":
        return "ultrasound image"
    kind = profile.HOLD_BACK_CLASSES.get(str(ds.get("SOPClassUID", "")))
    return f"{kind} image" if kind else None


class Deidentifier:
    def __init__(self, key: bytes, reid: ReidWriter):
        self.keyed = Keyed(key)
        self.reid = reid

    # ------------------------------------------------------------ public
    def deidentify(self, ds: Dataset, *, confirm_burned_in: bool = False) -> Dataset:
        """A new dataset holding no identifier of ``ds`` (which is left unchanged)."""
        reason = hold_back_reason(ds)
        if reason and not confirm_burned_in:
            raise HeldBack(f"held back: {reason} (send only after checking the pixels, "
                           "with --confirm-burned-in)")
        patient = str(ds.get("PatientID", "") or "") or str(ds.get("PatientName", "") or "")
        shift = self.keyed.day_shift(patient)
        secrets_ = _identifying_values(ds)
        out = self._dataset(ds, shift, secrets_, top=True)
        pseudo_patient = self.keyed.ident("patient", patient, "P")
        out.PatientID = pseudo_patient
        out.PatientName = pseudo_patient
        self.reid.record("PatientID", pseudo_patient, patient)
        for keyword in ("PatientBirthDate", "ReferringPhysicianName"):
            setattr(out, keyword, "")
        out.PatientIdentityRemoved = "YES"
        out.LongitudinalTemporalInformationModified = "MODIFIED"
        out.DeidentificationMethod = METHOD
        codes = []
        for value, meaning in METHOD_CODES:
            item = Dataset()
            item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, "DCM", meaning
            codes.append(item)
        out.DeidentificationMethodCodeSequence = codes
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = out.SOPClassUID
        meta.MediaStorageSOPInstanceUID = out.SOPInstanceUID
        meta.TransferSyntaxUID = "1.2.840.10008.1.2.1"
        out.file_meta = meta
        self.reid.flush()
        return out

    # ------------------------------------------------------------ walking
    def _dataset(self, ds: Dataset, shift: int, secrets_: list[str], *, top: bool) -> Dataset:
        out = Dataset()
        for elem in ds:
            tag = elem.tag
            if tag.is_private or tag.element == 0 or (tag.group & 0xFF00) in (0x5000, 0x6000):
                continue
            if tag == 0x7FE00010:
                if top:
                    out.add(elem)
                continue
            keyword = keyword_for_tag(tag)
            if not keyword:
                continue  # not in the data dictionary: unknown meaning, removed
            vr = elem.VR if elem.VR not in ("UN", None) else dictionary_VR(tag)
            new = self._element(elem, keyword, vr, shift, secrets_)
            if new is not None:
                out.add_new(tag, vr if vr != "US or SS" else elem.VR, new)
        return out

    def _element(self, elem, keyword: str, vr: str, shift: int, secrets_: list[str]):
        value = elem.value
        if isinstance(value, (bytes, bytearray)):
            return None  # undecoded (UN) or binary: nothing here is worth the risk
        if vr == "SQ":
            if keyword not in profile.KEEP_SEQUENCES:
                return None
            return [self._dataset(item, shift, secrets_, top=False) for item in value]
        if vr == "UI":
            return self._uids(value)
        if keyword in profile.PATIENT_DATES or keyword in profile.REMOVE_NUMERIC:
            return None
        if vr in ("DA", "DT"):
            return _shift(value, shift, vr)
        if vr == "TM":
            return value
        if vr in NUMERIC_VRS:
            return value if _numeric_ok(value) else None
        if keyword in profile.REMAP_IDS:
            if value in (None, ""):
                return value
            pseudo = self.keyed.ident(keyword, str(value), profile.REMAP_IDS[keyword])
            self.reid.record(keyword, pseudo, str(value))
            return pseudo
        if keyword == "PatientAge":
            return _cap_age(str(value or ""))
        if keyword in profile.CLEAN:
            return _clean(str(value or ""), secrets_)
        if keyword in profile.KEEP and vr in TEXT_VRS:
            return _scrubbed(value, secrets_, keyword)
        return None

    def _uids(self, value):
        def one(uid: str) -> str:
            uid = str(uid)
            if not uid or uid in UID_dictionary:
                return uid
            new = self.keyed.uid(uid)
            self.reid.record("UID", new, uid)
            return new

        if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
            return [one(v) for v in value]
        return one(value) if value is not None else value


# ------------------------------------------------------------------ values

def _identifying_values(ds: Dataset) -> list[str]:
    """Strings of the original that must not appear in anything kept."""
    found: set[str] = set()

    def walk(d: Dataset) -> None:
        for elem in d:
            if elem.VR == "SQ":
                for item in elem.value:
                    walk(item)
                continue
            keyword = keyword_for_tag(elem.tag) if not elem.tag.is_private else ""
            if elem.VR == "PN" or keyword in profile.IDENTIFYING_TEXT \
                    or keyword in profile.REMAP_IDS or keyword in profile.PATIENT_DATES:
                values = elem.value if elem.VM > 1 else [elem.value]
                for v in values:
                    for part in re.split(r"[\^=\\,]+", str(v or "")):
                        part = part.strip()
                        if len(part) >= 3:
                            found.add(part.lower())
            elif elem.VR == "DA" and elem.value:
                found.add(str(elem.value)[:8])
    walk(ds)
    return sorted(found, key=len, reverse=True)


def _contains(text: str, secrets_: list[str], *, numbers: bool = True) -> bool:
    low = text.lower()
    if any(s in low for s in secrets_) or _EMAIL.search(text):
        return True
    return numbers and bool(_PHONE.search(text) or _LONG_NUMBER.search(text))


def _scrubbed(value, secrets_: list[str], keyword: str = ""):
    values = list(value) if type(value).__name__ == "MultiValue" else [value]
    numbers = keyword not in ("CodeValue", "CodingSchemeVersion")
    if any(_contains(str(v or ""), secrets_, numbers=numbers) for v in values):
        return None
    return value


def _clean(text: str, secrets_: list[str]) -> str:
    """Clean Descriptors: keep only vocabulary words and short measures."""
    kept = []
    for word in re.split(r"[^0-9A-Za-z.]+", text):
        low = word.lower().strip(".")
        if not low or _contains(low, secrets_):
            continue
        if low in profile.VOCABULARY or _NUMBER_WORD.match(low):
            kept.append(word.strip("."))
    return " ".join(kept)[:64]


def _numeric_ok(value) -> bool:
    values = list(value) if type(value).__name__ == "MultiValue" else [value]
    for v in values:
        if isinstance(v, (bytes, bytearray)):
            return False
        if v is None or isinstance(v, (int, float)):
            continue
        try:
            float(str(v))
        except ValueError:
            return False
    return True


def _cap_age(text: str) -> str:
    m = re.fullmatch(r"(\d{3})([DWMY])", text.strip())
    if not m:
        return ""
    n, unit = int(m.group(1)), m.group(2)
    years = {"D": n / 365.25, "W": n / 52.18, "M": n / 12, "Y": n}[unit]
    return "090Y" if years > 89 else text.strip()


def _shift(value, days: int, vr: str):
    values = list(value) if type(value).__name__ == "MultiValue" else [value]
    out = []
    for v in values:
        text = str(v or "")
        if len(text) < 8 or not text[:8].isdigit():
            out.append("")
            continue
        try:
            d = _dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) - _dt.timedelta(days=days)
        except ValueError:
            out.append("")
            continue
        rest = re.sub(r"[+-]\d{4}$", "", text[8:]) if vr == "DT" else ""
        out.append(d.strftime("%Y%m%d") + rest)
    return out if len(out) > 1 else out[0]
