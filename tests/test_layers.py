"""The package layering and the import rules, read from the source (``ast``), not from
what happens to be imported at run time."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import radview

ROOT = Path(radview.__file__).parent
HELPERS = {"radview", "radview.errors", "radview.paths", "radview.cli_args",
           "radview.lazy", "radview.gcpause"}  # radview: __version__
ANY = None
# top-level package -> the radview packages it may import (besides the helpers)
ALLOWED = {
    "radview.dicom": set(),
    "radview.codec": set(),
    "radview.resources": set(),
    "radview.protocols": {"radview.dicom"},
    "radview.delta": {"radview.dicom", "radview.codec"},
    "radview.net": {"radview.dicom", "radview.codec", "radview.delta"},
    "radview.server": {"radview.dicom", "radview.codec", "radview.protocols", "radview.delta",
                       "radview.resources"},
    "radview.viewer": {"radview.dicom", "radview.codec"},
    "radview.app": ANY,
    "radview.demo": ANY,
    "radview.bench": ANY,
}
QT = ("PySide6", "pyqtgraph")


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path) -> list[tuple[str, ast.AST]]:
    """(imported name, node) for every import; ``from pkg import submodule`` names the
    submodule (it does not depend on pkg's other contents)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            subs = [f"{base}.{alias.name}" for alias in node.names]
            out += [(s, node) for s in subs] if all(s in MODULES for s in subs) else [(base, node)]
    return out


def _top(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in MODULES.items():
        for name, _node in _imports(module, path):
            target = _resolve(name) if name.startswith("radview") else None
            if target and target != module:
                graph[module].add(target)
    return graph


def test_packages_import_only_what_the_layering_allows():
    wrong = []
    for module, targets in _graph().items():
        allowed = ALLOWED.get(_top(module), ANY)
        if allowed is ANY:
            continue
        for target in targets:
            top = _top(target)
            if top != _top(module) and top not in HELPERS and top not in allowed:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "imports against the layering:\n" + "\n".join(sorted(wrong))


def test_nothing_outside_the_app_and_viewer_imports_qt_or_them():
    wrong = []
    for module, path in MODULES.items():
        if _top(module) in ("radview.app", "radview.viewer", "radview.bench", "radview.demo"):
            continue
        for name, _node in _imports(module, path):
            if name.split(".")[0] in QT or _top(name) in ("radview.app", "radview.viewer"):
                wrong.append(f"{module} imports {name}")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycle_between_modules():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in list(MODULES):
        if module not in index:
            visit(module)
    assert not cycles, f"import cycles: {cycles}"


def test_no_guarded_import_of_our_own_modules():
    guarded = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Try):
                continue
            catches_import = any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                or isinstance(h.type, ast.Tuple) and any(
                    getattr(e, "id", "") in ("ImportError", "ModuleNotFoundError")
                    for e in h.type.elts)
                for h in node.handlers)
            ours = [name for stmt in node.body for name, _n in _imports(module, _One(stmt))
                    if name.startswith("radview")]
            if catches_import and ours:
                guarded.append(f"{module}:{node.lineno} guards {ours[0]}")
    assert not guarded, "\n".join(guarded)


class _One:
    """One statement seen as a file, for ``_imports``."""

    name = ""

    def __init__(self, stmt: ast.stmt):
        self.stmt = stmt

    def read_text(self, encoding: str) -> str:
        return ast.unparse(self.stmt)
