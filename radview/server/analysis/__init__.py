"""Analysis models run on rebuilt delta uploads: a registry of ONNX models by
modality + anatomy (``resources/analysis/registry.json``), see docs/delta.md.

The names are loaded on first use (PEP 562): the command-line module stays light."""

from importlib import import_module

__all__ = ["Analyzer", "ModelSpec", "load_registry"]


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.registry"), name)
    globals()[name] = value
    return value
