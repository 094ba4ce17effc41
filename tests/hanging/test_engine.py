"""Engine logic on hand-made studies (anatomy from a stand-in predictor; demo tests use the real model)."""

from __future__ import annotations

import json
import random

import pytest
from helpers import AXIAL, CORONAL, SAGITTAL, fake_predict_many, series, study

from radview.protocols.hanging import load_library, plan_for_study
from radview.protocols.hanging.model import parse_protocol
from radview.protocols.hanging.priors import build_studies, plane_from_orientation, relevance


@pytest.fixture(scope="module")
def library():
    lib = load_library(user_dir=None, include_builtin=True)
    assert not lib.errors
    return lib.protocols


def hang(sets, study_uid, protocols):
    return plan_for_study(sets, study_uid, protocols, predictor=fake_predict_many)


def ct_chest_patient():
    cur = study("20250301", "CT CHEST")
    p_ct = study("20240301", "CT THORAX")
    p_head = study("20250101", "CT HEAD")
    p_cr = study("20250201", "XR CHEST")
    p_old = study("20200301", "CT CHEST")
    sets = [
        series(cur, number=1, modality="CT", desc="Scout", body="CHEST", image_type=("ORIGINAL", "PRIMARY", "LOCALIZER")),
        series(cur, number=3, modality="CT", desc="Lung 1mm", body="CHEST", iop=AXIAL),
        series(cur, number=2, modality="CT", desc="Mediastinum 3mm", body="CHEST", iop=AXIAL),
        series(cur, number=4, modality="CT", desc="Cor lung", body="CHEST", iop=CORONAL),
        series(p_ct, number=2, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
        series(p_head, number=2, modality="CT", desc="Brain", body="HEAD", iop=AXIAL),
        series(p_cr, number=1, modality="CR", desc="PA", body="CHEST", view="PA"),
        series(p_old, number=2, modality="CT", desc="Lung", body="CHEST", iop=AXIAL),
    ]
    return sets, cur, p_ct, p_head, p_cr, p_old


def test_ct_chest_hangs_beside_the_most_recent_relevant_prior_of_any_modality(library):
    sets, cur, p_ct, p_head, p_cr, p_old = ct_chest_patient()
    result = hang(sets, cur["StudyInstanceUID"], library)
    out = result.to_json()
    assert out["protocol"]["name"] == "CT chest + prior"
    vps = out["viewports"]
    # The chest radiograph is the most recent relevant prior: it hangs (anatomy.md: modality may differ).
    assert [v["study_uid"] for v in vps] == [cur["StudyInstanceUID"], p_cr["StudyInstanceUID"]] * 2
    assert vps[0]["series_description"] == "Lung 1mm"          # preferred by description
    assert vps[0]["display"]["window"]["preset"] == "lung"
    assert vps[2]["series_description"] == "Mediastinum 3mm"      # preferred by description
    assert vps[3]["series_uid"] == vps[1]["series_uid"]           # repeat: same prior series, other window
    assert "partly" in vps[1]["reason"] and "most like" in vps[1]["reason"]
    priors = out["priors"]
    assert [p["study_uid"] for p in priors] == [p_cr["StudyInstanceUID"], p_head["StudyInstanceUID"],
                                                p_ct["StudyInstanceUID"], p_old["StudyInstanceUID"]]
    assert [p["relevant"] for p in priors] == [True, False, True, True]
    assert [p["selected"] for p in priors] == [True, False, False, False]
    assert out["fetch"] == [{"study_uid": p_cr["StudyInstanceUID"], "version": "comparison"}]
    assert out["layout"] == {"rows": 2, "columns": 2}
    assert out["viewports"][0]["sync"] == ["lung"]
    # stage 2: the coronal exists, the sagittal does not -> visibly empty with a reason
    reformats = out["stages"][1]["viewports"]
    assert reformats[0]["series_description"] == "Cor lung"
    assert reformats[1]["series_uid"] is None and reformats[1]["empty"]
    assert "plane=sagittal" in reformats[1]["reason"]
    assert out["empty_viewports"] == 0 and out["empty_viewports_all_stages"] == 1


def test_ct_prior_series_paired_by_kernel_and_phase(library):
    sets, cur, p_ct, p_head, p_cr, p_old = ct_chest_patient()
    sets = [m for m in sets if m["StudyInstanceUID"] != p_cr["StudyInstanceUID"]]
    sets += [series(p_ct, number=3, modality="CT", desc="Weichteil 3.0 B31f", body="CHEST", iop=AXIAL),
             series(p_ct, number=1, modality="CT", desc="Topogramm", body="CHEST",
                    image_type=("ORIGINAL", "PRIMARY", "LOCALIZER"))]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    vps = out["viewports"]
    assert vps[1]["study_uid"] == p_ct["StudyInstanceUID"]
    assert vps[1]["series_description"] == "Lung"                 # lung beside lung
    assert vps[3]["series_description"] == "Weichteil 3.0 B31f"   # soft kernel beside mediastinum
    assert out["sync_groups"][0]["scroll_mode"] == "slice_position_offset"  # both axial, other frames


def test_plan_is_deterministic_whatever_the_input_order(library):
    sets, cur, *_ = ct_chest_patient()
    first = json.dumps(hang(sets, cur["StudyInstanceUID"], library).to_json(), sort_keys=True)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = sets[:]
        rng.shuffle(shuffled)
        lib = library[:]
        rng.shuffle(lib)
        assert json.dumps(hang(shuffled, cur["StudyInstanceUID"], lib).to_json(), sort_keys=True) == first


def test_series_number_order_then_uid_breaks_ties():
    proto = parse_protocol({"format": 1, "name": "two", "stages": [
        {"layout": {"rows": 1, "columns": 2}, "viewports": [{"study": "current"}, {"study": "current"}]}]})
    cur = study("20250101", "X")
    a = series(cur, number=5, modality="CT", body="CHEST", series_uid="1.2.3.9")
    b = series(cur, number=5, modality="CT", body="CHEST", series_uid="1.2.3.10")
    c = series(cur, number=2, modality="CT", body="CHEST", series_uid="1.2.3.11")
    result = hang([a, b, c], cur["StudyInstanceUID"], [proto])
    assert [v.series.series_uid for v in result.viewports] == ["1.2.3.11", "1.2.3.10"]  # 2, then 5 by UID string
    desc = parse_protocol({"format": 1, "name": "desc", "stages": [
        {"layout": {"rows": 1, "columns": 1},
         "viewports": [{"study": "current", "series": {"order": "series_number_desc"}}]}]})
    assert hang([a, b, c], cur["StudyInstanceUID"], [desc]).viewports[0].series.number == 5


def mammo_patient(orientation_r=None, orientation_l=None, split=True):
    cur = study("20250601", "MAMMO SCREENING")
    prior = study("20240601", "MAMMO SCREENING")
    chest = study("20250101", "CT CHEST")
    sets = []
    views = [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]
    for i, (lat, view) in enumerate(views):
        orient = orientation_r if lat == "R" else orientation_l
        sets.append(series(cur, number=1 + i, modality="MG", desc=f"{lat} {view}", body="BREAST",
                           view=view, lat=lat, orientation=orient, image_type=("ORIGINAL", "PRIMARY")))
        sets.append(series(prior, number=1 + i, modality="MG", desc=f"{lat} {view}", body="BREAST",
                           view=view, lat=lat, image_type=("ORIGINAL", "PRIMARY")))
    sets.append(series(chest, number=2, modality="CT", body="CHEST", iop=AXIAL))
    return sets, cur, prior, chest


def test_mammography_four_views_mirrored_with_prior(library):
    sets, cur, prior, chest = mammo_patient()
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert out["protocol"]["name"] == "Mammography screening 4-view + prior"
    vps = out["viewports"]  # stage 1: current and prior, RCC LCC over RMLO LMLO of each
    assert [v["study_uid"] == prior["StudyInstanceUID"] for v in vps] == [False, False, True, True] * 2
    assert [v["series_description"] for v in vps] == ["R CC", "L CC", "R CC", "L CC",
                                                      "R MLO", "L MLO", "R MLO", "L MLO"]
    assert [v["display"]["flip_horizontal"] for v in vps] == [True, False] * 4
    alone = out["stages"][1]["viewports"]
    assert [v["series_description"] for v in alone] == ["R CC", "L CC", "R MLO", "L MLO"]
    assert [p["selected"] for p in out["priors"]] == [False, True]  # the CT chest stays out
    assert out["priors"][0]["relevant"] is False


def test_mammography_flip_follows_patient_orientation_when_present(library):
    # Right breast stored chest wall right (P\L): already as wanted, no flip; left stored A\R: as wanted.
    sets, cur, *_ = mammo_patient(orientation_r=("P", "L"), orientation_l=("P", "L"))
    vps = [v for v in hang(sets, cur["StudyInstanceUID"], library).viewports if v.label.startswith("current")]
    assert [v.display["flip_horizontal"] for v in vps] == [False, True, False, True]
    # back to back: right breast chest wall at the right of its viewport, left breast at the left
    assert [v.display["displayed_orientation"][0] for v in vps] == ["P", "A", "P", "A"]
    assert "PatientOrientation" in vps[0].display["flip_from"]


def test_views_in_one_series_become_separate_display_sets(library):
    from radview.protocols.hanging.sources import display_sets

    cur = study("20250601", "MAMMO")
    instances = []
    for i, (lat, view) in enumerate([("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]):
        m = series(cur, number=1, modality="MG", body="BREAST", view=view, lat=lat, series_uid="1.2.840.99.1")
        m.update({"SOPInstanceUID": f"1.2.840.99.1.{i + 1}", "InstanceNumber": i + 1})
        instances.append(m)
    sets = display_sets(instances)
    assert len(sets) == 4
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    current = [v for v in out["viewports"] if v["label"].startswith("current")]
    assert [v["instance_uids"] for v in current] == [["1.2.840.99.1.1"], ["1.2.840.99.1.2"],
                                                     ["1.2.840.99.1.3"], ["1.2.840.99.1.4"]]
    assert {v["series_uid"] for v in current} == {"1.2.840.99.1"}
    assert out["empty_viewports"] == 4  # no prior: its four cells say so


def test_knee_by_laterality_keeps_the_other_knee_out(library):
    cur = study("20250101", "XR KNEE LEFT")
    other = study("20241201", "XR KNEE RIGHT")
    same = study("20230101", "XR KNEE LEFT")
    sets = [series(cur, number=1, modality="CR", body="KNEE", view="AP", lat="L"),
            series(cur, number=2, modality="CR", body="KNEE", view="LAT", lat="L"),
            series(other, number=1, modality="CR", body="KNEE", view="AP", lat="R"),
            series(same, number=1, modality="CR", body="KNEE", view="AP", lat="L"),
            series(same, number=2, modality="CR", body="KNEE", view="LAT", lat="L")]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert out["protocol"]["name"] == "XR knee left + prior"
    assert [p["relevant"] for p in out["priors"]] == [False, True]
    assert "laterality" in out["priors"][0]["relevance"]
    assert out["viewports"][1]["study_uid"] == same["StudyInstanceUID"]
    assert all(v["series_uid"] for v in out["viewports"])


def test_chest_radiograph_pa_lat_with_prior(library):
    cur = study("20250101", "XR CHEST 2 VIEWS")
    prior = study("20240101", "XR CHEST")
    sets = [series(cur, number=2, modality="DX", body="CHEST", view="LL"),
            series(cur, number=1, modality="DX", body="CHEST", view="PA"),
            series(prior, number=1, modality="CR", body="CHEST", view="AP")]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert out["protocol"]["name"] == "XR chest PA/LAT + prior"
    got = [(v["study_uid"] == cur["StudyInstanceUID"], v["series_uid"] is not None) for v in out["viewports"]]
    assert got == [(True, True), (False, True), (True, True), (False, False)]  # the prior has no lateral


def test_mr_brain_sequences(library):
    cur = study("20250101", "MR BRAIN")
    sets = [series(cur, number=n, modality="MR", body="HEAD", desc=d, iop=AXIAL, contrast=c)
            for n, d, c in [(1, "ax DWI", ""), (2, "ax T2 FLAIR", ""), (3, "ax T2 TSE", ""),
                            (4, "ax T1", ""), (5, "ax T1 post", "GADOVIST")]]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert out["protocol"]["name"] == "MR brain"
    assert [v["series_description"] for v in out["stages"][1]["viewports"]] == [
        "ax T1", "ax T2 TSE", "ax T2 FLAIR", "ax DWI"]
    assert out["viewports"][2]["series_description"] == "ax T1 post"
    assert out["viewports"][1]["series_uid"] is None   # no prior at all
    assert "no prior 1" in out["viewports"][1]["reason"]


def test_generic_fallback_and_max_age():
    proto = parse_protocol({"format": 1, "name": "recent", "match": {"anatomy": ["ABDOMEN"]},
                            "priors": {"count": 2, "max_age_days": 400},
                            "stages": [{"layout": {"rows": 1, "columns": 3},
                                        "viewports": [{"study": "current"}, {"study": "prior"}, {"study": "prior:2"}]}]})
    cur = study("20250101", "US ABDOMEN")
    recent = study("20240601", "CT ABDOMEN")
    old = study("20200101", "CT ABDOMEN")
    sets = [series(s, number=1, modality=m, body="ABDOMEN") for s, m in ((cur, "US"), (recent, "CT"), (old, "CT"))]
    lib = load_library(user_dir=None).protocols
    generic = hang(sets, cur["StudyInstanceUID"], lib).to_json()
    assert generic["protocol"]["name"] == "Generic comparison"
    assert generic["viewports"][1]["study_uid"] == recent["StudyInstanceUID"]
    alone = hang(sets[:1], cur["StudyInstanceUID"], lib).to_json()
    assert alone["protocol"]["name"] == "Generic"
    out = hang(sets, cur["StudyInstanceUID"], lib + [proto]).to_json()
    assert out["protocol"]["name"] == "recent"
    assert [p["selected"] for p in out["priors"]] == [True, False]
    assert "older than 400 days" in out["priors"][1]["reason"]
    assert out["viewports"][2]["empty"] and "no prior 2" in out["viewports"][2]["reason"]


def test_newer_and_unknown_studies_are_listed_but_not_chosen(library):
    cur = study("20240101", "CT CHEST")
    newer = study("20250101", "CT CHEST")
    unknown = study("20230101", "DOSE REPORT")
    sets = [series(cur, number=1, modality="CT", body="CHEST", iop=AXIAL),
            series(newer, number=1, modality="CT", body="CHEST", iop=AXIAL),
            series(unknown, number=1, modality="CT", body="")]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert [p["study_uid"] for p in out["priors"]] == [newer["StudyInstanceUID"], unknown["StudyInstanceUID"]]
    assert [p["selected"] for p in out["priors"]] == [False, False]
    assert out["priors"][0]["reason"] == "newer than the current study"
    assert out["priors"][1]["anatomy"] == [] and out["priors"][1]["relevant"] is False


def test_unknown_anatomy_series_goes_to_unassigned(library):
    cur = study("20250101", "CT CHEST")
    sets = [series(cur, number=1, modality="CT", body="CHEST", iop=AXIAL),
            series(cur, number=99, modality="SR", body="")]
    out = hang(sets, cur["StudyInstanceUID"], library).to_json()
    assert [s["number"] for s in out["unassigned"]] == [99]


def test_plane_and_relevance_rules():
    assert plane_from_orientation(AXIAL) == "axial"
    assert plane_from_orientation(CORONAL) == "coronal"
    assert plane_from_orientation(SAGITTAL) == "sagittal"
    assert plane_from_orientation("0.98\\0.17\\0\\0\\0.05\\-0.99") == "coronal"
    assert plane_from_orientation(None) is None and plane_from_orientation([1, 2]) is None
    a, b, c, d = (study(f"2025010{i}", "x") for i in range(1, 5))
    studies = build_studies([series(a, number=1, modality="CR", body="KNEE", lat="B"),
                             series(b, number=1, modality="CR", body="KNEE", lat="L"),
                             series(c, number=1, modality="MR", body="HEAD"),
                             series(d, number=1, modality="CT", body="HEAD+NECK")], predictor=fake_predict_many)
    by = {s.study_uid: s for s in studies}
    assert relevance(by[a["StudyInstanceUID"]], by[b["StudyInstanceUID"]]).relevant  # B agrees with L
    assert relevance(by[d["StudyInstanceUID"]], by[c["StudyInstanceUID"]]).relevant  # head MR for head+neck CT
    assert not relevance(by[c["StudyInstanceUID"]], by[a["StudyInstanceUID"]]).relevant
    e, f, g = (study(f"2024010{i}", "x") for i in range(1, 4))
    more = {s.study_uid: s for s in build_studies([
        series(e, number=1, modality="CR", body="KNEE", lat="R"),
        series(f, number=1, modality="CR", body="KNEE"),                 # side not recorded
        series(g, number=1, modality="MG", body="BREAST+CHEST", lat="L"),
    ], predictor=fake_predict_many)}
    knee_l = by[b["StudyInstanceUID"]]
    assert not relevance(knee_l, more[e["StudyInstanceUID"]]).relevant   # L vs R
    assert relevance(knee_l, more[f["StudyInstanceUID"]]).relevant       # unknown side cannot disagree
    chest = build_studies([series(study("20250101", "CT"), number=1, modality="CT", body="CHEST")],
                          predictor=fake_predict_many)[0]
    assert relevance(chest, more[g["StudyInstanceUID"]]).relevant         # meets on CHEST: no side needed


def test_plan_without_any_protocol_match_is_empty_not_an_error():
    proto = parse_protocol({"format": 1, "name": "mg only", "match": {"modality": ["MG"]},
                            "stages": [{"layout": {"rows": 1, "columns": 1}, "viewports": [{"study": "current"}]}]})
    cur = study("20250101", "CT")
    result = hang([series(cur, number=1, modality="CT", body="CHEST")], cur["StudyInstanceUID"], [proto])
    out = result.to_json()
    assert out["protocol"] is None and out["viewports"] == []
    assert out["candidates"][0]["excluded"].startswith("modality CT")
