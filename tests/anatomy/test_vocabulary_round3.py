"""Kinds of words added after the blind run of f7 on clinical set 3 (docs/anatomy.md): Thai
(dictionary segmentation of a script written without spaces), Baltic/Slavic/Latin side words and
joint names, Romance compound regions, Arabic words with the conjunction "و", spine levels in
Hebrew, Arabic, Slovak, Slovenian, Latvian and Estonian, "computer" words holding the character
for brain, scanned documents and request forms, three-phase bone scans, PE protocols.  The test
strings are built from the vocabulary's words, not copied from any clinical set's rows."""

from __future__ import annotations

import pytest

from radview.protocols.anatomy import features as F
from radview.protocols.anatomy import labels as L

CAP = {"CHEST", "ABDOMEN", "PELVIS"}
AP = {"ABDOMEN", "PELVIS"}


def rule(**meta: str) -> tuple[set[str], str | None]:
    labels, _ = F.rule_labels(meta)
    return labels, F.laterality(meta, labels)


@pytest.mark.parametrize("text, tokens", [
    ("อัลตราซาวด์ข้อเท้าซ้าย", ["อัลตราซาวด", "ขอเทา", "ซาย"]),   # longest word first: ankle, not foot
    ("MRI ข้อมือขวา", ["MRI", "ขอมือ", "ขวา"]),                   # wrist, not hand
    ("เอกซเรย์หัวใจ", ["เอกซเรย", "หัวใจ"]),                         # heart, not head
    ("ไม่ทราบ", ["ไมทราบ"]),                                        # an unknown run stays one token
])
def test_thai_is_cut_into_known_words(text, tokens):
    assert L.normalise(text) == tokens


@pytest.mark.parametrize("text, labels, side", [
    ("เอกซเรย์ข้อเท้าซ้าย", {"ANKLE"}, "L"), ("MRI ข้อเข่าขวา", {"KNEE"}, "R"),
    ("เอกซเรย์สะโพกทั้งสองข้าง", {"HIP"}, "B"), ("CT ช่องท้องและอุ้งเชิงกราน", AP, None),
    ("เอกซเรย์คอมพิวเตอร์ทรวงอก", {"CHEST"}, None),  # "computer" of CT is not the neck
    ("MRI กระดูกสันหลังส่วนอก", {"TSPINE"}, None), ("แมมโมแกรมขวา", {"BREAST"}, "R"),
    ("Rentgenogramma kairiosios plaštakos", {"HAND"}, "L"),         # Lithuanian genitive sides
    ("Labās elkoņa locītavas", {"ELBOW"}, "R"),                      # Latvian
    ("RTG oboch členkov", {"ANKLE"}, "B"), ("Рентгенография на двете колена", {"KNEE"}, "B"),
    ("Foto Genu Sinistra", {"KNEE"}, "L"), ("Rx ambdues espatlles", {"SHOULDER"}, "B"),
    ("Parema põlve MRT", {"KNEE"}, "R"), ("Рентгенография на лява колянна става", {"KNEE"}, "L"),
    ("Rentgenogramma ceļa locītava", {"KNEE"}, None), ("RTG stehennej kosti vľavo", {"THIGH"}, "L"),
])
def test_new_words_and_sides(text, labels, side):
    assert rule(StudyDescription=text, Modality="CR") == (labels, side)


@pytest.mark.parametrize("text, expected", [
    ("TC toracoabdominopélvica", CAP), ("RM abdominopélvica", AP), ("TC toracoabdominal", {"CHEST", "ABDOMEN"}),
    ("أشعة مقطعية للصدر والبطن والحوض", CAP), ("أشعة على الفقرات الصدرية", {"TSPINE"}),
    ("צילום עמוד שדרה גבי", {"TSPINE"}), ("CT עמוד שדרה צווארי", {"CSPINE"}),
    ("MR driekovej chrbtice", {"LSPINE"}), ("RTG vratne hrbtenice", {"CSPINE"}),
    ("Mugurkaula krūšu daļas MR", {"TSPINE"}), ("Lülisamba kaelaosa MRT", {"CSPINE"}),
    ("Kõhu KT", {"ABDOMEN"}), ("ЦТ ендокранијума", {"HEAD"}), ("Siêu âm tiểu khung", {"PELVIS"}),
    ("頭部電腦斷層", {"HEAD"}), ("胸部電腦斷層", {"CHEST"}), ("冠状动脉CTA", {"CHEST"}),
    ("X-Ray PNS", {"HEAD"}), ("5.1 PE STUDY", {"CHEST"}),
])
def test_regions_and_spine_levels(text, expected):
    assert F.lexicon_hits([F.normalise(text)])[0] == expected


@pytest.mark.parametrize("series", ["Scanned Document", "Documento digitalizado", "Formular de trimitere",
                                    "Referral form", "扫描参数", "SMPTE test pattern", "PIQT"])
def test_documents_and_test_images_show_no_anatomy(series):
    assert F.rule_labels({"Modality": "OT", "SeriesDescription": series, "StudyDescription": "RX knee"}) == (set(), "none")


@pytest.mark.parametrize("series", ["Knee document view", "Test bolus", "Chest", "Formula 1 knee"])
def test_words_near_the_page_words_still_show_anatomy(series):
    labels, source = F.rule_labels({"Modality": "CT", "SeriesDescription": series, "StudyDescription": "CT chest"})
    assert source != "none" and labels


def test_a_three_phase_bone_scan_is_its_site_not_the_whole_body():
    meta = {"Modality": "NM", "ProtocolName": "3 Phase Bone", "SeriesDescription": "Blood pool",
            "StudyDescription": "Skelettszintigraphie Hand links"}
    assert F.rule_labels(meta)[0] == {"HAND"}
    assert F.rule_labels({"Modality": "NM", "SeriesDescription": "3 phase bone"})[0] == set()
    # a plain bone scan stays whole body unless it names a site
    assert F.rule_labels({"Modality": "NM", "SeriesDescription": "Bone scan WB"})[0] == set(L.WHOLE_BODY)


@pytest.mark.parametrize("text", ["Rx laba piciorului stâng", "Рентгенография в две проекции", "Röntgen Ganzwirbelsäule stehend"])
def test_words_that_are_not_the_new_ones(text):
    """"laba" (Romanian foot) is not Latvian "right"; "две" (two views) is not "both"; German
    "stehend" (standing) is not Slovak "stehenný" (thigh)."""
    labels, _ = F.rule_labels({"StudyDescription": text, "Modality": "CR"})
    assert "THIGH" not in labels
    assert rule(StudyDescription=text + " knee", Modality="CR")[1] in (None, "L")
