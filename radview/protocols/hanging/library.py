"""The protocol library: built-in protocols plus the user's own (Qt-free).

Built-in protocols ship in ``radview/resources/protocols/*.json``. The user's
library is ``$RADVIEW_CONFIG_DIR/protocols`` or ``~/.config/radview/protocols``.
A file that cannot be used is reported (file, place, problem) and skipped; the
rest of the library still loads.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from radview.errors import UsageError
from radview.protocols.hanging.model import Protocol, ProtocolError, load_protocol_file, loads_protocol

SCHEMA_FILE = "schema.json"


def user_library_dir() -> Path:
    base = os.environ.get("RADVIEW_CONFIG_DIR")
    root = Path(base) if base else Path.home() / ".config" / "radview"
    return root / "protocols"


@dataclass
class Library:
    protocols: list[Protocol] = field(default_factory=list)
    errors: list[ProtocolError] = field(default_factory=list)

    def by_name(self, name: str) -> Protocol | None:
        return next((p for p in self.protocols if p.name == name), None)


def builtin_protocols() -> Library:
    lib = Library()
    folder = resources.files("radview.resources").joinpath("protocols")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json") or entry.name == SCHEMA_FILE:
            continue
        source = f"built-in {entry.name}"
        try:
            lib.protocols.append(loads_protocol(entry.read_text("utf-8"), source=source,
                                                origin="builtin", path=source))
        except ProtocolError as exc:
            lib.errors.append(exc)
    return lib


def load_folder(folder: Path, *, origin: str = "user") -> Library:
    """Every ``*.json`` in ``folder`` (not recursive); a missing folder is an empty library."""
    lib = Library()
    if not folder.is_dir():
        return lib
    for path in sorted(folder.glob("*.json")):
        try:
            lib.protocols.append(load_protocol_file(path, origin=origin))
        except ProtocolError as exc:
            lib.errors.append(exc)
    return lib


def load_library(user_dir: Path | None = None, *, include_builtin: bool = True) -> Library:
    """Built-in + user protocols. A user protocol with a built-in's name replaces it."""
    lib = builtin_protocols() if include_builtin else Library()
    user = load_folder(user_dir if user_dir is not None else user_library_dir())
    names = {p.name for p in user.protocols}
    seen: set[str] = set()
    unique_user = []
    for p in user.protocols:
        if p.name in seen:
            user.errors.append(ProtocolError(p.path or "?", "$.name",
                                             f"another user protocol is already named {p.name!r}; this one is skipped"))
            continue
        seen.add(p.name)
        unique_user.append(p)
    lib.protocols = [p for p in lib.protocols if p.name not in names] + unique_user
    lib.errors.extend(user.errors)
    return lib


def _file_name(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "protocol"
    return f"{slug}.json"


def save_user_protocol(protocol: Protocol, folder: Path | None = None, *, overwrite: bool = False) -> Path:
    """Write ``protocol`` into the user library (validated first) and return its path."""
    folder = folder if folder is not None else user_library_dir()
    text = protocol.dumps()
    loads_protocol(text, source=f"protocol {protocol.name!r}")  # never store a file we could not load back
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _file_name(protocol.name)
    if path.exists() and not overwrite:
        raise UsageError(f"a protocol file {path} already exists; choose another name or allow overwriting")
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # atomic: a crash never leaves half a protocol behind
    return path
