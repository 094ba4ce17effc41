"""Protocol files: validation with precise error places, library loading, user library."""

from __future__ import annotations

import json

import pytest

from radview.errors import UsageError
from radview.protocols.hanging import load_library, loads_protocol, save_user_protocol
from radview.protocols.hanging.library import builtin_protocols
from radview.protocols.hanging.model import ProtocolError, load_protocol_file, parse_protocol

GOOD = {"format": 1, "name": "ok", "match": {"modality": ["CT"]}, "priors": {"count": 1},
        "stages": [{"layout": {"rows": 1, "columns": 2},
                    "viewports": [{"study": "current", "series": {"plane": "axial"}, "sync": ["a"]},
                                  {"study": "prior", "display": {"window": {"center": 40, "width": 400}}, "sync": ["a"]}],
                    "sync_groups": [{"name": "a", "link": ["scroll"]}]}]}


def broken(**changes):
    obj = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        target = obj
        keys = path.split("__")
        for k in keys[:-1]:
            target = target[int(k)] if k.isdigit() else target[k]
        last = keys[-1]
        target[int(last) if last.isdigit() else last] = value
    return obj


def test_builtin_library_loads_and_round_trips():
    lib = builtin_protocols()
    assert not lib.errors
    names = {p.name for p in lib.protocols}
    assert {"CT chest + prior", "CT abdomen/pelvis + prior", "XR chest PA/LAT + prior",
            "Mammography screening 4-view + prior", "MR brain", "XR knee left + prior",
            "XR knee right + prior", "Generic"} <= names
    for p in lib.protocols:
        again = loads_protocol(p.dumps())
        assert again == p, p.name


@pytest.mark.parametrize("obj, place, words", [
    (broken(stages__0__viewports__1__series={"plane": "diagonal"}), "$.stages[0].viewports[1].series.plane", "diagonal"),
    (broken(stages__0__layout={"rows": 2, "columns": 2}), "$.stages[0].viewports", "4 cells but 2 viewports"),
    (broken(stages__0__viewports__0__study="prior:3"), "$.stages[0].viewports[0].study", "prior 3"),
    (broken(match={"description": "chest("}), "$.match.description", "invalid regular expression"),
    (broken(stages__0__viewports__0__sync=["b"]), "$.stages[0].viewports[0].sync", "'b' is not defined"),
    (broken(stages__0__viewports__0__colour="red"), "$.stages[0].viewports[0]", "unknown key 'colour'"),
    (broken(format=2), "$.format", "1 was expected"),
    (broken(stages__0__viewports__1__display={"window": "lungs"}), "$.stages[0].viewports[1].display.window", "lungs"),
    (broken(match={"anatomy": ["CHESTS"]}), "$.match.anatomy[0]", "CHESTS"),
    (broken(name=""), "$.name", "non-empty"),
])
def test_bad_protocols_name_place_and_problem(obj, place, words):
    with pytest.raises(ProtocolError) as info:
        parse_protocol(obj, source="my.json")
    err = info.value
    assert err.source == "my.json"
    assert err.place == place, str(err)
    assert words in err.problem, str(err)


def test_json_syntax_error_gives_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": 1,\n  "name": "x",\n  "stages": [,]\n}\n')
    with pytest.raises(ProtocolError) as info:
        load_protocol_file(path)
    assert str(path) in str(info.value) and "line 4 column" in info.value.place


def test_bad_file_is_reported_and_the_rest_still_loads(tmp_path):
    (tmp_path / "a-good.json").write_text(json.dumps(GOOD))
    (tmp_path / "b-bad.json").write_text(json.dumps(broken(stages__0__layout={"rows": 0, "columns": 2})))
    (tmp_path / "c-text.json").write_bytes(b"\xff\xfe not json")
    lib = load_library(tmp_path)
    assert "ok" in {p.name for p in lib.protocols}
    assert any(p.origin == "builtin" for p in lib.protocols)
    messages = sorted(str(e) for e in lib.errors)
    assert len(messages) == 2
    assert "b-bad.json: $.stages[0].layout" in messages[0]
    assert "c-text.json" in messages[1]


def test_user_protocol_saved_in_config_dir_and_overrides_builtin(tmp_path, monkeypatch):
    monkeypatch.setenv("RADVIEW_CONFIG_DIR", str(tmp_path))
    mine = parse_protocol(dict(GOOD, name="MR brain"))
    path = save_user_protocol(mine)
    assert path.parent == tmp_path / "protocols"
    lib = load_library()
    chosen = [p for p in lib.protocols if p.name == "MR brain"]
    assert len(chosen) == 1 and chosen[0].origin == "user"
    with pytest.raises(UsageError, match="already exists"):
        save_user_protocol(mine)
    save_user_protocol(mine, overwrite=True)
    assert not list((tmp_path / "protocols").glob("*.tmp"))


def test_file_errors_also_give_line_and_column(tmp_path):
    path = tmp_path / "p.json"
    text = json.dumps(broken(stages__0__viewports__1__series={"plane": "diagonal"}), indent=2)
    path.write_text(text)
    with pytest.raises(ProtocolError) as info:
        load_protocol_file(path)
    place = info.value.place
    assert place.startswith("$.stages[0].viewports[1].series.plane (line ")
    line = int(place.split("line ")[1].split()[0])
    assert '"plane": "diagonal"' in text.splitlines()[line - 1]
