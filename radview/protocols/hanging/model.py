"""Hanging protocol data model and its JSON format (Qt-free).

A protocol file is JSON validated against ``radview/resources/protocols/schema.json``
(JSON Schema 2020-12), then checked for what a schema cannot say (layout size
versus viewport count, regular expressions, prior references, sync group names).
Every problem is reported as a :class:`ProtocolError` naming the file, the place
(line/column for JSON syntax, a ``$.stages[0].viewports[2]`` path otherwise) and
the problem.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from radview.errors import RadviewError
from radview.protocols.hanging.json_place import locate

FORMAT_VERSION = 1

# Named window presets (center, width); "default" means the image's own header values.
WINDOW_PRESETS: dict[str, tuple[float, float] | None] = {
    "default": None,
    "lung": (-600.0, 1500.0),
    "mediastinum": (50.0, 350.0),
    "soft_tissue": (40.0, 400.0),
    "abdomen": (60.0, 400.0),
    "liver": (80.0, 150.0),
    "bone": (400.0, 1800.0),
    "brain": (40.0, 80.0),
    "subdural": (75.0, 215.0),
    "stroke": (32.0, 8.0),
    "spine": (50.0, 250.0),
}

SYNC_LINKS = ("scroll", "window", "zoom", "pan")
_STUDY_REF = re.compile(r"^(current|prior(?::([1-9][0-9]?))?)$")


class ProtocolError(RadviewError):
    """A protocol file or object that cannot be used; says where and what."""

    def __init__(self, source: str, place: str, problem: str):
        self.source = source
        self.place = place
        self.problem = problem
        super().__init__(f"{source}: {place}: {problem}")


@dataclass(frozen=True)
class SeriesRules:
    """Conditions on one series; every field that is set must hold."""

    modality: tuple[str, ...] = ()
    anatomy: tuple[str, ...] = ()
    description: str | None = None
    plane: str | None = None
    view_position: tuple[str, ...] = ()
    laterality: tuple[str, ...] = ()
    contrast: bool | None = None
    image_type: tuple[str, ...] = ()
    exclude_image_type: tuple[str, ...] = ()
    min_instances: int | None = None

    _LIST_FIELDS = ("modality", "anatomy", "view_position", "laterality", "image_type",
                    "exclude_image_type")

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "SeriesRules":
        kwargs: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            if name in obj:
                value = obj[name]
                kwargs[name] = tuple(value) if name in cls._LIST_FIELDS else value
        return cls(**kwargs)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value is None or value == ():
                continue
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def is_empty(self) -> bool:
        return not self.to_json()

    def describe(self) -> str:
        parts = []
        for key, value in self.to_json().items():
            if isinstance(value, list):
                value = "|".join(str(v) for v in value)
            elif key == "description":
                value = f"/{value}/"
            parts.append(f"{key}={value}")
        return ", ".join(parts) or "any series"


@dataclass(frozen=True)
class SeriesSelector:
    """Rules for one viewport's series, in the style of OHIF's matching rules.

    ``rules`` are required unless ``required`` names the ones that are: then the other
    stated rules only score. ``prefer`` rules always only score. Each rule that holds
    adds its weight (``weights``, default 2 for a stated rule that is not required, 1
    for a preference); the best-scoring series that meets every required rule wins.
    """

    rules: SeriesRules = field(default_factory=SeriesRules)
    prefer: SeriesRules = field(default_factory=SeriesRules)
    order: str = "series_number"
    required: tuple[str, ...] | None = None  # None: every stated rule is required (format 1 files)
    weights: tuple[tuple[str, float], ...] = ()

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "SeriesSelector":
        obj = dict(obj or {})
        prefer = SeriesRules.from_json(obj.pop("prefer", {}))
        order = obj.pop("order", "series_number")
        required = obj.pop("required", None)
        weights = obj.pop("weights", {})
        return cls(SeriesRules.from_json(obj), prefer, order,
                   tuple(required) if required is not None else None,
                   tuple(sorted((k, float(v)) for k, v in weights.items())))

    def to_json(self) -> dict[str, Any]:
        out = self.rules.to_json()
        if not self.prefer.is_empty():
            out["prefer"] = self.prefer.to_json()
        if self.order != "series_number":
            out["order"] = self.order
        if self.required is not None:
            out["required"] = list(self.required)
        if self.weights:
            out["weights"] = dict(self.weights)
        return out

    def required_rules(self) -> SeriesRules:
        if self.required is None:
            return self.rules
        return SeriesRules.from_json({k: v for k, v in self.rules.to_json().items() if k in self.required})

    def is_required(self, rule: str) -> bool:
        return self.required is None or rule in self.required

    def weight(self, rule: str, *, preference: bool) -> float:
        return dict(self.weights).get(rule, 1.0 if preference else 2.0)


@dataclass(frozen=True)
class Display:
    window: str | tuple[float, float] = "default"  # preset name or (center, width)
    invert: bool = False
    flip: str = "none"
    rotate: int = 0
    zoom: str | float = "fit"
    orientation: tuple[str, str] | None = None  # wanted patient orientation (rows, columns)

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "Display":
        obj = obj or {}
        window = obj.get("window", "default")
        if isinstance(window, dict):
            window = (float(window["center"]), float(window["width"]))
        orientation = obj.get("orientation")
        return cls(
            window=window,
            invert=bool(obj.get("invert", False)),
            flip=obj.get("flip", "none"),
            rotate=int(obj.get("rotate", 0)),
            zoom=obj.get("zoom", "fit"),
            orientation=tuple(orientation) if orientation else None,
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.window != "default":
            out["window"] = (self.window if isinstance(self.window, str)
                             else {"center": self.window[0], "width": self.window[1]})
        if self.invert:
            out["invert"] = True
        if self.flip != "none":
            out["flip"] = self.flip
        if self.rotate:
            out["rotate"] = self.rotate
        if self.zoom != "fit":
            out["zoom"] = self.zoom
        if self.orientation:
            out["orientation"] = list(self.orientation)
        return out

    def window_values(self) -> tuple[float, float] | None:
        if isinstance(self.window, tuple):
            return self.window
        return WINDOW_PRESETS[self.window]


@dataclass(frozen=True)
class ViewportSpec:
    study: str = "current"  # "current", "prior", "prior:N"
    series: SeriesSelector = field(default_factory=SeriesSelector)
    display: Display = field(default_factory=Display)
    sync: tuple[str, ...] = ()
    label: str = ""
    repeat: bool = False
    pair_with: int | None = None  # index of an earlier viewport of the stage whose series this one matches

    @property
    def prior_index(self) -> int:
        """0 for the current study, N >= 1 for prior N."""
        m = _STUDY_REF.match(self.study)
        if not m or m.group(1) == "current":
            return 0
        return int(m.group(2) or 1)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "ViewportSpec":
        study = obj["study"]
        if study == "prior":
            study = "prior:1"
        return cls(
            study=study,
            series=SeriesSelector.from_json(obj.get("series")),
            display=Display.from_json(obj.get("display")),
            sync=tuple(obj.get("sync", ())),
            label=obj.get("label", ""),
            repeat=bool(obj.get("repeat", False)),
            pair_with=obj.get("pair_with"),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.label:
            out["label"] = self.label
        out["study"] = self.study
        series = self.series.to_json()
        if series:
            out["series"] = series
        display = self.display.to_json()
        if display:
            out["display"] = display
        if self.sync:
            out["sync"] = list(self.sync)
        if self.repeat:
            out["repeat"] = True
        if self.pair_with is not None:
            out["pair_with"] = self.pair_with
        return out


@dataclass(frozen=True)
class Layout:
    rows: int = 1
    columns: int = 1
    rectangles: tuple[tuple[float, float, float, float], ...] = ()  # x, y, w, h; origin top left

    @property
    def cells(self) -> int:
        return len(self.rectangles) if self.rectangles else self.rows * self.columns

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """Each viewport's rectangle (x, y, w, h) as fractions of the screen, row-major."""
        if self.rectangles:
            return list(self.rectangles)
        w, h = 1.0 / self.columns, 1.0 / self.rows
        return [(c * w, r * h, w, h) for r in range(self.rows) for c in range(self.columns)]

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Layout":
        if "rectangles" in obj:
            return cls(rows=0, columns=0,
                       rectangles=tuple(tuple(float(v) for v in r) for r in obj["rectangles"]))
        return cls(rows=int(obj["rows"]), columns=int(obj["columns"]))

    def to_json(self) -> dict[str, Any]:
        if self.rectangles:
            return {"rectangles": [list(r) for r in self.rectangles]}
        return {"rows": self.rows, "columns": self.columns}


