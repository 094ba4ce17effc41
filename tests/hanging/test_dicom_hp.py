"""DICOM Hanging Protocol Storage export/import (PS3.3 A.44), round trips, read back by DCMTK."""

from __future__ import annotations

import subprocess

import pydicom
import pytest

from radview.protocols.hanging.dicom_hp import PRIVATE_GROUP, export_protocol, import_protocol
from radview.protocols.hanging.library import builtin_protocols
from radview.protocols.hanging.model import ProtocolError

BUILTIN = builtin_protocols().protocols


@pytest.mark.parametrize("protocol", BUILTIN, ids=[p.name for p in BUILTIN])
def test_exact_round_trip_through_dicom(protocol, tmp_path):
    path = export_protocol(protocol, tmp_path / "hp.dcm")
    back = import_protocol(path)
    assert back == protocol


def strip_private(path):
    ds = pydicom.dcmread(path)
    for elem in list(ds):
        if elem.tag.group == PRIVATE_GROUP:
            del ds[elem.tag]
    ds.save_as(path, enforce_file_format=True)


@pytest.mark.parametrize("protocol", BUILTIN, ids=[p.name for p in BUILTIN])
def test_standard_attributes_alone_carry_layout_studies_and_selectors(protocol, tmp_path):
    path = export_protocol(protocol, tmp_path / "hp.dcm")
    strip_private(path)
    std = import_protocol(path)
    assert std.match.modality == protocol.match.modality
    assert std.match.anatomy == protocol.match.anatomy
    assert std.priors.count == protocol.priors.count
    assert len(std.stages) == len(protocol.stages)
    for a, b in zip(std.stages, protocol.stages):
        assert a.layout == b.layout
        assert [v.study for v in a.viewports] == [v.study for v in b.viewports]
        for va, vb in zip(a.viewports, b.viewports):
            for f in ("modality", "anatomy", "plane", "view_position", "laterality", "contrast",
                      "image_type", "exclude_image_type"):
                # Filter Operations are hard: only the required rules travel in the standard attributes
                assert getattr(va.series.rules, f) == getattr(vb.series.required_rules(), f), f
            assert va.display.orientation == vb.display.orientation
            assert va.display.invert == vb.display.invert
            if isinstance(vb.display.window, str):
                assert va.display.window == vb.display.window
    # and the standard mapping is a fixed point: exporting what we read gives the same again
    path2 = export_protocol(std, tmp_path / "hp2.dcm")
    strip_private(path2)
    assert import_protocol(path2) == std


def test_rectangles_and_scroll_sync_survive_the_standard_mapping(tmp_path):
    from radview.protocols.hanging.model import parse_protocol

    proto = parse_protocol({"format": 1, "name": "rects", "priors": {"count": 1}, "stages": [{
        "layout": {"rectangles": [[0, 0, 0.7, 1], [0.7, 0, 0.3, 0.5], [0.7, 0.5, 0.3, 0.5]]},
        "viewports": [{"study": "current", "sync": ["s"]}, {"study": "prior", "sync": ["s"]}, {"study": "current"}],
        "sync_groups": [{"name": "s", "link": ["scroll"]}]}]})
    path = export_protocol(proto, tmp_path / "r.dcm")
    strip_private(path)
    std = import_protocol(path)
    assert std.stages[0].layout.rectangles == ((0, 0, 0.7, 1), (0.7, 0, 0.3, 0.5), (0.7, 0.5, 0.3, 0.5))
    assert [v.sync for v in std.stages[0].viewports] == [("scroll1",), ("scroll1",), ()]


@pytest.mark.peer
def test_dcmtk_reads_the_exported_instance(tmp_path, dcmtk):
    proto = next(p for p in BUILTIN if p.name.startswith("Mammography screening"))
    path = export_protocol(proto, tmp_path / "mg.dcm")
    out = subprocess.run([dcmtk("dcmdump"), "+E", str(path)], capture_output=True, text=True, check=True)
    assert "=HangingProtocolStorage" in out.stdout  # DCMTK knows the SOP class
    assert "(0072,0200)" in out.stdout and "DisplaySetsSequence" in out.stdout
    assert "ABSTRACT_PRIOR" in out.stdout
    assert "P\\L" in out.stdout  # right CC wanted orientation (mirrored)
    assert "E:" not in out.stderr and "W:" not in out.stderr


