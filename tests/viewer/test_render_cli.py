"""`radview render`: good input writes the pipeline's PNG; bad input gives one clear line."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest

from radview.cli import main
from radview.resources.sample_images import pydicom_data_file
from radview.viewer import pipeline
from radview.viewer.png import read_png


def test_render_writes_the_pipeline_output(tmp_path, capsys):
    src = pydicom_data_file("693_UNCR.dcm")
    out = tmp_path / "ct.png"
    assert main(["render", str(src), "--window", "-600", "1500", "--out", str(out)]) == 0
    expect = pipeline.render(pydicom.dcmread(str(src)), window=(-600, 1500))
    assert np.array_equal(read_png(out), expect)
    assert "512x512 grey" in capsys.readouterr().out


def test_render_colour_frame_and_voi_lut(tmp_path):
    out = tmp_path / "us.png"
    assert main(["render", str(pydicom_data_file("US1_UNCR.dcm")), "--out", str(out)]) == 0
    assert read_png(out).shape == (480, 640, 3)
    out2 = tmp_path / "mr.png"
    assert main(["render", str(pydicom_data_file("emri_small.dcm")), "--frame", "10", "--minmax",
                 "--out", str(out2)]) == 0
    ds = pydicom.dcmread(str(pydicom_data_file("emri_small.dcm")))
    assert np.array_equal(read_png(out2), pipeline.render(ds, frame=9, window="minmax"))
    out3 = tmp_path / "v.png"
    assert main(["render", str(pydicom_data_file("vlut_04.dcm")), "--voi-lut", "1", "--out", str(out3)]) == 0


@pytest.mark.parametrize("args,message", [
    (["missing.dcm"], "no such file"),
    (["{notdicom}"], "holds no image"),
    (["{mr}", "--frame", "11"], "out of range"),
    (["{ct}", "--window", "40", "0"], "width"),
    (["{ct}", "--voi-lut", "1"], "0 VOI LUT"),
])
def test_render_bad_input(tmp_path, capsys, args, message):
    bad = tmp_path / "notdicom.dcm"
    bad.write_bytes(b"hello" * 50)
    names = {"notdicom": str(bad), "mr": str(pydicom_data_file("emri_small.dcm")),
             "ct": str(pydicom_data_file("693_UNCR.dcm"))}
    args = [a.format(**names) for a in args]
    assert main(["render", *args, "--out", str(tmp_path / "o.png")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "o.png").exists()


def test_render_argument_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["render", "x.dcm", "--frame", "0", "--out", "o.png"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        main(["render", "x.dcm"])  # --out is required
