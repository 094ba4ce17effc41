"""The analysis registry and the shipped example model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from radview.server.analysis import Analyzer, load_registry
from radview.server.analysis.registry import AnalysisError, to_input
from radview.server.analysis.train import dataset


def test_shipped_model_separates_generated_bleeds_it_never_saw():
    spec = load_registry()[0]
    assert (spec.modality, spec.regions) == ("CT", ("HEAD",))
    images, labels = dataset(200, seed=4242)  # training used seeds 17 and 18
    sess = Analyzer([spec])._session(spec)
    probs = np.array([sess.run(None, {"image": im[None, None]})[0][0] for im in images])
    assert np.mean((probs >= spec.urgent_threshold) == (labels == 1)) >= 0.85


def test_models_run_only_on_matching_modality_and_region(demo_subset):
    import pydicom

    analyzer = Analyzer()
    for path in demo_subset:
        ds = pydicom.dcmread(path)
        results = analyzer.run(ds, ds.pixel_array)
        expected = ds.Modality == "CT" and "CT_HEAD" in str(path)
        assert bool(results) == expected, path


def test_input_is_block_averaged_modality_values():
    pixels = np.arange(16, dtype=np.uint16).reshape(4, 4)
    x = to_input(pixels, 2.0, -10.0, 2)
    assert x.shape == (1, 1, 2, 2)
    assert x[0, 0, 0, 0] == pytest.approx(np.mean([0, 1, 4, 5]) * 2 - 10)


def test_bad_registry_and_broken_model_are_named(tmp_path):
    (tmp_path / "registry.json").write_text(json.dumps([{"name": "x"}]))
    with pytest.raises(AnalysisError, match="bad entry"):
        load_registry(tmp_path / "registry.json")
    entry = {"name": "broken", "file": "broken.onnx", "modality": "CT", "regions": ["HEAD"],
             "finding": "f", "urgent_threshold": 0.5, "input_size": 8}
    (tmp_path / "registry.json").write_text(json.dumps([entry]))
    (tmp_path / "broken.onnx").write_bytes(b"not onnx")
    spec = load_registry(tmp_path / "registry.json")[0]
    with pytest.raises(AnalysisError, match="broken"):
        Analyzer([spec])._session(spec)