def test_bad_inputs_are_reported(tmp_path):
    junk = tmp_path / "junk.dcm"
    junk.write_bytes(b"not dicom at all")
    with pytest.raises(ProtocolError, match="junk.dcm"):
        import_protocol(junk)
    ct = pydicom.Dataset()
    ct.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    from radview.protocols.hanging.dicom_hp import from_dataset

    with pytest.raises(ProtocolError, match="not a Hanging Protocol"):
        from_dataset(ct, source="ct.dcm")
    path = export_protocol(BUILTIN[0], tmp_path / "bad.dcm")
    ds = pydicom.dcmread(path)
    ds.private_block(PRIVATE_GROUP, "RADVIEW HANGING 1")[0x01].value = '{"format": 1, "name": "x", "stages": []}'
    ds.save_as(path, enforce_file_format=True)
    with pytest.raises(ProtocolError) as info:
        import_protocol(path)
    assert "$.stages" in info.value.place and "bad.dcm" in str(info.value)


def test_foreign_hanging_protocol_modelled_on_ps3_17_chest_example(tmp_path):
    """A chest PA/LAT current+prior protocol as another system would write it (no private block, SRT codes)."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    from radview.protocols.hanging.dicom_hp import import_protocol

    def item(**kw):
        d = Dataset()
        for k, v in kw.items():
            setattr(d, k, v)
        return d

    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.38.1"
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.HangingProtocolName = "Chest X-ray"
    ds.HangingProtocolDescription = "Current and Prior Chest PA and Lateral"
    ds.HangingProtocolLevel = "SITE"
    ds.HangingProtocolCreator = "Senior Radiologist"
    ds.HangingProtocolCreationDateTime = "20020823133455"
    ds.HangingProtocolDefinitionSequence = [item(
        AnatomicRegionSequence=[item(CodeValue="T-D3000", CodingSchemeDesignator="SRT", CodeMeaning="Chest")],
        Laterality="")]
    ds.NumberOfPriorsReferenced = 1
    ds.ImageSetsSequence = [item(
        ImageSetSelectorSequence=[item(ImageSetSelectorUsageFlag="NO_MATCH", SelectorAttribute=0x00080060,
                                       SelectorAttributeVR="CS", SelectorCSValue=["CR", "DX"], SelectorValueNumber=1)],
        TimeBasedImageSetsSequence=[
            item(ImageSetNumber=1, ImageSetSelectorCategory="RELATIVE_TIME", RelativeTime=[0, 0],
                 RelativeTimeUnits="MINUTES", ImageSetLabel="Current Chest X-ray"),
            item(ImageSetNumber=2, ImageSetSelectorCategory="ABSTRACT_PRIOR", AbstractPriorValue=[1, 1],
                 ImageSetLabel="Prior Chest X-ray")])]
    boxes = {1: [0.0, 1.0, 0.5, 0.5], 2: [0.5, 1.0, 1.0, 0.5], 3: [0.0, 0.5, 0.5, 0.0], 4: [0.5, 0.5, 1.0, 0.0]}
    sets = []
    for n, (image_set, views) in enumerate([(1, ["PA"]), (2, ["PA"]), (1, ["LL", "RL"]), (2, ["LL", "RL"])], start=1):
        sets.append(item(
            DisplaySetNumber=n, DisplaySetPresentationGroup=1, ImageSetNumber=image_set,
            ImageBoxesSequence=[item(ImageBoxNumber=1, DisplayEnvironmentSpatialPosition=boxes[n],
                                     ImageBoxLayoutType="SINGLE")],
            FilterOperationsSequence=[item(SelectorAttribute=0x00185101, SelectorAttributeVR="CS",
                                           SelectorCSValue=views, SelectorValueNumber=1, FilterByOperator="MEMBER_OF")],
            ShowGrayscaleInverted="NO"))
    ds.DisplaySetsSequence = sets
    path = tmp_path / "foreign.dcm"
    ds.save_as(path, enforce_file_format=True)
    p = import_protocol(path)
    assert p.name == "Chest X-ray" and p.match.anatomy == ("CHEST",) and p.match.modality == ("CR", "DX")
    assert p.priors.count == 1
    stage = p.stages[0]
    assert (stage.layout.rows, stage.layout.columns) == (2, 2)
    assert [v.study for v in stage.viewports] == ["current", "prior:1", "current", "prior:1"]
    assert [v.series.rules.view_position for v in stage.viewports] == [("PA",), ("PA",), ("LL", "RL"), ("LL", "RL")]
