"""Interleaved rANS with adaptive context models (numba kernels).

Symbols come in *segments* (one phase of one band); within a segment symbol j
is coded by lane j % W at row j // W (W = min(lanes, segment length)). The model
(per-context symbol counts) is shared and updated after an exponentially spaced
then regular schedule of rows, the same way in encoder and decoder, so no tables
are transmitted.

State: 32 bits in [L, 256 L) with L = 2**23, byte-wise renormalisation, 15-bit
probabilities; the encoder starts every lane at L, so a decoder that ends
anywhere else (or does not consume exactly all bytes) has corrupt input. Within
a row the decoder renormalises in two passes: one byte for every lane below L
(ascending lanes), then one more for the lanes still below L (ascending).

The kernels reproduce the original numpy implementation bit for bit (including
numpy's pairwise float summation in the model refresh and in the rate
estimate), so the byte stream (format ``ctx-rans-1``) is unchanged.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from radview.codec.container import CodecError

PROB_BITS = 15
M = 1 << PROB_BITS
L = 1 << 23
_XMAX_UNIT = (L >> PROB_BITS) << 8

LIMIT = 2048
REFRESH_CAP = 16  # rows between model refreshes once the schedule has spread out (ctx-rans-1)
AGE = 0.5
LUT_BITS = 6  # decoder: per context, the symbol at the start of each of 64 slot buckets
LUT_LANES = 32  # ... kept up to date (cost: every rebuild) only for groups with this many lanes
_LUT_SHIFT = PROB_BITS - LUT_BITS

# log2(M / f) for f = 1..M, computed by numpy exactly as the original estimate did
_LOG2_TAB = np.concatenate([[0.0], np.log2(M / np.arange(1, M + 1).astype(np.float64))])


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


# ------------------------------------------------------------------ kernels

_NO_LUT = np.zeros((0, 1 << LUT_BITS), np.uint8)  # encoder: no decoding table to maintain


@njit(cache=True)
def _next_stop(r: int, step: int, nrows: int, cap: int = REFRESH_CAP):
    """One step of `_refresh_rows` (rows between refreshes grow to ``cap``):
    (stop, next r, next step)."""
    if r < nrows:
        stop = r
        r += step
        if r >= 4 * step and step < cap:
            step *= 2
        return stop, r, step
    return nrows, r, step


@njit(cache=True)
def _pw_block(a, lo: int, n: int) -> float:
    """numpy's pairwise_sum for n <= 128: 8 running sums, then the tail in order."""
    if n < 8:
        res = 0.0
        for i in range(lo, lo + n):
            res += a[i]
        return res
    r0, r1, r2, r3 = a[lo], a[lo + 1], a[lo + 2], a[lo + 3]
    r4, r5, r6, r7 = a[lo + 4], a[lo + 5], a[lo + 6], a[lo + 7]
    i = 8
    end = n - n % 8
    while i < end:
        r0 += a[lo + i]
        r1 += a[lo + i + 1]
        r2 += a[lo + i + 2]
        r3 += a[lo + i + 3]
        r4 += a[lo + i + 4]
        r5 += a[lo + i + 5]
        r6 += a[lo + i + 6]
        r7 += a[lo + i + 7]
        i += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n:
        res += a[lo + i]
        i += 1
    return res


