"""Interleaved rANS with adaptive context models, vectorised over lanes with numpy.

Symbols come in *segments* (one phase of one band); within a segment symbol j
is coded by lane j % W at row j // W (W = min(lanes, segment length)), so every
row is one vectorised numpy step. The model (per-context symbol counts) is shared
and updated after an exponentially spaced then regular schedule of rows, the
same way in encoder and decoder, so no tables are transmitted.

State: 32 bits in [L, 256 L) with L = 2**23, byte-wise renormalisation, 15-bit
probabilities; the encoder starts every lane at L, so a decoder that ends
anywhere else (or does not consume exactly all bytes) has corrupt input.
"""

from __future__ import annotations

import numpy as np

from radview.codec.container import CodecError

PROB_BITS = 15
M = 1 << PROB_BITS
L = 1 << 23
_XMAX_UNIT = (L >> PROB_BITS) << 8
_KEY = 1 << 16


def _refresh_rows(nrows: int) -> list[int]:
    """Rows of a segment after which the model is refreshed: densely at first (new
    contexts adapt quickly), then every 16 rows, and always at the segment's end."""
    rows, r, step = [], 1, 1
    while r < nrows:
        rows.append(r)
        r += step
        if r >= 4 * step and step < 16:
            step *= 2
    rows.append(nrows)
    return rows


LIMIT = 2048
AGE = 0.5


class Model:
    def __init__(self, n_ctx: int, n_sym: int, prior: np.ndarray | None = None):
        self.n_ctx, self.n_sym = n_ctx, n_sym
        if prior is None:
            prior = np.full(n_sym, 0.02)
            prior[:4] = [2.0, 0.5, 0.25, 0.12]
            prior = np.tile(prior, (n_ctx, 1))
        self.counts = np.array(prior, dtype=np.float64)
        self._ctx_keys = np.repeat(np.arange(n_ctx, dtype=np.int64) * _KEY, n_sym)
        self._rows = np.arange(n_ctx)
        self.rebuild()

    def rebuild(self, rows: np.ndarray | None = None) -> None:
        """Recompute frequencies (of the given contexts only, when known)."""
        if rows is None:
            self.freq2d = np.empty(self.counts.shape, np.int64)
            self.cum2d = np.empty(self.counts.shape, np.int64)
            self.keys2d = np.empty(self.counts.shape, np.int64)
            self.freq, self.cum, self.keys = (self.freq2d.reshape(-1), self.cum2d.reshape(-1),
                                              self.keys2d.reshape(-1))
            rows = np.arange(self.n_ctx)
        if rows.size == 0:
            return
        c = self.counts[rows]
        tot = c.sum(axis=1, keepdims=True)
        freq = np.floor(c * ((M - self.n_sym) / tot)).astype(np.int64) + 1
        deficit = M - freq.sum(axis=1)
        freq[np.arange(len(rows)), np.argmax(c, axis=1)] += deficit
        cum = np.cumsum(freq, axis=1) - freq
        self.freq2d[rows] = freq
        self.cum2d[rows] = cum
        self.keys2d[rows] = cum + (rows * _KEY)[:, None]

    def add(self, ctx: np.ndarray, sym: np.ndarray) -> None:
        """Count symbols and refresh the contexts they touched."""
        if ctx.size == 0:
            return
        ctx = ctx.astype(np.int64)
        idx = ctx * self.n_sym + sym
        if ctx.size < 4 * self.n_ctx:
            flat = self.counts.reshape(-1)
            np.add.at(flat, idx, 1.0)
            rows = np.unique(ctx)
        else:
            self.counts += np.bincount(idx, minlength=self.n_ctx * self.n_sym).reshape(self.counts.shape)
            rows = np.flatnonzero(np.bincount(ctx, minlength=self.n_ctx))
        if LIMIT:
            big = rows[self.counts[rows].sum(axis=1) > LIMIT]
            if big.size:  # forget slowly: statistics drift across bands and levels
                self.counts[big] *= 0.5
        self.rebuild(rows)

    def age(self, factor: float) -> None:
        """Down-weight what was learnt so far (called at the start of each level)."""
        self.counts *= factor


