"""Names of a package loaded on first use (PEP 562 module ``__getattr__``).

Command-line modules import their package; with the package's public names loaded
lazily, building the parser stays free of numpy, pydicom and onnxruntime (a fast
``radview --help``)."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any, Callable


def lazy_names(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """``__getattr__`` for ``package``: ``name`` comes from ``package.<table[name]>``,
    imported when first asked for and then kept on the package."""

    def __getattr__(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{table[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
