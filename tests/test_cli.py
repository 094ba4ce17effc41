"""The radview command frame: version, help, and clear errors for bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

import radview
from radview.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "radview", *args], capture_output=True, text=True, timeout=120
    )


def test_version_prints_package_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"radview {radview.__version__}"


def test_help_lists_demo_data():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "demo-data" in result.stdout


def test_building_the_parser_imports_no_heavy_package():
    """--help and every command's argument parsing load only the command modules: the
    packages that make start-up slow are imported when a command runs (radview bench
    startup measures the time)."""
    from radview.bench.startup import HEAVY, PROBE

    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"imported while building the parser: {result.stdout}"
    assert "numpy" in HEAVY and "PySide6" in HEAVY
    # the lazy package names still resolve when used
    from radview.protocols.anatomy import LABELS, predict_series
    from radview.protocols.hanging import load_library, plan
    from radview.server.analysis import load_registry

    assert LABELS and callable(predict_series) and callable(plan)
    assert callable(load_library) and callable(load_registry)
    import radview.protocols.hanging as hanging

    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        hanging.nothing  # noqa: B018


@pytest.mark.parametrize(
    "args, needle",
    [
        (["frobnicate"], "invalid choice"),
        (["--no-such-flag"], "unrecognized arguments"),
        (["demo-data"], "the following arguments are required"),
        (["demo-data", "/tmp/x", "--patients", "zero"], "not a whole number"),
        (["demo-data", "/tmp/x", "--patients", "0"], "must be at least 1"),
        (["bench", "nonsense"], "invalid choice"),
    ],
)
def test_bad_arguments_give_short_message_and_exit_2(args, needle):
    result = run_cli(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_shows_usage_and_fails():
    result = run_cli()
    assert result.returncode == 2
    assert "usage: radview" in result.stderr


def test_demo_data_into_a_file_path_is_a_clear_error(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    result = run_cli("demo-data", str(target), "--patients", "1", "--no-real")
    assert result.returncode == 1
    assert "error" in result.stderr
    assert "Traceback" not in result.stderr


def test_internal_errors_are_one_line_without_traceback(monkeypatch, capsys):
    import radview.bench.cli as bench_cli

    def boom(args):
        raise ValueError("something broke")

    monkeypatch.setattr(bench_cli, "run", boom)
    # the parser binds func at build time, so patch before main() builds it
    code = main(["bench", "codec"])
    err = capsys.readouterr().err
    assert code == 1
    assert "internal error: ValueError: something broke" in err
    assert "Traceback" not in err


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`radview ... --json | head`: the reader leaves early; no 'internal error' line."""
    import pydicom
    from pydicom.data import get_testdata_file

    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    for n in range(400):  # a plan long enough not to fit one pipe buffer
        ds.SOPInstanceUID = f"1.2.3.{n}"
        ds.SeriesInstanceUID = f"1.2.4.{n}"
        ds.SeriesNumber = n
        ds.save_as(tmp_path / f"{n}.dcm")
    proc = subprocess.Popen([sys.executable, "-m", "radview", "hang", "--dir", str(tmp_path),
                             "--study", str(ds.StudyInstanceUID), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # the reader goes away before the end
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) in (0, 141)
    assert "internal error" not in err and "Traceback" not in err