def _rows(n: int, lanes: int):
    w = min(lanes, n)
    return w, -(-n // w) if n else 0


def encode(segments, model: Model, lanes: int, estimate: bool = False):
    """segments: list of (ctx, sym) int arrays; `model` is updated as the decoder will.
    -> final lane states (lanes * 4 bytes) + byte stream; with ``estimate`` only the
    number of bytes that would take (the model's exact code length, to within a
    few bytes), which skips the sequential coding loop (used by rate control)."""
    n_sym = model.n_sym
    chunks = []  # (f, c) per row, forward order
    for ctx, sym in segments:
        n = len(sym)
        w, nrows = _rows(n, lanes)
        start = 0
        for stop in (_refresh_rows(nrows) if nrows else []):
            a, b = start * w, min(n, stop * w)
            idx = ctx[a:b].astype(np.int64) * n_sym + sym[a:b]
            f, c = model.freq[idx], model.cum[idx]
            for r in range(stop - start):
                lo = r * w
                chunks.append((f[lo:lo + w], c[lo:lo + w]))
            model.add(ctx[a:b], sym[a:b])
            start = stop
    if estimate:
        bits = sum(float(np.log2(M / f.astype(np.float64)).sum()) for f, _ in chunks)
        return int(bits / 8) + 4 * lanes + 1
    x = np.full(lanes, L, dtype=np.uint64)
    out = []
    for f, c in reversed(chunks):
        w = len(f)
        xs = x[:w]
        f = f.astype(np.uint64)
        xmax = f * np.uint64(_XMAX_UNIT)
        m1 = xs >= xmax
        b1 = (xs & np.uint64(255)).astype(np.uint8)
        xs = np.where(m1, xs >> np.uint64(8), xs)
        m2 = xs >= xmax
        b2 = (xs & np.uint64(255)).astype(np.uint8)
        xs = np.where(m2, xs >> np.uint64(8), xs)
        # decoder reads, per row: the last byte of every emitting lane (ascending),
        # then the first byte of two-byte lanes; we write the exact reverse.
        out.append(b1[m2][::-1])
        last = np.where(m2, b2, b1)
        out.append(last[m1][::-1])
        x[:w] = (xs // f << np.uint64(PROB_BITS)) + xs % f + c.astype(np.uint64)
    stream = np.concatenate(out)[::-1] if out else np.zeros(0, np.uint8)
    return x.astype("<u4").tobytes() + stream.tobytes()


class Decoder:
    """Decodes segments one at a time (contexts of a segment may depend on earlier ones)."""

    def __init__(self, data: bytes, model: Model, lanes: int):
        if len(data) < 4 * lanes:
            raise CodecError("corrupt entropy stream: too short for its coder states")
        self.x = np.frombuffer(data[:4 * lanes], dtype="<u4").astype(np.int64)
        self.buf = np.frombuffer(data[4 * lanes:], dtype=np.uint8).astype(np.int64)
        self.buf = np.concatenate([self.buf, np.zeros(2 * lanes + 2, np.int64)])
        self.n_bytes = len(data) - 4 * lanes
        self.ptr = 0
        self.lanes = lanes
        self.model = model

    def decode(self, ctx: np.ndarray) -> np.ndarray:
        n = len(ctx)
        w, nrows = _rows(n, self.lanes)
        out = np.empty(n, dtype=np.int64)
        ctx = ctx.astype(np.int64)
        keybase = ctx * _KEY
        symbase = ctx * self.model.n_sym
        x, buf, model = self.x, self.buf, self.model
        mask = M - 1
        start = 0
        for stop in (_refresh_rows(nrows) if nrows else []):
            keys, freq, cum = model.keys, model.freq, model.cum
            for r in range(start, stop):
                a, b = r * w, min(n, r * w + w)
                k = b - a
                xs = x[:k]
                slot = xs & mask
                idx = np.searchsorted(keys, keybase[a:b] + slot, side="right") - 1
                out[a:b] = idx - symbase[a:b]
                xs = freq[idx] * (xs >> PROB_BITS) + slot - cum[idx]
                for _ in range(2):
                    m = xs < L
                    if m.any():
                        pos = self.ptr + np.cumsum(m) - 1
                        xs = np.where(m, (xs << 8) | buf[np.minimum(pos, len(buf) - 1)], xs)
                        self.ptr = int(pos[-1]) + 1
                x[:k] = xs
            a, b = start * w, min(n, stop * w)
            model.add(ctx[a:b], out[a:b])
            start = stop
        if self.ptr > self.n_bytes:
            raise CodecError("corrupt entropy stream: ran past its end")
        return out

    def finish(self) -> None:
        if self.ptr != self.n_bytes or np.any(self.x != L):
            raise CodecError("corrupt entropy stream: coder did not end where it started")
