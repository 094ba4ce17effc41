"""Determinism, replacing an earlier set, and the CLI's answers to bad output folders."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from radview.demo.generator import generate
from radview.errors import RadviewError, UsageError


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "radview", "demo-data", *args],
                          capture_output=True, text=True, timeout=300)


def test_same_seed_gives_identical_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    generate(a, ct_slices=2, include_real=False, patients=6)
    generate(b, ct_slices=2, include_real=False, patients=6)
    assert _digest(a) == _digest(b)


def test_rerun_into_the_same_folder_replaces_the_set(tmp_path):
    a = tmp_path / "a"
    generate(a, ct_slices=2, include_real=False, patients=6, pixels=False)
    first = _digest(a)
    generate(a, ct_slices=2, include_real=False, patients=6, pixels=False)
    assert _digest(a) == first
    assert [p.name for p in tmp_path.iterdir()] == ["a"], "no temporary leftovers"
    # a smaller set replaces a larger one completely
    generate(a, ct_slices=2, include_real=False, patients=1, pixels=False)
    assert len([p for p in a.iterdir() if p.is_dir()]) == 1


def test_another_seed_gives_other_patients_and_uids(tmp_path):
    s1 = generate(tmp_path / "s1", patients=1, pixels=False, include_real=False, ct_slices=1)
    s2 = generate(tmp_path / "s2", patients=1, pixels=False, include_real=False, ct_slices=1,
                  seed=7)
    assert s1.patients[0]["patient_id"] != s2.patients[0]["patient_id"]
    assert s1.patients[0]["studies"][0]["study_uid"] != s2.patients[0]["studies"][0]["study_uid"]


def test_refuses_a_folder_with_foreign_content_and_leaves_it_alone(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.txt").write_text("precious")
    with pytest.raises(UsageError, match="not empty"):
        generate(out, patients=1, pixels=False, include_real=False)
    assert [p.name for p in out.iterdir()] == ["thesis.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_refuses_a_demo_set_that_gained_foreign_files(tmp_path):
    out = tmp_path / "set"
    generate(out, patients=1, pixels=False, include_real=False, ct_slices=1)
    (out / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="more than a radview demo set"):
        generate(out, patients=1, pixels=False, include_real=False, ct_slices=1)
    assert (out / "notes.txt").read_text() == "mine"


def test_failure_midway_leaves_nothing_behind(tmp_path, monkeypatch):
    from radview.demo import series_builders

    def broken(ds, ctx, spec):
        raise OSError(28, "No space left on device")
        yield  # pragma: no cover

    monkeypatch.setitem(series_builders.BUILDERS, "mr", broken)
    with pytest.raises(RadviewError, match="No space left"):
        generate(tmp_path / "out", patients=1, pixels=False, include_real=False, ct_slices=1)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kwargs, needle", [
    (dict(patients=0), "patients"),
    (dict(patients="3"), "patients"),
    (dict(ct_slices=0), "ct_slices"),
    (dict(seed=-1), "seed"),
])
def test_bad_arguments_to_generate(tmp_path, kwargs, needle):
    with pytest.raises(UsageError, match=needle):
        generate(tmp_path / "x", **kwargs)
    assert not (tmp_path / "x").exists()


def test_cli_writes_a_small_set(tmp_path):
    result = run_cli(str(tmp_path / "out"), "--patients", "2", "--no-real", "--ct-slices", "2",
                     "--metadata-only")
    assert result.returncode == 0, result.stderr
    assert "2 synthetic patients" in result.stdout
    assert (tmp_path / "out" / "manifest.json").is_file()


def test_cli_out_dir_is_a_file(tmp_path):
    target = tmp_path / "file.dcm"
    target.write_bytes(b"x")
    result = run_cli(str(target), "--no-real")
    assert result.returncode == 1
    assert "exists and is not a folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == b"x"


def test_cli_parent_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    result = run_cli(str(tmp_path / "file" / "out"), "--no-real")
    assert result.returncode == 1
    assert "is a file, not a folder" in result.stderr


def test_cli_non_empty_foreign_folder(tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    result = run_cli(str(tmp_path), "--no-real")
    assert result.returncode == 1
    assert "not empty" in result.stderr and "nothing was changed" in result.stderr


def test_cli_unwritable_location():
    result = run_cli("/proc/radview-demo-out", "--no-real", "--patients", "1")
    assert result.returncode == 1
    assert "cannot write into /proc" in result.stderr


@pytest.mark.parametrize("args, needle", [
    (["--seed", "-4"], "must be 0 or more"),
    (["--ct-slices", "0"], "must be at least 1"),
    (["--patients", "many"], "not a whole number"),
])
def test_cli_bad_options_exit_2(tmp_path, args, needle):
    result = run_cli(str(tmp_path / "o"), *args)
    assert result.returncode == 2
    assert needle in result.stderr
