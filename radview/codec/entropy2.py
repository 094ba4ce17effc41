"""Entropy coding ``ctx-rans-2``: the coder of `entropy.py` with context-coded signs.

ctx-rans-1 (`entropy.py`, still decoded for versions built with it) sent the sign
of every non-zero coefficient as a raw bit. Here, after each scan phase's
magnitudes, the signs of its non-zero coefficients go through the same rANS
stream with a context made of the signs already known around them: for the
(odd, odd) phase the two diagonal pairs, for the (even, odd) and (odd, even)
phases the horizontal and the vertical pair (each pair's sum clipped to -1, 0, 1;
the sign is coded relative to the predicted one and mirrored cases share a
context, as in JPEG 2000's sign coding), for the first phase the parent's sign;
contexts are kept apart per band orientation (LL, LH, HL, HH) and phase.
Wavelet bands of edges and text have strongly correlated signs (a step gives a
run of equal signs along it); noise has none, and costs only the models'
learning.

Everything else (8x8 block flags, phases and magnitude contexts, magnitude
symbols and raw mantissa bits, the adaptive rANS coder and its schedule) is
`entropy.py`'s. The kernels release the GIL, so independent groups (the
components of a colour level) decode on threads.
"""

from __future__ import annotations

import struct

import numpy as np
from numba import njit

from radview.codec import rans
from radview.codec.container import CodecError
from radview.codec.entropy import (
    DETAIL, DIAGONAL, LL, N_SYM, _BLOCK, _ERRORS, _E_BITS, _E_FLAG, _E_RANS, _E_SYM, _NQ, _OK, _PQ,
    _PHASE_ARR, _T, _block_contexts, _block_flag_symbols, _coef_ctx, _lanes, _pack_bits, _prior,
    _read_bits, pad,
)

HL_DETAIL = 3  # the HL band: DETAIL for its magnitudes, its own contexts for signs
_N_COEF_CTX = 3 * 2 * _NQ * _PQ  # as ctx-rans-1
_BLOCK_CTX = _N_COEF_CTX  # (entropy._block_ctx's numbering)
_SIGN_CTX = _BLOCK_CTX + 16
N_CTX = _SIGN_CTX + 4 * 4 * 5  # orientation x phase x sign pattern
MAX_LANES = 32  # per group; the encoder may ask for fewer (a colour image's groups use 8)


def _lanes_cap(n: int, nnz: int, max_lanes: int) -> tuple[int, int]:
    """(lanes, refresh cap): ctx-rans-1's lane count (`entropy._lanes`) limited to
    ``max_lanes`` (4 bytes of final state each), with model refreshes spaced so that their
    number stays ctx-rans-1's (the decoder's cost per symbol)."""
    base = _lanes(n, nnz)
    lanes = min(max_lanes, base)
    cap = rans.REFRESH_CAP
    while cap * 2 * lanes <= rans.REFRESH_CAP * base:
        cap *= 2
    return lanes, cap


# ------------------------------------------------------------------ contexts

@njit(cache=True, inline="always")
def _clip1(v: int) -> int:
    return 1 if v > 0 else (-1 if v < 0 else 0)


@njit(cache=True, inline="always")
def _sign_ctx(sg, p: int, W: int, phase: int, orient: int, pf, pb: int, PW: int, use_parent: bool):
    """Context of the sign at flat index p of the padded sign plane sg (row length W)
    -> (context, flip); the coded symbol is (negative) xor flip."""
    base = _SIGN_CTX + (orient * 4 + phase) * 5
    if phase == 0:  # no neighbour known yet: a raw bit
        return -1, 0
    if phase == 1:  # the diagonal pairs
        a = _clip1(np.int64(sg[p - W - 1]) + sg[p + W + 1])
        b = _clip1(np.int64(sg[p - W + 1]) + sg[p + W - 1])
    else:  # the horizontal and the vertical pair
        a = _clip1(np.int64(sg[p - 1]) + sg[p + 1])
        b = _clip1(np.int64(sg[p - W]) + sg[p + W])
    if a == 0 and b == 0:  # nothing to predict from: a raw bit
        return -1, 0
    flip = 0
    if a < 0 or (a == 0 and b < 0):
        a, b, flip = -a, -b, 1
    return base + (b if a == 0 else 3 + b), flip


@njit(cache=True, inline="always")
def _orient(bandclass: int) -> int:
    if bandclass == LL:
        return 0
    return 2 if bandclass == HL_DETAIL else (3 if bandclass == DIAGONAL else 1)


# ------------------------------------------------------------------ encoder

