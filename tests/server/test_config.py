"""Server configuration: ratio table, version selection, permissions, bad files."""

from __future__ import annotations

import json

import pytest

from radview.errors import UsageError
from radview.server.config import ServerConfig


def test_ratio_table_follows_the_seed_and_overrides(tmp_path):
    cfg = ServerConfig.load(None)
    assert cfg.ratio_for(50, "CR", "") == 20 and cfg.ratio_for(25, "CR", "") == 50
    assert cfg.ratio_for(50, "CT", "") == 10 and cfg.ratio_for(25, "CT", "") == 20
    assert cfg.ratio_for(50, "MR", "") == 5 and cfg.ratio_for(25, "MR", "") == 10
    assert cfg.ratio_for(50, "US", "") == 20  # other modalities use the CR row
    (tmp_path / "config.json").write_text(json.dumps(
        {"ratios_by_body_part": {"CT/HEAD": {"50": 8}, "KNEE": {"50": 15, "25": 30}}}))
    cfg = ServerConfig.load(tmp_path)
    assert cfg.ratio_for(50, "CT", "HEAD") == 8 and cfg.ratio_for(50, "CT", "CHEST") == 10
    assert cfg.ratio_for(25, "MR", "knee") == 30


def test_selection_and_permissions():
    cfg = ServerConfig.load(None)
    assert cfg.select(quality=50).name == "V2"
    assert cfg.select(quality=40).name == "V2"  # lowest quality above
    assert cfg.select(usage="comparison").name == "V3"
    assert cfg.select(quality=100, usage="diagnosis").name == "V1"
    with pytest.raises(LookupError, match="defined"):
        cfg.select(quality=50, usage="teaching")
    assert cfg.select(quality=50, usage="diagnosis").name == "V1"  # better than asked
    assert cfg.allowed_versions(1, "radiologist") == ["V1"]
    assert cfg.allowed_versions(2, "radiologist") == ["V1", "V2", "V3"]
    assert cfg.allowed_versions(1, "referrer") == []
    assert cfg.allowed_versions(5, "referrer") == ["V2", "V3"]
    assert cfg.allowed_versions(3, "intruder") == []


@pytest.mark.parametrize("text, message", [
    ("{not json", "cannot read"),
    ("[1, 2]", "JSON object"),
    (json.dumps({"versions": [{"name": "V1", "quality": 300}]}), "quality"),
    (json.dumps({"permissions": {"6": ["V1"]}}), "permissions"),
    (json.dumps({"ratios": {"CT": {"50": "ten"}}}), r"ratios\.CT\.50"),
    (json.dumps({"versoins": []}), "versoins"),
    (json.dumps({"roles": {"referrer": "V2"}}), r"roles\.referrer"),
    (json.dumps({"version_workers": 0}), "version_workers"),
])
def test_bad_config_files_are_named(tmp_path, text, message):
    (tmp_path / "config.json").write_text(text)
    with pytest.raises(UsageError, match=message):
        ServerConfig.load(tmp_path)


def test_partial_blocks_are_merged_over_the_defaults(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(
        {"ratios": {"CT": {"50": 12}}, "permissions": {"1": ["V1", "V2"]}}))
    cfg = ServerConfig.load(tmp_path)
    assert cfg.ratio_for(50, "CT", "") == 12
    assert cfg.ratio_for(25, "CT", "") == 20  # the rest of the CT row stays
    assert cfg.ratio_for(50, "MR", "") == 5 and cfg.ratio_for(50, "CR", "") == 20
    assert cfg.allowed_versions(1, "radiologist") == ["V1", "V2"]
    assert cfg.allowed_versions(2, "radiologist") == ["V1", "V2", "V3"]
