"""Every benchmark runs end to end at tiny sizes and prints its figures as JSON.

The figures themselves are not judged here (benchmarks measure; tests check).
"""

from __future__ import annotations

import json

import pytest


def _run(capsys, module: str, argv: list[str]) -> dict:
    import importlib

    assert importlib.import_module(f"radview.bench.{module}").main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_bench_hang(capsys):
    doc = _run(capsys, "hang", ["--priors", "3", "--repeat", "2", "--json"])
    assert doc["priors"] == 3 and doc["protocol_chosen"]
    assert all(v > 0 for v in doc["median_ms"].values())


def test_bench_startup(capsys):
    doc = _run(capsys, "startup", ["--repeat", "1", "--json"])
    assert set(doc["results"]) == {"anchor: python -c pass", "radview --version",
                                   "radview --help", "radview hang --help"}
    assert all(r["median_ms"] > 0 for r in doc["results"].values())
    assert doc["heavy_packages_imported_by_the_parser"] == []


def test_bench_codec(capsys):
    doc = _run(capsys, "codec", ["--images", "693_UNCR.dcm", "--ratios", "20", "--repeat", "1",
                                 "--json"])
    (res,) = doc["results"]
    (lossy,) = res["lossy"]
    cs = lossy["codecs"]
    assert abs(cs["radview_wavelet"]["ratio"] / 20 - 1) <= 0.05
    for anchor in ("htj2k", "j2k", "jpegxl", "radview_htj2k"):  # rate-matched to our bytes
        assert abs(cs[anchor]["bytes"] / lossy["bytes_target"] - 1) <= 0.05, anchor
        assert cs[anchor]["psnr_db"] > 30
    # the CT's declared padding (-2000) goes to radview's encodings; every codec also gets
    # a PSNR over the non-padding pixels
    assert res["padding"]["attribute"] == -2000 and 0 < res["padding"]["fraction"] < 1
    assert all(v["psnr_inside_db"] > 30 for v in cs.values())
    assert set(res["lossless"]) >= {"jpegls", "jpegxl", "radview_htj2k", "radview_wavelet"}
    assert doc["summary"]["recommended_encoding"] in ("htj2k", "wavelet")


@pytest.mark.slow
def test_bench_server(capsys):
    doc = _run(capsys, "server", ["--slices", "2", "--studies", "20", "--repeat", "1",
                                  "--skip-real", "--json"])
    assert doc["ingest_ct"]["acknowledged"] == 2 and doc["ingest_ct"]["rejected"] == 0
    assert {f["version"] for f in doc["fetch"]} == {"V1", "V2", "V3"}
    assert doc["query"]["studies_indexed"] == 20
    # C-FIND over the server's own gated DICOM port (a registered calling AE title)
    assert doc["query"]["cfind_ms"]["patient_id_exact"] > 0


@pytest.mark.slow
def test_bench_open(capsys):
    doc = _run(capsys, "open", ["--ct-slices", "3", "--links", "lan", "--repeat", "1", "--json"])
    cases = {r["case"] for r in doc["results"]}
    assert len(cases) == 2
    for r in doc["results"]:
        assert 0 < r["radview_v2"]["bytes_on_screen_res"] < r["original"]["bytes_full"]
        assert r["radview_v2"]["first_image_s"] > 0
        assert r["original"]["first_image_s"] > 0 and r["lossless_htj2k"]["series_full_s"] > 0
        assert r["v2_psnr_db"] > 30


@pytest.mark.slow
def test_bench_open_runs_one_case_when_asked(capsys):
    doc = _run(capsys, "open", ["--ct-slices", "3", "--links", "lan", "--repeat", "1", "--json",
                                "--cases", "rg1"])
    assert [r["case"] for r in doc["results"]] == ["RG1 chest CR"]


@pytest.mark.slow
def test_bench_open_builds_v2_in_the_wavelet_when_asked(capsys):
    doc = _run(capsys, "open", ["--ct-slices", "3", "--links", "lan", "--repeat", "1", "--json",
                                "--cases", "rg1", "--v2-encoding", "wavelet"])
    assert doc["v2_encoding"] == "wavelet"
    [r] = doc["results"]
    assert r["v2_encoding"] == "wavelet" and r["v2_psnr_db"] > 30
    assert r["lossless_htj2k"]["series_full_s"] > 0  # V1, the lossless anchor, stays HTJ2K


def test_bench_demo(capsys):
    doc = _run(capsys, "demo", ["--ct-slices", "3", "--no-real", "--json"])
    assert doc["median"]["files"] > 0 and doc["median"]["wall_s"] > 0


@pytest.mark.parametrize("argv", [["hang", "--priors", "-1"], ["codec", "--ratios", "x"],
                                  ["open", "--links", "moon"], ["open", "--cases", "mr"],
                                  ["open", "--v2-encoding", "gif"]])
def test_bench_bad_arguments_are_one_line_errors(argv, capsys):
    from radview.cli import main

    try:
        code = main(["bench", *argv])
    except SystemExit as exc:  # argparse inside the benchmark
        code = exc.code
    assert code in (1, 2)
    err = capsys.readouterr().err
    assert "error" in err and "Traceback" not in err
