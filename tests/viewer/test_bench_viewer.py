"""`radview bench viewer` runs end to end (tiny sizes; figures are not judged here)."""

from __future__ import annotations

import json

import pytest

from radview.bench import viewer


def test_bench_viewer_smoke_json(capsys, qapp):
    assert viewer.main(["--json", "--slices", "3", "--frames", "5", "--size", "256"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for key in ("scroll_1x1_fps", "scroll_2x2_fps", "wl_change_2k_ms", "anchor_pydicom_voi_512_fps",
                "anchor_pydicom_voi_2k_ms"):
        assert figures[key] > 0
    assert figures["cr_size"] == "1841x1955"


def test_bench_viewer_bad_arguments():
    with pytest.raises(SystemExit) as exc:
        viewer.main(["--frames", "1"])
    assert exc.value.code == 2
