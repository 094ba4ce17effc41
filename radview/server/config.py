"""Server configuration: versions, ratio table, status × version permissions, roles.

Read from DATA/config.json when present. The file is deep-merged over the
defaults below (a partial block, e.g. one modality of `ratios`, keeps the other
defaults; lists such as `versions` and `policy` replace the default list) and
validated with a JSON schema whose errors name the key. `radview server` writes
the effective config to DATA/config.effective.json so an operator sees what is
in force.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from radview.errors import UsageError

STATUS_LABELS = {1: "unread", 2: "read", 3: "read + notes", 4: "read + annotations",
                 5: "read + report"}

DEFAULT = {
    "versions": [
        {"name": "V1", "usage": "diagnosis", "quality": 100, "lossless": True},
        {"name": "V2", "usage": "reference", "quality": 50, "lossless": False},
        {"name": "V3", "usage": "comparison", "quality": 25, "lossless": False},
    ],
    # ratio (uncompressed pixel bytes / version bytes) by quality and modality;
    # modalities not listed use "default" (the CR row).
    "ratios": {
        "default": {"50": 20, "25": 50},
        "CR": {"50": 20, "25": 50},
        "DX": {"50": 20, "25": 50},
        "CT": {"50": 10, "25": 20},
        "MR": {"50": 5, "25": 10},
    },
    # optional overrides: "MODALITY/BODYPART" or "BODYPART" -> {quality: ratio}
    "ratios_by_body_part": {},
    "permissions": {"1": ["V1"], "2": "*", "3": "*", "4": "*", "5": "*"},
    # role -> versions it may receive; intersected with the status table above, so a
    # referrer (V2/V3 only) never receives a study of status 1 (V1 only).
    "roles": {"radiologist": "*", "referrer": ["V2", "V3"], "technician": "*", "admin": "*"},
    # role -> what it may change (docs/security.md)
    "actions": {
        "status": ["radiologist", "admin"],
        "diagnosis": ["radiologist", "admin"],
        "anatomy": ["radiologist", "technician", "admin"],
        "store": ["technician", "radiologist", "admin"],
    },
    # OpenID Connect bearer JWTs accepted beside server-issued tokens (null: off)
    "oidc": None,
    # audit records also sent as RFC 5424 syslog to "udp://HOST:PORT" or "tcp://HOST:PORT"
    "audit_syslog": None,
    # version policy for `version=auto`: first rule whose conditions all hold and
    # whose version the status/role tables allow wins (docs/server.md)
    "policy": [
        {"when": {"role": ["referrer"]}, "version": "V2"},
        {"when": {"max_link_kbps": 2000}, "version": "V3"},
        {"when": {"place": ["home"], "max_link_kbps": 20000}, "version": "V2"},
        {"when": {"max_memory_mb": 2048}, "version": "V2"},
        {"when": {}, "version": "V1"},
        {"when": {}, "version": "V2"},
        {"when": {}, "version": "V3"},
    ],
    "bulk_threshold": 1024,
    "version_workers": 1,
    # C-STORE of a different dataset under a stored SOP Instance UID: "refuse", or
    # "keep" it apart in <data>/conflicts (warning status); the stored copy stays.
    "dimse_duplicates": "refuse",
}


@dataclass
class VersionSpec:
    name: str
    usage: str
    quality: int
    lossless: bool
    encoding: str | None = None  # None: the server's ``version_encoding``

    def to_json(self) -> dict[str, Any]:
        out = {"name": self.name, "usage": self.usage, "quality": self.quality,
               "lossless": self.lossless}
        if self.encoding:
            out["encoding"] = self.encoding
        return out


@dataclass
class ServerConfig:
    raw: dict[str, Any] = field(default_factory=lambda: json.loads(json.dumps(DEFAULT)))

    @classmethod
    def load(cls, data_dir: Path | None) -> "ServerConfig":
        cfg = json.loads(json.dumps(DEFAULT))
        if data_dir is not None:
            path = Path(data_dir) / "config.json"
            if path.is_file():
                try:
                    user = json.loads(path.read_text())
                except (OSError, ValueError) as exc:
                    raise UsageError(f"cannot read {path}: {exc}") from None
                if not isinstance(user, dict):
                    raise UsageError(f"{path} must hold a JSON object")
                _check_schema(user, str(path))
                cfg = deep_merge(cfg, user)
        self = cls(cfg)
        self.validate()
        return self

    def validate(self) -> None:
        _check_schema(self.raw, "config")
        names = [v.name for v in self.versions]
        if len(set(names)) != len(names) or not names:
            raise UsageError("config: version names must be unique and not empty")
        for v in self.versions:
            if not 1 <= v.quality <= 100:
                raise UsageError(f"config: version {v.name} quality must be 1..100")
            if not v.lossless and self.ratio_for(v.quality, "", "") <= 1:
                raise UsageError(f"config: no ratio > 1 for quality {v.quality}")
        for status in map(str, STATUS_LABELS):
            if status not in self.raw["permissions"]:
                raise UsageError(f"config: permissions lacks status {status}")

    @property
    def versions(self) -> list[VersionSpec]:
        return [VersionSpec(v["name"], v.get("usage", ""), int(v.get("quality", 100)),
                            bool(v.get("lossless", False)), v.get("encoding"))
                for v in self.raw["versions"]]

    def version(self, name: str) -> VersionSpec | None:
        return next((v for v in self.versions if v.name == name), None)

    def ratio_for(self, quality: int, modality: str, body_part: str) -> float:
        """Target ratio for a lossy quality; nearest configured quality if not listed."""
        overrides = self.raw.get("ratios_by_body_part", {})
        rows = [overrides.get(f"{modality}/{body_part}".upper()),
                overrides.get(body_part.upper()) if body_part else None,
                self.raw["ratios"].get(modality.upper()), self.raw["ratios"]["default"]]
        for row in rows:
            if row:
                if str(quality) in row:
                    return float(row[str(quality)])
                nearest = min(row, key=lambda q: abs(int(q) - quality))
                return float(row[nearest])
        return 10.0

    def select(self, *, name: str | None = None, quality: int | None = None,
               usage: str | None = None) -> VersionSpec:
        """Version by name, or by quality and/or usage (docs/server-api.md)."""
        versions = self.versions
        defined = ", ".join(f"{v.name} ({v.usage}, {v.quality}%)" for v in versions)
        if name:
            v = self.version(name)
            if v is None:
                raise LookupError(f"no version {name!r}; defined: {defined}")
            return v
        cands = [v for v in versions if usage is None or v.usage == usage]
        if quality is not None:
            exact = [v for v in cands if v.quality == quality]
            above = sorted((v for v in cands if v.quality > quality), key=lambda v: v.quality)
            cands = exact or above
        if not cands:
            raise LookupError(f"no version with quality={quality} usage={usage}; "
                              f"defined: {defined}")
        if quality is None and usage is None:
            raise LookupError("name a version, a quality or a usage")
        return cands[0]

    def allowed_versions(self, status: int, role: str) -> list[str]:
        names = [v.name for v in self.versions]
        by_status = self.raw["permissions"].get(str(status), [])
        by_role = self.raw["roles"].get(role, [])  # unknown role: nothing
        pick = lambda spec: names if spec == "*" else [n for n in names if n in spec]  # noqa: E731
        allowed_role = set(pick(by_role))
        return [n for n in pick(by_status) if n in allowed_role]

    def policy_pick(self, conditions: dict[str, Any], allowed: list[str]) -> tuple[str, str]:
        """(version name, reason) chosen by the policy rules among the allowed versions.

        conditions: role, group, place (strings); status, link_kbps, memory_mb, cpu_cores
        (numbers, any may be missing: a rule testing a missing value does not match).
        """
        for index, rule in enumerate(self.raw.get("policy", [])):
            when = rule.get("when", {})
            if rule.get("version") in allowed and _rule_holds(when, conditions):
                return rule["version"], f"policy rule {index + 1}: {json.dumps(when)}"
        raise LookupError("no policy rule gives a version allowed here (allowed: "
                          + (", ".join(allowed) or "none") + ")")

    def to_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.raw))


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: objects merge key by key, anything else replaces."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


_VERSION_LIST = {"oneOf": [{"const": "*"},
                           {"type": "array", "items": {"type": "string", "minLength": 1}}]}
_RATIO_ROW = {"type": "object", "propertyNames": {"pattern": "^[0-9]{1,3}$"},
              "additionalProperties": {"type": "number", "exclusiveMinimum": 1}}
_ROLE_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
# radview.codec.ENCODINGS, written out: importing the codec (numba) would slow every start-up
_ENCODING = {"enum": ["htj2k", "wavelet"]}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "versions": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name"], "additionalProperties": False,
            "properties": {"name": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,16}$"},
                           "usage": {"type": "string"},
                           "quality": {"type": "integer", "minimum": 1, "maximum": 100},
                           "lossless": {"type": "boolean"},
                           # this version's encoding, over the server's version_encoding
                           "encoding": _ENCODING}}},
        "ratios": {"type": "object", "additionalProperties": _RATIO_ROW},
        "ratios_by_body_part": {"type": "object", "additionalProperties": _RATIO_ROW},
        "permissions": {"type": "object", "propertyNames": {"enum": ["1", "2", "3", "4", "5"]},
                        "additionalProperties": _VERSION_LIST},
        "roles": {"type": "object", "additionalProperties": _VERSION_LIST},
        "actions": {"type": "object", "additionalProperties": False,
                    "properties": {k: _ROLE_LIST for k in
                                   ("status", "diagnosis", "anatomy", "store")}},
        "oidc": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["issuer", "audience"], "additionalProperties": False,
            "properties": {"issuer": {"type": "string", "minLength": 1},
                           "audience": {"type": "string", "minLength": 1},
                           "jwks_file": {"type": "string"},
                           "jwks_url": {"type": "string", "pattern": "^https?://"},
                           "jwks_ca_file": {"type": "string"},
                           "role_claim": {"type": "string"}, "user_claim": {"type": "string"},
                           "algorithms": {"type": "array", "items": {"type": "string"}}}}]},
        "audit_syslog": {"oneOf": [{"type": "null"},
                                   {"type": "string", "pattern": "^(udp|tcp)://[^:/]+:[0-9]+$"}]},
        "policy": {"type": "array", "items": {
            "type": "object", "required": ["version"], "additionalProperties": False,
            "properties": {"when": {"type": "object"}, "version": {"type": "string"}}}},
        "bulk_threshold": {"type": "integer", "minimum": 0},
        "version_workers": {"type": "integer", "minimum": 1, "maximum": 64},
        "dimse_duplicates": {"enum": ["refuse", "keep"]},
        "version_encoding": _ENCODING,
        "peers": {"type": "object", "additionalProperties": {
            "type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
            "minItems": 2, "maxItems": 2}},
    },
}


def _check_schema(doc: dict[str, Any], where: str) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        key = ".".join(str(p) for p in err.absolute_path) or "(top level)"
        raise UsageError(f"{where}: {key}: {err.message}")


_LIMITS = {"max_link_kbps": ("link_kbps", "<="), "min_link_kbps": ("link_kbps", ">="),
           "max_memory_mb": ("memory_mb", "<="), "min_memory_mb": ("memory_mb", ">="),
           "max_cpu_cores": ("cpu_cores", "<="), "min_cpu_cores": ("cpu_cores", ">="),
           "min_status": ("status", ">="), "max_status": ("status", "<=")}


def _rule_holds(when: dict[str, Any], cond: dict[str, Any]) -> bool:
    for key, want in when.items():
        if key in ("role", "group", "place"):
            have = cond.get(key)
            if have is None or have not in (want if isinstance(want, list) else [want]):
                return False
        elif key in _LIMITS:
            name, op = _LIMITS[key]
            have = cond.get(name)
            if have is None or not (have <= want if op == "<=" else have >= want):
                return False
        else:
            raise UsageError(f"config: unknown policy condition {key!r}")
    return True