@dataclass(frozen=True)
class SyncGroup:
    name: str
    link: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "link": list(self.link)}


@dataclass(frozen=True)
class Stage:
    layout: Layout
    viewports: tuple[ViewportSpec, ...]
    sync_groups: tuple[SyncGroup, ...] = ()
    name: str = ""
    repeat_for: str | None = None  # "current_series": one stage per current series, in rank order

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Stage":
        return cls(
            repeat_for=obj.get("repeat_for"),
            layout=Layout.from_json(obj["layout"]),
            viewports=tuple(ViewportSpec.from_json(v) for v in obj["viewports"]),
            sync_groups=tuple(SyncGroup(g["name"], tuple(g["link"]))
                              for g in obj.get("sync_groups", ())),
            name=obj.get("name", ""),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name:
            out["name"] = self.name
        out["layout"] = self.layout.to_json()
        out["viewports"] = [v.to_json() for v in self.viewports]
        if self.sync_groups:
            out["sync_groups"] = [g.to_json() for g in self.sync_groups]
        if self.repeat_for:
            out["repeat_for"] = self.repeat_for
        return out


@dataclass(frozen=True)
class MatchRules:
    modality: tuple[str, ...] = ()
    anatomy: tuple[str, ...] = ()
    laterality: tuple[str, ...] = ()
    description: str | None = None
    min_priors: int = 0

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "MatchRules":
        obj = obj or {}
        return cls(
            modality=tuple(obj.get("modality", ())),
            anatomy=tuple(obj.get("anatomy", ())),
            laterality=tuple(obj.get("laterality", ())),
            description=obj.get("description"),
            min_priors=int(obj.get("min_priors", 0)),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("modality", "anatomy", "laterality"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.description:
            out["description"] = self.description
        if self.min_priors:
            out["min_priors"] = self.min_priors
        return out


@dataclass(frozen=True)
class PriorRules:
    count: int = 0
    relevant_only: bool = True
    max_age_days: int | None = None
    modality: tuple[str, ...] = ()
    fetch: bool = True
    version: str = "comparison"

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "PriorRules":
        obj = obj or {}
        return cls(
            count=int(obj.get("count", 0)),
            relevant_only=bool(obj.get("relevant_only", True)),
            max_age_days=obj.get("max_age_days"),
            modality=tuple(obj.get("modality", ())),
            fetch=bool(obj.get("fetch", True)),
            version=obj.get("version", "comparison"),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"count": self.count}
        if not self.relevant_only:
            out["relevant_only"] = False
        if self.max_age_days is not None:
            out["max_age_days"] = self.max_age_days
        if self.modality:
            out["modality"] = list(self.modality)
        if not self.fetch:
            out["fetch"] = False
        if self.version != "comparison":
            out["version"] = self.version
        return out


@dataclass(frozen=True)
class Protocol:
    name: str
    stages: tuple[Stage, ...]
    match: MatchRules = field(default_factory=MatchRules)
    priors: PriorRules = field(default_factory=PriorRules)
    description: str = ""
    priority: float = 0.0
    # Where it came from: "builtin" or "user", and the file (not part of the format).
    origin: str = field(default="user", compare=False)
    path: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT_VERSION, "name": self.name}
        if self.description:
            out["description"] = self.description
        if self.priority:
            out["priority"] = self.priority
        match = self.match.to_json()
        if match:
            out["match"] = match
        if self.priors != PriorRules():
            out["priors"] = self.priors.to_json()
        out["stages"] = [s.to_json() for s in self.stages]
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2) + "\n"


# --------------------------------------------------------------------------- parsing


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("radview.resources").joinpath("protocols/schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    import jsonschema  # runtime dependency; imported lazily to keep CLI start-up fast

    return jsonschema.Draft202012Validator(schema())


def _place(path) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


_WRONG_VALUE = {"type", "enum", "const"}  # the value is not of this branch's kind at all
_WRONG_SHAPE = {"required", "additionalProperties"}  # right kind, other keys


def _leaf(error):
    """The most specific error: inside oneOf, the branch the value was most likely meant for."""
    if error.validator != "oneOf" or not error.context:
        return error
    branches: dict[int, list] = {}
    for e in error.context:
        branches.setdefault(e.relative_schema_path[0], []).append(e)

    def rank(item):
        index, errs = item
        root = {e.validator for e in errs if not e.relative_path}
        return (2 if root & _WRONG_VALUE else 1 if root & _WRONG_SHAPE else 0, index)

    _, errs = min(branches.items(), key=rank)
    return _leaf(min(errs, key=lambda e: -len(e.absolute_path)))


def _schema_problem(error) -> str:
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"unknown key {', '.join(map(repr, extra))} (allowed: {allowed})"
    return error.message


def parse_protocol(obj: Any, *, source: str = "<protocol>", origin: str = "user",
                   path: str | None = None) -> Protocol:
    """Validate a decoded JSON object and build a :class:`Protocol`, or raise ProtocolError."""
    errors = list(_validator().iter_errors(obj))
    if errors:
        # The deepest error names the actual fault; ties go to the first place in the file.
        first = _leaf(min(errors, key=lambda e: (-len(e.absolute_path), _place(e.absolute_path))))
        raise ProtocolError(source, _place(first.absolute_path), _schema_problem(first))
    _check_semantics(obj, source)
    return Protocol(
        name=obj["name"],
        description=obj.get("description", ""),
        priority=float(obj.get("priority", 0)),
        match=MatchRules.from_json(obj.get("match")),
        priors=PriorRules.from_json(obj.get("priors")),
        stages=tuple(Stage.from_json(s) for s in obj["stages"]),
        origin=origin,
        path=path,
    )


def _check_regex(pattern: str, source: str, place: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ProtocolError(source, place, f"invalid regular expression {pattern!r}: {exc}") from None


def _check_semantics(obj: dict[str, Any], source: str) -> None:
    match = obj.get("match", {})
    if "description" in match:
        _check_regex(match["description"], source, "$.match.description")
    prior_count = obj.get("priors", {}).get("count", 0)
    for si, stage in enumerate(obj["stages"]):
        where = f"$.stages[{si}]"
        layout = stage["layout"]
        cells = len(layout["rectangles"]) if "rectangles" in layout else layout["rows"] * layout["columns"]
        if cells != len(stage["viewports"]):
            raise ProtocolError(source, f"{where}.viewports",
                                f"layout has {cells} cells but {len(stage['viewports'])} viewports are defined")
        for ri, rect in enumerate(layout.get("rectangles", ())):
            x, y, w, h = rect
            if w <= 0 or h <= 0 or x + w > 1.0001 or y + h > 1.0001:
                raise ProtocolError(source, f"{where}.layout.rectangles[{ri}]",
                                    f"rectangle {rect} is empty or leaves the screen (x+width and y+height must be <= 1)")
        group_names = [g["name"] for g in stage.get("sync_groups", ())]
        if len(set(group_names)) != len(group_names):
            raise ProtocolError(source, f"{where}.sync_groups", "sync group names must be unique")
        for vi, vp in enumerate(stage["viewports"]):
            vwhere = f"{where}.viewports[{vi}]"
            m = _STUDY_REF.match(vp["study"])
            n = 0 if m.group(1) == "current" else int(m.group(2) or 1)
            if n > prior_count:
                raise ProtocolError(source, f"{vwhere}.study",
                                    f"refers to prior {n} but $.priors.count is {prior_count}")
            pair = vp.get("pair_with")
            if pair is not None and (pair >= vi or stage["viewports"][pair]["study"] == vp["study"]):
                raise ProtocolError(source, f"{vwhere}.pair_with",
                                    f"must name an earlier viewport of this stage showing another study (got {pair})")
            series = vp.get("series", {})
            for rule in series.get("required", ()):
                if rule not in series:
                    raise ProtocolError(source, f"{vwhere}.series.required",
                                        f"{rule!r} is required but the selector states no {rule!r} rule")
            for key, rules in (("series", series), ("series.prefer", series.get("prefer", {}))):
                if "description" in rules:
                    _check_regex(rules["description"], source, f"{vwhere}.{key}.description")
            for name in vp.get("sync", ()):
                if name not in group_names:
                    raise ProtocolError(source, f"{vwhere}.sync",
                                        f"sync group {name!r} is not defined in {where}.sync_groups")


def _line_col_place(exc: json.JSONDecodeError) -> str:
    return f"line {exc.lineno} column {exc.colno}"


def loads_protocol(text: str, *, source: str = "<protocol>", origin: str = "user",
                   path: str | None = None) -> Protocol:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProtocolError(source, _line_col_place(exc), f"not valid JSON: {exc.msg}") from None
    try:
        return parse_protocol(obj, source=source, origin=origin, path=path)
    except ProtocolError as exc:
        where = locate(text, exc.place) if exc.place.startswith("$") else None
        if where is None:
            raise
        raise ProtocolError(exc.source, f"{exc.place} (line {where[0]} column {where[1]})", exc.problem) from None


def load_protocol_file(path: str | Path, *, origin: str = "user") -> Protocol:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProtocolError(str(path), "file", f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError(str(path), f"byte {exc.start}", "not UTF-8 text") from None
    return loads_protocol(text, source=str(path), origin=origin, path=str(path))
