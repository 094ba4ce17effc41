"""Export/import hanging protocols as DICOM Hanging Protocol Storage instances (PS3.3 A.44, C.23).

Everything the standard can say is written in standard attributes, so other
workstations can read it: match modality/anatomy/laterality (Hanging Protocol
Definition Sequence), the number of priors and one time-based image set per
study (current = RELATIVE_TIME 0, prior N = ABSTRACT_PRIOR N), one display set
per viewport with its image box rectangle, filters (modality, body part, image
plane, view position, image laterality, image type, contrast agent presence),
VOI type, inversion, true size, patient orientation, and synchronised scrolling.
Stages are presentation groups.

What the standard cannot say (regular expressions, explicit window values, flip,
zoom factors, preferences, sync of window/zoom/pan) travels in a private block
(creator ``RADVIEW HANGING 1``) holding the protocol JSON, so our own round trip
is exact. Import prefers the private JSON when it is valid, else reads the
standard attributes (instances made by other systems).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from radview.protocols.hanging.model import (
    Display,
    Layout,
    MatchRules,
    PriorRules,
    Protocol,
    ProtocolError,
    SeriesRules,
    SeriesSelector,
    Stage,
    SyncGroup,
    ViewportSpec,
    parse_protocol,
)

HP_STORAGE = "1.2.840.10008.5.1.4.38.1"
PRIVATE_GROUP = 0x0073
PRIVATE_CREATOR = "RADVIEW HANGING 1"
PRIVATE_JSON_OFFSET = 0x01
LOCAL_SCHEME = "99RADVIEW"  # local coding scheme for anatomy labels (PS3.16 private scheme prefix "99")

_VOI = {"lung": "LUNG", "mediastinum": "MEDIASTINUM", "bone": "BONE", "brain": "BRAIN",
        "soft_tissue": "SOFTTISSUE", "abdomen": "ABDOMEN", "liver": "LIVER", "subdural": "SUBDURAL",
        "stroke": "STROKE", "spine": "SPINE"}
_VOI_BACK = {v: k for k, v in _VOI.items()}
_PLANE = {"axial": "TRANSVERSE", "sagittal": "SAGITTAL", "coronal": "CORONAL"}
_PLANE_BACK = {v: k for k, v in _PLANE.items()}
# selector field -> (DICOM keyword, VR)
_CS_FILTERS = {"modality": "Modality", "anatomy": "BodyPartExamined", "view_position": "ViewPosition",
               "laterality": "ImageLaterality"}


def _code(value: str):
    from pydicom.dataset import Dataset

    item = Dataset()
    item.CodeValue = value
    item.CodingSchemeDesignator = LOCAL_SCHEME
    item.CodeMeaning = value.title()
    return item


def _filter(keyword: str | None, values: Sequence[str], *, operator: str = "MEMBER_OF",
            category: str | None = None, value_number: int = 1):
    from pydicom.datadict import tag_for_keyword
    from pydicom.dataset import Dataset

    item = Dataset()
    if category:
        item.FilterByCategory = category
    if keyword:
        item.SelectorAttribute = tag_for_keyword(keyword)
    item.SelectorAttributeVR = "CS"
    item.SelectorCSValue = list(values)
    item.SelectorValueNumber = value_number
    item.FilterByOperator = operator
    return item


def _presence(keyword: str, present: bool):
    from pydicom.datadict import tag_for_keyword
    from pydicom.dataset import Dataset

    item = Dataset()
    item.SelectorAttribute = tag_for_keyword(keyword)
    item.FilterByAttributePresence = "PRESENT" if present else "NOT_PRESENT"
    return item


def _filters(rules: SeriesRules) -> list:
    out = []
    for field_name, keyword in _CS_FILTERS.items():
        values = getattr(rules, field_name)
        if values:
            out.append(_filter(keyword, values))
    if rules.plane:
        out.append(_filter(None, [_PLANE[rules.plane]], category="IMAGE_PLANE"))
    for value in rules.image_type:
        out.append(_filter("ImageType", [value], value_number=0))
    if rules.exclude_image_type:
        out.append(_filter("ImageType", rules.exclude_image_type, operator="NOT_MEMBER_OF", value_number=0))
    if rules.contrast is not None:
        out.append(_presence("ContrastBolusAgent", rules.contrast))
    return out


def _spatial(box: tuple[float, float, float, float]) -> list[float]:
    """Our (x, y, w, h) from the top left → DICOM (x1, y1, x2, y2) with (0,0) at the lower left."""
    x, y, w, h = box
    return [round(x, 6), round(1.0 - y, 6), round(x + w, 6), round(1.0 - (y + h), 6)]


def to_dataset(protocol: Protocol, *, creator: str = "radview", sop_instance_uid: str | None = None,
               include_private: bool = True):
    """Build a Hanging Protocol Storage dataset (with file meta) for ``protocol``."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    from radview import __version__

    ds = Dataset()
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = HP_STORAGE
    meta.MediaStorageSOPInstanceUID = sop_instance_uid or generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    ds.SOPClassUID = HP_STORAGE
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.Manufacturer = "radview"
    ds.SoftwareVersions = __version__
    now = _dt.datetime.now()
    ds.InstanceCreationDate = now.strftime("%Y%m%d")
    ds.InstanceCreationTime = now.strftime("%H%M%S")

    # Hanging Protocol Definition Module (C.23.1)
    ds.HangingProtocolName = protocol.name[:16]
    ds.HangingProtocolDescription = (protocol.description or protocol.name)[:64]
    ds.HangingProtocolLevel = "MANUFACTURER" if protocol.origin == "builtin" else "SINGLE_USER"
    ds.HangingProtocolCreator = creator[:64]
    ds.HangingProtocolCreationDateTime = now.strftime("%Y%m%d%H%M%S")
    m = protocol.match
    definition = []
    for modality in m.modality or ("",):
        item = Dataset()
        item.Modality = modality
        if m.anatomy:
            item.AnatomicRegionSequence = [_code(a) for a in m.anatomy]
        item.Laterality = m.laterality[0] if len(m.laterality) == 1 and m.laterality[0] in "LR" else ""
        item.ProcedureCodeSequence = []
        item.ReasonForRequestedProcedureCodeSequence = []
        definition.append(item)
    ds.HangingProtocolDefinitionSequence = definition
    ds.NumberOfPriorsReferenced = protocol.priors.count
    image_set = Dataset()
    selectors = []
    if m.modality:
        sel = Dataset()
        sel.ImageSetSelectorUsageFlag = "MATCH"
        sel.SelectorAttribute = 0x00080060
        sel.SelectorAttributeVR = "CS"
        sel.SelectorCSValue = list(m.modality)
        sel.SelectorValueNumber = 1
        selectors.append(sel)
    image_set.ImageSetSelectorSequence = selectors
    timed = []
    for n in range(protocol.priors.count + 1):
        t = Dataset()
        t.ImageSetNumber = n + 1
        if n == 0:
            t.ImageSetSelectorCategory = "RELATIVE_TIME"
            t.RelativeTime = [0, 0]
            t.RelativeTimeUnits = "MINUTES"
            t.ImageSetLabel = "current"
        else:
            t.ImageSetSelectorCategory = "ABSTRACT_PRIOR"
            t.AbstractPriorValue = [n, n]
            t.ImageSetLabel = f"prior {n}"
        timed.append(t)
    image_set.TimeBasedImageSetsSequence = timed
    ds.ImageSetsSequence = [image_set]
    ds.HangingProtocolUserIdentificationCodeSequence = []

    # Hanging Protocol Environment Module (C.23.2): one nominal landscape screen
    ds.NumberOfScreens = 1
    screen = Dataset()
    screen.NumberOfVerticalPixels = 1080
    screen.NumberOfHorizontalPixels = 1920
    screen.DisplayEnvironmentSpatialPosition = [0.0, 1.0, 1.0, 0.0]
    screen.ScreenMinimumGrayscaleBitDepth = 8
    ds.NominalScreenDefinitionSequence = [screen]

    # Hanging Protocol Display Module (C.23.3)
    display_sets, scrolling = [], []
    number = 0
    for si, stage in enumerate(protocol.stages):
        boxes = stage.layout.boxes()
        first_in_stage = number + 1
        for vi, vp in enumerate(stage.viewports):
            number += 1
            d = Dataset()
            d.DisplaySetNumber = number
            d.DisplaySetLabel = (vp.label or f"viewport {vi + 1}")[:64]
            d.DisplaySetPresentationGroup = si + 1
            d.DisplaySetPresentationGroupDescription = (stage.name or f"stage {si + 1}")[:64]
            d.ImageSetNumber = vp.prior_index + 1
            box = Dataset()
            box.ImageBoxNumber = 1
            box.DisplayEnvironmentSpatialPosition = _spatial(boxes[vi])
            box.ImageBoxLayoutType = "STACK"
            d.ImageBoxesSequence = [box]
            filters = _filters(vp.series.required_rules())  # filter operations are hard rules only
            if filters:
                d.FilterOperationsSequence = filters
            disp = vp.display
            if isinstance(disp.window, str) and disp.window in _VOI:
                d.VOIType = _VOI[disp.window]
            d.ShowGrayscaleInverted = "YES" if disp.invert else "NO"
            d.ShowImageTrueSizeFlag = "YES" if disp.zoom == "true_size" else "NO"
            if disp.orientation:
                d.DisplaySetPatientOrientation = list(disp.orientation)
            display_sets.append(d)
        for group in stage.sync_groups:
            if "scroll" not in group.link:
                continue
            members = [first_in_stage + i for i, vp in enumerate(stage.viewports) if group.name in vp.sync]
            if len(members) >= 2:
                s = Dataset()
                s.DisplaySetScrollingGroup = members
                scrolling.append(s)
    ds.DisplaySetsSequence = display_sets
    ds.PartialDataDisplayHandling = "MAINTAIN_LAYOUT"  # unmatched viewports stay (visibly) empty
    if scrolling:
        ds.SynchronizedScrollingSequence = scrolling

    if include_private:
        block = ds.private_block(PRIVATE_GROUP, PRIVATE_CREATOR, create=True)
        block.add_new(PRIVATE_JSON_OFFSET, "UT", json.dumps(protocol.to_json(), separators=(",", ":")))
    return ds


