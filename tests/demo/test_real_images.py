"""Selecting and copying pydicom-data's real images into the demo set."""

from __future__ import annotations

import pydicom

from radview.demo import real_images
from radview.resources.sample_images import pydicom_data_dir


def test_selection_keeps_one_decodable_file_per_instance_and_says_why_others_are_left_out():
    kept, skipped = real_images.select(pydicom_data_dir())
    reasons = {s["file"]: s["reason"] for s in skipped}
    assert "invalid UIDs" in reasons["bad_sequence.dcm"]
    assert "truncated" in reasons["emri_small_jpeg_2k_lossless_too_short.dcm"]
    assert "cannot read" in reasons["OT-PAL-8-face.dcm"]
    assert "same instance as RG1_UNCI.dcm" in reasons["RG1_J2KI.dcm"]
    names = {r.source.name for r in kept}
    assert {"RG1_UNCR.dcm", "RG3_UNCR.dcm", "MR2_UNCR.dcm", "693_UNCR.dcm"} <= names
    assert len({r.sop_uid for r in kept}) == len(kept)
    assert not names & set(reasons)
    repaired = {r.source.name: r.repair for r in kept if r.repair}
    assert "explicit_VR-UN.dcm" in repaired


def test_copies_keep_uids_and_bytes_unless_repaired(tmp_path, dcmtk):
    import subprocess

    kept, _ = real_images.select(pydicom_data_dir())
    by_name = {r.source.name: r for r in kept}
    plain = real_images.copy_into(by_name["RG1_UNCR.dcm"], tmp_path)
    assert plain.read_bytes() == by_name["RG1_UNCR.dcm"].source.read_bytes()
    fixed = real_images.copy_into(by_name["explicit_VR-UN.dcm"], tmp_path)
    ds = pydicom.dcmread(fixed)
    assert ds.SOPInstanceUID == by_name["explicit_VR-UN.dcm"].sop_uid
    assert ds.pixel_array.shape == (512, 512)
    result = subprocess.run([dcmtk("dcmdump"), str(fixed)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, errors="replace")
    assert result.returncode == 0 and result.stderr == ""
    no_id = next(r for r in kept if r.assigned_id)
    copied = pydicom.dcmread(real_images.copy_into(no_id, tmp_path), stop_before_pixels=True)
    assert copied.PatientID == no_id.patient_id.strip() != ""
    assert copied.SOPInstanceUID == no_id.sop_uid


def test_known_anatomy_comes_from_the_files_own_descriptions():
    assert real_images.known_anatomy("RG1_UNCR.dcm") == ["CHEST"]
    assert real_images.known_anatomy("RG3_UNCR.dcm") == ["LEG"]
    assert real_images.known_anatomy("vlut_04.dcm") == []
    assert real_images.known_anatomy("US1_UNCR.dcm") is None