@njit(cache=True, nogil=True)
def _encode_band(q, parent, has_parent: bool, bandclass: int, ctx_out, sym_out, seg_len, bv, bn):
    """The segments of one band in decode order (block flags of a detail band, then
    per phase its magnitudes and its signs; lengths in seg_len, -1 = none) and the raw
    mantissa bits (bv, bn) -> (symbols, bit entries, total bits); symbols = -1 if a
    magnitude is beyond the alphabet. parent: padded (`pad`)."""
    R, C = q.shape
    W = C + 2
    mclass = DETAIL if bandclass == HL_DETAIL else bandclass
    orient = _orient(bandclass)
    known = np.zeros((R + 2) * W, np.int32)
    sgn = np.zeros((R + 2) * W, np.int8)
    use_parent = has_parent and parent.shape[0] > 2 and parent.shape[1] > 2
    pr, pc = (parent.shape[0] - 2, parent.shape[1] - 2) if use_parent else (1, 1)
    PW = pc + 2
    pf = parent.reshape(-1) if use_parent else np.zeros(1, parent.dtype)
    nbr, nbc = -(-R // _BLOCK), -(-C // _BLOCK)
    blocks = np.ones((nbr, nbc), np.bool_)
    n = 0
    n_entries = 0
    total_bits = 0
    for k in range(seg_len.shape[0]):
        seg_len[k] = -1
    if mclass != LL:
        n = _block_flag_symbols(q, parent, use_parent, mclass, blocks, ctx_out, sym_out)
        seg_len[0] = n
    for phase in range(4):
        r0, c0 = _PHASE_ARR[phase, 0], _PHASE_ARR[phase, 1]
        if r0 >= R or c0 >= C:
            continue
        cbase = (mclass * 2 + (1 if phase > 0 else 0)) * _NQ
        start = n
        for r in range(r0, R, 2):
            prow = min(r >> 1, pr - 1) * PW
            brow = blocks[r >> 3]
            rowp = (r + 1) * W + 1
            for bj in range(nbc):
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    ctx_out[n] = _coef_ctx(known, rowp + c, W, phase, cbase, pf,
                                           prow + min(c >> 1, pc - 1), PW, use_parent)
                    a = abs(q[r, c])
                    if a >= _T:
                        v = a - _T + 1
                        nb = 0
                        while (v >> (nb + 1)) > 0:
                            nb += 1
                        if _T + nb >= N_SYM:
                            return -1, 0, 0
                        sym_out[n] = _T + nb
                        if nb > 0:
                            bv[n_entries] = v - (np.int64(1) << nb)
                            bn[n_entries] = nb
                            n_entries += 1
                            total_bits += nb
                    else:
                        sym_out[n] = a
                    n += 1
        seg_len[1 + 2 * phase] = n - start
        start = n
        for r in range(r0, R, 2):  # the phase's signs, from the signs of the phases before
            prow = min(r >> 1, pr - 1) * PW
            brow = blocks[r >> 3]
            rowp = (r + 1) * W + 1
            for bj in range(nbc):
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    v = q[r, c]
                    if v != 0:
                        cx, flip = _sign_ctx(sgn, rowp + c, W, phase, orient, pf,
                                             prow + min(c >> 1, pc - 1), PW, use_parent)
                        if cx < 0:  # raw, after the phase's mantissas
                            bv[n_entries] = 1 if v < 0 else 0
                            bn[n_entries] = 1
                            n_entries += 1
                            total_bits += 1
                        else:
                            ctx_out[n] = cx
                            sym_out[n] = (1 if v < 0 else 0) ^ flip
                            n += 1
        seg_len[2 + 2 * phase] = n - start
        for r in range(r0, R, 2):  # the phase becomes known
            rowp = (r + 1) * W + 1
            for c in range(c0, C, 2):
                v = q[r, c]
                known[rowp + c] = abs(v)
                sgn[rowp + c] = 1 if v > 0 else (-1 if v < 0 else 0)
    return n, n_entries, total_bits


# ------------------------------------------------------------------ model

_PRIOR = np.vstack([_prior()[:_N_COEF_CTX], np.full((N_CTX - _N_COEF_CTX, N_SYM), 0.01)])
_PRIOR[_N_COEF_CTX:, :2] = 1.0  # block flags and signs: two symbols, even odds


def new_model() -> rans.Model:
    """A fresh adaptive model; one per component, carried from level to level."""
    return rans.Model(N_CTX, N_SYM, _PRIOR)


def encode_group(bands, model: rans.Model, estimate: bool = False, max_lanes: int = MAX_LANES):
    """As `entropy.encode_group`; band classes LL, DETAIL (LH), HL_DETAIL, DIAGONAL;
    at most ``max_lanes`` rANS lanes."""
    segments, bit_vals, bit_lens = [], [], []
    n_bits = 0
    padded = []
    none = np.zeros((0, 0), np.int32)
    for q, parent, bandclass in bands:
        padded.append(None)
        if q.size == 0:
            continue
        if isinstance(parent, int):
            par = padded[parent] if padded[parent] is not None else pad(bands[parent][0])
        elif parent is None:
            par = none
        else:
            par = pad(parent)
        q = np.ascontiguousarray(q, np.int64)
        if bandclass != LL:
            padded[-1] = pad(q)  # (a parent of later bands of the group)
        R, C = q.shape
        n_max = R * C + int(np.count_nonzero(q)) + (-(-R // _BLOCK)) * (-(-C // _BLOCK))
        ctx, sym = np.empty(n_max, np.int64), np.empty(n_max, np.int64)
        seg_len = np.empty(9, np.int64)
        bv, bn = np.empty(2 * R * C, np.int64), np.empty(2 * R * C, np.int64)
        n, n_entries, total = _encode_band(q, par, parent is not None, bandclass, ctx, sym, seg_len, bv, bn)
        if n < 0:
            raise CodecError("a coefficient magnitude is beyond the entropy coder's range")
        pos = 0
        for k in seg_len:
            if k >= 0:
                segments.append((ctx[pos:pos + k], sym[pos:pos + k]))
                pos += k
        bit_vals.append(bv[:n_entries])
        bit_lens.append(bn[:n_entries])
        n_bits += total
    n = sum(len(s) for _, s in segments)
    nnz = sum(int(np.count_nonzero(s)) for _, s in segments)
    lanes, cap = _lanes_cap(n, nnz, max_lanes)
    model.age(rans.AGE)
    if estimate:  # -> int: bytes this group would take
        return 7 + (rans.encode(segments, model, lanes, True, cap) if n else 0) + -(-n_bits // 8)
    stream = rans.encode(segments, model, lanes, False, cap) if n else b""
    raw = b""
    if n_bits:
        raw = _pack_bits(np.concatenate(bit_vals), np.concatenate(bit_lens), -(-n_bits // 8)).tobytes()
    return struct.pack("<IHB", len(stream), lanes, cap.bit_length() - 1) + stream + raw


# ------------------------------------------------------------------ decoder

@njit(cache=True, nogil=True)
def _decode_band(qp, parent, has_parent: bool, bandclass: int,
                 x, stream, n_bytes: int, lanes: int, counts, freq, cum, lut, touched, cnt,
                 bits, n_bits: int, state, cap: int) -> int:
    """Decode one band into qp (int32 zeros on entry, `pad` form; magnitudes until the
    end, then the signs), the inverse of `_encode_band`. state = [rANS byte pointer,
    bit position] is updated; -> _OK or an error code."""
    R, C = qp.shape[0] - 2, qp.shape[1] - 2
    W = C + 2
    mclass = DETAIL if bandclass == HL_DETAIL else bandclass
    orient = _orient(bandclass)
    ptr, bpos = state[0], state[1]
    use_parent = has_parent and parent.shape[0] > 2 and parent.shape[1] > 2
    pr, pc = (parent.shape[0] - 2, parent.shape[1] - 2) if use_parent else (1, 1)
    PW = pc + 2
    pf = parent.reshape(-1) if use_parent else np.zeros(1, parent.dtype)
    nbr, nbc = -(-R // _BLOCK), -(-C // _BLOCK)
    blocks = np.ones((nbr, nbc), np.bool_)
    if mclass != LL:
        bctx = _block_contexts(parent, use_parent, nbr, nbc, mclass)
        flags = np.empty(nbr * nbc, np.int64)
        ptr = rans._decode_segment(bctx, flags, x, stream, n_bytes, ptr, lanes, counts, freq, cum, lut,
                                   touched, cnt, cap)
        if ptr > n_bytes:
            return _E_RANS
        for k in range(nbr * nbc):
            if flags[k] > 1:
                return _E_FLAG
            blocks[k // nbc, k % nbc] = flags[k] == 1
    qf = qp.reshape(-1)
    sgn = np.zeros((R + 2) * W, np.int8)
    n_max = (-(-R // 2)) * (-(-C // 2))
    ctx = np.empty(n_max, np.int64)
    sym = np.empty(n_max, np.int64)
    where = np.empty(n_max, np.int64)  # flat index into qp of each coded position
    pbs = np.empty(n_max, np.int64)    # and of its parent neighbourhood
    flips = np.empty(n_max, np.int64)
    for phase in range(4):
        r0, c0 = _PHASE_ARR[phase, 0], _PHASE_ARR[phase, 1]
        if r0 >= R or c0 >= C:
            continue
        cbase = (mclass * 2 + (1 if phase > 0 else 0)) * _NQ
        m = 0
        for r in range(r0, R, 2):
            prow = min(r >> 1, pr - 1) * PW
            brow = blocks[r >> 3]
            rowp = (r + 1) * W + 1
            for bj in range(nbc):
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    pb = prow + min(c >> 1, pc - 1)
                    ctx[m] = _coef_ctx(qf, rowp + c, W, phase, cbase, pf, pb, PW, use_parent)
                    where[m] = rowp + c
                    pbs[m] = pb
                    m += 1
        ptr = rans._decode_segment(ctx[:m], sym, x, stream, n_bytes, ptr, lanes, counts, freq, cum, lut,
                                   touched, cnt, cap)
        if ptr > n_bytes:
            return _E_RANS
        need = 0
        for k in range(m):
            s = sym[k]
            if s < 0 or s >= N_SYM:
                return _E_SYM
            if s >= _T:
                need += s - _T
        if bpos + need > n_bits:
            return _E_BITS
        nz = 0
        for k in range(m):  # mantissas; the non-zero positions move to the front
            s = sym[k]
            if s >= _T:
                nb = s - _T
                v, bpos = _read_bits(bits, bpos, nb)
                s = (np.int64(1) << nb) + v + _T - 1
            if s > 0:
                w = where[k]
                qf[w] = s
                ctx[nz], flips[nz] = _sign_ctx(sgn, w, W, phase, orient, pf, pbs[k], PW, use_parent)
                where[nz] = w
                nz += 1
        n_raw = 0
        for k in range(nz):
            n_raw += ctx[k] < 0
        if bpos + n_raw > n_bits:
            return _E_BITS
        nc = 0
        for k in range(nz):  # raw signs (scan order), the coded ones move to the front
            if ctx[k] < 0:
                sgn[where[k]] = -1 if (bits[bpos >> 3] >> (7 - (bpos & 7))) & 1 else 1
                bpos += 1
            else:
                ctx[nc], flips[nc], where[nc] = ctx[k], flips[k], where[k]
                nc += 1
        nz = nc
        ptr = rans._decode_segment(ctx[:nz], sym, x, stream, n_bytes, ptr, lanes, counts, freq, cum, lut,
                                   touched, cnt, cap)
        if ptr > n_bytes:
            return _E_RANS
        for k in range(nz):
            s = sym[k]
            if s > 1:
                return _E_SYM
            sgn[where[k]] = -1 if (s ^ flips[k]) else 1
    for i in range(qf.shape[0]):
        if sgn[i] < 0:
            qf[i] = -qf[i]
    state[0], state[1] = ptr, bpos
    return _OK


def decode_group(data: bytes, specs, model: rans.Model) -> list[np.ndarray]:
    """specs: list of (shape, parent: None | array in `pad` form | index, class) -> the
    bands in the decoder's form (`pad`: int32 with a border of zeros)."""
    if len(data) < 7:
        raise CodecError("corrupt band data: group header missing")
    n_stream, lanes, log_cap = struct.unpack_from("<IHB", data)
    if 7 + n_stream > len(data) or lanes < 1 or log_cap > 16:
        raise CodecError("corrupt band data: bad group header")
    cap = 1 << log_cap
    model.age(rans.AGE)
    dec = rans.Decoder(data[7:7 + n_stream], model, lanes, cap)
    bits = np.frombuffer(data, np.uint8)[7 + n_stream:]
    n_bits = 8 * len(bits)
    state = np.zeros(2, np.int64)
    none = np.zeros((0, 0), np.int32)
    out = []
    for shape, parent, bandclass in specs:
        if isinstance(parent, int):
            par = out[parent]
        elif parent is None:
            par = none
        else:
            par = parent
        qp = np.zeros((shape[0] + 2, shape[1] + 2), np.int32)
        out.append(qp)
        if shape[0] == 0 or shape[1] == 0:
            continue
        state[0] = dec.ptr
        err = _decode_band(qp, par, parent is not None, bandclass, dec.x, dec.buf, dec.n_bytes, lanes,
                           model.counts, model.freq2d, model.cum2d, dec.lut, model._touched, model._cnt,
                           bits, n_bits, state, cap)
        dec.ptr = int(state[0])
        if err:
            raise CodecError(_ERRORS[err])
    dec.finish()
    if n_bits - int(state[1]) >= 8:
        raise CodecError("corrupt band data: unused bytes after the bit stream")
    return out