def export_protocol(protocol: Protocol, path: str | Path, **kwargs) -> Path:
    path = Path(path)
    ds = to_dataset(protocol, **kwargs)
    ds.save_as(path, enforce_file_format=True)
    return path


# --------------------------------------------------------------------------- import


def _values(element_value) -> list[str]:
    if element_value is None or element_value == "":
        return []
    if isinstance(element_value, (list, tuple)) or hasattr(element_value, "__iter__") and not isinstance(element_value, str):
        return [str(v) for v in element_value]
    return [str(element_value)]


def _private_json(ds) -> str | None:
    try:
        block = ds.private_block(PRIVATE_GROUP, PRIVATE_CREATOR)
    except KeyError:
        return None
    try:
        return str(block[PRIVATE_JSON_OFFSET].value)
    except KeyError:
        return None


# Anatomic region codes other systems use (SNOMED as SRT and as SCT) → our labels.
_REGION_CODES = {
    ("SRT", "T-D1100"): "HEAD", ("SCT", "69536005"): "HEAD",
    ("SRT", "T-D1600"): "NECK", ("SCT", "45048000"): "NECK",
    ("SRT", "T-D3000"): "CHEST", ("SCT", "51185008"): "CHEST",
    ("SRT", "T-D4000"): "ABDOMEN", ("SCT", "818981001"): "ABDOMEN", ("SCT", "113345001"): "ABDOMEN",
    ("SRT", "T-D6000"): "PELVIS", ("SCT", "816092008"): "PELVIS", ("SCT", "12921003"): "PELVIS",
    ("SRT", "T-04000"): "BREAST", ("SCT", "76752008"): "BREAST",
    ("SRT", "T-D9200"): "KNEE", ("SCT", "72696002"): "KNEE",
}


