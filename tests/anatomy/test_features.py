"""Feature extraction: one code path for dicts and pydicom Datasets, normalisation, lexicon."""

from __future__ import annotations

import numpy as np
import pytest
from pydicom.dataset import Dataset

from radview.protocols.anatomy import context as C
from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L
from radview.resources.sample_images import pydicom_data_file


def _dataset() -> Dataset:
    ds = Dataset()
    ds.Modality = "MR"
    ds.StudyDescription = "MRT Knie links"
    ds.SeriesDescription = "pd_tse_fs_sag"
    ds.ProtocolName = "KNIE"
    ds.BodyPartExamined = "KNEE"
    ds.Laterality = "L"
    ds.PatientPosition = "FFS"
    code = Dataset()
    code.CodeValue = "72696002"
    code.CodingSchemeDesignator = "SCT"
    code.CodeMeaning = "Knee"
    ds.AnatomicRegionSequence = [code]
    ds.PatientName = "Not^Read"  # ignored
    return ds


def test_dataset_and_dict_give_identical_vectors():
    ds = _dataset()
    meta = F.metadata_from_dataset(ds)
    assert meta["AnatomicRegionSequence"] == [
        {"CodeValue": "72696002", "CodingSchemeDesignator": "SCT", "CodeMeaning": "Knee"}]
    assert "PatientName" not in meta
    as_dict = {
        "Modality": "MR", "StudyDescription": "MRT Knie links", "SeriesDescription": "pd_tse_fs_sag",
        "ProtocolName": "KNIE", "BodyPartExamined": "KNEE", "Laterality": "L", "PatientPosition": "FFS",
        "AnatomicRegionSequence": [{"CodeValue": "72696002", "CodingSchemeDesignator": "SCT",
                                    "CodeMeaning": "Knee"}],
        "UnknownKeyword": "ignored",
    }
    assert np.array_equal(C.vectorize(meta), C.vectorize(as_dict))
    assert C.vectorize(meta).any()


def test_real_file_metadata_is_json_compatible():
    import json

    from pydicom import dcmread

    ds = dcmread(pydicom_data_file("RG1_UNCR.dcm"), stop_before_pixels=True)
    meta = F.metadata_from_dataset(ds)
    assert meta["Modality"] == "CR"
    assert json.loads(json.dumps(meta)) == meta
    assert np.array_equal(C.vectorize(meta), C.vectorize(json.loads(json.dumps(meta))))


def test_normalise_strips_accents_case_and_punctuation():
    assert F.normalise("Épaule_Droite") == ["EPAULE", "DROITE"]
    assert F.normalise("Fuß li.") == ["FUSS", "LI"]
    assert F.normalise("BrainTumor") == ["BRAIN", "TUMOR"]
    assert F.normalise("C-Spine 3V") == ["C", "SPINE", "3", "V"]
    assert F.normalise("Kolano lewe (ł)") == ["KOLANO", "LEWE", "L"]


@pytest.mark.parametrize("text, expected", [
    ("CT CHEST ABD PEL W CONTRAST", {"CHEST", "ABDOMEN", "PELVIS"}),
    ("CT CAP", {"CHEST", "ABDOMEN", "PELVIS"}),
    ("THORACIC SPINE", {"TSPINE"}),
    ("PETCT SKULL-THIGH", set(L.WHOLE_BODY)),
    ("CT Atten Cor Head In", set()),  # "head in" is a patient position, not anatomy
    ("Ginocchio sinistro", {"KNEE"}),
    ("Rodilla", {"KNEE"}),
    ("MIEDNICA", {"PELVIS"}),
    ("Hals Thorax", {"NECK", "CHEST"}),
    ("CT chest and pelvis", {"CHEST", "ABDOMEN", "PELVIS"}),  # ranges close their gaps
])
def test_lexicon(text, expected):
    labels, _ = F.lexicon_hits([F.normalise(text)])
    assert labels == expected


def test_bodypart_mapping():
    assert F.bodypart_labels("CHESTABDPELVIS") == {"CHEST", "ABDOMEN", "PELVIS"}
    assert F.bodypart_labels("PROSTATE") == {"PELVIS"}
    assert F.bodypart_labels("HEADNECK") == {"HEAD", "NECK"}
    assert F.bodypart_labels("LSSPINE") == {"LSPINE"}
    assert F.bodypart_labels("PHANTOM") == set()
    assert F.bodypart_labels(None) == set()


def test_clean_rejects_non_mapping():
    with pytest.raises(TypeError):
        F.clean(["not", "a", "dict"])


@pytest.mark.parametrize("meta, labels, side", [
    ({"Laterality": "R", "SeriesDescription": "LEFT"}, ["KNEE"], "R"),  # tag wins over text
    ({"SeriesDescription": "Knie li."}, ["KNEE"], "L"),
    ({"StudyDescription": "IRM GENOU DROIT"}, ["KNEE"], "R"),
    ({"StudyDescription": "RX MANO IZQUIERDA"}, ["HAND"], "L"),
    ({"StudyDescription": "RX GINOCCHIO DX"}, ["KNEE"], "R"),
    ({"StudyDescription": "MAMMO SCREENING BILATERAL"}, ["BREAST"], "B"),
    ({"SeriesDescription": "RMLO"}, ["BREAST"], "R"),
    ({"SeriesDescription": "L CC", "StudyDescription": "MAMMO BILAT"}, ["BREAST"], "L"),
    ({"StudyDescription": "CT CHEST LEFT LUNG NODULE"}, ["CHEST"], None),  # axial: no laterality
    ({"StudyDescription": "MR KNEE"}, ["KNEE"], None),
])
def test_laterality(meta, labels, side):
    assert F.laterality(meta, labels) == side