@njit(cache=True)
def _pairwise(a, lo: int, n: int) -> float:
    """numpy's float64 sum of a[lo:lo+n] (add.reduce over a contiguous axis): blocks
    of <= 128 as `_pw_block`, longer runs split at n/2 rounded down to a multiple of 8
    and the halves added. numba's on-disk cache cannot hold recursive functions, so
    the recursion runs on an explicit stack."""
    if n <= 128:
        return _pw_block(a, lo, n)
    depth = 64
    s_lo = np.empty(depth, np.int64)
    s_n = np.empty(depth, np.int64)
    s_st = np.empty(depth, np.int64)  # 0: left half next, 1: right half next, 2: add them
    vals = np.empty(depth, np.float64)
    s_lo[0], s_n[0], s_st[0] = lo, n, 0
    sp, vp = 1, 0
    while sp > 0:
        t = sp - 1
        m = s_n[t]
        if m <= 128:
            vals[vp] = _pw_block(a, s_lo[t], m)
            vp += 1
            sp -= 1
            continue
        n2 = m // 2
        n2 -= n2 % 8
        st = s_st[t]
        if st == 0:
            s_st[t] = 1
            s_lo[sp], s_n[sp], s_st[sp] = s_lo[t], n2, 0
            sp += 1
        elif st == 1:
            s_st[t] = 2
            s_lo[sp], s_n[sp], s_st[sp] = s_lo[t] + n2, m - n2, 0
            sp += 1
        else:
            vals[vp - 2] = vals[vp - 2] + vals[vp - 1]
            vp -= 1
            sp -= 1
    return vals[0]


@njit(cache=True)
def _rebuild_row(counts, freq, cum, lut, r: int, tot: float) -> None:
    """freq = floor(counts * (M - n_sym) / tot) + 1, the deficit to the largest count
    (first of equals), as the numpy original; tot = numpy's sum of the row."""
    n_sym = counts.shape[1]
    c = counts[r]
    f = freq[r]
    k = (M - n_sym) / tot
    for s in range(n_sym):
        f[s] = np.int64(c[s] * k) + 1  # c * k >= 0: truncation is floor
    fsum = 0
    for s in range(n_sym):
        fsum += f[s]
    best = 0
    bestv = c[0]
    for s in range(1, n_sym):
        if c[s] > bestv:
            best, bestv = s, c[s]
    f[best] += M - fsum
    cr = cum[r]
    acc = 0
    for s in range(n_sym):
        cr[s] = acc
        acc += f[s]
    cr[n_sym] = M  # sentinel for the decoder's symbol search
    if lut.shape[0]:  # decoder only: lut[r, b] = symbol holding slot b << _LUT_SHIFT
        lr = lut[r]
        b = 0
        nb = lr.shape[0]
        for s in range(n_sym):
            end = cr[s + 1]
            while b < nb and (b << _LUT_SHIFT) < end:
                lr[b] = s
                b += 1


@njit(cache=True)
def _rebuild_all(counts, freq, cum, lut) -> None:
    for r in range(counts.shape[0]):
        _rebuild_row(counts, freq, cum, lut, r, _pairwise(counts[r], 0, counts.shape[1]))


@njit(cache=True)
def _model_add(counts, freq, cum, lut, ctx, sym, a: int, b: int, touched, cnt) -> None:
    """Count sym[a:b] in contexts ctx[a:b], halve contexts over LIMIT and rebuild the
    touched ones, with the float operations of the numpy original (np.add.at for
    short runs, one bincount per cell otherwise). Scratch: touched (n_ctx ints) lists
    the touched rows; cnt (n_ctx x n_sym + 1, zero between calls) holds the
    per-cell counts and, in its last column, a touched flag."""
    n = b - a
    if n <= 0:
        return
    n_ctx, n_sym = counts.shape
    n_t = 0
    if n < 4 * n_ctx:  # np.add.at: one +1.0 at a time, in order
        for i in range(a, b):
            c = ctx[i]
            counts[c, sym[i]] += 1.0
            if cnt[c, n_sym] == 0:
                cnt[c, n_sym] = 1
                touched[n_t] = c
                n_t += 1
    else:  # counts += bincount: one += count per cell
        # (the two loops differ in the array they count into; kept apart so neither
        # carries a per-symbol branch, and each rounds as its numpy original did)
        for i in range(a, b):
            c = ctx[i]
            cnt[c, sym[i]] += 1
            if cnt[c, n_sym] == 0:
                cnt[c, n_sym] = 1
                touched[n_t] = c
                n_t += 1
        for t in range(n_t):
            r = touched[t]
            for s in range(n_sym):
                if cnt[r, s]:
                    counts[r, s] += np.float64(cnt[r, s])
                    cnt[r, s] = 0
    for t in range(n_t):
        r = touched[t]
        cnt[r, n_sym] = 0
        tot = _pairwise(counts[r], 0, n_sym)
        if LIMIT and tot > LIMIT:
            for s in range(n_sym):
                counts[r, s] *= 0.5
            tot *= 0.5  # exact: halving every term halves every partial sum
        _rebuild_row(counts, freq, cum, lut, r, tot)