def _anatomy_label(code) -> str | None:
    from radview.protocols.hanging.priors import LATERAL_CODES

    scheme = str(getattr(code, "CodingSchemeDesignator", "") or "")
    value = str(getattr(code, "CodeValue", "") or "")
    if scheme == LOCAL_SCHEME:
        return value.upper()
    if (scheme, value) in _REGION_CODES:
        return _REGION_CODES[(scheme, value)]
    meaning = str(getattr(code, "CodeMeaning", "") or "").upper().replace(" ", "")
    known = {"HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "CSPINE", "TSPINE", "LSPINE"} | LATERAL_CODES
    return meaning if meaning in known else None


def _rules_from_filters(filters, source: str, where: str) -> SeriesRules:
    from pydicom.datadict import keyword_for_tag

    fields: dict[str, Any] = {}
    image_type: list[str] = []
    for fi, f in enumerate(filters):
        place = f"{where}.FilterOperationsSequence[{fi}]"
        category = getattr(f, "FilterByCategory", "")
        keyword = keyword_for_tag(f.SelectorAttribute) if "SelectorAttribute" in f else ""
        presence = getattr(f, "FilterByAttributePresence", "")
        op = getattr(f, "FilterByOperator", "")
        values = [v.upper() for v in _values(getattr(f, "SelectorCSValue", None))]
        if presence:
            if keyword == "ContrastBolusAgent":
                fields["contrast"] = presence == "PRESENT"
            continue  # other presence filters have no counterpart; ignored
        if category == "IMAGE_PLANE":
            planes = [_PLANE_BACK[v] for v in values if v in _PLANE_BACK]
            if op == "MEMBER_OF" and len(planes) == 1:
                fields["plane"] = planes[0]
            continue
        if keyword == "ImageType":
            if op == "MEMBER_OF":
                image_type.extend(values)
            elif op == "NOT_MEMBER_OF":
                fields["exclude_image_type"] = tuple(values)
            continue
        for field_name, kw in _CS_FILTERS.items():
            if keyword == kw and op == "MEMBER_OF" and values:
                fields[field_name] = tuple(values)
                break
        else:
            if op not in ("MEMBER_OF", "NOT_MEMBER_OF") and not values:
                raise ProtocolError(source, place, f"filter on {keyword or category or '?'} with operator {op or 'none'} is not supported")
    if image_type:
        fields["image_type"] = tuple(image_type)
    return SeriesRules(**fields)


def _layout_from_boxes(boxes: list[tuple[float, float, float, float]]) -> Layout:
    xs = sorted({round(b[0], 4) for b in boxes})
    ys = sorted({round(b[1], 4) for b in boxes})
    grid = Layout(rows=len(ys), columns=len(xs))
    if grid.cells == len(boxes) and all(
            abs(a[i] - b[i]) < 1e-4 for a, b in zip(grid.boxes(), boxes) for i in range(4)):
        return grid
    return Layout(rows=0, columns=0, rectangles=tuple(tuple(round(v, 6) for v in b) for b in boxes))


def from_dataset(ds, *, source: str = "<dataset>", origin: str = "user") -> Protocol:
    """A :class:`Protocol` from a Hanging Protocol Storage dataset."""
    if str(getattr(ds, "SOPClassUID", "")) != HP_STORAGE:
        raise ProtocolError(source, "SOPClassUID", f"not a Hanging Protocol Storage instance "
                            f"(SOP Class {getattr(ds, 'SOPClassUID', 'missing')})")
    text = _private_json(ds)
    if text is not None:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProtocolError(source, f"private radview protocol JSON, line {exc.lineno} column {exc.colno}",
                                f"not valid JSON: {exc.msg}") from None
        return parse_protocol(obj, source=f"{source} (private radview protocol JSON)", origin=origin,
                              path=source)
    return _from_standard(ds, source, origin)


def _from_standard(ds, source: str, origin: str) -> Protocol:
    for kw in ("HangingProtocolName", "HangingProtocolDefinitionSequence", "DisplaySetsSequence", "ImageSetsSequence"):
        if kw not in ds:
            raise ProtocolError(source, kw, "required attribute is missing")
    modalities, anatomy, laterality = [], [], []
    for item in ds.HangingProtocolDefinitionSequence:
        if getattr(item, "Modality", "") and item.Modality not in modalities:
            modalities.append(str(item.Modality))
        for code in getattr(item, "AnatomicRegionSequence", []):
            label = _anatomy_label(code)
            if label and label not in anatomy:
                anatomy.append(label)
        lat = str(getattr(item, "Laterality", "") or "")
        if lat in ("L", "R") and lat not in laterality:
            laterality.append(lat)
    if not modalities:  # some systems state the modality only as an image set selector
        for image_set in ds.ImageSetsSequence:
            for sel in getattr(image_set, "ImageSetSelectorSequence", []):
                if "SelectorAttribute" in sel and int(sel.SelectorAttribute) == 0x00080060:
                    modalities += [v for v in _values(getattr(sel, "SelectorCSValue", None)) if v not in modalities]
    # image set number -> study reference
    refs: dict[int, str] = {}
    for si, image_set in enumerate(ds.ImageSetsSequence):
        for ti, t in enumerate(getattr(image_set, "TimeBasedImageSetsSequence", [])):
            category = getattr(t, "ImageSetSelectorCategory", "")
            if category == "ABSTRACT_PRIOR" and "AbstractPriorValue" in t:
                refs[int(t.ImageSetNumber)] = f"prior:{max(1, int(t.AbstractPriorValue[0]))}"
            elif category == "RELATIVE_TIME":
                rel = _values(getattr(t, "RelativeTime", None))
                refs[int(t.ImageSetNumber)] = "current" if all(v == "0" for v in rel) else "prior:1"
            else:
                raise ProtocolError(source, f"ImageSetsSequence[{si}].TimeBasedImageSetsSequence[{ti}]",
                                    f"image set category {category or 'missing'} is not supported")
    n_priors = int(getattr(ds, "NumberOfPriorsReferenced", 0) or 0)
    groups: dict[int, list] = {}
    for di, d in enumerate(ds.DisplaySetsSequence):
        groups.setdefault(int(getattr(d, "DisplaySetPresentationGroup", 1) or 1), []).append((di, d))
    by_number: dict[int, tuple[int, int]] = {}  # display set number -> (stage index, viewport index)
    stages = []
    for stage_index, group in enumerate(groups[k] for k in sorted(groups)):
        viewports, boxes = [], []
        names = ""
        for vi, (di, d) in enumerate(group):
            where = f"DisplaySetsSequence[{di}]"
            names = str(getattr(d, "DisplaySetPresentationGroupDescription", "") or "")
            image_set = int(getattr(d, "ImageSetNumber", 1) or 1)
            if image_set not in refs:
                raise ProtocolError(source, f"{where}.ImageSetNumber", f"image set {image_set} is not defined")
            study = refs[image_set]
            if study != "current":
                n_priors = max(n_priors, int(study.split(":")[1]))
            box_seq = getattr(d, "ImageBoxesSequence", [])
            if not box_seq or "DisplayEnvironmentSpatialPosition" not in box_seq[0]:
                raise ProtocolError(source, f"{where}.ImageBoxesSequence", "no image box position")
            x1, y1, x2, y2 = (float(v) for v in box_seq[0].DisplayEnvironmentSpatialPosition)
            boxes.append((x1, 1.0 - y1, x2 - x1, y1 - y2))
            voi = str(getattr(d, "VOIType", "") or "")
            orientation = _values(getattr(d, "DisplaySetPatientOrientation", None))
            display = Display(
                window=_VOI_BACK.get(voi, "default"),
                invert=getattr(d, "ShowGrayscaleInverted", "NO") == "YES",
                zoom="true_size" if getattr(d, "ShowImageTrueSizeFlag", "NO") == "YES" else "fit",
                orientation=tuple(orientation) if len(orientation) == 2 else None,
            )
            rules = _rules_from_filters(getattr(d, "FilterOperationsSequence", []), source, where)
            viewports.append(ViewportSpec(study=study, series=SeriesSelector(rules=rules), display=display,
                                          label=str(getattr(d, "DisplaySetLabel", "") or "")))
            by_number[int(getattr(d, "DisplaySetNumber", di + 1))] = (stage_index, vi)
        stages.append([names, _layout_from_boxes(boxes), viewports, []])
    for gi, s in enumerate(getattr(ds, "SynchronizedScrollingSequence", [])):
        members = [by_number[int(n)] for n in _values(s.DisplaySetScrollingGroup) if int(n) in by_number]
        stage_ids = {m[0] for m in members}
        if len(members) < 2 or len(stage_ids) != 1:
            continue  # scrolling across stages has no meaning here
        stage = stages[members[0][0]]
        name = f"scroll{gi + 1}"
        stage[3].append(SyncGroup(name, ("scroll",)))
        for _, vi in members:
            vp = stage[2][vi]
            stage[2][vi] = ViewportSpec(study=vp.study, series=vp.series, display=vp.display,
                                        sync=vp.sync + (name,), label=vp.label)
    protocol = Protocol(
        name=str(ds.HangingProtocolName),
        description=str(getattr(ds, "HangingProtocolDescription", "") or ""),
        match=MatchRules(modality=tuple(modalities), anatomy=tuple(anatomy), laterality=tuple(laterality)),
        priors=PriorRules(count=n_priors),
        stages=tuple(Stage(layout=layout, viewports=tuple(vps), sync_groups=tuple(sync), name=name)
                     for name, layout, vps, sync in stages),
        origin=origin,
        path=source,
    )
    # Validate the result exactly as a JSON file would be validated.
    return parse_protocol(protocol.to_json(), source=f"{source} (from DICOM attributes)", origin=origin, path=source)


def import_protocol(path: str | Path, *, origin: str = "user") -> Protocol:
    import pydicom
    from pydicom.errors import InvalidDicomError

    path = Path(path)
    try:
        ds = pydicom.dcmread(path)
    except (InvalidDicomError, OSError, EOFError, ValueError) as exc:
        raise ProtocolError(str(path), "file", f"not a readable DICOM file: {exc}") from None
    return from_dataset(ds, source=str(path), origin=origin)
