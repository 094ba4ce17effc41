"""`radview anatomy predict`: JSON lines round trip, bad lines answered in place."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from radview.protocols.anatomy.predict_io import predict_stream

LINES = [
    json.dumps({"Modality": "CT", "StudyDescription": "CT CAP", "SeriesDescription": "5mm"}),
    "this is not json",
    json.dumps([1, 2, 3]),
    "",
    json.dumps({"Modality": "MR", "StudyDescription": "IRM GENOU GAUCHE", "Unknown": {"a": 1}}),
    json.dumps({}),
]


def test_stream_round_trip_with_bad_lines():
    out = io.StringIO()
    counts = predict_stream(iter(line + "\n" for line in LINES), out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(results) == len(LINES) and counts == {"lines": 6, "errors": 3}
    assert results[0]["labels"] == ["CHEST", "ABDOMEN", "PELVIS"]
    assert "not valid JSON" in results[1]["error"]
    assert "JSON object" in results[2]["error"]
    assert results[3] == {"error": "empty line"}
    assert results[4]["labels"] == ["KNEE"] and results[4]["laterality"] == "L"
    assert results[5]["unknown"] is True and results[5]["labels"] == []
    for r in (results[0], results[4], results[5]):
        assert set(r) >= {"labels", "laterality", "confidence"}
        assert isinstance(r["confidence"], float)


def test_cli_stdin_stdout():
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "predict"],
                          input="\n".join(LINES) + "\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(results) == len(LINES)
    assert results[0]["labels"] == ["CHEST", "ABDOMEN", "PELVIS"]
    assert "3 of 6 lines had errors" in proc.stderr


def test_cli_missing_input_file_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "predict", str(tmp_path / "nope.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_missing_model_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy", "predict", "--model",
                           str(tmp_path / "none.onnx")], input="{}\n", capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1 and "anatomy model not found" in proc.stderr


def test_cli_needs_an_action():
    proc = subprocess.run([sys.executable, "-m", "radview", "anatomy"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
