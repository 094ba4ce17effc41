"""Lossless packing, the standard set (build, verify, versions), similarity."""

from __future__ import annotations

import json

import numpy as np
import pytest

from radview.delta import lossless, standard_set
from radview.delta.images import FitKey, similarity


@pytest.mark.parametrize("dtype,lo,hi", [("uint16", 0, 4096), ("int16", -2048, 3000),
                                          ("int32", -70000, 70000), ("uint8", 0, 256),
                                          ("int32", -1500, 1500)])
def test_encode_round_trips_exactly(dtype, lo, hi):
    rng = np.random.default_rng(1)
    image = rng.integers(lo, hi, (37, 53)).astype(dtype)
    image[5:20, 10:30] = lo  # flat areas as in real images
    out = lossless.decode(lossless.encode(image))
    assert out.shape == image.shape
    assert np.array_equal(out.astype(np.int64), image.astype(np.int64))


def test_corrupt_or_truncated_payload_is_refused():
    image = np.arange(64 * 64, dtype=np.uint16).reshape(64, 64)
    for data in (lossless.pack(image), lossless.encode(image)):
        with pytest.raises(lossless.PackError):
            lossless.decode(data[: len(data) // 2] if data[:4] == b"RVLP" else data[:40])
    bad = bytearray(lossless.pack(image))
    bad[4:6] = b"f8"
    with pytest.raises(lossless.PackError, match="bad header"):
        lossless.unpack(bytes(bad))


def test_similarity_is_one_for_same_structure_and_low_for_noise():
    rng = np.random.default_rng(2)
    y, x = np.mgrid[0:128, 0:128]
    img = (1000 * ((y - 64) ** 2 + (x - 64) ** 2 < 40 ** 2)).astype(np.int16)
    assert similarity(img, img + 200) == pytest.approx(1.0)
    assert similarity(img, rng.integers(0, 1000, img.shape)) < 0.1


def test_build_makes_strata_medians_and_a_verified_manifest(demo_root, tmp_path):
    std = standard_set.build(sorted(demo_root.rglob("*.dcm")), tmp_path / "set", set_id="test-set", per_group=2)
    manifest = json.loads((tmp_path / "set" / "manifest.json").read_text())
    assert manifest["set_id"] == "test-set" and manifest["version"] == std.version
    groups: dict = {}
    for entry in manifest["images"]:
        assert len(entry["sha256"]) == 64 and entry["sources"] >= standard_set.MIN_SOURCES
        groups.setdefault(json.dumps(entry["key"], sort_keys=True), []).append(entry["index"])
    assert groups and all(len(v) >= 2 for v in groups.values())
    again = standard_set.load(tmp_path / "set")
    assert again.version == std.version and len(again.images) == len(std.images)
    for a, b in zip(again.images, std.images):
        assert np.array_equal(a.pixels, b.pixels)


def test_tampered_standard_image_is_refused(tmp_path):
    shipped = standard_set.load()
    copy = standard_set.write(shipped, tmp_path / "set")
    first = copy.path / "001.rvlp"
    img = lossless.unpack(first.read_bytes())
    img[0, 0] += 1
    first.write_bytes(lossless.pack(img))
    with pytest.raises(standard_set.StandardSetError, match="does not match the SHA-256"):
        standard_set.load(copy.path)


def test_version_mismatch_names_both_versions():
    shipped = standard_set.load()
    with pytest.raises(standard_set.StandardSetError) as err:
        shipped.check_version(shipped.set_id, "v000000000000", side="server")
    assert "v000000000000" in str(err.value) and shipped.version in str(err.value)


def test_shipped_set_covers_ct_and_mr_with_two_images_per_group():
    shipped = standard_set.load()
    keys: dict[FitKey, int] = {}
    for img in shipped.images:
        keys[img.key] = keys.get(img.key, 0) + 1
    assert {k.modality for k in keys} >= {"CT", "MR"}
    assert min(keys.values()) >= 2
    total = sum(p.stat().st_size for p in shipped.path.iterdir())
    assert total < 4 << 20


def test_bits_above_bits_stored_are_not_sent():
    from radview.delta.images import _only_stored_bits

    overlay_bit = np.array([[0x1000 | 0x0ABC, 0x0123]], np.uint16)
    assert _only_stored_bits(overlay_bit, 12).tolist() == [[0x0ABC, 0x0123]]
    signed = np.array([[0x1000 | 0x0FFF, 0x07FF]], np.uint16).view(np.int16)
    assert _only_stored_bits(signed, 12).tolist() == [[-1, 2047]]


def test_standard_set_commands_answer_bad_input(tmp_path, capsys):
    from radview.cli import main

    assert main(["standard-set", "build", str(tmp_path / "nowhere"), "--out",
                 str(tmp_path / "set")]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "notes.txt").write_text("not dicom")
    assert main(["standard-set", "build", str(tmp_path), "--out", str(tmp_path / "set")]) == 1
    assert "no group had enough images" in capsys.readouterr().err
    assert not (tmp_path / "set").exists()
    assert main(["standard-set", "show", str(tmp_path)]) == 1
    assert "manifest.json missing" in capsys.readouterr().err
    assert main(["standard-set", "show", "--json"]) == 0
    assert standard_set.load().version in capsys.readouterr().out
