"""Trains the example model: urgent hyperdensity (acute bleed) on CT head slices.

Data is generated here: synthetic axial CT head slices at 256² (air, a skull
ring of varying thickness, brain of varying density with grey/white texture,
ventricles, noise), half of them with a hyperdense blob of 55-90 HU (blood)
of 4-28 px radius inside the brain, then block-averaged to 64² like any input.
Features are the fractions of pixels in 10 HU bins from 0 to 100 HU,
normalised by the pixels in that range; a logistic regression on them is
fitted by gradient descent (numpy) and written as an ONNX graph that computes
the same features from the image, so the model file is the whole pipeline.

    radview analysis-model train --out radview/resources/analysis   (needs the train extra: onnx)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

EDGES = np.arange(0, 101, 10, dtype=np.float32)  # HU
SIZE = 64
NAME = "ct-head-hyperdensity"
FILE = "ct_head_hyperdensity.onnx"


def synthetic_slice(rng: np.random.Generator, bleed: bool) -> np.ndarray:
    n = 256
    y, x = np.mgrid[0:n, 0:n].astype(np.float32)
    cy, cx = n / 2 + rng.normal(0, 6), n / 2 + rng.normal(0, 6)
    scale = rng.uniform(0.3, 1.0)  # small sections: top and base of the skull
    ry, rx = scale * rng.uniform(90, 118), scale * rng.uniform(72, 100)
    r = np.sqrt(((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2)
    thick = rng.uniform(0.05, 0.12)
    img = np.full((n, n), -1000.0, np.float32)
    img[r < 1.0] = rng.uniform(900, 1500)  # skull
    brain = r < 1.0 - thick
    grey, white = rng.uniform(34, 46), rng.uniform(22, 32)
    texture = np.sin(x / rng.uniform(6, 14)) * np.cos(y / rng.uniform(6, 14))
    # the grey share varies from a few per cent to nearly all (vertex sections)
    img[brain] = np.where(texture[brain] > rng.uniform(-0.95, 0.6), grey, white)
    vent = (((y - cy) / (ry * rng.uniform(0.12, 0.25))) ** 2
            + ((x - cx) / (rx * rng.uniform(0.08, 0.16))) ** 2) < 1
    img[vent & brain] = rng.uniform(0, 12)
    img[(r >= 1.0) & (r < 1.0 + rng.uniform(0.02, 0.06))] = rng.uniform(20, 60)  # scalp
    for _ in range(rng.integers(0, 6) if scale < 0.7 else 0):  # skull base: bone and air
        by, bx = cy + rng.uniform(-0.8, 0.8) * ry, cx + rng.uniform(-0.8, 0.8) * rx
        isle = ((y - by) / rng.uniform(3, 14)) ** 2 + ((x - bx) / rng.uniform(3, 14)) ** 2 < 1
        img[isle & brain] = rng.choice([rng.uniform(400, 1500), -1000.0])
    if bleed:
        for _ in range(rng.integers(1, 3)):
            rad = rng.uniform(0.03, 0.1) * n
            ys, xs = np.nonzero(brain)
            k = rng.integers(len(ys))
            blob = ((y - ys[k]) ** 2 + (x - xs[k]) ** 2) < rad ** 2
            img[blob & brain & (img > 15) & (img < 50)] = rng.uniform(55, 90)
    img += rng.normal(0, rng.uniform(3, 12), img.shape).astype(np.float32)
    return img.reshape(SIZE, n // SIZE, SIZE, n // SIZE).mean(axis=(1, 3))


BONE_HU, MARGIN = 150.0, 2  # pixels within MARGIN of bone are left out (partial volume)


def _away_from_bone(images: np.ndarray) -> np.ndarray:
    bone = np.pad(images > BONE_HU, ((0, 0), (MARGIN, MARGIN), (MARGIN, MARGIN)))
    near = np.zeros(images.shape, bool)
    for dy in range(2 * MARGIN + 1):
        for dx in range(2 * MARGIN + 1):
            near |= bone[:, dy:dy + SIZE, dx:dx + SIZE]
    return ~near


def features(images: np.ndarray) -> np.ndarray:
    """As the ONNX graph computes them: (N, 64, 64) -> (N, 11), the 10 bin shares and
    the fraction of the image they cover (small brain sections are less certain)."""
    keep = _away_from_bone(images).reshape(len(images), -1)
    flat = images.reshape(len(images), -1)
    above = ((flat[:, None, :] > EDGES[None, :, None]) & keep[:, None, :]).mean(
        axis=2, dtype=np.float32)
    bins = above[:, :-1] - above[:, 1:]
    total = bins.sum(axis=1, keepdims=True)
    return np.concatenate([bins / (total + np.float32(1e-3)), total], axis=1)


def dataset(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, n)
    images = np.stack([synthetic_slice(rng, bool(b)) for b in labels])
    return images.astype(np.float32), labels.astype(np.float32)


def fit(X: np.ndarray, y: np.ndarray, steps: int = 4000, lr: float = 0.5, l2: float = 1e-3):
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-6
    Z = (X - mu) / sd
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        w -= lr * (Z.T @ (p - y) / len(y) + l2 * w)
        b -= lr * float(np.mean(p - y))
    # fold the standardisation into the weights: logits = X @ w' + b'
    return (w / sd).astype(np.float32), np.float32(b - np.sum(w * mu / sd))


def onnx_model(w: np.ndarray, b: float):
    from onnx import TensorProto, helper, numpy_helper

    k = len(EDGES)
    diff = np.zeros((k, k - 1), np.float32)
    diff[np.arange(k - 1), np.arange(k - 1)], diff[np.arange(1, k), np.arange(k - 1)] = 1, -1
    inits = [numpy_helper.from_array(a, name) for a, name in (
        (np.array([1, SIZE * SIZE], np.int64), "flat_shape"), (EDGES.reshape(k, 1), "edges"),
        (diff, "diff"), (np.ones((k - 1, 1), np.float32), "ones"),
        (np.array([1e-3], np.float32), "eps"), (w.reshape(-1, 1), "w"),
        (np.array([b], np.float32), "b"))]
    nodes = [
        helper.make_node("Greater", ["image", "bone_hu"], ["bone"]),
        helper.make_node("Cast", ["bone"], ["bonef"], to=TensorProto.FLOAT),
        helper.make_node("MaxPool", ["bonef"], ["near"], kernel_shape=[2 * MARGIN + 1] * 2,
                         pads=[MARGIN] * 4, strides=[1, 1]),
        helper.make_node("Sub", ["one_f", "near"], ["keep"]),
        helper.make_node("Reshape", ["image", "flat_shape"], ["flat"]),
        helper.make_node("Reshape", ["keep", "flat_shape"], ["keep_flat"]),
        helper.make_node("Greater", ["flat", "edges"], ["gt"]),  # (k, 4096)
        helper.make_node("Cast", ["gt"], ["gtf0"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["gtf0", "keep_flat"], ["gtf"]),
        helper.make_node("ReduceMean", ["gtf"], ["above"], axes=[1], keepdims=0),  # (k,)
        helper.make_node("Reshape", ["above", "row_shape"], ["above_row"]),  # (1, k)
        helper.make_node("MatMul", ["above_row", "diff"], ["bins"]),  # (1, k-1)
        helper.make_node("MatMul", ["bins", "ones"], ["total"]),
        helper.make_node("Add", ["total", "eps"], ["denom"]),
        helper.make_node("Div", ["bins", "denom"], ["shares"]),
        helper.make_node("Concat", ["shares", "total"], ["feat"], axis=1),  # + tissue fraction
        helper.make_node("MatMul", ["feat", "w"], ["logit0"]),
        helper.make_node("Add", ["logit0", "b"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p2"]),
        helper.make_node("Reshape", ["p2", "one_shape"], ["probability"]),
    ]
    inits.append(numpy_helper.from_array(np.array([1], np.int64), "one_shape"))
    inits.append(numpy_helper.from_array(np.array([BONE_HU], np.float32), "bone_hu"))
    inits.append(numpy_helper.from_array(np.array([1.0], np.float32), "one_f"))
    inits.append(numpy_helper.from_array(np.array([1, k], np.int64), "row_shape"))
    graph = helper.make_graph(
        nodes, NAME, [helper.make_tensor_value_info("image", TensorProto.FLOAT,
                                                    [1, 1, SIZE, SIZE])],
        [helper.make_tensor_value_info("probability", TensorProto.FLOAT, [1])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                              producer_name="radview")
    model.ir_version = 8
    return model


def train(out: str | Path, *, n_train: int = 1200, n_test: int = 400, seed: int = 17) -> dict:
    import onnx

    X, y = dataset(n_train, seed)
    w, b = fit(features(X), y)
    Xt, yt = dataset(n_test, seed + 1)
    pt = 1 / (1 + np.exp(-(features(Xt) @ w + b)))
    acc = float(np.mean((pt >= 0.5) == (yt == 1)))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    model = onnx_model(w, b)
    onnx.checker.check_model(model)
    onnx.save(model, folder / FILE)
    entry = {"name": NAME, "file": FILE, "modality": "CT", "regions": ["HEAD"],
             "finding": "intracranial hyperdensity (possible acute haemorrhage)",
             "urgent_threshold": 0.5, "input_size": SIZE,
             "description": "example model trained on generated slices "
                            "(radview.server.analysis.train); not for clinical use",
             "held_out_accuracy": round(acc, 4), "train_examples": n_train,
             "test_examples": n_test, "seed": seed}
    (folder / "registry.json").write_text(json.dumps([entry], indent=1) + "\n")
    return entry