@njit(cache=True)
def _decode_segment(ctx, out, x, buf, n_bytes: int, ptr: int, lanes: int,
                    counts, freq, cum, lut, touched, cnt, cap: int = REFRESH_CAP) -> int:
    """Decode len(ctx) symbols into out (updating lane states x and the model) -> new ptr.
    buf: the stream followed by at least one zero byte (reads past its end give 0)."""
    n = ctx.shape[0]
    if n == 0:
        return ptr
    w = min(lanes, n)
    nrows = -(-n // w)
    mask = M - 1
    lim = buf.shape[0] - 1
    use_lut = lut.shape[0] > 0
    start, r, step = 0, 1, 1
    while start < nrows:
        stop, r, step = _next_stop(r, step, nrows, cap)
        for row in range(start, stop):
            a = row * w
            k = min(n, a + w) - a
            again = False
            for j in range(k):
                xj = x[j]
                slot = xj & mask
                c = ctx[a + j]
                s = np.int64(lut[c, slot >> _LUT_SHIFT]) if use_lut else 0
                while cum[c, s + 1] <= slot:  # cum[c, n_sym] = M > slot
                    s += 1
                out[a + j] = s
                xj = freq[c, s] * (xj >> PROB_BITS) + slot - cum[c, s]
                # renormalisation pass 1 (ascending lanes), branch-free
                byte = np.int64(buf[min(ptr, lim)])
                need = xj < L
                xj = ((xj << 8) | byte) if need else xj
                ptr += need
                again |= xj < L
                x[j] = xj
            if again:  # pass 2: lanes still below L, ascending
                for j in range(k):
                    xj = x[j]
                    if xj < L:
                        x[j] = (xj << 8) | np.int64(buf[min(ptr, lim)])
                        ptr += 1
        _model_add(counts, freq, cum, lut, ctx, out, start * w, min(n, stop * w), touched, cnt)
        start = stop
    return ptr


@njit(cache=True)
def _gather_segment(ctx, sym, lanes: int, counts, freq, cum, lut, touched, cnt, f_out, c_out, off: int,
                    estimate: bool, bits: float, cap: int = REFRESH_CAP) -> float:
    """Encoder pass over one segment in decode order: the (freq, cum) of every symbol
    (into f_out/c_out at off) with the model updated as the decoder will; with
    ``estimate`` also accumulates each row's code length sum(log2(M/f)) into bits."""
    n = ctx.shape[0]
    if n == 0:
        return bits
    w = min(lanes, n)
    nrows = -(-n // w)
    start, r, step = 0, 1, 1
    tmp = np.empty(w, np.float64)
    while start < nrows:
        stop, r, step = _next_stop(r, step, nrows, cap)
        a, b = start * w, min(n, stop * w)
        for i in range(a, b):
            c = ctx[i]
            f_out[off + i] = freq[c, sym[i]]
            c_out[off + i] = cum[c, sym[i]]
        if estimate:
            for row in range(start, stop):
                lo = row * w
                k = min(n, lo + w) - lo
                for j in range(k):
                    tmp[j] = _LOG2_TAB[f_out[off + lo + j]]
                bits += _pairwise(tmp, 0, k)
        _model_add(counts, freq, cum, lut, ctx, sym, a, b, touched, cnt)
        start = stop
    return bits


@njit(cache=True)
def _code(f_all, c_all, seg_off, seg_n, lanes: int, x, obuf) -> int:
    """rANS-code all rows in reverse order; the stream is written backwards to the end
    of obuf -> its length. The decoder reads, per row, the last byte shifted out of
    every emitting lane (ascending), then the first byte of the two-byte lanes."""
    pos = obuf.shape[0]
    xmax_unit = np.uint64(_XMAX_UNIT)
    first = np.empty(lanes, np.uint8)   # byte read in pass 2 (two-byte lanes)
    last = np.empty(lanes, np.uint8)    # byte read in pass 1
    nb = np.empty(lanes, np.int64)
    for si in range(seg_off.shape[0] - 1, -1, -1):
        off, n = seg_off[si], seg_n[si]
        if n == 0:
            continue
        w = min(lanes, n)
        nrows = -(-n // w)
        for row in range(nrows - 1, -1, -1):
            a = off + row * w
            k = min(off + n, a + w) - a
            n1 = 0
            n2 = 0
            for j in range(k):
                f = np.uint64(f_all[a + j])
                xs = x[j]
                xmax = f * xmax_unit
                cnt = 0
                if xs >= xmax:
                    b = xs & np.uint64(255)
                    xs >>= np.uint64(8)
                    cnt = 1
                    if xs >= xmax:
                        first[j] = np.uint8(b)
                        b = xs & np.uint64(255)
                        xs >>= np.uint64(8)
                        cnt = 2
                    last[j] = np.uint8(b)
                nb[j] = cnt
                n1 += cnt > 0
                n2 += cnt > 1
                x[j] = ((xs // f) << np.uint64(PROB_BITS)) + xs % f + np.uint64(c_all[a + j])
            pos -= n1 + n2
            p1, p2 = pos, pos + n1
            for j in range(k):
                if nb[j] > 0:
                    obuf[p1] = last[j]
                    p1 += 1
                    if nb[j] > 1:
                        obuf[p2] = first[j]
                        p2 += 1
    return obuf.shape[0] - pos


# ------------------------------------------------------------------ model

class Model:
    """Per-context symbol counts (float64) and the 15-bit frequency tables built from them."""

    def __init__(self, n_ctx: int, n_sym: int, prior: np.ndarray | None = None):
        self.n_ctx, self.n_sym = n_ctx, n_sym
        if prior is None:
            prior = np.full(n_sym, 0.02)
            prior[:4] = [2.0, 0.5, 0.25, 0.12]
            prior = np.tile(prior, (n_ctx, 1))
        self.counts = np.ascontiguousarray(prior, dtype=np.float64).copy()
        self.freq2d = np.empty(self.counts.shape, np.int64)
        self.cum2d = np.empty((n_ctx, n_sym + 1), np.int64)  # + sentinel column (= M)
        # decoder: per context, the symbol at the start of each of 64 slot buckets
        self.lut = np.zeros((n_ctx, 1 << LUT_BITS), np.uint8 if n_sym <= 256 else np.int64)
        self._touched = np.zeros(n_ctx, np.int64)           # scratch: touched rows
        self._cnt = np.zeros((n_ctx, n_sym + 1), np.int64)  # scratch: counts + touched flag
        self.rebuild()

    def copy(self) -> "Model":
        """An independent model in the same state (fresh scratch arrays: they hold nothing
        between calls)."""
        other = object.__new__(Model)
        other.__dict__.update(self.__dict__)
        for k in ("counts", "freq2d", "cum2d", "lut"):
            setattr(other, k, getattr(self, k).copy())
        other._touched = np.zeros_like(self._touched)
        other._cnt = np.zeros_like(self._cnt)
        return other

    @property
    def freq(self) -> np.ndarray:
        return self.freq2d.reshape(-1)

    @property
    def cum(self) -> np.ndarray:
        return self.cum2d[:, :self.n_sym].reshape(-1)

    def _lut(self) -> np.ndarray:
        return self.lut if self.lut_valid else self.lut[:0]

    def rebuild(self, rows: np.ndarray | None = None) -> None:
        """Recompute frequencies (of the given contexts only, when known)."""
        if rows is None:
            _rebuild_all(self.counts, self.freq2d, self.cum2d, self.lut)
            self.lut_valid = True  # False once the encoder updated the tables without it
        else:
            for r in np.unique(np.asarray(rows, np.int64)):
                _rebuild_row(self.counts, self.freq2d, self.cum2d, self._lut(), int(r),
                             _pairwise(self.counts[r], 0, self.n_sym))

    def add(self, ctx: np.ndarray, sym: np.ndarray) -> None:
        """Count symbols and refresh the contexts they touched."""
        ctx = np.ascontiguousarray(ctx, np.int64)
        sym = np.ascontiguousarray(sym, np.int64)
        _model_add(self.counts, self.freq2d, self.cum2d, self._lut(), ctx, sym, 0, len(ctx),
                   self._touched, self._cnt)

    def age(self, factor: float) -> None:
        """Down-weight what was learnt so far (called at the start of each level)."""
        self.counts *= factor


def _rows(n: int, lanes: int):
    w = min(lanes, n)
    return w, -(-n // w) if n else 0


def encode(segments, model: Model, lanes: int, estimate: bool = False, cap: int = REFRESH_CAP):
    """segments: list of (ctx, sym) int arrays; `model` is updated as the decoder will.
    -> final lane states (lanes * 4 bytes) + byte stream; with ``estimate`` only the
    number of bytes that would take (the model's exact code length, to within a
    few bytes), which skips the sequential coding loop (used by rate control)."""
    seg_n = np.array([len(s) for _, s in segments], np.int64)
    seg_off = np.concatenate([[0], np.cumsum(seg_n)[:-1]]).astype(np.int64) if len(seg_n) else seg_n
    total = int(seg_n.sum())
    f_all = np.empty(total, np.int64)
    c_all = np.empty(total, np.int64)
    bits = 0.0
    model.lut_valid = False  # the gather kernel skips the decoder's table
    for (ctx, sym), off in zip(segments, seg_off):
        bits = _gather_segment(np.ascontiguousarray(ctx, np.int64), np.ascontiguousarray(sym, np.int64),
                               lanes, model.counts, model.freq2d, model.cum2d, _NO_LUT, model._touched, model._cnt,
                               f_all, c_all, int(off), estimate, bits, cap)
    if estimate:
        return int(bits / 8) + 4 * lanes + 1
    x = np.full(lanes, L, dtype=np.uint64)
    obuf = np.empty(2 * total + 1, np.uint8)
    n_out = _code(f_all, c_all, seg_off, seg_n, lanes, x, obuf)
    return x.astype("<u4").tobytes() + obuf[len(obuf) - n_out:].tobytes()


class Decoder:
    """Decodes segments one at a time (contexts of a segment may depend on earlier ones)."""

    def __init__(self, data: bytes, model: Model, lanes: int, cap: int = REFRESH_CAP):
        if len(data) < 4 * lanes:
            raise CodecError("corrupt entropy stream: too short for its coder states")
        self.x = np.frombuffer(data[:4 * lanes], dtype="<u4").astype(np.int64)
        # the stream plus zero padding: a decoder running past the end reads zeros
        self.buf = np.concatenate([np.frombuffer(data, dtype=np.uint8)[4 * lanes:], np.zeros(8, np.uint8)])
        self.n_bytes = len(data) - 4 * lanes
        self.ptr = 0
        self.lanes = lanes
        self.cap = cap
        self.model = model
        # the symbol lookup table pays when many symbols are decoded per model refresh
        # (many lanes); it never changes what is decoded
        if lanes >= LUT_LANES:
            if not model.lut_valid:
                model.rebuild()
            self.lut = model.lut
        else:
            model.lut_valid = False
            self.lut = model.lut[:0]

    def decode(self, ctx: np.ndarray) -> np.ndarray:
        ctx = np.ascontiguousarray(ctx, np.int64)
        out = np.empty(len(ctx), dtype=np.int64)
        m = self.model
        self.ptr = _decode_segment(ctx, out, self.x, self.buf, self.n_bytes, self.ptr, self.lanes,
                                   m.counts, m.freq2d, m.cum2d, self.lut, m._touched, m._cnt, self.cap)
        if self.ptr > self.n_bytes:
            raise CodecError("corrupt entropy stream: ran past its end")
        return out

    def finish(self) -> None:
        if self.ptr != self.n_bytes or np.any(self.x != L):
            raise CodecError("corrupt entropy stream: coder did not end where it started")
