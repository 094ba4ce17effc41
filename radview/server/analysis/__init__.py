"""Analysis models run on rebuilt delta uploads: a registry of ONNX models by
modality + anatomy (``resources/analysis/registry.json``), see docs/delta.md.

The names are loaded on first use (PEP 562): the command-line module stays light."""

from radview.lazy import lazy_names

__all__ = ["Analyzer", "ModelSpec", "load_registry"]

__getattr__ = lazy_names(__name__, {name: "registry" for name in __all__})
