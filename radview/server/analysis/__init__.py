"""Analysis models run on rebuilt delta uploads: a registry of ONNX models by
modality + anatomy (``resources/analysis/registry.json``), see docs/delta.md."""

from radview.server.analysis.registry import Analyzer, ModelSpec, load_registry

__all__ = ["Analyzer", "ModelSpec", "load_registry"]
